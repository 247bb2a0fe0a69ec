#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace spocs {

class Database;

// Remembers every applied write by its client id, with the answer that was given, so a
// write retried after a network drop is applied once and answered the same way.
class WriteLedger
{
public:
    explicit WriteLedger(Database &db)
        : m_db(db)
    { }

    // The stored answer when this cid was applied before; a cid reused by another user
    // or for another op is a conflict.
    Result<std::optional<QJsonObject>> find(const QString &cid, qint64 userId, const QString &op) const;
    // Inside the write's transaction.
    Result<void> store(const QString &cid, qint64 userId, const QString &op, const QJsonObject &response);
    // Forgets answers stored before the cutoff: they hold customer data, and no client
    // retries a write that old. Returns how many were removed.
    Result<int> pruneOlderThan(const QDateTime &cutoff);

private:
    Database &m_db;
};

} // namespace spocs
