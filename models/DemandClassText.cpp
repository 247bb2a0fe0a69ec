#include "models/DemandClassText.h"

#include "models/WireText.h"

namespace spocs::demandclass {

QString shortText(const QString &demandClass)
{
    static constexpr WireText texts[] = {
        { "a", QT_TRANSLATE_NOOP("DemandClass", "a – avoidable") },
        { "b", QT_TRANSLATE_NOOP("DemandClass", "b – needs an immediate, complete answer") },
        { "c", QT_TRANSLATE_NOOP("DemandClass", "c – can wait") },
    };
    return demandClass.isEmpty() ? QStringLiteral("–") : wireText("DemandClass", texts, demandClass);
}

QString description(const QString &demandClass)
{
    static constexpr WireText texts[] = {
        { "a",
          QT_TRANSLATE_NOOP("DemandClass",
                            "Demand class a: avoidable. The cause can be eliminated at the root; work that should "
                            "not exist (\"Where is my order?\", a bill nobody understands).") },
        { "b",
          QT_TRANSLATE_NOOP("DemandClass",
                            "Demand class b: cannot be eliminated and needs an immediate, complete "
                            "answer (a new order, a price question).") },
        { "c", QT_TRANSLATE_NOOP("DemandClass", "Demand class c: cannot be eliminated, can wait.") },
    };
    const char *text = tableText(demandClass, texts);
    return text ? QCoreApplication::translate("DemandClass", text) : QString();
}

} // namespace spocs::demandclass
