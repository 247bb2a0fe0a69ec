#pragma once

#include "core/Result.h"
#include "core/domain/Customer.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace spocs {

class Connection;
class CustomerSearchModel;
class FollowUpModel;

// The lead's Team view and "Reassign Customers…": shows a user's customers (customer.owned) and
// open follow-ups (followup.list) and moves all of them to a colleague (customer.reassign with
// `from`), e.g. when they leave. The widgets only render it.
class ReassignSession : public QObject
{
    Q_OBJECT

public:
    explicit ReassignSession(Connection *connection, QObject *parent = nullptr);

    FollowUpModel *followUps() const { return m_followUps; }
    // The user's customers (owner or backup; the match role says which), set by load().
    CustomerSearchModel *customers() const { return m_customers; }
    bool isBusy() const { return m_busy; }
    // What the last reassignment moved.
    const domain::CustomerReassignment &lastReassignment() const { return m_last; }

    void loadFollowUps(qint64 owner);
    // Customers and open follow-ups of one user; 0 clears both.
    void load(qint64 user);
    void reassignAll(qint64 from, qint64 owner, std::optional<qint64> backup);

Q_SIGNALS:
    void busyChanged(bool busy);
    void followUpsLoaded(int count);
    // shown ≤ total: customer.owned answers at most 500.
    void customersLoaded(int shown, int total);
    void reassigned(int customers, int followUps);
    void failed(const spocs::Error &error);

private:
    void setBusy(bool busy);

    QPointer<Connection> m_connection;
    void loadCustomers(qint64 user);

    FollowUpModel *m_followUps;
    CustomerSearchModel *m_customers;
    domain::CustomerReassignment m_last;
    quint64 m_generation = 0; // only the newest follow-up list is shown
    quint64 m_customerGeneration = 0; // and the newest customer list
    bool m_withCustomers = false; // load() was used: reload the customers after a reassignment too
    bool m_busy = false;
};

} // namespace spocs
