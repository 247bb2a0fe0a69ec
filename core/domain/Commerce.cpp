#include "core/domain/Commerce.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(OrderStatus, "draft", "placed", "picked", "shipped", "delivered", "cancelled", "returned")
SPOCS_WIRE_ENUM_NAMES(OrderAction, "placed", "changed", "cancelled", "status")
SPOCS_WIRE_ENUM_NAMES(InvoiceStatus, "open", "paid", "void", "disputed")
SPOCS_WIRE_ENUM_NAMES(PaymentMethod, "card", "transfer", "direct_debit", "cash")
SPOCS_WIRE_ENUM_NAMES(CreditKind, "credit", "refund")
SPOCS_WIRE_ENUM_NAMES(ExplanationKind, "total", "payment", "credit_note", "refund", "voided", "adjustment", "balance")
SPOCS_WIRE_ENUM_NAMES(CreditStatus, "pending_approval", "applied", "rejected")

bool isOpen(OrderStatus status)
{
    return status == OrderStatus::Draft || status == OrderStatus::Placed || status == OrderStatus::Picked
        || status == OrderStatus::Shipped;
}

bool linesChangeable(OrderStatus status)
{
    return status == OrderStatus::Draft || status == OrderStatus::Placed;
}

bool addressChangeable(OrderStatus status)
{
    return status == OrderStatus::Draft || status == OrderStatus::Placed || status == OrderStatus::Picked;
}

bool cancellable(OrderStatus status)
{
    return addressChangeable(status);
}

namespace {

template<typename Io, typename T> void productFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, sku, name, description, price, currency, stockOnHand, reserved, available, leadTimeDays,
                      discontinued, version);
}

template<typename Io, typename T> void orderLineFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, sku, name, quantity, unitPrice, lineTotal);
}

template<typename Io, typename T> void orderEventFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, at, author, action, detail);
}

// The fields an order and its summary share.
template<typename Io, typename T> void orderHeadFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, number, status, total, currency, createdAt, promisedOn, version);
}

template<typename Io, typename T> void orderSummaryFields(Io &io, T &v)
{
    orderHeadFields(io, v);
    SPOCS_JSON_FIELDS(io, v, lineCount);
}

template<typename Io, typename T> void orderFields(Io &io, T &v)
{
    orderHeadFields(io, v);
    SPOCS_JSON_FIELDS(io, v, customer, lines, subtotal, shipping, tax, shippingAddress, updatedAt, history,
                      cancelReason);
}

// The fields an invoice and its summary share.
template<typename Io, typename T> void invoiceHeadFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, number, issuedOn, dueOn, total, balance, currency, status, overdue, pendingCredit);
}

template<typename Io, typename T> void invoiceFields(Io &io, T &v)
{
    invoiceHeadFields(io, v);
    SPOCS_JSON_FIELDS(io, v, customer, version, lines, payments, creditNotes, disputeReason, creditRequests);
}

template<typename Io, typename T> void invoiceLineFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, description, quantity, unitPrice, lineTotal);
}

template<typename Io, typename T> void paymentFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, at, amount, method);
    SPOCS_JSON_OMITTABLE(io, v, card);
}

template<typename Io, typename T> void creditNoteFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, number, at, amount, reason, kind);
}

template<typename Io, typename T> void creditRequestFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, customer, invoice, kind, amount, currency, reason, status, requestedBy, requestedAt,
                      decidedBy, decidedAt, note, creditNote, version);
}

template<typename Io, typename T> void explanationLineFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, kind, label, amount, ref, payment);
}

} // namespace

SPOCS_JSON_RECORD(Product, productFields)
SPOCS_JSON_RECORD(OrderLine, orderLineFields)
SPOCS_JSON_RECORD(OrderEvent, orderEventFields)
SPOCS_JSON_RECORD(OrderSummary, orderSummaryFields)
SPOCS_JSON_RECORD(Order, orderFields)
SPOCS_JSON_RECORD(InvoiceSummary, invoiceHeadFields)
SPOCS_JSON_RECORD(Invoice, invoiceFields)
SPOCS_JSON_RECORD(InvoiceLine, invoiceLineFields)
SPOCS_JSON_RECORD(Payment, paymentFields)
SPOCS_JSON_RECORD(CreditNote, creditNoteFields)
SPOCS_JSON_RECORD(CreditRequest, creditRequestFields)
SPOCS_JSON_RECORD(ExplanationLine, explanationLineFields)

OrderSummary Order::summary() const
{
    return OrderSummary { number, status, total, currency, createdAt, promisedOn, qint64(lines.size()), version };
}

Order Order::fromSummary(const OrderSummary &s)
{
    return Order { .number = s.number,
                   .status = s.status,
                   .total = s.total,
                   .currency = s.currency,
                   .promisedOn = s.promisedOn,
                   .createdAt = s.createdAt,
                   .version = s.version };
}

void InvoiceSummary::markOverdue(const QString &today)
{
    overdue = status == InvoiceStatus::Open && balance.cents > 0 && dueOn < today;
}

InvoiceSummary Invoice::summary() const
{
    return InvoiceSummary { number, issuedOn, dueOn, total, balance, currency, status, overdue, pendingCredit };
}

Invoice Invoice::fromSummary(const InvoiceSummary &s)
{
    return Invoice { .number = s.number,
                     .issuedOn = s.issuedOn,
                     .dueOn = s.dueOn,
                     .status = s.status,
                     .total = s.total,
                     .balance = s.balance,
                     .currency = s.currency,
                     .overdue = s.overdue,
                     .pendingCredit = s.pendingCredit };
}

} // namespace spocs::domain
