#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace spocs {

class ContactSession;
class ContactsInHandModel;
class FollowUpsDueTodayFilter;
class QueueWaitingModel;
class RecentCustomersModel;

// What the agent's "My day" page shows while no customer is open, without the widgets: the
// contacts in hand and the follow-ups due today (both from the contact session, so they follow
// its live updates), the customers opened recently, and the queues the agent serves with their
// waiting counts (queue.waiting, asked again every refresh interval while the page is shown,
// since only leads follow the `queue` topic).
class MyDaySession : public QObject
{
    Q_OBJECT

public:
    explicit MyDaySession(ContactSession *contacts, QObject *parent = nullptr);
    ~MyDaySession() override;

    ContactSession *contacts() const { return m_contacts; }
    ContactsInHandModel *contactsInHand() const { return m_inHand; }
    FollowUpsDueTodayFilter *followUpsDue() const { return m_due; }
    RecentCustomersModel *recentCustomers() const { return m_recent; }
    QueueWaitingModel *queues() const { return m_queues; }

    // While shown, the queues are asked for now and then every refresh interval.
    void setShown(bool shown);
    bool isShown() const { return m_shown; }
    void setRefreshInterval(int ms);
    void refreshQueues();
    void noteCustomerOpened(const QString &customerId, const QString &name);

Q_SIGNALS:
    void queuesRefreshed();
    void queuesFailed(const spocs::Error &error);

private:
    QPointer<ContactSession> m_contacts;
    ContactsInHandModel *m_inHand = nullptr;
    FollowUpsDueTodayFilter *m_due = nullptr;
    RecentCustomersModel *m_recent = nullptr;
    QueueWaitingModel *m_queues = nullptr;
    QTimer *m_refresh = nullptr;
    bool m_shown = false;
    bool m_asking = false;
};

} // namespace spocs
