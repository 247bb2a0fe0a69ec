#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace spocs {

// The demo world's countries: names, places and conventions, kept as data in
// coordinator/demo/locales.json (a resource) so that adding a country touches no code.
struct DemoLocale
{
    enum class NameOrder { GivenFamily, FamilyGiven, FamilyGivenNoSpace };
    struct City
    {
        QString name;
        QString postcode;
        QString area; // phone area code without the trunk prefix
    };

    QString language;
    QString country;
    QString currency;
    QString phoneCode;
    int taxPercent = 0;
    NameOrder order = NameOrder::GivenFamily;
    QStringList given;
    QStringList family;
    QStringList givenAscii; // only where folding gives no Latin letters (Chinese)
    QStringList familyAscii; // idem
    QString companyPattern; // %1 = family name
    QList<City> cities;
    QStringList streets;
    QString streetPattern; // %1 = street, %2 = number
    int weight = 0; // share of the customers
};

// The locales in file order; empty (and logged) when the resource is missing or malformed.
const QList<DemoLocale> &demoLocales();

} // namespace spocs
