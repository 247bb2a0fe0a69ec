#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace spocs {

// What one source address (an IPv4 address or an IPv6 /64, LoginGuard::addressKey) did in the
// last hour, all its visitors together. Per-token limits alone cost an attacker nothing: a new
// token is one hello away. Kept in memory; a restart forgets, which only ever lets more through.
class AddressLimits
{
public:
    // limit <= 0: unlimited.
    bool allows(const QString &address, const QString &kind, int limit, const QDateTime &now);
    void record(const QString &address, const QString &kind, const QDateTime &now);

private:
    static constexpr qsizetype kSweepAbove = 4096;
    QList<QDateTime> &recent(const QString &address, const QString &kind, const QDateTime &now);

    QHash<QString, QList<QDateTime>> m_times; // "kind\naddress" -> times, oldest first
};

} // namespace spocs
