#pragma once

#include "core/Result.h"
#include "core/domain/Catalogue.h"
#include "core/domain/Contact.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace spocs {

class Database;

// Contacts, their tasks, transitions and participants, the reason tree and the skills
// (migrations 0006, 0007).
// Writes join the caller's Database::write() transaction. JSON shapes: docs/protocol.md, "Contacts and routing".
class ContactStore
{
public:
    explicit ContactStore(Database &db);

    struct Routing
    {
        qint64 id = 0;
        QString channel;
        QString state;
        QString customerId; // public id
        std::optional<qint64> owner; // the customer's owner
        std::optional<qint64> backup;
        std::optional<qint64> offeredTo;
        QString queue; // a skill code
        std::optional<qint64> preferred; // preferred_user_id: contact.assign, forwards
        bool forwarded = false;
        std::optional<qint64> caseOwner; // see caseOwner()
    };
    struct Load
    {
        int voice = 0;
        int text = 0;
    };

    // A new queued contact with its customer participant row. `reason` (a code, may be empty) is
    // recorded as its first reason (the IVR choice); `queue` must be a known skill code.
    // `byUser` is empty when a channel (a mailbox, the web chat) created it.
    Result<qint64> create(const QString &channel, const QString &customerId, std::optional<qint64> byUser,
                          const QString &queue = QStringLiteral("general"), const QString &reason = {});
    struct Outbound
    {
        QString channel;
        QString customerId; // public id
        qint64 owner = 0; // the agent who starts it
        QString queue = QStringLiteral("general"); // a known skill code
        QString reason; // a code, may be empty
        QString note;
        std::optional<qint64> followUpOf; // the contact whose follow-up it serves
    };
    // An outbound contact: active and owned by `owner` from the start (never queued or offered),
    // with the customer and the owner as participants. not_found when the customer is unknown.
    Result<qint64> createOutbound(const Outbound &outbound);
    // The customer wrote again on a closed contact: back to the queue, offered first to
    // `preferred` (the follow-up's owner or whoever closed it). Keeps its history and reasons.
    Result<void> reopen(qint64 id, std::optional<qint64> preferred);
    Result<QJsonObject> json(qint64 id);
    // The contact without what was written on it (notes, tasks, follow-up updates, the survey's
    // comment): for topics followed by people who may not read the whole record (customer:<id>,
    // queue, the case owner's notice).
    static QJsonObject summary(QJsonObject contact);
    Result<domain::Contact> contact(qint64 id);
    // With caseOwnerDays >= 0 also the case owner (caseOwner()).
    Result<Routing> routing(qint64 id, int caseOwnerDays = -1);
    // Who owns the customer's open case, for a new contact of that customer: the owner of their
    // open follow-up (the one due first), else the owner of their contact closed most recently in the
    // last `days` days. Contacts other than `contactId` only; empty when there is none.
    Result<std::optional<qint64>> caseOwner(qint64 contactId, int days);
    // Now plus the contact's customer's expected response time: a follow-up's due time when the
    // agent gives none.
    Result<QString> defaultFollowUpDue(qint64 contactId);
    // The customers (public ids) whose case (open follow-up, or contact closed in the last
    // `days`) one of `users` owns: a routing pass looks up a waiting contact's case owner only
    // when it may be one of the people free right now.
    Result<QSet<QString>> customersWithCaseOwnerAmong(const QSet<qint64> &users, int days);
    // Moves the contact to `state`, records the transition and bumps the version.
    // at: when (the *_at columns' format); empty: now.
    Result<void> transition(qint64 id, const QString &state, std::optional<qint64> byUser, const QString &at = {});
    Result<void> setOffered(qint64 id, std::optional<qint64> userId);
    Result<void> setOwner(qint64 id, qint64 userId);
    // The offered user took it: owner, answered_at (first accept only), owner participant row.
    Result<void> accept(qint64 id, qint64 userId, const QString &at);
    // The customer hung up while queued or offered: closed, abandoned, offer cleared.
    Result<void> abandon(qint64 id, std::optional<qint64> byUser);
    // The active contact's owner is gone (offline): queued again, nobody's until someone accepts it
    // (as after a forward); the owner's leg ends. Its messages, tasks and notes stay.
    Result<void> requeue(qint64 id, qint64 owner);
    Result<void> setPreferred(qint64 id, std::optional<qint64> userId);
    // A row in contact_participants (userId empty: the customer). Returns its id.
    Result<qint64> addParticipant(qint64 id, std::optional<qint64> userId, const QString &role);
    // Sets left_at on every open participant row of the contact.
    Result<void> leaveAll(qint64 id);
    Result<qint64> addTask(qint64 id, const QString &kind);
    Result<void> resolveTask(qint64 id, qint64 taskId);
    struct Closing
    {
        qint64 expectedVersion = 0;
        QStringList reasons;
        QString outcome;
        QString followUpDue;
        std::optional<qint64> followUpOwner;
        // What the owner typed last, stored with the close (the notes cannot be written once closed).
        std::optional<QString> notes;
    };
    // Closes the contact (its consults and transfer offers end by ContactRouter::closed()).
    Result<void> close(qint64 id, const Closing &closing, qint64 byUser);
    // Contacts waiting for an agent, oldest first.
    Result<QList<qint64>> queued();
    // The routing facts of every waiting contact, oldest first, in one query.
    Result<QList<Routing>> queuedRouting();
    // Contacts left 'offered' by a previous run: back to the queue. Returns their ids.
    Result<QList<qint64>> requeueStaleOffers();
    // Offered or active contacts per user.
    Result<QHash<qint64, Load>> loads();
    // Contacts of this user still active (not closed).
    Result<int> activeCount(qint64 userId);
    // The ids of the contacts this user owns and is working on (active), oldest first.
    Result<QList<qint64>> activeOf(qint64 userId);
    // customer.get's "openContacts".
    Result<QList<domain::OpenContact>> openContacts(const QString &customerId);
    // customer.get's "contacts": closed at or after `since`, newest first, at most `limit`.
    Result<QList<domain::ClosedContact>> closedContacts(qint64 customerRowId, const QDateTime &since, int limit);
    Result<QJsonArray> reasons();
    Result<QJsonObject> reasonJson(qint64 reasonId);

