#include "coordinator/knowledge/KbExport.h"

#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/storage/Database.h"
#include "core/Markdown.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace spocs {
namespace kbexport {

QString markdownToHtml(const QString &markdown, const std::function<QString(const QString &)> &linkTarget)
{
    MarkdownOptions options;
    options.headingShift = 1;
    options.linkTarget = linkTarget;
    options.imagesAsText = true;
    return spocs::markdownToHtml(markdown, options);
}

// Relative links of imported documents point at pages that are not exported.
QString publicLink(const QString &href)
{
    static const QRegularExpression allowed(QStringLiteral("^(https?://|mailto:)[^\\s\"<>]+$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return allowed.match(href).hasMatch() ? href : QString();
}

} // namespace kbexport

namespace {

const char *kStyle
    = R"(body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
a{color:#0b57d0}h1{font-size:1.6rem}pre{background:#f4f4f4;padding:.6rem;overflow:auto}code{background:#f4f4f4}
#q{width:100%;padding:.5rem;font-size:1rem}#results li{margin:.3rem 0}.tags{color:#666;font-size:.9rem}
blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1rem;color:#444}
)";

// Offline search: the index comes from search-index.js (a <script>, so file:// works too),
// or from search.json when served over HTTP. Every word must match; the last one is a prefix.
const char *kSearchJs = R"(
(function () {
  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var index = null;
  function load(done) {
    if (index) return done();
    if (window.SPOCS_KB_INDEX) { index = window.SPOCS_KB_INDEX; return done(); }
    fetch('search.json').then(function (r) { return r.json(); }).then(function (j) { index = j; done(); });
  }
  function search(q) {
    var words = fold(q).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
    if (!words.length) return [];
    var hits = [];
    index.forEach(function (a) {
      var title = fold(a.title), text = fold(a.text), tags = fold(a.tags.join(' '));
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var w = words[i], s = 0;
        if (title.indexOf(w) >= 0) s += 10;
        if (tags.indexOf(w) >= 0) s += 5;
        if (text.indexOf(w) >= 0) s += 1;
        if (!s) return;
        score += s;
      }
      hits.push({ a: a, score: score });
    });
    hits.sort(function (x, y) { return y.score - x.score; });
    return hits.slice(0, 20);
  }
  function show() {
    var q = document.getElementById('q').value;
    load(function () {
      var list = document.getElementById('results');
      list.innerHTML = '';
      search(q).forEach(function (h) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = h.a.url;
        a.textContent = h.a.title;
        li.appendChild(a);
        list.appendChild(li);
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('q');
    if (box) box.addEventListener('input', show);
  });
})();
)";

// widgetTag: the chat widget's <script> element (empty without --widget-url), last in the body so the
// page renders before the widget loads.
QString page(const QString &title, const QString &language, const QString &content, bool withSearch,
             const QString &widgetTag)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%2</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n%3</head>\n<body>\n%4"
                          "%5</body>\n</html>\n")
        .arg(language.toHtmlEscaped(), title.toHtmlEscaped(),
             withSearch ? QStringLiteral("<script src=\"search-index.js\"></script>\n<script "
                                         "src=\"search.js\"></script>\n")
                        : QString(),
             content, widgetTag);
}

// The address of widget.js from --widget-url: the script itself or the web endpoint's root
// ("https://support.example.com:7401/" gets "widget.js"). Only absolute http(s) addresses.
QString widgetScriptTag(const QString &argument, QString &error)
{
    QUrl url(argument, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        error = QStringLiteral("--widget-url needs an absolute http(s) address, not %1").arg(argument);
        return {};
    }
    if (url.path().isEmpty() || url.path().endsWith(u'/'))
        url.setPath(url.path() + (url.path().isEmpty() ? QStringLiteral("/widget.js") : QStringLiteral("widget.js")));
    return QStringLiteral("<script src=\"%1\" defer></script>\n").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped());
}

