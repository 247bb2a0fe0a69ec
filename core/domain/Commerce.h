#pragma once

#include "core/domain/Customer.h"
#include "core/domain/DomainValue.h"
#include "core/domain/Money.h"
#include "core/domain/WireEnum.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Products, orders and invoices as the product.*, order.* and invoice.* ops send them.
namespace spocs::domain {

struct Product
{
    QString sku;
    QString name;
    QString description;
    Money price;
    QString currency;
    qint64 stockOnHand = 0;
    qint64 reserved = 0;
    qint64 available = 0; // stockOnHand - reserved, never below 0
    qint64 leadTimeDays = 0;
    bool discontinued = false;
    qint64 version = 0;

    SPOCS_DOMAIN_VALUE(Product);
};

enum class OrderStatus { Draft, Placed, Picked, Shipped, Delivered, Cancelled, Returned };
SPOCS_WIRE_ENUM(OrderStatus)

// Not delivered, cancelled or returned: still something an agent may have to act on.
bool isOpen(OrderStatus status);
// What the coordinator allows in a status (it answers invalid_state otherwise).
bool linesChangeable(OrderStatus status);
bool addressChangeable(OrderStatus status);
bool cancellable(OrderStatus status);

enum class OrderAction { Placed, Changed, Cancelled, Status };
SPOCS_WIRE_ENUM(OrderAction)

struct OrderLine
{
    QString sku;
    QString name;
    qint64 quantity = 0;
    Money unitPrice;
    Money lineTotal;

    SPOCS_DOMAIN_VALUE(OrderLine);
};

// One entry of an order's own log.
struct OrderEvent
{
    QString at;
    QString author; // login, empty for the system
    OrderAction action = OrderAction::Placed;
    QString detail;

    SPOCS_DOMAIN_VALUE(OrderEvent);
};

// An order in a customer's lists (customer.get "orders", "openOrders").
struct OrderSummary
{
    QString number;
    OrderStatus status = OrderStatus::Placed;
    Money total;
    QString currency;
    QString createdAt;
    std::optional<QString> promisedOn;
    qint64 lineCount = 0;
    qint64 version = 0;

    SPOCS_DOMAIN_VALUE(OrderSummary);
};

struct Order
{
    QString number;
    QString customer; // the customer's id
    OrderStatus status = OrderStatus::Placed;
    QList<OrderLine> lines;
    Money subtotal;
    Money shipping;
    Money tax;
    Money total;
    QString currency;
    Address shippingAddress;
    std::optional<QString> promisedOn;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0;
    QList<OrderEvent> history;
    std::optional<QString> cancelReason;

    bool isEmpty() const { return number.isEmpty(); }
    OrderSummary summary() const;
    // An order with the summary's fields and no lines yet (they come with order.get): summary()
    // the other way round.
    static Order fromSummary(const OrderSummary &summary);
    SPOCS_DOMAIN_VALUE(Order);
};

enum class InvoiceStatus { Open, Paid, Void, Disputed };
SPOCS_WIRE_ENUM(InvoiceStatus)

// An invoice in a customer's list and in invoice.updated.
struct InvoiceSummary
{
    QString number;
    QString issuedOn;
    QString dueOn;
    Money total;
    Money balance;
    QString currency;
    InvoiceStatus status = InvoiceStatus::Open;
    bool overdue = false; // open, with a balance, due before today (a disputed invoice never is)
    Money pendingCredit; // credit notes and refunds waiting for a lead's approval

    // Sets `overdue` from the other fields for the given day (YYYY-MM-DD).
    void markOverdue(const QString &today);
    SPOCS_DOMAIN_VALUE(InvoiceSummary);
};

struct InvoiceLine
{
    QString description;
    qint64 quantity = 0;
    Money unitPrice;
    Money lineTotal;

    SPOCS_DOMAIN_VALUE(InvoiceLine);
};

enum class PaymentMethod { Card, Transfer, DirectDebit, Cash };
SPOCS_WIRE_ENUM(PaymentMethod)

struct Payment
{
    QString at; // the day it was received
    Money amount;
    PaymentMethod method = PaymentMethod::Transfer;
    std::optional<Card> card; // brand and last four only

    SPOCS_DOMAIN_VALUE(Payment);
};

enum class CreditKind { Credit, Refund };
SPOCS_WIRE_ENUM(CreditKind)

// A refund is a credit note paid back to the customer: it leaves the balance as it was.
struct CreditNote
{
    QString number;
    QString at;
    Money amount;
    QString reason;
    CreditKind kind = CreditKind::Credit;

    SPOCS_DOMAIN_VALUE(CreditNote);
};

enum class CreditStatus { PendingApproval, Applied, Rejected };
SPOCS_WIRE_ENUM(CreditStatus)

// A credit note or refund asked for on an invoice (invoice.credit, credit.list, credit.decide).
// Up to the configured limit it is applied at once; above it a lead other than the requester
// approves or rejects it.
struct CreditRequest
{
    qint64 id = 0;
    QString customer; // the customer's id
    QString invoice; // the invoice's number
    CreditKind kind = CreditKind::Credit;
    Money amount;
    QString currency;
    QString reason;
    CreditStatus status = CreditStatus::PendingApproval;
    QString requestedBy; // login
    QString requestedAt;
    std::optional<QString> decidedBy; // login of the lead, absent while pending or when applied at once
    std::optional<QString> decidedAt;
    std::optional<QString> note; // the lead's note
    std::optional<QString> creditNote; // the credit note's number once applied
    qint64 version = 0;

    bool isPending() const { return status == CreditStatus::PendingApproval; }
    SPOCS_DOMAIN_VALUE(CreditRequest);
};

// An invoice with its lines and what was paid or credited (invoice.explain, payment.record).
struct Invoice
{
    QString number;
    QString customer;
    QString issuedOn;
    QString dueOn;
    InvoiceStatus status = InvoiceStatus::Open;
    Money total;
    Money balance;
    QString currency;
    bool overdue = false;
    qint64 version = 0;
    QList<InvoiceLine> lines;
    QList<Payment> payments;
    QList<CreditNote> creditNotes;
    Money pendingCredit;
    std::optional<QString> disputeReason; // set while disputed
    QList<CreditRequest> creditRequests; // every request on this invoice, oldest first

    InvoiceSummary summary() const;
    // An invoice with the summary's fields, the others empty: summary() the other way round.
    static Invoice fromSummary(const InvoiceSummary &summary);
    SPOCS_DOMAIN_VALUE(Invoice);
};

// One line of invoice.explain's "explanation": the lines before the last add up to it.
// What an explanation line stands for: the desktop words it in the agent's language.
enum class ExplanationKind { Total, Payment, CreditNote, Refund, Voided, Adjustment, Balance };
SPOCS_WIRE_ENUM(ExplanationKind)

struct ExplanationLine
{
    ExplanationKind kind = ExplanationKind::Adjustment;
    QString label; // the same in English, for logs and exports
    Money amount;
    QString ref; // the credit note's number (credit_note, refund)
    std::optional<Payment> payment; // the payment (payment)

    SPOCS_DOMAIN_VALUE(ExplanationLine);
};

} // namespace spocs::domain
