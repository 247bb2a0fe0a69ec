#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace spocs {

class Database;

// The last presence each user had (with its reason), kept in the database so that after a
// coordinator restart a reconnecting agent on break or in after-contact work stays there
// instead of becoming available and getting offers.
namespace PresenceStore {

struct Saved
{
    PresenceState state = PresenceState::Offline;
    QString reason;
    QDateTime since;
};

// Inside the caller's transaction.
Result<void> save(Database &db, qint64 userId, PresenceState state, const QString &reason, const QDateTime &since);
std::optional<Saved> load(Database &db, qint64 userId);

} // namespace PresenceStore
} // namespace spocs
