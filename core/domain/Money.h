#pragma once

#include <QString>

#include <optional>

namespace spocs::domain {

// An amount in cents. On the wire it is a decimal string ("120.50", "-60.00") next to a
// currency, so that no client ever rounds money through a float.
struct Money
{
    qint64 cents = 0;

    QString toString() const;
    // "60", "60.5", "60.50", "-60.00"; nullopt for anything else.
    static std::optional<Money> parse(QStringView text);

    friend bool operator==(Money, Money) = default;
};

} // namespace spocs::domain
