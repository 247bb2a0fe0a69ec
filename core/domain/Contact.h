#pragma once

#include "core/domain/Customer.h"
#include "core/domain/DomainValue.h"
#include "core/domain/Person.h"
#include "core/domain/WireEnum.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Contacts (a call, chat or e-mail) with their tasks, participants and follow-up, as the
// contact.* and followup.* ops and events send them.
namespace spocs::domain {

enum class ContactState { Queued, Offered, Active, AfterContactWork, Closed };
SPOCS_WIRE_ENUM(ContactState)

enum class ContactOutcome { Resolved, FollowUp };
SPOCS_WIRE_ENUM(ContactOutcome)

// Who started it: the customer (inbound, routed to an agent) or an agent (outbound, never routed).
enum class ContactDirection { Inbound, Outbound };
SPOCS_WIRE_ENUM(ContactDirection)

enum class ParticipantRole { Customer, Owner, Expert, Agent };
SPOCS_WIRE_ENUM(ParticipantRole)

// One thing the customer asked for on a contact. Consults list them without createdAt.
struct ContactTask
{
    qint64 id = 0;
    QString kind; // availability_price|place_order|...|other
    bool resolved = false;
    std::optional<QString> createdAt;

    SPOCS_DOMAIN_VALUE(ContactTask);
};

struct Participant
{
    qint64 id = 0;
    std::optional<Person> user; // none for the customer
    ParticipantRole role = ParticipantRole::Customer;
    QString joinedAt;
    std::optional<QString> leftAt;

    SPOCS_DOMAIN_VALUE(Participant);
};

struct Transition
{
    ContactState state = ContactState::Queued;
    QString at;

    SPOCS_DOMAIN_VALUE(Transition);
};

struct Survey
{
    std::optional<int> csat; // 1..5
    std::optional<int> nps; // 0..10
    QString comment;
    QString recordedAt;

    SPOCS_DOMAIN_VALUE(Survey);
};

struct FollowUpUpdate
{
    QString at;
    Person by;
    QString channel;
    QString note;

    SPOCS_DOMAIN_VALUE(FollowUpUpdate);
};

// A contact's promised follow-up, as the contact carries it.
struct ContactFollowUp
{
    QString due; // YYYY-MM-DD (end of that day UTC) or a UTC time
    std::optional<Person> owner;
    std::optional<QString> doneAt;
    QList<FollowUpUpdate> updates;

    SPOCS_DOMAIN_VALUE(ContactFollowUp);
};

struct Contact
{
    qint64 id = 0;
    QString channel; // phone|chat|email
    ContactDirection direction = ContactDirection::Inbound;
    ContactState state = ContactState::Queued;
    qint64 version = 0;
    QString createdAt;
    QString updatedAt;
    CustomerRef customer;
    std::optional<Person> owner;
    std::optional<Person> offeredTo;
    QString queue;
    QString notes;
    bool abandoned = false;
    bool forwarded = false;
    qint64 transferCount = 0;
    qint64 consultCount = 0;
    qint64 priority = 0; // in its queue: higher is offered first (VIP, at risk, class b reason)
    std::optional<QString> closedAt;
    std::optional<ContactOutcome> outcome;
    std::optional<QString> answeredAt;
    std::optional<ContactFollowUp> followUp;
    std::optional<qint64> followUpOf; // outbound: the contact whose follow-up it serves
    std::optional<qint64> continues; // e-mail: the closed contact a reply came to, too old to reopen
    // A web chat or web form: the customer is whoever owns the e-mail address the visitor typed,
    // so the agent checks who they are talking to before sharing account details.
    bool identityTyped = false;
    QList<Participant> participants;
    std::optional<Survey> survey;
    QList<ContactTask> tasks;
    QList<Transition> transitions;
    QStringList reasons; // codes

    SPOCS_DOMAIN_VALUE(Contact);
};

// A contact that is not closed, in the customer's view.
struct OpenContact
{
    qint64 id = 0;
    QString kind = QStringLiteral("contact");
    QString channel;
    QString reason; // the label of its first reason
    QString reasonCode; // that reason's code (what kb.suggest and the reason tree take)
    ContactState status = ContactState::Queued;
    std::optional<Person> owner;
    QString since;

    SPOCS_DOMAIN_VALUE(OpenContact);
};

// A closed contact in the customer's view (customer.get "contacts", the last 90 days).
struct ClosedContact
{
    qint64 id = 0;
    QString channel;
    std::optional<Person> owner;
    QStringList reasons; // codes
    std::optional<ContactOutcome> outcome;
    bool abandoned = false;
    bool forwarded = false;
    qint64 transferCount = 0;
    qint64 consultCount = 0;
    std::optional<QString> followUpDue;
    QString createdAt;
    QString closedAt;

    SPOCS_DOMAIN_VALUE(ClosedContact);
};

// The contact a follow-up in a list belongs to.
struct FollowUpContact
{
    qint64 id = 0;
    QString channel;
    CustomerRef customer;
    QStringList reasons; // codes

    SPOCS_DOMAIN_VALUE(FollowUpContact);
};

// A follow-up in followup.list and the follow-up events: its contact and how urgent it is.
struct FollowUp
{
    FollowUpContact contact;
    QString due;
    std::optional<Person> owner;
    bool dueSoon = false;
    bool overdue = false;
    std::optional<QString> doneAt;
    QList<FollowUpUpdate> updates;

    SPOCS_DOMAIN_VALUE(FollowUp);
};

} // namespace spocs::domain
