#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace spocs::webhttp {

// The head of one HTTP/1.x request, as far as the web endpoint needs it.
struct RequestHead
{
    QByteArray method;
    QByteArray path; // without the query
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // names in lower case; a repeated header keeps its last value
    qsizetype size = 0; // bytes up to and including the blank line

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    bool isWebSocketUpgrade() const;
};

inline constexpr qsizetype kMaxHeadBytes = 8 * 1024;

enum class HeadStatus { Incomplete, Complete, Malformed, TooLarge };
// Reads a request head from the start of `data` (what arrived so far, not consumed).
HeadStatus parseHead(const QByteArray &data, RequestHead *head);

// A whole response with Connection: close. For HEAD, `body` only sets Content-Length.
QByteArray response(int status, const QByteArray &contentType, const QByteArray &body, bool headOnly,
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
QByteArray errorResponse(int status, bool headOnly = false);

// The files of the repo's web/ folder, compiled in as :/web/<name>: GET and HEAD by name, "/"
// and "/chat/" for the demo page, "/survey" for the survey page; 404 otherwise.
class StaticFiles
{
public:
    StaticFiles();
    QByteArray respond(const RequestHead &head) const;
    QStringList names() const { return m_names.values(); }

private:
    QSet<QString> m_names;
};

} // namespace spocs::webhttp
