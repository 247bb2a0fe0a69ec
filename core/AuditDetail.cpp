#include "core/AuditDetail.h"

#include <algorithm>

namespace spocs::auditdetail {

namespace {
constexpr QStringView kResults = u" results";
}

QString resultCount(qsizetype count)
{
    return QString::number(count) + kResults;
}

std::optional<qsizetype> resultCountOf(const QString &detail)
{
    if (!detail.endsWith(kResults))
        return std::nullopt;
    const QStringView digits = QStringView(detail).chopped(kResults.size());
    bool ok = false;
    const qsizetype count = digits.toLongLong(&ok);
    // Only the plain digits resultCount() writes: no sign, no spaces.
    if (!ok || digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    return count;
}

} // namespace spocs::auditdetail
