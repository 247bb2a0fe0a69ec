#include "coordinator/auth/CardNumberGuard.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace spocs {
namespace {

constexpr int kMinDigits = 14; // Diners; 13-digit Visa is no longer issued (see the header)
constexpr int kMaxDigits = 19;

struct Scheme
{
    int low; // prefix range, inclusive, compared on the first `prefixDigits` digits
    int high;
    int prefixDigits;
    int minLength;
    int maxLength;
};

// Issuer prefixes and lengths the schemes publish.
constexpr Scheme kSchemes[] = {
    { 4, 4, 1, 16, 19 }, // Visa (16, some 19)
    { 51, 55, 2, 16, 16 }, // Mastercard
    { 2221, 2720, 4, 16, 16 }, // Mastercard 2-series
    { 34, 34, 2, 15, 15 }, // American Express
    { 37, 37, 2, 15, 15 },     { 6011, 6011, 4, 16, 19 }, // Discover
    { 644, 649, 3, 16, 19 },   { 65, 65, 2, 16, 19 },     { 3528, 3589, 4, 16, 19 }, // JCB
    { 300, 305, 3, 14, 19 }, // Diners Club
    { 3095, 3095, 4, 14, 19 }, { 36, 36, 2, 14, 19 },     { 38, 39, 2, 16, 19 },
    { 62, 62, 2, 16, 19 }, // UnionPay (includes Discover's 622126-622925)
    { 50, 50, 2, 14, 19 }, // Maestro
    { 56, 58, 2, 14, 19 },     { 63, 63, 2, 14, 19 },     { 67, 67, 2, 14, 19 },
};

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'-' || c == u'.' || c == u'/' || c == u'_';
}

// Up to this many separators in a row join two digit groups ("4111  1111", "4111 - 1111").
constexpr qsizetype kMaxJoin = 3;

// How many separators from i on join the digit group before i to a digit after them; 0 if they
// do not (no separator there, too many, or no digit after them).
template<typename DigitAt> qsizetype joinAt(const QString &text, qsizetype i, DigitAt digitAt)
{
    qsizetype n = 0;
    while (i + n < text.size() && n < kMaxJoin && isSeparator(text.at(i + n)))
        ++n;
    return n > 0 && digitAt(i + n) ? n : 0;
}

bool windowIsCard(const QString &digits)
{
    return digits.size() >= kMinDigits && digits.size() <= kMaxDigits && CardNumberGuard::schemeMatches(digits)
        && CardNumberGuard::luhnValid(digits);
}

// Windows over consecutive whole groups ("4111 1111 1111 1111 1234" holds one card):
// starting and ending at joins only, so a long reference does not yield chance hits.
bool runHasCard(const QStringList &groups)
{
    for (qsizetype first = 0; first < groups.size(); ++first) {
        QString digits;
        for (qsizetype last = first; last < groups.size(); ++last) {
            digits += groups.at(last);
            if (digits.size() > kMaxDigits)
                break;
            if (windowIsCard(digits))
                return true;
        }
    }
    return false;
}

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"));
    return uuid;
}

// NFKC without invisible format characters (zero-width space and joiners, soft hyphen), and any
// other decimal digit (Arabic-Indic, Devanagari, ...) as its ASCII digit.
QString asciiDigits(QStringView text)
{
    QString s = text.toString().normalized(QString::NormalizationForm_KC);
    s.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    for (QChar &c : s) {
        if (c.isDigit() && (c < u'0' || c > u'9') && c.digitValue() >= 0)
            c = QChar(u'0' + c.digitValue());
    }
    return s;
}

