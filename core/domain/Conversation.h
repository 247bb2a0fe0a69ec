#pragma once

#include "core/domain/DomainValue.h"
#include "core/domain/Person.h"
#include "core/domain/WireEnum.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The messages of e-mail and chat contacts, as contact.messages, contact.reply and the
// contact.message event send them.
namespace spocs::domain {

enum class MessageDirection { In, Out }; // from the customer, or to them
SPOCS_WIRE_ENUM(MessageDirection)

// received (inbound); sending -> sent or failed (outbound, failure holds the server's reason).
enum class MessageStatus { Received, Sending, Sent, Failed };
SPOCS_WIRE_ENUM(MessageStatus)

// What the organisation's own mail server said about an inbound e-mail's From address
// (RFC 8601 Authentication-Results with the configured authserv-id): DMARC or aligned DKIM
// passed, DMARC failed (or DKIM/SPF failed and nothing passed), or nothing trustworthy said.
enum class SenderCheck { Verified, Failed, Unknown };
SPOCS_WIRE_ENUM(SenderCheck)

struct MailAddress
{
    QString address;
    QString name;

    SPOCS_DOMAIN_VALUE(MailAddress);
};

// Refused attachments (over the size limit) are listed with their name and size only.
struct MessageAttachment
{
    qint64 id = 0;
    QString filename;
    QString contentType;
    qint64 size = 0;
    bool refused = false;

    SPOCS_DOMAIN_VALUE(MessageAttachment);
};

struct ContactMessage
{
    qint64 id = 0;
    MessageDirection direction = MessageDirection::In;
    QString channel; // email|chat
    MailAddress from;
    QString subject;
    QString text;
    std::optional<QString> html; // already sanitised by the coordinator
    MessageStatus status = MessageStatus::Received;
    std::optional<QString> failure;
    QString at;
    std::optional<QString> sentAt;
    std::optional<Person> author; // the agent who wrote an outbound message
    std::optional<bool> system; // a line the service wrote (the customer left, ...)
    // Inbound e-mail only, and only when the coordinator had a trusted authserv-id to check
    // against when it arrived; absent: nothing was checked.
    std::optional<SenderCheck> senderCheck;
    QList<MessageAttachment> attachments;
    // Inbound e-mail over the coordinator's max_message_bytes: the size of the body it did not keep.
    std::optional<qint64> refusedBodyBytes;

    bool isSystem() const { return system.value_or(false); }

    SPOCS_DOMAIN_VALUE(ContactMessage);
};

} // namespace spocs::domain
