#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Customer.h"
#include "core/domain/DomainValue.h"
#include "core/domain/Person.h"
#include "core/domain/WireEnum.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Consults (an agent asks an expert about a contact) and transfers (a contact changes
// hands), as the consult.*, conference.* and transfer.* ops and events send them.
namespace spocs::domain {

enum class ConsultState { Offered, Active, Declined, Expired, Cancelled, Ended };
SPOCS_WIRE_ENUM(ConsultState)

enum class ConsultOfferState { Open, Accepted, Withdrawn, Declined, Expired };
SPOCS_WIRE_ENUM(ConsultOfferState)

struct ConsultMessage
{
    qint64 id = 0;
    Person author;
    QString body;
    QString sentAt;
    std::optional<QString> deliveredAt;
    std::optional<QString> readAt;

    SPOCS_DOMAIN_VALUE(ConsultMessage);
};

// Who a consult was offered to and what they did with it.
struct ConsultOffer
{
    Person user;
    ConsultOfferState state = ConsultOfferState::Open;
    QString offeredAt;
    std::optional<QString> reason; // why they declined

    SPOCS_DOMAIN_VALUE(ConsultOffer);
};

struct Consult
{
    qint64 id = 0;
    qint64 contact = 0;
    CustomerRef customer;
    Person requester;
    std::optional<Person> target; // the expert asked by name
    std::optional<Person> expert; // who accepted
    std::optional<QString> skill; // the skill asked for instead of a name
    QString question;
    QString notes; // the contact's notes
    ConsultState state = ConsultState::Offered;
    std::optional<QString> declineReason;
    std::optional<QString> answer;
    QString createdAt;
    std::optional<QString> answeredAt;
    std::optional<QString> endedAt;
    qint64 version = 0;
    QStringList reasons; // the contact's reason labels
    QList<ContactTask> tasks;
    QList<ConsultOffer> offers;
    QList<ConsultMessage> messages;

    SPOCS_DOMAIN_VALUE(Consult);
};

enum class TransferKind { Warm, Cold, Forward };
SPOCS_WIRE_ENUM(TransferKind)

enum class TransferState { Offered, Accepted, Declined, Expired, Cancelled, Forwarded };
SPOCS_WIRE_ENUM(TransferState)

struct Transfer
{
    qint64 id = 0;
    qint64 contact = 0;
    Person from;
    std::optional<Person> to;
    std::optional<QString> toQueue; // a forward goes to a skill's queue
    TransferKind kind = TransferKind::Warm;
    QString note;
    TransferState state = TransferState::Offered;
    std::optional<QString> declineReason;
    QString createdAt;
    std::optional<QString> answeredAt;

    SPOCS_DOMAIN_VALUE(Transfer);
};

} // namespace spocs::domain
