#pragma once

#include "core/domain/Money.h"

#include <QString>

namespace spocs {

// "120.50 EUR" formatted for the locale ("120,50 EUR"); the ISO code rather than a guessed
// symbol. Amounts are decimal strings on the wire; an unparsable one is shown as it came.
QString moneyText(const QString &amount, const QString &currency);
QString moneyText(domain::Money amount, const QString &currency);

} // namespace spocs
