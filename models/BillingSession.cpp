#include "models/BillingSession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/CreditQueueModel.h"
#include "models/ModelsLog.h"
#include "models/PresenceDirectory.h"
#include "models/VersionedWrite.h"

#include <QJsonArray>

namespace spocs {

namespace {

const QString kCreditsTopic = QStringLiteral("credits");

} // namespace

BillingSession::BillingSession(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_approvals(new CreditQueueModel(this))
{
    if (connection)
        connect(connection, &Connection::eventReceived, this, &BillingSession::onEvent);
}

BillingSession::~BillingSession()
{
    if (m_connection && m_following)
        m_connection->unsubscribe(kCreditsTopic);
}

void BillingSession::setInvoice(const domain::Invoice &invoice)
{
    m_invoice = invoice;
}

void BillingSession::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

bool BillingSession::canRecordPayment() const
{
    const bool payable
        = m_invoice.status == domain::InvoiceStatus::Open || m_invoice.status == domain::InvoiceStatus::Disputed;
    return !m_invoice.number.isEmpty() && payable && m_invoice.balance.cents > 0;
}

bool BillingSession::canCredit() const
{
    // A credit needs something owed, a refund something paid.
    return !m_invoice.number.isEmpty() && m_invoice.status != domain::InvoiceStatus::Void
        && (m_invoice.balance.cents > 0 || !m_invoice.payments.isEmpty());
}

bool BillingSession::canDispute() const
{
    return !m_invoice.number.isEmpty() && m_invoice.status == domain::InvoiceStatus::Open;
}

bool BillingSession::canWithdrawDispute() const
{
    return !m_invoice.number.isEmpty() && m_invoice.status == domain::InvoiceStatus::Disputed;
}

void BillingSession::recordPayment(const QString &amount, domain::PaymentMethod method)
{
    send(op::PaymentRecord,
         QJsonObject { { QStringLiteral("amount"), amount.trimmed() },
                       { QStringLiteral("method"), domain::wireName(method) } });
}

void BillingSession::requestCredit(domain::CreditKind kind, const QString &amount, const QString &reason)
{
    send(op::InvoiceCredit,
         QJsonObject { { QStringLiteral("amount"), amount.trimmed() },
                       { QStringLiteral("kind"), domain::wireName(kind) },
                       { QStringLiteral("reason"), reason.trimmed() } });
}

void BillingSession::dispute(const QString &reason)
{
    send(op::InvoiceDispute, QJsonObject { { QStringLiteral("reason"), reason.trimmed() } });
}

void BillingSession::withdrawDispute(const QString &note)
{
    QJsonObject args;
    if (!note.trimmed().isEmpty())
        args.insert(QStringLiteral("reason"), note.trimmed());
    send(op::InvoiceUndispute, args);
}

void BillingSession::send(const char16_t *op, QJsonObject args)
{
    if (m_busy || m_invoice.number.isEmpty())
        return;
    args.insert(QStringLiteral("invoice"), m_invoice.number);
    args.insert(QStringLiteral("version"), m_invoice.version);
    const QString opName = QString::fromUtf16(op);
    const VersionedWrite write { opName, args, QString::fromUtf16(op::InvoiceExplain),
                                 QJsonObject { { QStringLiteral("number"), m_invoice.number } },
                                 QStringLiteral("invoice") };
    setBusy(true);
    write.send(m_connection, this, [this, opName](const VersionedWrite::Outcome &outcome) {
        setBusy(false);
        if (outcome.saved()) {
            m_invoice = domain::Invoice::fromJson(outcome.record);
            if (opName == QStringView(op::InvoiceCredit))
                Q_EMIT creditRequested(
                    domain::CreditRequest::fromJson(outcome.data.value(QStringLiteral("credit")).toObject()));
            Q_EMIT saved(opName);
            return;
        }
        if (outcome.error.code == ErrorCode::Queued) {
            Q_EMIT queued();
            return;
        }
        if (outcome.conflict()) {
            if (!outcome.record.isEmpty())
                m_invoice = domain::Invoice::fromJson(outcome.record);
            Q_EMIT conflict(outcome.error);
            return;
        }
        Q_EMIT failed(outcome.error);
    });
}

void BillingSession::followApprovals()
{
    if (!m_connection)
        return;
    if (!m_following) {
        m_connection->subscribe(kCreditsTopic);
        m_following = true;
        // The queue names who asked as the lead knows them, not by login.
        PresenceDirectory *people = PresenceDirectory::of(m_connection);
        connect(people, &SharedLookup::changed, this, &BillingSession::updateNames);
        people->load();
        updateNames();
    }
    m_connection->request(
        QString::fromUtf16(op::CreditList),
        QJsonObject { { QStringLiteral("status"), domain::wireName(domain::CreditStatus::PendingApproval) } }, this,
        [this](const Reply &reply) {
            if (!reply.ok) {
                qCInfo(lcModels) << "credit.list failed:" << errorCodeName(reply.error.code);
                Q_EMIT decideFailed(reply.error);
                return;
            }
            m_approvals->setRequests(
                rowsFromJson<domain::CreditRequest>(reply.data.value(QStringLiteral("items")).toArray()));
            Q_EMIT approvalsLoaded(m_approvals->rowCount());
        });
}

void BillingSession::updateNames()
{
    if (!m_connection)
        return;
    QHash<QString, QString> names;
    for (const PresenceDirectory::Entry &person : PresenceDirectory::of(m_connection)->entries())
        names.insert(person.login, person.displayName());
    m_approvals->setNames(names);
}

void BillingSession::decide(qint64 id, bool approve, const QString &note)
{
    const int row = m_approvals->rowOf(id);
    if (!m_connection || m_busy || row < 0)
        return;
    QJsonObject args { { QStringLiteral("id"), id },
                       { QStringLiteral("approve"), approve },
                       { QStringLiteral("version"), m_approvals->requestAt(row).version } };
    if (!note.trimmed().isEmpty())
        args.insert(QStringLiteral("note"), note.trimmed());
    setBusy(true);
    m_connection->write(QString::fromUtf16(op::CreditDecide), args, this, [this](const Reply &reply) {
        setBusy(false);
        if (!reply.ok) {
            qCInfo(lcModels) << "credit.decide failed:" << errorCodeName(reply.error.code);
            // Someone else decided it, or it changed: show the queue as it is now.
            if (reply.error.code == ErrorCode::VersionConflict || reply.error.code == ErrorCode::InvalidState)
                followApprovals();
            Q_EMIT decideFailed(reply.error);
            return;
        }
        const auto credit = domain::CreditRequest::fromJson(reply.data.value(QStringLiteral("credit")).toObject());
        m_approvals->upsert(credit);
        Q_EMIT decided(credit);
    });
}

void BillingSession::onEvent(const protocol::Event &event)
{
    if (event.kind != QStringView(event::CreditUpdated))
        return;
    // The invoice itself follows from invoice.updated on the customer's topic (the tab re-explains it).
    if (m_following && event.topic == kCreditsTopic)
        m_approvals->upsert(domain::CreditRequest::fromJson(event.data.value(QStringLiteral("credit")).toObject()));
}

} // namespace spocs
