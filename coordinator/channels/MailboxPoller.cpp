#include "coordinator/channels/MailboxPoller.h"

#include "coordinator/channels/ChannelLog.h"
#include "coordinator/channels/CurlTransfer.h"
#include "coordinator/channels/ImapIdleWatcher.h"
#include "coordinator/channels/MimeMessageParser.h"
#include "core/Try.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace spocs {

Q_LOGGING_CATEGORY(lcMail, "spocs.coordinator.mail")

MailboxPoller::MailboxPoller(MailboxSettings mailbox, const MailSettings &limits, Deliver deliver,
                             const std::atomic<bool> *cancel)
    : m_mailbox(std::move(mailbox))
    , m_maxAttachmentBytes(limits.maxAttachmentBytes)
    , m_maxMessageBytes(limits.maxMessageBytes)
    , m_pollMs(limits.pollSeconds * 1000)
    , m_deliver(std::move(deliver))
    , m_cancel(cancel)
{ }

MailboxPoller::~MailboxPoller() = default;

void MailboxPoller::start()
{
    m_imap = std::make_unique<CurlTransfer>(m_mailbox.server, m_mailbox.user, m_mailbox.password, m_cancel);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &MailboxPoller::pollNow);
    m_timer->start(m_pollMs);
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(200);
    connect(m_soon, &QTimer::timeout, this, [this] {
        // The server may announce a message a moment before its other sessions see it
        // (maildir stamps change once a second): look again a few times until it shows.
        const int before = int(m_inFlight.size() + m_unreadable.size());
        pollNow();
        if (int(m_inFlight.size() + m_unreadable.size()) == before && --m_lookAgain > 0)
            m_soon->start(1000);
    });
    m_idle = new ImapIdleWatcher(m_mailbox, this);
    connect(m_idle, &ImapIdleWatcher::mailboxChanged, this, [this] {
        m_lookAgain = 5;
        m_soon->start(200);
    });
    m_idle->start();
    pollNow();
}

QString MailboxPoller::folderPath() const
{
    return QString::fromLatin1(QUrl::toPercentEncoding(m_mailbox.folder));
}

Result<QList<qint64>> MailboxPoller::pendingUids()
{
    SPOCS_TRY_LET(answer, m_imap->imap(folderPath(), QStringLiteral("UID SEARCH UNKEYWORD ") + processedKeyword()));
    QList<qint64> uids;
    for (const QByteArray &line : answer->split('\n')) {
        if (!line.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &word : line.mid(8).trimmed().split(' ')) {
            bool ok = false;
            const qint64 uid = word.toLongLong(&ok);
            if (ok && uid > 0)
                uids.append(uid);
        }
    }
    return uids;
}

Result<InboundMail> MailboxPoller::fetch(qint64 uid)
{
    // The size first, so a huge message is never downloaded.
    SPOCS_TRY_LET(sizeAnswer, m_imap->imap(folderPath(), QStringLiteral("UID FETCH %1 RFC822.SIZE").arg(uid)));
    static const QRegularExpression sizePattern(QStringLiteral("RFC822\\.SIZE (\\d+)"));
    const auto m = sizePattern.match(QString::fromLatin1(*sizeAnswer));
    const qint64 size = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    const QString messagePath = folderPath() + QStringLiteral("/;UID=%1").arg(uid);
    if (size > m_maxMessageBytes) {
        auto header = m_imap->imap(messagePath + QStringLiteral("/;SECTION=HEADER"), {}, 1 << 20);
        if (!header)
            return header.error();
        auto mail = MimeMessageParser::parse(*header + "\r\n", m_maxAttachmentBytes);
        if (mail)
            mail.value().refusedBodyBytes = size;
        return mail;
    }
    SPOCS_TRY_LET(raw, m_imap->imap(messagePath, {}, m_maxMessageBytes + 64 * 1024));
    return MimeMessageParser::parse(*raw, m_maxAttachmentBytes);
}

void MailboxPoller::pollNow()
{
    if (m_cancel && m_cancel->load())
        return;
    auto uids = pendingUids();
    if (!uids) {
        // Logged once per outage, not every poll.
        if (!m_reportedDown)
            qCWarning(lcMail) << "mailbox" << m_mailbox.name << "unreachable:" << uids.error().message;
        m_reportedDown = true;
        return;
    }
    if (m_reportedDown)
        qCInfo(lcMail) << "mailbox" << m_mailbox.name << "reachable again";
    m_reportedDown = false;
    for (const qint64 uid : *uids) {
        if (m_cancel && m_cancel->load())
            return;
        if (m_inFlight.contains(uid) || m_unreadable.contains(uid))
            continue;
        auto mail = fetch(uid);
        if (!mail) {
            qCWarning(lcMail) << "mailbox" << m_mailbox.name << "message" << uid
                              << "could not be read:" << mail.error().message;
            if (mail.error().code == ErrorCode::BadRequest || mail.error().code == ErrorCode::TooLarge)
                m_unreadable.insert(uid);
            continue;
        }
        m_inFlight.insert(uid);
        m_deliver(uid, *mail);
    }
}

void MailboxPoller::markProcessed(qint64 uid)
{
    auto r = m_imap->imap(folderPath(), QStringLiteral("UID STORE %1 +FLAGS (%2)").arg(uid).arg(processedKeyword()));
    // When marking failed, the next poll fetches it again and the store recognises it.
    if (!r)
        qCWarning(lcMail) << "mailbox" << m_mailbox.name << "could not mark message" << uid << ":" << r.error().message;
    m_inFlight.remove(uid);
}

void MailboxPoller::release(qint64 uid)
{
    m_inFlight.remove(uid);
}

} // namespace spocs