QString normalised(QStringView text)
{
    // A UUID is an identifier, never a card, whatever its digit groups add up to.
    return asciiDigits(text).replace(uuidPattern(), QStringLiteral("#"));
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// One run of digit groups joined by single separators: [start, end) of each group in the text.
using GroupSpans = QList<std::pair<qsizetype, qsizetype>>;

// Masks the card windows of one run in place, the same windows runHasCard() finds.
void maskRun(QString &text, const GroupSpans &groups)
{
    for (qsizetype first = 0; first < groups.size(); ++first) {
        QString digits;
        for (qsizetype last = first; last < groups.size(); ++last) {
            digits += QStringView(text).mid(groups[last].first, groups[last].second - groups[last].first);
            if (digits.size() > kMaxDigits)
                break;
            if (!windowIsCard(digits))
                continue;
            qsizetype keep = 4;
            for (qsizetype g = last; g >= first; --g) {
                for (qsizetype i = groups[g].second - 1; i >= groups[g].first; --i) {
                    if (keep > 0)
                        --keep;
                    else
                        text[i] = QChar(0x2022);
                }
            }
            first = last; // the next window starts after this card
            break;
        }
    }
}

bool looksLikeNumberOnly(const QString &text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (!isSeparator(c))
            return false;
    }
    return digits >= 8;
}

bool valueHasCard(const QJsonValue &value, const QString &key)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        // A write id is a uuid or a token: a bare number there is a card number in disguise.
        if (key == u"cid" && looksLikeNumberOnly(normalised(text)))
            return true;
        return CardNumberGuard::containsCardNumber(text);
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) < 1e13)
            return false;
        return CardNumberGuard::containsCardNumber(QString::number(qint64(std::fabs(d))));
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
        // A name is no hiding place either; named masked, so the error does not repeat it.
        if (CardNumberGuard::containsCardNumber(key))
            return CardNumberGuard::maskCardNumbers(key);
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

bool CardNumberGuard::schemeMatches(QStringView digits)
{
    const int length = int(digits.size());
    for (const Scheme &scheme : kSchemes) {
        if (length < scheme.minLength || length > scheme.maxLength)
            continue;
        const int prefix = digits.left(scheme.prefixDigits).toInt();
        if (prefix >= scheme.low && prefix <= scheme.high)
            return true;
    }
    return false;
}

bool CardNumberGuard::containsCardNumber(QStringView input)
{
    const QString text = normalised(input);
    QStringList groups;
    QString current;
    const auto endRun = [&]() {
        if (!current.isEmpty())
            groups.append(std::exchange(current, {}));
        const bool found = runHasCard(groups);
        groups.clear();
        return found;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            current += c;
            continue;
        }
        // A few spaces, tabs, dashes, dots, slashes or underscores between two digits join the
        // groups of one run.
        const qsizetype join = current.isEmpty()
            ? 0
            : joinAt(text, i, [&](qsizetype at) { return at < text.size() && isAsciiDigit(text.at(at)); });
        if (join > 0) {
            groups.append(std::exchange(current, {}));
            i += join - 1;
            continue;
        }
        if (endRun())
            return true;
    }
    return endRun();
}

QString CardNumberGuard::maskCardNumbers(const QString &input)
{
    if (!containsCardNumber(input))
        return input;
    QString text = asciiDigits(input);
    // UUIDs stay as they are: their digits are no candidates.
    QList<bool> inUuid(text.size(), false);
    for (auto it = uuidPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            inUuid[i] = true;
    }
    const auto digitAt = [&](qsizetype i) {
        return i < text.size() && isAsciiDigit(text.at(i)) && !inUuid[i];
    };
    GroupSpans groups;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (digitAt(i)) {
            if (start < 0)
                start = i;
            continue;
        }
        if (start >= 0) {
            groups.append({ start, i });
            start = -1;
            // Joined as containsCardNumber() joins them.
            if (const qsizetype join = joinAt(text, i, digitAt); join > 0) {
                i += join - 1;
                continue;
            }
        }
        maskRun(text, groups);
        groups.clear();
    }
    return text;
}

namespace {

QJsonValue masked(const QJsonValue &value)
{
    if (value.isString())
        return CardNumberGuard::maskCardNumbers(value.toString());
    if (value.isObject())
        return CardNumberGuard::maskCardNumbers(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(masked(item));
        return out;
    }
    return value;
}

} // namespace

QJsonObject CardNumberGuard::maskCardNumbers(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), masked(it.value()));
    return out;
}

std::optional<QString> CardNumberGuard::findCardNumber(const QJsonObject &args)
{
    return scan(args);
}

} // namespace spocs
