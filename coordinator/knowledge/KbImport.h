#pragma once

#include "coordinator/knowledge/KnowledgeStore.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace spocs {

class Database;

// Turns Markdown files and HTML FAQ documents into knowledge-base articles.
//  - Markdown: optional front matter (---\ntitle: ..\ntags: [a, b]\nvisibility: public\n
//    language: en\nproducts: [..]\nreasons: [..]\n---); without a title the first "# " heading
//    or the file name is the title.
//  - HTML: parsed with libxml2; one article per question as FaqStructure finds them. The
//    question (without its number) is the title, its section the body (Markdown, keeping
//    lists, code blocks, tables and links), the page's chapter a tag.
namespace kbimport {

struct HtmlImport
{
    QList<KnowledgeStore::Content> articles; // source: documentUrl#anchor
    QStringList chapterLinks; // other pages of the same FAQ, relative to the document
};

// documentUrl: where the document lives (a file: URL for files); relative links in answers are
// made absolute against it, so links between questions can become links between articles.
HtmlImport fromHtml(const QByteArray &html, const QString &documentUrl);
QList<KnowledgeStore::Content> fromHtml(const QString &html, const QString &fileName);
QList<KnowledgeStore::Content> fromMarkdown(const QString &text, const QString &fileName);
// The Markdown for an HTML fragment.
QString htmlToMarkdown(const QString &html);
QStringList parseList(const QString &value);

} // namespace kbimport

// `spocs-coordinator kb-import [--dry-run] [--visibility internal|public] [--language xx]
// [--tags a,b] PATH...`: files (.md, .markdown, .html, .htm) and folders (searched
// recursively); an HTML page's chapter pages (its tables of contents, its "next" link) are
// read once as well. Imported articles are published and owned by the user "admin" (when it
// exists); importing a source (the path below the folder given, and the anchor) again updates its
// articles. An article with a card number is refused (a line on err, exit 1), the others imported.
// --dry-run prints what would be created or updated and writes nothing. Returns 0, 1 or 2 (usage).
int runKbImportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err);

} // namespace spocs
