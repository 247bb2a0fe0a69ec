#include "coordinator/auth/CardNumberGuard.h"

#include <QJsonArray>

#include <cmath>

namespace spocs {
namespace {

constexpr int kMinDigits = 13;
constexpr int kMaxDigits = 19;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isExempt(const QString &key)
{
    return key.compare(u"phone", Qt::CaseInsensitive) == 0 || key.compare(u"phones", Qt::CaseInsensitive) == 0;
}

// A run of digits groups ("4111 1111-1111 1111" = 4 groups). A card number is a run of
// 13-19 digits, or, inside a longer run, consecutive whole groups of 13-19 digits
// ("4111111111111111 1234" holds one): windows start and end at group boundaries only,
// so a long reference number does not yield dozens of chance Luhn hits.
bool runHasCard(const QStringList &groups)
{
    for (qsizetype first = 0; first < groups.size(); ++first) {
        QString digits;
        for (qsizetype last = first; last < groups.size(); ++last) {
            digits += groups.at(last);
            if (digits.size() > kMaxDigits)
                break;
            if (digits.size() >= kMinDigits && CardNumberGuard::luhnValid(digits))
                return true;
        }
    }
    return false;
}

bool valueHasCard(const QJsonValue &value, const QString &key)
{
    switch (value.type()) {
    case QJsonValue::String:
        // A write id (cid) is a uuid: its dashes separate hex groups, not card digits.
        return CardNumberGuard::containsCardNumber(value.toString(), key != u"cid");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) < 1e12)
            return false;
        return CardNumberGuard::containsCardNumber(QString::number(qint64(std::fabs(d))), false);
    }
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray()) {
            if (valueHasCard(item, key))
                return true;
        }
        return false;
    default:
        return false;
    }
}

std::optional<QString> scan(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (isExempt(key))
            continue;
        const QJsonValue value = it.value();
        if (value.isObject()) {
            if (auto nested = scan(value.toObject()))
                return nested;
        } else if (value.isArray()) {
            // Arrays of objects: scan each object; arrays of scalars: name the array.
            for (const QJsonValue &item : value.toArray()) {
                if (item.isObject()) {
                    if (auto nested = scan(item.toObject()))
                        return nested;
                } else if (valueHasCard(item, key)) {
                    return key;
                }
            }
        } else if (valueHasCard(value, key)) {
            return key;
        }
    }
    return std::nullopt;
}

} // namespace

bool CardNumberGuard::luhnValid(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool CardNumberGuard::containsCardNumber(QStringView text, bool separators)
{
    QStringList groups;
    QString current;
    int total = 0;
    const auto endRun = [&]() {
        if (!current.isEmpty()) {
            groups.append(current);
            total += int(current.size());
            current.clear();
        }
        const bool found = total >= kMinDigits && runHasCard(groups);
        groups.clear();
        total = 0;
        return found;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isDigit(c)) {
            current += c;
            continue;
        }
        // One space or dash between two digits continues the run.
        const bool joins = separators && (c == u' ' || c == u'-') && !current.isEmpty() && i + 1 < text.size()
            && isDigit(text.at(i + 1));
        if (joins) {
            groups.append(current);
            total += int(current.size());
            current.clear();
            continue;
        }
        if (endRun())
            return true;
    }
    return endRun();
}

std::optional<QString> CardNumberGuard::findCardNumber(const QJsonObject &args)
{
    return scan(args);
}

} // namespace spocs
