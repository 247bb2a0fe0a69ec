#include "coordinator/visitors/WebHttp.h"

#include <QDir>
#include <QFile>
#include <QList>

namespace spocs::webhttp {
namespace {

const QByteArray kCsp = QByteArrayLiteral(
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors *");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray contentTypeOf(const QString &name)
{
    static const QHash<QString, QByteArray> types {
        { QStringLiteral("html"), "text/html; charset=utf-8" },
        { QStringLiteral("js"), "text/javascript; charset=utf-8" },
        { QStringLiteral("css"), "text/css; charset=utf-8" },
        { QStringLiteral("json"), "application/json" },
        { QStringLiteral("svg"), "image/svg+xml" },
        { QStringLiteral("png"), "image/png" },
        { QStringLiteral("ico"), "image/x-icon" },
        { QStringLiteral("woff2"), "font/woff2" },
        { QStringLiteral("txt"), "text/plain; charset=utf-8" },
    };
    return types.value(name.section(u'.', -1).toLower(), "application/octet-stream");
}

} // namespace

bool RequestHead::isWebSocketUpgrade() const
{
    return header("upgrade").toLower() == "websocket" && header("connection").toLower().contains("upgrade");
}

HeadStatus parseHead(const QByteArray &data, RequestHead *head)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return data.size() >= kMaxHeadBytes ? HeadStatus::TooLarge : HeadStatus::Incomplete;
    if (end + 4 > kMaxHeadBytes)
        return HeadStatus::TooLarge;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || !requestLine.at(1).startsWith('/'))
        return HeadStatus::Malformed;
    head->method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    head->path = question < 0 ? target : target.left(question);
    head->query = question < 0 ? QByteArray() : target.mid(question + 1);
    head->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return HeadStatus::Malformed;
        head->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    head->size = end + 4;
    return HeadStatus::Complete;
}

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body, bool headOnly,
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\n";
    out += "Content-Security-Policy: " + kCsp + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n";
    if (!headOnly)
        out += body;
    return out;
}

QByteArray errorResponse(int status, bool headOnly)
{
    QList<QPair<QByteArray, QByteArray>> extra;
    if (status == 405)
        extra.append(qMakePair(QByteArray("Allow"), QByteArray("GET, HEAD")));
    return response(status, "text/plain; charset=utf-8", QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n',
                    headOnly, extra);
}

StaticFiles::StaticFiles()
{
    const QStringList files = QDir(QStringLiteral(":/web")).entryList(QDir::Files);
    m_names = QSet<QString>(files.cbegin(), files.cend());
}

QByteArray StaticFiles::respond(const RequestHead &head) const
{
    const bool headOnly = head.method == "HEAD";
    if (head.method != "GET" && !headOnly)
        return errorResponse(405);
    // No bodies: a GET that announces one is not a request this endpoint understands.
    if (!head.header("transfer-encoding").isEmpty() || head.header("content-length").toLongLong() > 0)
        return errorResponse(400, headOnly);
    QString name;
    if (head.path == "/" || head.path == "/chat/" || head.path == "/chat")
        name = QStringLiteral("index.html");
    else if (head.path == "/survey")
        name = QStringLiteral("survey.html");
    else
        name = QString::fromUtf8(head.path.mid(1));
    // Only the compiled-in names: no paths, no traversal, nothing from the disk.
    if (!m_names.contains(name))
        return errorResponse(404, headOnly);
    QFile file(QStringLiteral(":/web/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return errorResponse(404, headOnly);
    QList<QPair<QByteArray, QByteArray>> extra;
    if (name == u"widget.js")
        extra.append(qMakePair(QByteArray("Access-Control-Allow-Origin"), QByteArray("*")));
    return response(200, contentTypeOf(name), file.readAll(), headOnly, extra);
}

} // namespace spocs::webhttp
