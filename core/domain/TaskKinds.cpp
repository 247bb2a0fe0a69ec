#include "core/domain/TaskKinds.h"

namespace spocs::domain {

using namespace Qt::StringLiterals;

const QStringList &taskKinds()
{
    static const QStringList kinds { u"availability_price"_s, u"place_order"_s,        u"change_order"_s,
                                     u"cancel_order"_s,       u"order_status"_s,       u"billing_question"_s,
                                     u"account_change"_s,     u"specialist_request"_s, u"other"_s };
    return kinds;
}

QString typicalTaskKind(const QString &reasonCode)
{
    if (reasonCode == u"orders.new")
        return u"place_order"_s;
    if (reasonCode == u"orders.change")
        return u"change_order"_s;
    if (reasonCode.startsWith(u"orders"))
        return u"order_status"_s;
    if (reasonCode.startsWith(u"billing"))
        return u"billing_question"_s;
    if (reasonCode.startsWith(u"account"))
        return u"account_change"_s;
    if (reasonCode == u"product.price")
        return u"availability_price"_s;
    if (reasonCode.contains(u"technical") || reasonCode.startsWith(u"investor"))
        return u"specialist_request"_s;
    return u"other"_s;
}

} // namespace spocs::domain