bool writeFile(const QString &path, const QByteArray &data, QString &error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

int runKbExportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    static const char kUsage[] = "usage: spocs-coordinator [--db FILE] kb-export --public DIR [--widget-url URL]\n";
    QString dirPath;
    QString widgetUrl;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--public" && i + 1 < args.size())
            dirPath = args.at(++i);
        else if (args.at(i).startsWith(QStringLiteral("--public=")))
            dirPath = args.at(i).mid(9);
        else if (args.at(i) == u"--widget-url" && i + 1 < args.size())
            widgetUrl = args.at(++i);
        else if (args.at(i).startsWith(QStringLiteral("--widget-url=")))
            widgetUrl = args.at(i).mid(13);
        else {
            err << "error: unexpected argument " << args.at(i) << "\n" << kUsage;
            err.flush();
            return 2;
        }
    }
    if (dirPath.isEmpty()) {
        err << kUsage;
        err.flush();
        return 2;
    }
    QString widgetTag;
    if (!widgetUrl.isNull()) {
        QString urlError;
        widgetTag = widgetScriptTag(widgetUrl, urlError);
        if (!urlError.isEmpty()) {
            err << "error: " << urlError << "\n" << kUsage;
            err.flush();
            return 2;
        }
    }
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        err << "error: cannot create " << dirPath << "\n";
        err.flush();
        return 1;
    }
    KnowledgeStore store(db);
    auto articles = store.publicArticles();
    if (!articles) {
        err << "error: " << articles.error().message << "\n";
        err.flush();
        return 1;
    }

    // Remove what an earlier export wrote, so nothing unpublished since stays online.
    for (const QString &name :
         dir.entryList({ QStringLiteral("article-*.html"), QStringLiteral("index.html"), QStringLiteral("search.json"),
                         QStringLiteral("search-index.js"), QStringLiteral("search.js"), QStringLiteral("style.css") },
                       QDir::Files))
        dir.remove(name);

    QString error;
    QMap<QString, QStringList> categories; // category -> list items
    QJsonArray index;
    for (const QJsonObject &a : articles.value()) {
        const qint64 id = a.value(QStringLiteral("id")).toInteger();
        const QString file = QStringLiteral("article-%1.html").arg(id);
        const QString title = a.value(QStringLiteral("title")).toString();
        QStringList tags;
        for (const QJsonValue &t : a.value(QStringLiteral("tags")).toArray())
            tags.append(t.toString());
        const QString category = tags.isEmpty() ? QStringLiteral("general") : tags.first();
        categories[category].append(QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(file, title.toHtmlEscaped()));
        index.append(QJsonObject { { QStringLiteral("id"), id },
                                   { QStringLiteral("title"), title },
                                   { QStringLiteral("text"), a.value(QStringLiteral("plain")).toString() },
                                   { QStringLiteral("tags"), QJsonArray::fromStringList(tags) },
                                   { QStringLiteral("url"), file } });
        const QString reviewed = a.value(QStringLiteral("lastReviewedAt")).toString().left(10);
        QString content = QStringLiteral("<p><a href=\"index.html\">← All questions</a></p>\n<article>\n<h1>%1</h1>\n")
                              .arg(title.toHtmlEscaped());
        content += kbexport::markdownToHtml(a.value(QStringLiteral("body")).toString(), kbexport::publicLink);
        content += QStringLiteral("</article>\n");
        if (!tags.isEmpty())
            content
                += QStringLiteral("<p class=\"tags\">%1</p>\n").arg(tags.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!reviewed.isEmpty())
            content += QStringLiteral("<p class=\"tags\">%1</p>\n").arg(reviewed.toHtmlEscaped());
        if (!writeFile(dir.filePath(file),
                       page(title, a.value(QStringLiteral("language")).toString(), content, false, widgetTag).toUtf8(),
                       error))
            break;
    }

    QString body = QStringLiteral("<h1>Frequently asked questions</h1>\n"
                                  "<p><input id=\"q\" type=\"search\" placeholder=\"Search\" aria-label=\"Search\" "
                                  "autofocus></p>\n<ul id=\"results\"></ul>\n");
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        QString name = it.key();
        name[0] = name.at(0).toUpper();
        body += QStringLiteral("<section>\n<h2>%1</h2>\n<ul>\n%2\n</ul>\n</section>\n")
                    .arg(name.toHtmlEscaped(), it.value().join(u'\n'));
    }
    const QByteArray json = QJsonDocument(index).toJson(QJsonDocument::Compact);
    if (error.isEmpty())
        writeFile(
            dir.filePath(QStringLiteral("index.html")),
            page(QStringLiteral("Frequently asked questions"), QStringLiteral("en"), body, true, widgetTag).toUtf8(),
            error);
    if (error.isEmpty())
        writeFile(dir.filePath(QStringLiteral("search.json")), json, error);
    if (error.isEmpty())
        writeFile(dir.filePath(QStringLiteral("search-index.js")), "window.SPOCS_KB_INDEX = " + json + ";\n", error);
    if (error.isEmpty())
        writeFile(dir.filePath(QStringLiteral("search.js")), QByteArray(kSearchJs).trimmed() + '\n', error);
    if (error.isEmpty())
        writeFile(dir.filePath(QStringLiteral("style.css")), QByteArray(kStyle), error);
    if (!error.isEmpty()) {
        err << "error: " << error << "\n";
        err.flush();
        return 1;
    }
    out << "exported " << articles->size() << " public articles to " << dirPath << "\n";
    out.flush();
    return 0;
}

} // namespace spocs
