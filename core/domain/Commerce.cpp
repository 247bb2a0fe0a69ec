#include "core/domain/Commerce.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(OrderStatus, "draft", "placed", "picked", "shipped", "delivered", "cancelled", "returned")
SPOCS_WIRE_ENUM_NAMES(OrderAction, "placed", "changed", "cancelled", "status")
SPOCS_WIRE_ENUM_NAMES(InvoiceStatus, "open", "paid", "void", "disputed")
SPOCS_WIRE_ENUM_NAMES(PaymentMethod, "card", "transfer", "direct_debit", "cash")
SPOCS_WIRE_ENUM_NAMES(CreditKind, "credit", "refund")
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
    io("sku", v.sku);
    io("name", v.name);
    io("description", v.description);
    io("price", v.price);
    io("currency", v.currency);
    io("stockOnHand", v.stockOnHand);
    io("reserved", v.reserved);
    io("available", v.available);
    io("leadTimeDays", v.leadTimeDays);
    io("discontinued", v.discontinued);
    io("version", v.version);
}

template<typename Io, typename T> void orderLineFields(Io &io, T &v)
{
    io("sku", v.sku);
    io("name", v.name);
    io("quantity", v.quantity);
    io("unitPrice", v.unitPrice);
    io("lineTotal", v.lineTotal);
}

template<typename Io, typename T> void orderEventFields(Io &io, T &v)
{
    io("at", v.at);
    io("author", v.author);
    io("action", v.action);
    io("detail", v.detail);
}

// The fields an order and its summary share.
template<typename Io, typename T> void orderHeadFields(Io &io, T &v)
{
    io("number", v.number);
    io("status", v.status);
    io("total", v.total);
    io("currency", v.currency);
    io("createdAt", v.createdAt);
    io("promisedOn", v.promisedOn);
    io("version", v.version);
}

template<typename Io, typename T> void orderSummaryFields(Io &io, T &v)
{
    orderHeadFields(io, v);
    io("lineCount", v.lineCount);
}

template<typename Io, typename T> void orderFields(Io &io, T &v)
{
    orderHeadFields(io, v);
    io("customer", v.customer);
    io("lines", v.lines);
    io("subtotal", v.subtotal);
    io("shipping", v.shipping);
    io("tax", v.tax);
    io("shippingAddress", v.shippingAddress);
    io("updatedAt", v.updatedAt);
    io("history", v.history);
    io("cancelReason", v.cancelReason);
}

// The fields an invoice and its summary share.
template<typename Io, typename T> void invoiceHeadFields(Io &io, T &v)
{
    io("number", v.number);
    io("issuedOn", v.issuedOn);
    io("dueOn", v.dueOn);
    io("total", v.total);
    io("balance", v.balance);
    io("currency", v.currency);
    io("status", v.status);
    io("overdue", v.overdue);
    io("pendingCredit", v.pendingCredit);
}

template<typename Io, typename T> void invoiceFields(Io &io, T &v)
{
    invoiceHeadFields(io, v);
    io("customer", v.customer);
    io("version", v.version);
    io("lines", v.lines);
    io("payments", v.payments);
    io("creditNotes", v.creditNotes);
    io("disputeReason", v.disputeReason);
    io("creditRequests", v.creditRequests);
}

template<typename Io, typename T> void invoiceLineFields(Io &io, T &v)
{
    io("description", v.description);
    io("quantity", v.quantity);
    io("unitPrice", v.unitPrice);
    io("lineTotal", v.lineTotal);
}

template<typename Io, typename T> void paymentFields(Io &io, T &v)
{
    io("at", v.at);
    io("amount", v.amount);
    io("method", v.method);
    io.omittable("card", v.card);
}

template<typename Io, typename T> void creditNoteFields(Io &io, T &v)
{
    io("number", v.number);
    io("at", v.at);
    io("amount", v.amount);
    io("reason", v.reason);
    io("kind", v.kind);
}

template<typename Io, typename T> void creditRequestFields(Io &io, T &v)
{
    io("id", v.id);
    io("customer", v.customer);
    io("invoice", v.invoice);
    io("kind", v.kind);
    io("amount", v.amount);
    io("currency", v.currency);
    io("reason", v.reason);
    io("status", v.status);
    io("requestedBy", v.requestedBy);
    io("requestedAt", v.requestedAt);
    io("decidedBy", v.decidedBy);
    io("decidedAt", v.decidedAt);
    io("note", v.note);
    io("creditNote", v.creditNote);
    io("version", v.version);
}

template<typename Io, typename T> void explanationLineFields(Io &io, T &v)
{
    io("label", v.label);
    io("amount", v.amount);
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

void InvoiceSummary::markOverdue(const QString &today)
{
    overdue = status == InvoiceStatus::Open && balance.cents > 0 && dueOn < today;
}

InvoiceSummary Invoice::summary() const
{
    return InvoiceSummary { number, issuedOn, dueOn, total, balance, currency, status, overdue, pendingCredit };
}

} // namespace spocs::domain
