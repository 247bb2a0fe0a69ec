#pragma once

#include "coordinator/channels/InboundMail.h"
#include "coordinator/channels/OutgoingMail.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace spocs {

class Database;
class EventBus;

// The messages of e-mail and chat contacts (table contact_messages, migration 0008) and
// the contact token that goes into every reply's subject. Writes join the caller's
// Database::write() transaction.
class ContactMessageStore
{
public:
    explicit ContactMessageStore(Database &db);

    // "[#C-1042-7]": customer C-1042, contact 7.
    static QString contactToken(const QString &customerId, qint64 contactId);
    struct Token
    {
        QString customerId;
        qint64 contactId = 0;
    };
    static std::optional<Token> findToken(const QString &subject);

    // The contact of the stored message with this source key (mailbox + Message-ID or digest), if any.
    Result<std::optional<qint64>> contactOfSource(const QString &sourceKey);
    // The contact of the newest stored message whose Message-ID is one of `messageIds` (the first
    // one that has such a message), among the contacts of the customer with `fromAddress`.
    Result<std::optional<qint64>> contactOfMessages(const QStringList &messageIds, const QString &fromAddress);
    // Stores a received e-mail with its attachments (refused ones without data) and, when its body
    // was over the size limit, that body's size. Returns its id.
    Result<qint64> addInboundMail(qint64 contactId, const QString &sourceKey, const InboundMail &mail);
    // Stores a reply as 'sending' (author: the agent). Returns its id.
    Result<qint64> addOutboundMail(qint64 contactId, std::optional<qint64> authorUserId, const OutgoingMail &mail);
    // 'sending' -> 'sent' (with sent_at) or 'failed' with the server's reason.
    Result<void> setStatus(qint64 messageId, const QString &status, const QString &failure = {});
    // The stored reply, to send it again. Its contact and direction are checked by the caller.
    struct Stored
    {
        qint64 contactId = 0;
        QString direction;
        QString status;
        OutgoingMail mail;
    };
    Result<Stored> stored(qint64 messageId);
    // The newest message the customer sent on this contact from one of their addresses (threading
    // and the recipient); for a customer with no address on file, the newest message.
    Result<std::optional<InboundMail>> lastInbound(qint64 contactId);
    // Replies left 'sending' by a previous run are 'failed' (they may or may not have left).
    Result<int> failInterrupted();
    // A contact started by a reply to one closed long ago points at it.
    Result<void> link(qint64 contactId, qint64 linkedContactId);
    // contact.messages: oldest first, {"id","direction","channel","from":{address,name},"subject",
    // "text","html"(sanitised),"attachments":[{id,filename,contentType,size,refused}],"status","at",
    // "senderCheck"?,"refusedBodyBytes"?}.
    Result<QJsonArray> list(qint64 contactId);
    Result<QJsonObject> message(qint64 messageId);
    // Publishes contact.message {"contact","message"} on the contact's topic; returns the message.
    Result<QJsonObject> publishAdded(EventBus &events, qint64 contactId, qint64 messageId);

    static constexpr int kMaxListed = 500;

private:
    Database &m_db;
};

} // namespace spocs
