#include "models/LeadText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace spocs {

namespace leadtext {

QDateTime utcTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

std::optional<double> number(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QString duration(std::optional<double> seconds)
{
    if (!seconds || !std::isfinite(*seconds))
        return QStringLiteral("–");
    const qint64 total = std::llround(std::max(0.0, *seconds));
    const qint64 h = total / 3600;
    const qint64 m = (total % 3600) / 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString percent(std::optional<double> rate)
{
    if (!rate || !std::isfinite(*rate))
        return QStringLiteral("–");
    return QCoreApplication::translate("LeadText", "%1 %").arg(QLocale().toString(*rate * 100.0, 'f', 1));
}

QString decimal(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("–");
    return QLocale().toString(*value, 'f', decimals);
}

} // namespace leadtext

} // namespace spocs
