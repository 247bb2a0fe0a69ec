#pragma once

#include "coordinator/channels/InboundMail.h"
#include "coordinator/channels/MailSettings.h"
#include "core/Result.h"

#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace spocs {

class CurlTransfer;
class ImapIdleWatcher;

// Reads one mailbox on the mail worker thread: every `pollSeconds`, and at once when the
// server's IMAP IDLE says new mail arrived (ImapIdleWatcher), it lists the messages
// not yet marked processed (IMAP keyword SpocsProcessed), fetches and parses each and hands
// it over. A message is marked processed only when markProcessed() is called, after its
// contact was committed; until then a restart fetches it again (the store recognises it).
class MailboxPoller : public QObject
{
    Q_OBJECT

public:
    // Called on the worker thread for every fetched message.
    using Deliver = std::function<void(qint64 uid, const InboundMail &mail)>;

    MailboxPoller(MailboxSettings mailbox, const MailSettings &limits, Deliver deliver,
                  const std::atomic<bool> *cancel);
    ~MailboxPoller() override;

    static QString processedKeyword() { return QStringLiteral("SpocsProcessed"); }

    // Worker thread only (invoke queued from elsewhere).
    void start();
    void pollNow();
    void markProcessed(qint64 uid);
    // The coordinator could not store it: try again on the next poll.
    void release(qint64 uid);

private:
    Result<QList<qint64>> pendingUids();
    Result<InboundMail> fetch(qint64 uid);
    QString folderPath() const;

    MailboxSettings m_mailbox;
    qint64 m_maxAttachmentBytes;
    qint64 m_maxMessageBytes;
    int m_pollMs;
    Deliver m_deliver;
    const std::atomic<bool> *m_cancel;
    std::unique_ptr<CurlTransfer> m_imap;
    QTimer *m_timer = nullptr;
    QTimer *m_soon = nullptr; // one poll for a burst of IDLE notices
    ImapIdleWatcher *m_idle = nullptr;
    int m_lookAgain = 0; // polls left after an IDLE notice that found nothing yet
    QSet<qint64> m_inFlight; // handed over, not yet marked or released
    QSet<qint64> m_unreadable; // failed to fetch or parse: skipped until restart
    bool m_reportedDown = false;
};

} // namespace spocs
