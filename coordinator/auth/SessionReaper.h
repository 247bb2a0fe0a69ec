#pragma once

#include <QObject>
#include <QTimer>

namespace spocs {

class CoordinatorServer;

// Ends sessions that must end, once a second, without waiting for their next request:
// those past their idle or absolute limit, and those revoked from outside this process
// (the admin CLI disables a user, changes a password or a role in the same database).
// Outside commits are noticed through SQLite's PRAGMA data_version, so an idle database
// costs one pragma a second. Ended sockets close with 1008; a user left with no open
// session turns offline at once, which also takes their open offers back to the queue.
class SessionReaper : public QObject
{
    Q_OBJECT

public:
    explicit SessionReaper(CoordinatorServer &server, QObject *parent = nullptr);

    void start(int intervalMs = 1000);
    void stop() { m_timer.stop(); }
    // One pass now (the timer calls this).
    void reap();

private:
    bool databaseChangedElsewhere();
    QSet<QString> revokedAmong(const QStringList &sessionIds);

    CoordinatorServer &m_server;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
};

} // namespace spocs
