#include "coordinator/commerce/BillingStore.h"

#include "coordinator/commerce/CreditStore.h"
#include "coordinator/customers/CustomerHistory.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace spocs {
namespace {

QString money(qint64 cents)
{
    return domain::Money { cents }.toString();
}

} // namespace

BillingStore::BillingStore(Database &db)
    : m_db(db)
{ }

QString BillingStore::today() const
{
    return m_db.now().date().toString(Qt::ISODate);
}

std::optional<qint64> BillingStore::parseAmount(const QString &text)
{
    // Not negative, at most ten digits before the point; Money::parse reads what passes.
    static const QRegularExpression re(QStringLiteral("^\\d{1,10}(?:\\.\\d{1,2})?$"));
    if (!re.match(text.trimmed()).hasMatch())
        return std::nullopt;
    return domain::Money::parse(text)->cents;
}

domain::InvoiceSummary BillingStore::summary(const QString &number, const QString &issuedOn, const QString &dueOn,
                                             qint64 totalCents, qint64 balanceCents, const QString &currency,
                                             const QString &status, const QString &today, qint64 pendingCreditCents)
{
    domain::InvoiceSummary out {
        number,   issuedOn, dueOn, domain::Money { totalCents },        domain::Money { balanceCents },
        currency, {},       false, domain::Money { pendingCreditCents }
    };
    domain::fromWireName(status, &out.status);
    out.markOverdue(today);
    return out;
}

Result<BillingStore::InvoiceRow> BillingStore::invoiceRow(const QString &number)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("SELECT i.id, i.customer_id, c.public_id, i.issued_on, i.due_on, i.total_cents, "
                                  "i.balance_cents, i.currency, i.status, i.version FROM invoices i "
                                  "JOIN customers c ON c.id = i.customer_id WHERE i.number = ?"),
                   { number }, "load invoice"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no invoice %1").arg(number.left(32)),
                         QJsonObject { { QStringLiteral("number"), number.left(32) } });
    InvoiceRow row;
    row.id = q.value(0).toLongLong();
    row.customerRowId = q.value(1).toLongLong();
    row.customerId = q.value(2).toString();
    row.issuedOn = q.value(3).toString();
    row.dueOn = q.value(4).toString();
    row.total = q.value(5).toLongLong();
    row.balance = q.value(6).toLongLong();
    row.currency = q.value(7).toString();
    row.status = q.value(8).toString();
    row.version = q.value(9).toLongLong();
    return row;
}

QJsonObject BillingStore::Explained::toJson() const
{
    QJsonArray lines;
    for (const domain::ExplanationLine &line : explanation)
        lines.append(line.toJson());
    return QJsonObject { { QStringLiteral("invoice"), invoice.toJson() }, { QStringLiteral("explanation"), lines } };
}

Result<QJsonObject> BillingStore::explain(const QString &number)
{
    SPOCS_TRY_LET(explained, explainInvoice(number));
    return explained->toJson();
}

