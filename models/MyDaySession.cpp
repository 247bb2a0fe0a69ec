#include "models/MyDaySession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ContactSession.h"
#include "models/FollowUpModel.h"
#include "models/MyDayModels.h"

#include <QJsonArray>
#include <QTimer>

namespace spocs {

MyDaySession::MyDaySession(ContactSession *contacts, QObject *parent)
    : QObject(parent)
    , m_contacts(contacts)
    , m_inHand(new ContactsInHandModel(this))
    , m_due(new FollowUpsDueTodayFilter(this))
    , m_recent(new RecentCustomersModel(this))
    , m_queues(new QueueWaitingModel(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("myDaySession"));
    m_refresh->setInterval(15000);
    connect(m_refresh, &QTimer::timeout, this, &MyDaySession::refreshQueues);
    if (!contacts)
        return;
    m_due->setSourceModel(contacts->followUps());
    const auto updateInHand = [this] {
        if (m_contacts)
            m_inHand->setContacts(m_contacts->contactsInHand());
    };
    connect(contacts, &ContactSession::contactsInHandChanged, this, updateInHand);
    updateInHand();
    // "Due today" moves with the clock, not only with the list.
    connect(m_refresh, &QTimer::timeout, m_due, [this] { m_due->setNow({}); });
}

MyDaySession::~MyDaySession() = default;

void MyDaySession::setShown(bool shown)
{
    if (m_shown == shown)
        return;
    m_shown = shown;
    if (shown) {
        refreshQueues();
        m_refresh->start();
    } else {
        m_refresh->stop();
    }
}

void MyDaySession::setRefreshInterval(int ms)
{
    m_refresh->setInterval(ms);
}

void MyDaySession::refreshQueues()
{
    Connection *connection = m_contacts ? m_contacts->connection() : nullptr;
    if (!connection || m_asking)
        return;
    m_asking = true;
    // A periodic refresh nobody typed: it must not keep an idle session alive.
    connection->requestAutomatic(QString::fromUtf16(op::QueueWaiting), {}, this, [this](const Reply &reply) {
        m_asking = false;
        if (!reply.ok) {
            Q_EMIT queuesFailed(reply.error);
            return;
        }
        m_queues->setQueues(reply.data.value(QStringLiteral("queues")).toArray());
        Q_EMIT queuesRefreshed();
    });
}

void MyDaySession::noteCustomerOpened(const QString &customerId, const QString &name)
{
    m_recent->noteOpened(customerId, name, QDateTime::currentDateTimeUtc());
}

} // namespace spocs
