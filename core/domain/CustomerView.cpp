#include "core/domain/CustomerView.h"

#include "core/domain/JsonIo.h"

#include <QSet>

namespace spocs::domain {

namespace {
template<typename Io, typename T> void customerViewFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, customer, openOrders, orders, moreOrders, invoices, balance, cards, recentHistory,
                      moreHistory, openContacts, contacts, viewers);
}

template<typename Io, typename T> void orderPageFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, orders, more);
}

template<typename Io, typename T> void historyPageFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, items, more);
}
} // namespace

SPOCS_JSON_RECORD(CustomerView, customerViewFields)
SPOCS_JSON_RECORD(OrderPage, orderPageFields)
SPOCS_JSON_RECORD(HistoryPage, historyPageFields)

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
