#include "core/domain/CustomerView.h"

#include "core/domain/JsonIo.h"

#include <QSet>

namespace spocs::domain {

namespace {
template<typename Io, typename T> void customerViewFields(Io &io, T &v)
{
    io("customer", v.customer);
    io("openOrders", v.openOrders);
    io("orders", v.orders);
    io("invoices", v.invoices);
    io("balance", v.balance);
    io("cards", v.cards);
    io("recentHistory", v.recentHistory);
    io("openContacts", v.openContacts);
    io("contacts", v.contacts);
    io("viewers", v.viewers);
}
} // namespace

SPOCS_JSON_RECORD(CustomerView, customerViewFields)

QList<OrderSummary> CustomerView::allOrders() const
{
    QList<OrderSummary> out = openOrders;
    QSet<QString> seen;
    for (const OrderSummary &o : openOrders)
        seen.insert(o.number);
    for (const OrderSummary &o : orders) {
        if (!seen.contains(o.number)) {
            seen.insert(o.number);
            out.append(o);
        }
    }
    return out;
}

} // namespace spocs::domain