Result<BillingStore::Explained> BillingStore::explainInvoice(const QString &number)
{
    SPOCS_TRY_LET(row, invoiceRow(number));

    Explained out;
    domain::Invoice &invoice = out.invoice;
    invoice = domain::Invoice::fromSummary(
        summary(number, row->issuedOn, row->dueOn, row->total, row->balance, row->currency, row->status, today()));
    invoice.customer = row->customerId;
    invoice.version = row->version;

    SPOCS_TRY_ASSIGN(QSqlQuery l,
                     m_db.query(QStringLiteral("SELECT description, quantity, unit_price_cents, total_cents "
                                               "FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no"),
                                { row->id }, "invoice lines"));
    while (l.next()) {
        invoice.lines.append(domain::InvoiceLine { l.value(0).toString(), l.value(1).toLongLong(),
                                                   domain::Money { l.value(2).toLongLong() },
                                                   domain::Money { l.value(3).toLongLong() } });
    }

    using Kind = domain::ExplanationKind;
    const auto explain = [&out](Kind kind, const QString &label, qint64 cents, const QString &ref = {},
                                std::optional<domain::Payment> payment = std::nullopt) {
        out.explanation.append(domain::ExplanationLine { kind, label, domain::Money { cents }, ref, payment });
    };
    explain(Kind::Total, QStringLiteral("Invoice total"), row->total);
    qint64 remaining = row->total;

    SPOCS_TRY_ASSIGN(QSqlQuery p,
                     m_db.query(QStringLiteral("SELECT p.received_on, p.amount_cents, p.method, c.brand, c.last4 "
                                               "FROM payments p LEFT JOIN payment_cards c ON c.id = p.card_id "
                                               "WHERE p.invoice_id = ? ORDER BY p.received_on, p.id"),
                                { row->id }, "invoice payments"));
    while (p.next()) {
        domain::Payment payment { p.value(0).toString(), domain::Money { p.value(1).toLongLong() }, {}, {} };
        const QString method = p.value(2).toString();
        domain::fromWireName(method, &payment.method);
        QString how = method == u"direct_debit" ? QStringLiteral("direct debit") : method;
        if (!p.value(3).isNull()) {
            payment.card = domain::Card { p.value(3).toString(), std::nullopt, p.value(4).toString() };
            how = QStringLiteral("card ending %1").arg(payment.card->last4);
        }
        invoice.payments.append(payment);
        explain(Kind::Payment, QStringLiteral("Payment %1 (%2)").arg(payment.at, how), -payment.amount.cents, {},
                payment);
        remaining -= payment.amount.cents;
    }

    SPOCS_TRY_ASSIGN(QSqlQuery cn,
                     m_db.query(QStringLiteral("SELECT number, issued_at, amount_cents, reason, kind FROM credit_notes "
                                               "WHERE invoice_id = ? ORDER BY issued_at, id"),
                                { row->id }, "invoice credit notes"));
    while (cn.next()) {
        domain::CreditNote note { cn.value(0).toString(), cn.value(1).toString(),
                                  domain::Money { cn.value(2).toLongLong() }, cn.value(3).toString() };
        domain::fromWireName(cn.value(4).toString(), &note.kind);
        invoice.creditNotes.append(note);
        explain(Kind::CreditNote, QStringLiteral("Credit note %1").arg(note.number), -note.amount.cents, note.number);
        remaining -= note.amount.cents;
        // A refund's credit went back to the customer's bank: it does not lower what is owed.
        if (note.kind == domain::CreditKind::Refund) {
            explain(Kind::Refund, QStringLiteral("Refunded to the customer (%1)").arg(note.number), note.amount.cents,
                    note.number);
            remaining += note.amount.cents;
        }
    }

    SPOCS_TRY_LET(requests, CreditStore(m_db).forInvoice(row->id));
    invoice.creditRequests = requests.value();
    for (const domain::CreditRequest &request : invoice.creditRequests) {
        if (request.isPending())
            invoice.pendingCredit.cents += request.amount.cents;
    }
    QSqlQuery d = m_db.prepare(QStringLiteral("SELECT dispute_reason FROM invoices WHERE id = ?"));
    if (!execWith(d, { row->id }) || !d.next())
        return sqlError(d, "invoice dispute");
    if (row->status == u"disputed" && !d.value(0).isNull())
        invoice.disputeReason = d.value(0).toString();
    // Whatever the records above do not explain (a voided invoice, a write-off) is named,
    // so the explanation always adds up to the balance.
    if (remaining != row->balance)
        explain(row->status == u"void" ? Kind::Voided : Kind::Adjustment,
                row->status == u"void" ? QStringLiteral("Invoice voided") : QStringLiteral("Adjustment"),
                row->balance - remaining);
    explain(Kind::Balance, QStringLiteral("Balance"), row->balance);
    return out;
}

Result<void> BillingStore::checkVersion(const InvoiceRow &row, std::optional<qint64> expectedVersion)
{
    if (expectedVersion && *expectedVersion != row.version)
        return versionConflict("invoice", row.version, *expectedVersion);
    return {};
}

Result<void> BillingStore::updateInvoice(const InvoiceRow &row, qint64 lowerByCents, const QString &status)
{
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE invoices SET balance_cents = balance_cents - ?, status = ?, "
                                        "version = version + 1 WHERE id = ?"),
                         { lowerByCents, status, row.id }, "invoice balance"));
    if (lowerByCents == 0)
        return {};
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE accounts SET balance_cents = balance_cents - ?, "
                                        "version = version + 1 WHERE id = (SELECT id FROM accounts "
                                        "WHERE customer_id = ? ORDER BY id LIMIT 1)"),
                         { lowerByCents, row.customerRowId }, "account balance"));
    return {};
}

