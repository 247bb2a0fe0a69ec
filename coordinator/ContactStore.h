#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace spocs {

class Database;

// Contacts, their tasks and transitions, and the reason tree (migration 0006).
// Writes join the caller's Database::write() transaction. JSON shapes: docs/protocol.md, issue 7.
class ContactStore
{
public:
    explicit ContactStore(Database &db);

    struct Routing
    {
        QString channel;
        QString state;
        QString customerId; // public id
        std::optional<qint64> owner; // the customer's owner
        std::optional<qint64> backup;
        std::optional<qint64> offeredTo;
    };
    struct Load
    {
        int voice = 0;
        int text = 0;
    };

    static const QStringList &taskKinds();

    Result<qint64> create(const QString &channel, const QString &customerId, qint64 byUser);
    Result<QJsonObject> json(qint64 id);
    Result<Routing> routing(qint64 id);
    // Moves the contact to `state`, records the transition and bumps the version.
    Result<void> transition(qint64 id, const QString &state, std::optional<qint64> byUser);
    Result<void> setOffered(qint64 id, std::optional<qint64> userId);
    Result<void> setOwner(qint64 id, qint64 userId);
    Result<qint64> addTask(qint64 id, const QString &kind);
    Result<void> resolveTask(qint64 id, qint64 taskId);
    struct Closing
    {
        qint64 expectedVersion = 0;
        QStringList reasons;
        QString outcome;
        QString followUpDue;
        std::optional<qint64> followUpOwner;
    };
    Result<void> close(qint64 id, const Closing &closing, qint64 byUser);

    // Contacts waiting for an agent, oldest first.
    Result<QList<qint64>> queued();
    // Contacts left 'offered' by a previous run: back to the queue.
    Result<void> requeueStaleOffers();
    // Offered or active contacts per user.
    Result<QHash<qint64, Load>> loads();
    // Contacts of this user still active (not closed).
    Result<int> activeCount(qint64 userId);
    // customer.get's "openContacts".
    Result<QJsonArray> openContacts(const QString &customerId);
    Result<QJsonArray> reasons();

    // A small realistic reason tree for the demo world; does nothing if reasons exist.
    static Result<int> seedDemoReasons(Database &db);

private:
    static QString now();
    Database &m_db;
};

} // namespace spocs
