#pragma once

#include "coordinator/channels/InboundMail.h"
#include "coordinator/channels/MailSettings.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace spocs {

class ContactMessageStore;
class ContactRouter;
class CoordinatorServer;
class MailboxPoller;
class MailSender;
class SenderDirectory;

// Turns e-mail into contacts. The mailboxes are read on one worker thread (libcurl and GMime
// never touch the coordinator's event loop); each message comes back here and is stored in
// one transaction on the loop, then marked processed in its mailbox:
//   - a reply (In-Reply-To/References, or the contact token in the subject) from an address of
//     the contact's customer joins its contact; a closed one with an open follow-up is
//     reopened for the follow-up's owner, one closed within reopen_days for whoever closed
//     it; older ones get a new contact that links to them; automated mail (an auto-reply) is
//     kept on the closed contact and reopens nothing;
//   - otherwise a new contact on the e-mail channel in the mailbox's queue, for the customer
//     with the sender's address or a new prospect, acknowledged automatically when enabled
//     (never to automated mail, so two robots do not answer each other forever);
//   - with [mail] trusted_authserv_id, what the organisation's mail server said about the
//     From address (Authentication-Results) is kept with the message for the agent to see.
class MailIntake : public QObject
{
    Q_OBJECT

public:
    // `sender` sends the automatic acknowledgement ([mail] acknowledge); may be null.
    MailIntake(CoordinatorServer &server, ContactRouter &router, MailSender *sender, QObject *parent = nullptr);
    ~MailIntake() override;

    // Starts the worker thread and polls every configured mailbox.
    void start();

    struct Outcome
    {
        qint64 contactId = 0;
        bool duplicate = false; // already stored before (a restart between commit and mark); contactId is its contact
        bool created = false;
        bool reopened = false;
    };
    // Stores one message and commits it (an error when that commit fails: nothing of it was
    // kept), then routes its contact and sends the acknowledgement. Public for the integration of
    // other intake paths (the chat widget's offline form).
    Result<Outcome> ingest(const QString &mailboxName, const QString &queue, const InboundMail &mail);

private:
    void onFetched(int mailbox, qint64 uid, const InboundMail &fetched);
    Result<std::optional<qint64>> threadOf(const InboundMail &mail);

    CoordinatorServer &m_server;
    ContactRouter &m_router;
    MailSender *m_sender;
    MailSettings m_settings;
    std::unique_ptr<ContactMessageStore> m_messages;
    std::unique_ptr<SenderDirectory> m_senders;
    QThread *m_thread = nullptr;
    QList<MailboxPoller *> m_pollers; // live on m_thread
    std::atomic<bool> m_cancel { false };
};

} // namespace spocs
