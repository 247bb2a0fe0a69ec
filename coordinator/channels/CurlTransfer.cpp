#include "coordinator/channels/CurlTransfer.h"

#include "coordinator/channels/MailSettings.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace spocs {
namespace {

struct Sink
{
    QByteArray data;
    qint64 maxBytes = 0;
    bool overflow = false;
};

size_t writeToSink(char *ptr, size_t size, size_t count, void *userdata)
{
    auto *sink = static_cast<Sink *>(userdata);
    const size_t n = size * count;
    if (sink->data.size() + qint64(n) > sink->maxBytes) {
        sink->overflow = true;
        return 0; // aborts the transfer
    }
    sink->data.append(ptr, qsizetype(n));
    return n;
}

struct Source
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readFromSource(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *source = static_cast<Source *>(userdata);
    const size_t n = std::min(size * count, size_t(source->data->size() - source->offset));
    std::memcpy(buffer, source->data->constData() + source->offset, n);
    source->offset += qsizetype(n);
    return n;
}

int checkCancel(void *clientp, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancel = static_cast<const std::atomic<bool> *>(clientp);
    return cancel && cancel->load() ? 1 : 0;
}

} // namespace

void CurlTransfer::globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CurlTransfer::CurlTransfer(QUrl server, QString user, QString password, const std::atomic<bool> *cancel)
    : m_server(std::move(server))
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_cancel(cancel)
{
    globalInit();
    m_curl = curl_easy_init();
}

CurlTransfer::~CurlTransfer()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
}

void CurlTransfer::prepare(const QUrl &url)
{
    curl_easy_reset(m_curl); // keeps the open connection, forgets the previous command's options
    curl_easy_setopt(m_curl, CURLOPT_URL, url.toEncoded().constData());
    if (!m_user.isEmpty()) {
        curl_easy_setopt(m_curl, CURLOPT_USERNAME, m_user.toUtf8().constData());
        curl_easy_setopt(m_curl, CURLOPT_PASSWORD, m_password.toUtf8().constData());
    }
    // imaps:// and smtps:// are TLS from the start; a plain URL must upgrade with STARTTLS
    // unless it points at this machine (tests, a local relay).
    const bool implicitTls = url.scheme().endsWith(u's');
    if (!implicitTls)
        curl_easy_setopt(m_curl, CURLOPT_USE_SSL,
                         long(MailSettings::isLoopback(url) ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, "imap,imaps,smtp,smtps");
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, checkCancel);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, m_cancel);
    m_errorBuffer[0] = 0;
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
}

Error CurlTransfer::failure(int code, const char *what) const
{
    const QString detail
        = m_errorBuffer[0] ? QString::fromUtf8(m_errorBuffer) : QString::fromUtf8(curl_easy_strerror(CURLcode(code)));
    const ErrorCode kind = code == CURLE_LOGIN_DENIED ? ErrorCode::Forbidden : ErrorCode::Unavailable;
    return makeError(kind, QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(what), m_server.host(), detail));
}

Result<QByteArray> CurlTransfer::imap(const QString &path, const QString &command, qint64 maxBytes)
{
    if (!m_curl)
        return makeError(ErrorCode::Internal, QStringLiteral("libcurl could not be initialised"));
    QUrl url = m_server;
    url.setPath(u'/' + path);
    prepare(url);
    if (!command.isEmpty())
        curl_easy_setopt(m_curl, CURLOPT_CUSTOMREQUEST, command.toUtf8().constData());
    Sink sink;
    sink.maxBytes = maxBytes;
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, writeToSink);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &sink);
    const CURLcode rc = curl_easy_perform(m_curl);
    if (sink.overflow)
        return makeError(ErrorCode::TooLarge, QStringLiteral("IMAP response larger than %1 bytes").arg(maxBytes));
    if (rc != CURLE_OK)
        return failure(rc, "IMAP");
    return sink.data;
}

Result<void> CurlTransfer::imapAppend(const QString &path, const QByteArray &message)
{
    if (!m_curl)
        return makeError(ErrorCode::Internal, QStringLiteral("libcurl could not be initialised"));
    QUrl url = m_server;
    url.setPath(u'/' + path);
    prepare(url);
    Source source { &message };
    curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, readFromSource);
    curl_easy_setopt(m_curl, CURLOPT_READDATA, &source);
    curl_easy_setopt(m_curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 1L);
    const CURLcode rc = curl_easy_perform(m_curl);
    if (rc != CURLE_OK)
        return failure(rc, "IMAP APPEND");
    return {};
}

Result<void> CurlTransfer::smtp(const QString &from, const QStringList &recipients, const QByteArray &message)
{
    if (!m_curl)
        return makeError(ErrorCode::Internal, QStringLiteral("libcurl could not be initialised"));
    prepare(m_server);
    const QByteArray sender = '<' + from.toUtf8() + '>';
    curl_easy_setopt(m_curl, CURLOPT_MAIL_FROM, sender.constData());
    curl_slist *rcpt = nullptr;
    for (const QString &r : recipients)
        rcpt = curl_slist_append(rcpt, QByteArray('<' + r.toUtf8() + '>').constData());
    curl_easy_setopt(m_curl, CURLOPT_MAIL_RCPT, rcpt);
    Source source { &message };
    curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, readFromSource);
    curl_easy_setopt(m_curl, CURLOPT_READDATA, &source);
    curl_easy_setopt(m_curl, CURLOPT_UPLOAD, 1L);
    const CURLcode rc = curl_easy_perform(m_curl);
    curl_slist_free_all(rcpt);
    if (rc != CURLE_OK)
        return failure(rc, "SMTP");
    return {};
}

} // namespace spocs
