#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace spocs {

class Database;

namespace kbexport {

// Markdown (as the knowledge base stores it) to HTML for the public pages. linkTarget maps a
// link's href to the href to write, or to an empty string to keep only the link's text.
// Headings shift down one level (the page's <h1> is the article title).
QString markdownToHtml(const QString &markdown, const std::function<QString(const QString &)> &linkTarget);
// The links that work outside the knowledge base (the public FAQ site, the chat widget): web
// and mail addresses; an empty string (keep only the text) for anything else.
QString publicLink(const QString &href);

} // namespace kbexport

// `spocs-coordinator kb-export --public DIR`: a static FAQ site for the web channel:
// index.html (articles by category, with an offline search box), article-<id>.html per
// published public article, search.json and search-index.js (the search index), search.js,
// style.css. Only published public articles are read; files of an earlier export that this
// one does not write are removed, so an article made internal since then disappears.
int runKbExportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err);

} // namespace spocs
