#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QObject;

namespace spocs {

class ContactStore;
class CoordinatorServer;
class Database;
class FollowUpStore;

// The lead's floor view (lead.snapshot): queues with today's figures, the agents grid and
// the alerts. Reads only; alerts are recomputed on every call (the 1 s housekeeping timer in
// LeadOps.cpp compares keys to publish alert.raised once per new alert).
class LeadStore
{
public:
    LeadStore(CoordinatorServer &server, ContactStore &contacts, FollowUpStore &followUps);
    ~LeadStore();

    Result<QJsonArray> queues(const QDateTime &now);
    Result<QJsonArray> agents(const QDateTime &now);
    // Alerts without "since" for service-level ones (the caller knows when it first saw them);
    // `queues` is the result of queues() (its today figures feed the service-level alerts);
    // `raised` holds the keys of the alerts up now, by when each was first seen.
    Result<QJsonArray> alerts(const QDateTime &now, const QJsonArray &queues, const QHash<QString, QDateTime> &raised);
    // The whole lead.snapshot answer; `raised` gives "since" of alerts that have no natural time.
    Result<QJsonObject> snapshot(const QDateTime &now, const QHash<QString, QDateTime> &raised);

    static QDateTime startOfDay(const QDateTime &now);

private:
    // Average handle time (s) of handled contacts over the last 30 days, per reason id and per
    // queue, with their sample counts; cached for a minute.
    struct Averages
    {
        QHash<QString, QPair<double, int>> byReason; // by reason code
        QHash<QString, QPair<double, int>> byQueue;
        QDateTime computedAt;
    };
    static Result<Averages> computeAverages(Database &db, const QDateTime &now);
    // The first time here, so the first alerts have them; then on the read worker, while the
    // alerts use the last ones: 30 days of contacts take seconds to read on a large floor.
    Result<void> refreshAverages(const QDateTime &now);

    CoordinatorServer &m_server;
    ContactStore &m_contacts;
    FollowUpStore &m_followUps;
    Averages m_averages;
    bool m_averagesPending = false;
    // The read worker answers through it; it goes with this store, so a late answer is dropped.
    std::unique_ptr<QObject> m_answers;
};

} // namespace spocs
