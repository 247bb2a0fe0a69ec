#pragma once

#include "core/Result.h"
#include "core/domain/Customer.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace spocs {

class Connection;
class FollowUpModel;

// The lead's "Reassign Customers…": shows a user's open follow-ups (followup.list) and moves all
// their customers and open follow-ups to a colleague (customer.reassign with `from`), e.g. when
// they leave. The dialog only renders it.
class ReassignSession : public QObject
{
    Q_OBJECT

public:
    explicit ReassignSession(Connection *connection, QObject *parent = nullptr);

    FollowUpModel *followUps() const { return m_followUps; }
    bool isBusy() const { return m_busy; }
    // What the last reassignment moved.
    const domain::CustomerReassignment &lastReassignment() const { return m_last; }

    void loadFollowUps(qint64 owner);
    void reassignAll(qint64 from, qint64 owner, std::optional<qint64> backup);

Q_SIGNALS:
    void busyChanged(bool busy);
    void followUpsLoaded(int count);
    void reassigned(int customers, int followUps);
    void failed(const spocs::Error &error);

private:
    void setBusy(bool busy);

    QPointer<Connection> m_connection;
    FollowUpModel *m_followUps;
    domain::CustomerReassignment m_last;
    quint64 m_generation = 0; // only the newest follow-up list is shown
    bool m_busy = false;
};

} // namespace spocs
