#include "core/domain/CustomerView.h"

#include "core/domain/JsonIo.h"

#include <QSet>

namespace spocs::domain {

namespace {
template<typename Io, typename T> void customerViewFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, customer, openOrders, orders, invoices, balance, cards, recentHistory, openContacts,
                      contacts, viewers);
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
