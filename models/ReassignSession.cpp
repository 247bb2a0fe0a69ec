#include "models/ReassignSession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/CustomerSearchModel.h"
#include "models/FollowUpModel.h"
#include "models/ModelsLog.h"

#include <QJsonArray>

namespace spocs {

ReassignSession::ReassignSession(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_followUps(new FollowUpModel(this))
    , m_customers(new CustomerSearchModel(this))
{ }

void ReassignSession::load(qint64 user)
{
    m_withCustomers = true;
    if (user <= 0) {
        ++m_generation;
        ++m_customerGeneration;
        m_followUps->clear();
        m_customers->clear();
        return;
    }
    loadFollowUps(user);
    loadCustomers(user);
}

void ReassignSession::loadCustomers(qint64 user)
{
    const quint64 generation = ++m_customerGeneration;
    m_customers->clear();
    if (!m_connection)
        return; // loadFollowUps reported it
    m_connection->request(QString::fromUtf16(op::CustomerOwned), QJsonObject { { QStringLiteral("user"), user } }, this,
                          [this, generation](const Reply &reply) {
                              if (generation != m_customerGeneration)
                                  return;
                              if (!reply.ok) {
                                  qCInfo(lcModels) << "customer.owned failed:" << errorCodeName(reply.error.code);
                                  Q_EMIT failed(reply.error);
                                  return;
                              }
                              const int total = int(reply.data.value(QStringLiteral("total")).toInteger());
                              m_customers->setResults(reply.data.value(QStringLiteral("items")).toArray(), total);
                              Q_EMIT customersLoaded(m_customers->rowCount(), total);
                          });
}

void ReassignSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ReassignSession::loadFollowUps(qint64 owner)
{
    const quint64 generation = ++m_generation;
    m_followUps->clear();
    if (!m_connection) {
        Q_EMIT failed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    m_connection->request(QString::fromUtf16(op::FollowUpList), QJsonObject { { QStringLiteral("owner"), owner } },
                          this, [this, generation](const Reply &reply) {
                              if (generation != m_generation)
                                  return; // another user was picked meanwhile
                              if (!reply.ok) {
                                  qCInfo(lcModels) << "followup.list failed:" << errorCodeName(reply.error.code);
                                  Q_EMIT failed(reply.error);
                                  return;
                              }
                              m_followUps->setFollowUps(reply.data.value(QStringLiteral("followUps")).toArray());
                              Q_EMIT followUpsLoaded(m_followUps->rowCount());
                          });
}

void ReassignSession::reassignAll(qint64 from, qint64 owner, std::optional<qint64> backup)
{
    if (!m_connection) {
        Q_EMIT failed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    if (m_busy)
        return;
    QJsonObject args { { QStringLiteral("from"), from }, { QStringLiteral("owner"), owner } };
    if (backup)
        args.insert(QStringLiteral("backup"), *backup);
    setBusy(true);
    m_connection->write(QString::fromUtf16(op::CustomerReassign), args, this, [this, from](const Reply &reply) {
        setBusy(false);
        if (!reply.ok) {
            qCInfo(lcModels) << "customer.reassign failed:" << errorCodeName(reply.error.code);
            Q_EMIT failed(reply.error);
            return;
        }
        m_last = domain::CustomerReassignment::fromJson(reply.data);
        Q_EMIT reassigned(int(m_last.customers.size()), int(m_last.followUps.size()));
        // What is left with them: nothing, unless someone added meanwhile.
        if (m_withCustomers)
            load(from);
        else
            loadFollowUps(from);
    });
}

} // namespace spocs
