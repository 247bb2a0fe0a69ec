#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace spocs {

// Keeps full payment card numbers (PANs) out of the coordinator. Every write's args are
// scanned before the handler runs; a 13-19 digit sequence (single spaces or dashes
// allowed between digits) that passes the Luhn check is refused, so no free-text field
// (notes, reasons, addresses) can smuggle one into the database, the audit log, the
// event log or a log line. Phone fields are exempt: they are not card fields and a
// long international number may pass Luhn by chance.
class CardNumberGuard
{
public:
    // The key of the first value holding a card number (for arrays, the array's key).
    static std::optional<QString> findCardNumber(const QJsonObject &args);
    // Whether the text contains a card number. `separators`: whether single spaces or
    // dashes may sit between the digits.
    static bool containsCardNumber(QStringView text, bool separators = true);
    static bool luhnValid(QStringView digits);
};

} // namespace spocs
