#include "coordinator/importing/ImportValues.h"

#include "core/domain/Money.h"

#include <QRegularExpression>

namespace spocs::importing {

std::optional<qint64> parseMoney(const QString &text)
{
    // Not negative, no spaces, at most 13 digits before the point; Money::parse reads what passes.
    static const QRegularExpression re(QStringLiteral("^\\d{1,13}(?:\\.\\d{1,2})?$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const qint64 cents = domain::Money::parse(text)->cents;
    if (cents > kMaxMoneyCents)
        return std::nullopt;
    return cents;
}

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    static const QRegularExpression re(QStringLiteral("^-?\\d{1,15}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const qint64 n = text.toLongLong();
    if (n < min || n > max)
        return std::nullopt;
    return n;
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})"
                                                      "(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (m.capturedLength(4) > 0) {
        const int ms = m.capturedLength(7) > 0 ? m.captured(7).left(3).leftJustified(3, u'0').toInt() : 0;
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
        if (!time.isValid())
            return std::nullopt;
    }
    QDateTime at(date, time, Qt::UTC);
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z") {
        const QString digits = QString(zone).remove(u':');
        const int offset = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
        at = at.addSecs(zone.startsWith(u'+') ? -offset : offset);
    }
    return at;
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace spocs::importing