    struct ReasonInfo
    {
        qint64 id = 0;
        QString code;
        QString label;
        QString skill; // empty: none
        std::optional<qint64> forwardTo;
        bool forwardOnly = false;
        bool archived = false;
    };
    // Empty optional when no reason has this code.
    Result<std::optional<ReasonInfo>> reason(const QString &code);

    struct ReasonEdit
    {
        std::optional<qint64> id; // empty: a new reason
        std::optional<qint64> parent;
        QString code;
        QString label;
        QString demandClass;
        bool forwardOnly = false;
        QString skill; // empty: none
        std::optional<qint64> forwardTo;
        bool archived = false;
    };
    // reason.save: duplicate code -> conflict, parent cycle / unknown skill or user -> bad_request.
    Result<qint64> saveReason(const ReasonEdit &edit);

    // Skills (= queues).
    Result<bool> skillExists(const QString &code);
    Result<QJsonArray> skills(); // [{code, label}] by position
    Result<QJsonArray> userSkills(qint64 userId); // [{skill, level}] by skill
    Result<QHash<qint64, QSet<QString>>> skillSets(); // user id -> skill codes
    // Contacts waiting (queued or offered) per queue, every queue by position: counts and when the
    // longest current wait began only, no customer data.
    struct QueueWaiting
    {
        QString queue;
        QString label;
        int waiting = 0;
        QString oldestSince; // empty when nobody waits (or no wait is recorded)
    };
    Result<QList<QueueWaiting>> waitingByQueue();
    // SQL for when the current wait of the waiting contact `k` began: its first state change
    // after the last one that was neither `queued` nor `offered`. A forwarded or reopened contact
    // waits from then, not from its created_at (domain::ContactSegments says the same in C++).
    static QString waitStartSql(const QString &k);
    Result<void> setUserSkills(qint64 userId, const QList<QPair<QString, int>> &skills);
    // A small realistic reason tree for the demo world; does nothing if reasons exist.
    static Result<int> seedDemoReasons(Database &db);

private:
    Result<qint64> customerRowId(const QString &customerId);
    // The first transition, the customer participant and the initial reason of a new contact.
    Result<void> started(qint64 id, const QString &state, const QString &at, std::optional<qint64> byUser,
                         const QString &reason);
    Database &m_db;
};

} // namespace spocs
