#include "coordinator/commerce/CreditStore.h"

#include "coordinator/customers/CustomerHistory.h"
#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Try.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace spocs {
namespace {

QString money(qint64 cents)
{
    return domain::Money { cents }.toString();
}

QString kindText(domain::CreditKind kind)
{
    return kind == domain::CreditKind::Refund ? QStringLiteral("Refund") : QStringLiteral("Credit note");
}

Error amountError(const QString &message, qint64 availableCents)
{
    return makeError(ErrorCode::BadRequest, message,
                     QJsonObject { { QStringLiteral("field"), QStringLiteral("amount") },
                                   { QStringLiteral("available"), money(availableCents) } });
}

} // namespace

struct CreditStore::Stored
{
    domain::CreditRequest request;
    qint64 invoiceRowId = 0;
    qint64 requestedById = 0;
};

CreditStore::CreditStore(Database &db)
    : m_db(db)
{ }

Result<QList<CreditStore::Stored>> CreditStore::select(const QString &where, const QVariantList &values, int limit)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT r.id, c.public_id, i.number, r.kind, r.amount_cents, i.currency, r.reason, r.status, "
                       "u.login, r.requested_at, d.login, r.decided_at, r.note, n.number, r.version, r.invoice_id, "
                       "r.requested_by FROM credit_requests r JOIN invoices i ON i.id = r.invoice_id "
                       "JOIN customers c ON c.id = i.customer_id JOIN users u ON u.id = r.requested_by "
                       "LEFT JOIN users d ON d.id = r.decided_by LEFT JOIN credit_notes n ON n.id = r.credit_note_id "
                       "WHERE %1 ORDER BY r.requested_at, r.id LIMIT %2")
            .arg(where)
            .arg(limit));
    if (!execWith(q, values))
        return sqlError(q, "credit requests");
    QList<Stored> out;
    while (q.next()) {
        Stored s;
        domain::CreditRequest &r = s.request;
        r.id = q.value(0).toLongLong();
        r.customer = q.value(1).toString();
        r.invoice = q.value(2).toString();
        domain::fromWireName(q.value(3).toString(), &r.kind);
        r.amount = domain::Money { q.value(4).toLongLong() };
        r.currency = q.value(5).toString();
        r.reason = q.value(6).toString();
        domain::fromWireName(q.value(7).toString(), &r.status);
        r.requestedBy = q.value(8).toString();
        r.requestedAt = q.value(9).toString();
        r.decidedBy = sqlvalues::optText(q, 10);
        r.decidedAt = sqlvalues::optText(q, 11);
        r.note = sqlvalues::optText(q, 12);
        r.creditNote = sqlvalues::optText(q, 13);
        r.version = q.value(14).toLongLong();
        s.invoiceRowId = q.value(15).toLongLong();
        s.requestedById = q.value(16).toLongLong();
        out.append(s);
    }
    return out;
}

Result<QList<domain::CreditRequest>> CreditStore::selectRequests(const QString &where, const QVariantList &values,
                                                                 int limit)
{
    SPOCS_TRY_LET(rows, select(where, values, limit));
    QList<domain::CreditRequest> out;
    for (const Stored &s : *rows)
        out.append(s.request);
    return out;
}

Result<QList<domain::CreditRequest>> CreditStore::list(std::optional<domain::CreditStatus> status, int limit)
{
    return status ? selectRequests(QStringLiteral("r.status = ?"), { domain::wireName(*status) }, limit)
                  : selectRequests(QStringLiteral("1"), {}, limit);
}

Result<QList<domain::CreditRequest>> CreditStore::forInvoice(qint64 invoiceRowId)
{
    return selectRequests(QStringLiteral("r.invoice_id = ?"), { invoiceRowId }, 1000);
}

Result<void> CreditStore::checkCreditable(const BillingStore::InvoiceRow &row, domain::CreditKind kind,
                                          qint64 amountCents, qint64 alsoPendingCents)
{
    const bool refund = kind == domain::CreditKind::Refund;
    // A credit lowers what is still owed; a refund pays back what was paid.
    const QStringList allowed = refund
        ? QStringList { QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("disputed") }
        : QStringList { QStringLiteral("open"), QStringLiteral("disputed") };
    if (!allowed.contains(row.status) || (!refund && row.balance <= 0)) {
        return makeError(ErrorCode::InvalidState,
                         QStringLiteral("invoice is %1 and takes no %2").arg(row.status, kindText(kind).toLower()),
                         QJsonObject { { QStringLiteral("status"), row.status },
                                       { QStringLiteral("allowed"), QJsonArray::fromStringList(allowed) } });
    }
    qint64 available = row.balance;
    if (refund) {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT (SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE invoice_id = ?) - "
                           "(SELECT COALESCE(SUM(amount_cents), 0) FROM credit_notes WHERE invoice_id = ? AND "
                           "kind = 'refund')"));
        if (!execWith(q, { row.id, row.id }) || !q.next())
            return sqlError(q, "refundable amount");
        available = q.value(0).toLongLong();
    }
    available -= alsoPendingCents;
    if (amountCents > available)
        return amountError(refund ? QStringLiteral("a refund can be at most what was paid and not yet refunded, %1")
                                        .arg(money(qMax<qint64>(available, 0)))
                                  : QStringLiteral("a credit can be at most the open balance not already "
                                                   "requested, %1")
                                        .arg(money(qMax<qint64>(available, 0))),
                           qMax<qint64>(available, 0));
    return {};
}

