#pragma once

#include "coordinator/knowledge/KnowledgeStore.h"

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
//  - HTML: one article per question. A list of in-page links to anchors ("#q1") is taken as
//    the table of contents of an FAQ; otherwise definition lists (dt/dd) or the most frequent
//    of the h2/h3/h4 headings split it. Answers are converted to Markdown, keeping links and
//    code blocks.
namespace kbimport {

QList<KnowledgeStore::Content> fromMarkdown(const QString &text, const QString &fileName);
QList<KnowledgeStore::Content> fromHtml(const QString &html, const QString &fileName);
// The Markdown for an HTML fragment (the subset FAQs use: headings, p, a, pre/code, lists,
// dl/dt/dd, b/i, br, blockquote, tables as text).
QString htmlToMarkdown(const QString &html);

} // namespace kbimport

// `spocs-coordinator kb-import [--visibility internal|public] [--language xx] [--tags a,b] PATH...`
// Files (.md, .markdown, .html, .htm) and folders (searched recursively). Imported articles
// are published and owned by the user "admin" (when it exists). The options apply to HTML
// documents and to Markdown files without those front-matter keys. Returns 0, 1 or 2 (usage).
int runKbImportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err);

} // namespace spocs
