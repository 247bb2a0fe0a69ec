#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

#include <atomic>

typedef void CURL;

namespace spocs {

// One libcurl easy handle for the mail protocols (IMAP, SMTP), reused so that its connection
// stays open between commands. Blocking: use it on the mail worker thread only. TLS is
// verified against the system's CA store; a plain URL towards another machine must upgrade
// with STARTTLS or fails. `cancel` (may be null) aborts a running transfer at shutdown.
class CurlTransfer
{
public:
    CurlTransfer(QUrl server, QString user, QString password, const std::atomic<bool> *cancel);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;

    // Once per process, before any thread uses libcurl.
    static void globalInit();

    // IMAP: GET `path` (a folder, or "folder/;UID=n") or run `command` (e.g. "UID SEARCH ALL")
    // on it. Returns the response body; over `maxBytes` it fails with too_large.
    Result<QByteArray> imap(const QString &path, const QString &command = {}, qint64 maxBytes = 1 << 20);
    // IMAP APPEND of a whole message to the folder `path`.
    Result<void> imapAppend(const QString &path, const QByteArray &message);
    // SMTP: submits `message` (CRLF line ends) from `from` to `recipients`. Errors carry the
    // server's reply in their message.
    Result<void> smtp(const QString &from, const QStringList &recipients, const QByteArray &message);

private:
    void prepare(const QUrl &url);
    Error failure(int code, const char *what) const;

    CURL *m_curl = nullptr;
    QUrl m_server;
    QString m_user;
    QString m_password;
    const std::atomic<bool> *m_cancel;
    char m_errorBuffer[256] = {};
};

} // namespace spocs
