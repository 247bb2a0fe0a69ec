#include "models/CommerceData.h"

namespace spocs {

QDateTime wireTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QDate wireDate(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QDate wireDate(const std::optional<QString> &text)
{
    return text ? wireDate(*text) : QDate();
}

QString presenceWireName(const Person &p)
{
    return p.presence ? presenceName(*p.presence) : QString();
}

} // namespace spocs