Result<BillingStore::Outcome> BillingStore::outcomeOf(const InvoiceRow &row, const QString &number)
{
    SPOCS_TRY_LET(explained, explainInvoice(number));
    SPOCS_TRY_LET(customerBalance, balanceOf(row.customerRowId));
    Outcome out;
    out.explained = explained.value();
    out.summary = out.explained.invoice.summary();
    out.balance = customerBalance.value();
    out.customerId = row.customerId;
    return out;
}

Result<domain::Balance> BillingStore::balanceOf(qint64 customerRowId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT a.balance_cents, a.currency, (SELECT COALESCE(SUM(balance_cents), 0) FROM invoices "
                       "WHERE customer_id = ? AND status = 'open' AND balance_cents > 0 AND due_on < ?) "
                       "FROM (SELECT 1) LEFT JOIN accounts a ON a.id = (SELECT id FROM accounts WHERE customer_id = ? "
                       "ORDER BY id LIMIT 1)"));
    q.addBindValue(customerRowId);
    q.addBindValue(today());
    q.addBindValue(customerRowId);
    if (!q.exec() || !q.next())
        return sqlError(q, "customer balance");
    return domain::Balance { domain::Money { q.value(0).toLongLong() },
                             q.value(1).isNull() ? QStringLiteral("EUR") : q.value(1).toString(),
                             domain::Money { q.value(2).toLongLong() } };
}

Result<BillingStore::Outcome> BillingStore::recordPayment(const QString &number, qint64 amountCents,
                                                          const QString &method, const std::optional<Card> &card,
                                                          std::optional<qint64> expectedVersion, qint64 authorUserId)
{
    return m_db.write([&]() -> Result<Outcome> {
        SPOCS_TRY_LET(row, invoiceRow(number));
        static const QStringList payable { QStringLiteral("open"), QStringLiteral("disputed") };
        if (!payable.contains(row->status) || row->balance <= 0) {
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("invoice %1 is %2 and takes no payment").arg(number, row->status),
                             QJsonObject { { QStringLiteral("status"), row->status },
                                           { QStringLiteral("allowed"), QJsonArray::fromStringList(payable) } });
        }
        SPOCS_TRY(checkVersion(*row, expectedVersion));
        if (amountCents <= 0 || amountCents > row->balance)
            return makeError(ErrorCode::BadRequest,
                             QStringLiteral("amount must be between 0.01 and the balance %1").arg(money(row->balance)),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("amount") },
                                           { QStringLiteral("balance"), money(row->balance) } });
        const QString at = m_db.nowStamp();

        QVariant cardId;
        if (card) {
            SPOCS_TRY(m_db.query(QStringLiteral("INSERT OR IGNORE INTO payment_cards(customer_id, brand, bin, "
                                                "last4, created_at) VALUES (?, ?, ?, ?, ?)"),
                                 { row->customerRowId, card->brand, card->bin, card->last4, at }, "store card"));
            QSqlQuery id = m_db.prepare(QStringLiteral("SELECT id FROM payment_cards WHERE customer_id = ? AND "
                                                       "brand = ? AND bin = ? AND last4 = ?"));
            id.addBindValue(row->customerRowId);
            id.addBindValue(card->brand);
            id.addBindValue(card->bin);
            id.addBindValue(card->last4);
            if (!id.exec() || !id.next())
                return sqlError(id, "find card");
            cardId = id.value(0);
        }
        SPOCS_TRY(m_db.query(QStringLiteral("INSERT INTO payments(invoice_id, received_on, amount_cents, "
                                            "method, reference, card_id) VALUES (?, ?, ?, ?, ?, ?)"),
                             { row->id, today(), amountCents, method, number, cardId }, "record payment"));

        const qint64 balance = row->balance - amountCents;
        SPOCS_TRY(updateInvoice(*row, amountCents, balance == 0 ? QStringLiteral("paid") : row->status));

        QString how = method;
        if (card)
            how = QStringLiteral("card ending %1").arg(card->last4);
        SPOCS_TRY_LET(
            h,
            CustomerHistory(m_db).append({ row->customerRowId, at, QStringLiteral("invoice"),
                                           authorUserId > 0 ? std::optional<qint64>(authorUserId) : std::nullopt,
                                           QStringLiteral("Payment of %1 %2 recorded for invoice %3 (%4).")
                                               .arg(money(amountCents), row->currency, number, how),
                                           number }));

        return outcomeOf(*row, number);
    });
}

} // namespace spocs
