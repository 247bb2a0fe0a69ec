#include "models/MoneyText.h"

#include "models/CommerceData.h"

#include <QLocale>

namespace spocs {

QString moneyText(const QString &amount, const QString &currency)
{
    if (amount.isEmpty())
        return {};
    qint64 cents = 0;
    QString number = amount;
    if (parseCents(amount, &cents)) {
        const QLocale locale;
        const qint64 whole = (cents < 0 ? -cents : cents) / 100;
        const qint64 frac = (cents < 0 ? -cents : cents) % 100;
        number = (cents < 0 ? locale.negativeSign() : QString()) + locale.toString(whole) + locale.decimalPoint()
            + QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
    }
    return currency.isEmpty() ? number : number + QLatin1Char(' ') + currency;
}

} // namespace spocs
