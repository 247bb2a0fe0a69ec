#include "core/domain/Money.h"

#include <QRegularExpression>

namespace spocs::domain {

QString Money::toString() const
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(2).toLongLong() * 100;
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        cents += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    return Money { m.captured(1).isEmpty() ? cents : -cents };
}

} // namespace spocs::domain
