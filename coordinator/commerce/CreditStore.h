#pragma once

#include "coordinator/commerce/BillingStore.h"
#include "core/Result.h"
#include "core/domain/Commerce.h"

#include <QList>
#include <QString>

#include <optional>

namespace spocs {

class Database;

// What agents change on an invoice besides payments: credit notes and refunds (applied at
// once up to a limit, else waiting for a lead other than the requester) and disputes (a
// disputed invoice is never overdue, so it leaves dunning). Every write joins the caller's
// transaction, writes the customer's history and bumps the invoice's version.
class CreditStore
{
public:
    struct Outcome
    {
        domain::CreditRequest request;
        BillingStore::Outcome invoice;
        qint64 requesterUserId = 0;
    };
    struct Request
    {
        QString invoice; // number
        domain::CreditKind kind = domain::CreditKind::Credit;
        qint64 amountCents = 0;
        QString reason;
        std::optional<qint64> expectedVersion; // the invoice's
    };

    explicit CreditStore(Database &db);

    // Applied at once while the invoice's requests of this kind applied without a lead, those
    // pending and this one add up to at most limitCents, else pending_approval.
    Result<Outcome> request(const Request &request, qint64 limitCents, qint64 userId);
    // A lead approves (the credit note is written then) or rejects a pending request; the
    // requester may not decide their own (forbidden).
    Result<Outcome> decide(qint64 id, bool approve, const QString &note, std::optional<qint64> expectedVersion,
                           qint64 userId);
    Result<QList<domain::CreditRequest>> list(std::optional<domain::CreditStatus> status, int limit);
    Result<QList<domain::CreditRequest>> forInvoice(qint64 invoiceRowId);
    // Marks an open invoice disputed (with the reason) or a disputed one open again.
    Result<BillingStore::Outcome> setDisputed(const QString &number, bool disputed, const QString &reason,
                                              std::optional<qint64> expectedVersion, qint64 userId);

private:
    struct Stored;
    Result<QList<Stored>> select(const QString &where, const QVariantList &values, int limit);
    // The same rows as the requests alone.
    Result<QList<domain::CreditRequest>> selectRequests(const QString &where, const QVariantList &values, int limit);
    // Writes the credit note, lowers the balances (a credit) and links it to the request.
    Result<void> apply(const BillingStore::InvoiceRow &row, qint64 requestId, domain::CreditKind kind,
                       qint64 amountCents, const QString &reason);
    // invalid_state or bad_request when the invoice cannot take this credit or refund now.
    Result<void> checkCreditable(const BillingStore::InvoiceRow &row, domain::CreditKind kind, qint64 amountCents,
                                 qint64 alsoPendingCents);
    // The request as stored now and its invoice explained, after a write.
    Result<Outcome> outcomeOf(qint64 id, const BillingStore::InvoiceRow &row, qint64 requesterUserId);
    Result<void> history(const BillingStore::InvoiceRow &row, qint64 userId, const QString &text,
                         const QString &number);

    Database &m_db;
};

} // namespace spocs