Result<void> CreditStore::history(const BillingStore::InvoiceRow &row, qint64 userId, const QString &text,
                                  const QString &number)
{
    SPOCS_TRY_LET(
        h,
        CustomerHistory(m_db).append({ row.customerRowId, m_db.nowStamp(), QStringLiteral("invoice"),
                                       userId > 0 ? std::optional<qint64>(userId) : std::nullopt, text, number }));
    return {};
}

Result<void> CreditStore::apply(const BillingStore::InvoiceRow &row, qint64 requestId, domain::CreditKind kind,
                                qint64 amountCents, const QString &reason)
{
    QSqlQuery next = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM credit_notes"));
    if (!next.exec() || !next.next())
        return sqlError(next, "credit note number");
    const QString number = QStringLiteral("CN-%1").arg(400000 + next.value(0).toLongLong());
    QSqlQuery note
        = m_db.prepare(QStringLiteral("INSERT INTO credit_notes(number, invoice_id, issued_at, amount_cents, "
                                      "reason, kind) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!execWith(note, { number, row.id, m_db.nowStamp(), amountCents, reason, domain::wireName(kind) }))
        return sqlError(note, "write credit note");
    const QVariant noteId = note.lastInsertId();
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE credit_requests SET credit_note_id = ? WHERE id = ?"),
                         { noteId, requestId }, "link credit note"));
    // A credit lowers what is owed (a fully credited invoice is paid); a refund leaves it.
    const bool credit = kind == domain::CreditKind::Credit;
    const qint64 balance = credit ? row.balance - amountCents : row.balance;
    const QString status = credit && balance == 0 && row.status == u"open" ? QStringLiteral("paid") : row.status;
    return BillingStore(m_db).updateInvoice(row, credit ? amountCents : 0, status);
}

Result<CreditStore::Outcome> CreditStore::outcomeOf(qint64 id, const BillingStore::InvoiceRow &row,
                                                    qint64 requesterUserId)
{
    SPOCS_TRY_LET(stored, select(QStringLiteral("r.id = ?"), { id }, 1));
    SPOCS_TRY_LET(invoice, BillingStore(m_db).outcomeOf(row, stored->value(0).request.invoice));
    return Outcome { stored->value(0).request, invoice.value(), requesterUserId };
}

Result<CreditStore::Outcome> CreditStore::request(const Request &request, qint64 limitCents, qint64 userId)
{
    BillingStore billing(m_db);
    return m_db.write([&]() -> Result<Outcome> {
        SPOCS_TRY_LET(row, billing.invoiceRow(request.invoice));
        SPOCS_TRY(BillingStore::checkVersion(*row, request.expectedVersion));
        // Pending requests, and everything of this kind given on the invoice without a lead:
        // the limit holds for the sum, so splitting an amount into small requests still
        // brings in a lead.
        QSqlQuery pending = m_db.prepare(QStringLiteral(
            "SELECT COALESCE(SUM(CASE WHEN status = 'pending_approval' THEN amount_cents END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'pending_approval' OR (status = 'applied' AND decided_by IS NULL) "
            "THEN amount_cents END), 0) FROM credit_requests WHERE invoice_id = ? AND kind = ?"));
        if (!execWith(pending, { row->id, domain::wireName(request.kind) }) || !pending.next())
            return sqlError(pending, "pending credits");
        const qint64 pendingCents = pending.value(0).toLongLong();
        const qint64 withoutLeadCents = pending.value(1).toLongLong();
        pending.finish();
        SPOCS_TRY(checkCreditable(*row, request.kind, request.amountCents, pendingCents));

        const bool atOnce = withoutLeadCents + request.amountCents <= limitCents;
        const QString at = m_db.nowStamp();
        QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT INTO credit_requests(invoice_id, kind, amount_cents, "
                                                    "reason, status, requested_by, requested_at) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!execWith(
                ins,
                { row->id, domain::wireName(request.kind), request.amountCents, request.reason,
                  domain::wireName(atOnce ? domain::CreditStatus::Applied : domain::CreditStatus::PendingApproval),
                  userId, at }))
            return sqlError(ins, "write credit request");
        const qint64 id = ins.lastInsertId().toLongLong();
        const QString what
            = QStringLiteral("%1 of %2 %3").arg(kindText(request.kind), money(request.amountCents), row->currency);
        if (atOnce) {
            SPOCS_TRY(apply(*row, id, request.kind, request.amountCents, request.reason));
            if (auto h
                = history(*row, userId,
                          QStringLiteral("%1 applied to invoice %2: %3").arg(what, request.invoice, request.reason),
                          request.invoice);
                !h)
                return h.error();
        } else {
            // The invoice shows the pending amount, so its version moves too.
            SPOCS_TRY(billing.updateInvoice(*row, 0, row->status));
            SPOCS_TRY(history(*row, userId,
                              QStringLiteral("%1 requested on invoice %2, waiting for a team lead's approval: %3")
                                  .arg(what, request.invoice, request.reason),
                              request.invoice));
        }
        return outcomeOf(id, *row, userId);
    });
}

