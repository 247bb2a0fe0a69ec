#pragma once

#include "coordinator/channels/MailSettings.h"
#include "coordinator/channels/OutgoingMail.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace spocs {

class ContactMessageStore;
class CoordinatorServer;
class KnowledgeStore;

// Answers e-mail contacts over SMTP. A reply is stored as 'sending' inside the op's
// transaction, so it is in the contact before anything leaves; after the commit it is composed
// and submitted on the mail worker thread, and comes back 'sent' or 'failed' with the server's
// reason (event contact.message either way). A failed reply can be retried; one left 'sending'
// by a crash is marked failed at start, never silently dropped.
class MailSender : public QObject
{
    Q_OBJECT

public:
    MailSender(CoordinatorServer &server, QObject *parent = nullptr);
    ~MailSender() override;

    bool isConfigured() const { return m_settings.sendingEnabled(); }

    struct Reply
    {
        qint64 contactId = 0;
        qint64 authorUserId = 0;
        QString body;
        QList<qint64> articleIds; // public knowledge-base articles whose text is appended
    };
    // Inside the op's transaction: greeting and signature in the customer's language, the
    // articles' public text, threading headers and the contact token. Returns what to send.
    Result<OutgoingMail> prepareReply(const Reply &reply);
    // Inside the op's transaction: a failed reply goes back to 'sending'.
    Result<OutgoingMail> prepareRetry(qint64 contactId, qint64 messageRowId);
    // After the commit.
    void send(const OutgoingMail &mail);
    // The message JSON for the op's answer and events.
    Result<QJsonObject> messageJson(qint64 messageRowId);

    // The automatic acknowledgement of a new e-mail contact (when enabled).
    Result<OutgoingMail> prepareAcknowledgement(qint64 contactId);

private:
    void onSent(qint64 messageRowId, const QString &failure);
    Result<QString> templateText(const QString &language, const QString &kind);
    Result<void> publishMessage(qint64 contactId, qint64 messageRowId);

    CoordinatorServer &m_server;
    MailSettings m_settings;
    std::unique_ptr<ContactMessageStore> m_messages;
    std::unique_ptr<KnowledgeStore> m_knowledge;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread
    std::atomic<bool> m_cancel { false };
};

} // namespace spocs
