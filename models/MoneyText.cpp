#include "models/MoneyText.h"

#include <QLocale>

namespace spocs {

QString moneyText(const QString &amount, const QString &currency)
{
    if (amount.isEmpty())
        return {};
    if (const auto money = domain::Money::parse(amount))
        return moneyText(*money, currency);
    return currency.isEmpty() ? amount : amount + QLatin1Char(' ') + currency;
}

QString moneyText(domain::Money amount, const QString &currency)
{
    const qint64 cents = amount.cents;
    const QLocale locale;
    const qint64 whole = (cents < 0 ? -cents : cents) / 100;
    const qint64 frac = (cents < 0 ? -cents : cents) % 100;
    const QString number = (cents < 0 ? locale.negativeSign() : QString()) + locale.toString(whole)
        + locale.decimalPoint() + QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
    return currency.isEmpty() ? number : number + QLatin1Char(' ') + currency;
}

} // namespace spocs