Result<CreditStore::Outcome> CreditStore::decide(qint64 id, bool approve, const QString &note,
                                                 std::optional<qint64> expectedVersion, qint64 userId)
{
    BillingStore billing(m_db);
    return m_db.write([&]() -> Result<Outcome> {
        SPOCS_TRY_LET(found, select(QStringLiteral("r.id = ?"), { id }, 1));
        if (found->isEmpty())
            return makeError(ErrorCode::NotFound, QStringLiteral("no credit request %1").arg(id),
                             QJsonObject { { QStringLiteral("id"), id } });
        const Stored stored = found->value(0);
        const domain::CreditRequest &request = stored.request;
        if (stored.requestedById == userId)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("a credit request needs a second person: another lead decides it"),
                             QJsonObject { { QStringLiteral("reason"), QStringLiteral("four_eyes") } });
        if (expectedVersion && *expectedVersion != request.version)
            return versionConflict("credit request", request.version, *expectedVersion);
        if (!request.isPending())
            return makeError(
                ErrorCode::InvalidState,
                QStringLiteral("the credit request is already %1").arg(domain::wireName(request.status)),
                QJsonObject { { QStringLiteral("status"), domain::wireName(request.status) },
                              { QStringLiteral("allowed"),
                                QJsonArray { domain::wireName(domain::CreditStatus::PendingApproval) } } });
        SPOCS_TRY_LET(row, billing.invoiceRow(request.invoice));
        QSqlQuery upd = m_db.prepare(QStringLiteral("UPDATE credit_requests SET status = ?, decided_by = ?, "
                                                    "decided_at = ?, note = ?, version = version + 1 WHERE id = ?"));
        if (!execWith(upd,
                      { domain::wireName(approve ? domain::CreditStatus::Applied : domain::CreditStatus::Rejected),
                        userId, m_db.nowStamp(), note.isEmpty() ? QVariant() : note, id }))
            return sqlError(upd, "decide credit request");
        const QString what
            = QStringLiteral("%1 of %2 %3 on invoice %4")
                  .arg(kindText(request.kind), request.amount.toString(), row->currency, request.invoice);
        if (approve) {
            // Checked again: the invoice may have been paid or credited since the request.
            SPOCS_TRY(checkCreditable(*row, request.kind, request.amount.cents, 0));
            SPOCS_TRY(apply(*row, id, request.kind, request.amount.cents, request.reason));
        } else if (auto u = billing.updateInvoice(*row, 0, row->status); !u) {
            return u.error();
        }
        const QString decided = approve ? QStringLiteral("approved and applied") : QStringLiteral("rejected");
        SPOCS_TRY(history(*row, userId,
                          note.isEmpty() ? QStringLiteral("%1 %2.").arg(what, decided)
                                         : QStringLiteral("%1 %2: %3").arg(what, decided, note),
                          request.invoice));
        return outcomeOf(id, *row, stored.requestedById);
    });
}

Result<BillingStore::Outcome> CreditStore::setDisputed(const QString &number, bool disputed, const QString &reason,
                                                       std::optional<qint64> expectedVersion, qint64 userId)
{
    BillingStore billing(m_db);
    return m_db.write([&]() -> Result<BillingStore::Outcome> {
        SPOCS_TRY_LET(row, billing.invoiceRow(number));
        const QString from = disputed ? QStringLiteral("open") : QStringLiteral("disputed");
        if (row->status != from)
            return makeError(ErrorCode::InvalidState, QStringLiteral("invoice %1 is %2").arg(number, row->status),
                             QJsonObject { { QStringLiteral("status"), row->status },
                                           { QStringLiteral("allowed"), QJsonArray { from } } });
        SPOCS_TRY(BillingStore::checkVersion(*row, expectedVersion));
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE invoices SET dispute_reason = ? WHERE id = ?"),
                             { disputed ? QVariant(reason) : QVariant(), row->id }, "dispute reason"));
        SPOCS_TRY(billing.updateInvoice(*row, 0, disputed ? QStringLiteral("disputed") : QStringLiteral("open")));
        const QString text = disputed
            ? QStringLiteral("Invoice %1 disputed, out of dunning until settled: %2").arg(number, reason)
            : (reason.isEmpty() ? QStringLiteral("Dispute of invoice %1 withdrawn.").arg(number)
                                : QStringLiteral("Dispute of invoice %1 withdrawn: %2").arg(number, reason));
        SPOCS_TRY(history(*row, userId, text, number));
        return billing.outcomeOf(*row, number);
    });
}

} // namespace spocs
