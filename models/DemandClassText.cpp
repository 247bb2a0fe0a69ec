#include "models/DemandClassText.h"

#include <QCoreApplication>

namespace spocs::demandclass {

QString shortText(const QString &demandClass)
{
    if (demandClass == u"a")
        return QCoreApplication::translate("DemandClass", "a – avoidable");
    if (demandClass == u"b")
        return QCoreApplication::translate("DemandClass", "b – needs an immediate, complete answer");
    if (demandClass == u"c")
        return QCoreApplication::translate("DemandClass", "c – can wait");
    return demandClass.isEmpty() ? QStringLiteral("–") : demandClass;
}

QString description(const QString &demandClass)
{
    if (demandClass == u"a")
        return QCoreApplication::translate(
            "DemandClass",
            "Demand class a: avoidable. The cause can be eliminated at the root; work that should "
            "not exist (\"Where is my order?\", a bill nobody understands).");
    if (demandClass == u"b")
        return QCoreApplication::translate("DemandClass",
                                           "Demand class b: cannot be eliminated and needs an immediate, complete "
                                           "answer (a new order, a price question).");
    if (demandClass == u"c")
        return QCoreApplication::translate("DemandClass", "Demand class c: cannot be eliminated, can wait.");
    return {};
}

} // namespace spocs::demandclass
