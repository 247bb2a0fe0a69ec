#pragma once

#include "core/Result.h"
#include "core/domain/Commerce.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace spocs {

class Database;

// Invoices, payments and credit notes. Payment cards are kept only as brand, BIN (first
// six digits) and last four; the dispatcher has already refused any full card number.
class BillingStore
{
public:
    struct Card
    {
        QString brand;
        QString bin;
        QString last4;
    };
    // An invoice and the lines that explain its balance.
    struct Explained
    {
        domain::Invoice invoice;
        QList<domain::ExplanationLine> explanation;
        QJsonObject toJson() const; // {"invoice", "explanation"}
    };
    struct Outcome
    {
        Explained explained;
        domain::InvoiceSummary summary;
        domain::Balance balance; // the customer's
        QString customerId;
    };
    // An invoice's stored row, as writes check it.
    struct InvoiceRow
    {
        qint64 id = 0;
        qint64 customerRowId = 0;
        QString customerId;
        QString issuedOn;
        QString dueOn;
        qint64 total = 0;
        qint64 balance = 0;
        QString currency;
        QString status;
        qint64 version = 0;
    };

    explicit BillingStore(Database &db);

    // {"invoice": {number, customer, issuedOn, dueOn, status, total, balance, currency, lines, payments,
    //  creditNotes}, "explanation": [{kind, label, amount, ref, payment}, ...]}: the lines before
    //  "Balance" add up to it.
    Result<QJsonObject> explain(const QString &number);
    Result<Explained> explainInvoice(const QString &number);
    // Records a payment on an open or disputed invoice (at most its balance), lowers the
    // invoice and account balances and adds a timeline entry; joins the caller's transaction.
    Result<Outcome> recordPayment(const QString &number, qint64 amountCents, const QString &method,
                                  const std::optional<Card> &card, std::optional<qint64> expectedVersion,
                                  qint64 authorUserId);
    Result<InvoiceRow> invoiceRow(const QString &number);
    // After a write: the invoice explained, its summary and the customer's recomputed balance.
    Result<Outcome> outcomeOf(const InvoiceRow &row, const QString &number);
    // Lowers the invoice's balance and the customer's account balance by `lowerByCents` (the
    // account only when not 0), sets the invoice's status and bumps its version.
    Result<void> updateInvoice(const InvoiceRow &row, qint64 lowerByCents, const QString &status);
    // version_conflict unless the expected version (when given) is the row's.
    static Result<void> checkVersion(const InvoiceRow &row, std::optional<qint64> expectedVersion);
    // The customer's {"amount","currency","overdue"} (account balance; overdue: open invoices past due).
    Result<domain::Balance> balanceOf(qint64 customerRowId);

    // "60", "60.5", "60.50" -> 6000, 6050, 6050; nothing for anything else (or above 10^12).
    static std::optional<qint64> parseAmount(const QString &text);
    // The summary of a stored invoice, overdue as of `today`.
    static domain::InvoiceSummary summary(const QString &number, const QString &issuedOn, const QString &dueOn,
                                          qint64 totalCents, qint64 balanceCents, const QString &currency,
                                          const QString &status, const QString &today, qint64 pendingCreditCents = 0);
    QString today() const;

private:
    Database &m_db;
};

} // namespace spocs
