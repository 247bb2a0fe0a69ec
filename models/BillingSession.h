#pragma once

#include "core/Protocol.h"
#include "core/Result.h"
#include "core/domain/Commerce.h"

#include <QObject>
#include <QPointer>

namespace spocs {

class Connection;
class CreditQueueModel;

// The Billing tab's writes on the selected invoice (payment.record, invoice.credit,
// invoice.dispute, invoice.undispute), each with the invoice's version; on version_conflict
// the current invoice is loaded (conflict()) and sending again applies the user's entry on top
// of it. For leads it also keeps the approval queue (credit.list, the "credits" topic) and
// decides requests (credit.decide). The dialogs only render it.
class BillingSession : public QObject
{
    Q_OBJECT

public:
    explicit BillingSession(Connection *connection, QObject *parent = nullptr);
    ~BillingSession() override;

    // The invoice the actions apply to, as invoice.explain answered it.
    void setInvoice(const domain::Invoice &invoice);
    const domain::Invoice &invoice() const { return m_invoice; }
    bool isBusy() const { return m_busy; }

    // What the coordinator accepts in the invoice's status (it still checks).
    bool canRecordPayment() const;
    bool canCredit() const;
    bool canDispute() const;
    bool canWithdrawDispute() const;

    // amount: a decimal like "60.00"; method: transfer or cash (card payments need the masked card).
    void recordPayment(const QString &amount, domain::PaymentMethod method);
    void requestCredit(domain::CreditKind kind, const QString &amount, const QString &reason);
    void dispute(const QString &reason);
    void withdrawDispute(const QString &note);

    // Leads: the approval queue, loaded and then kept current from the "credits" topic.
    CreditQueueModel *approvals() const { return m_approvals; }
    void followApprovals();
    void decide(qint64 id, bool approve, const QString &note);

Q_SIGNALS:
    void busyChanged(bool busy);
    // The write was applied; invoice() is the invoice as stored now.
    void saved(const QString &op);
    // invoice.credit answered: applied at once, or waiting for a lead (credit.isPending()).
    void creditRequested(const spocs::domain::CreditRequest &credit);
    // Someone changed the invoice first: invoice() now holds theirs; sending again applies yours.
    void conflict(const spocs::Error &error);
    void failed(const spocs::Error &error);
    // Offline: the write waits in the outbox and goes out when the session is back.
    void queued();
    void approvalsLoaded(int count);
    void decided(const spocs::domain::CreditRequest &credit);
    void decideFailed(const spocs::Error &error);

private:
    void send(const char16_t *op, QJsonObject args);
    void onEvent(const protocol::Event &event);
    void setBusy(bool busy);
    void updateNames();

    QPointer<Connection> m_connection;
    CreditQueueModel *m_approvals = nullptr;
    domain::Invoice m_invoice;
    bool m_following = false;
    bool m_busy = false;
};

} // namespace spocs
