#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace spocs {

// Keeps full payment card numbers (PANs) out of the coordinator: every op's string
// arguments (reads too: a search term is logged and audited) and every imported CSV cell
// are scanned before anything is stored, logged or broadcast.
//
// The text is normalised with NFKC (full-width and other compatibility digits become
// ASCII) and any run of digits joined by single spaces, dashes, dots or slashes is one
// candidate; windows inside it start and end at those joins. A window is a card number
// only when its length and issuer prefix are ones a card scheme issues (Visa, Mastercard
// incl. 2-series, Amex, Discover, JCB, Diners, UnionPay, Maestro) and it passes Luhn.
// 13-digit windows never count: no scheme issues them today, and millisecond timestamps
// and EAN-13 barcodes are 13 digits. UUIDs are never candidates. Phone fields are scanned
// like any other text (a phone is at most 15 digits, E.164) and a digits-only cid is
// refused, since a cid is a uuid.
class CardNumberGuard
{
public:
    // The key of the first value holding a card number (for arrays, the array's key).
    static std::optional<QString> findCardNumber(const QJsonObject &args);
    // Whether the text contains a card number.
    static bool containsCardNumber(QStringView text);
    // The text with every card number's digits but the last four replaced by "•", separators kept
    // ("4111 1111 1111 1111" -> "•••• •••• •••• 1111"): for what customers and visitors send, which
    // is stored as it came rather than refused. Text without a card number comes back unchanged;
    // text with one comes back NFKC-normalised (as the guard reads it).
    static QString maskCardNumbers(const QString &text);
    // Every string in the object, at any depth, masked.
    static QJsonObject maskCardNumbers(const QJsonObject &object);
    static bool luhnValid(QStringView digits);
    // Whether these digits (no separators) have a card scheme's length and issuer prefix.
    static bool schemeMatches(QStringView digits);
};

} // namespace spocs
