#include "coordinator/demo/DemoLocales.h"

#include "coordinator/server/Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

// Resources in a static library are registered only when asked to.
static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace spocs {
namespace {

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.append(v.toString());
    return out;
}

std::optional<DemoLocale::NameOrder> nameOrder(const QString &text)
{
    if (text == u"given family")
        return DemoLocale::NameOrder::GivenFamily;
    if (text == u"family given")
        return DemoLocale::NameOrder::FamilyGiven;
    if (text == u"family given, no space")
        return DemoLocale::NameOrder::FamilyGivenNoSpace;
    return std::nullopt;
}

// A locale the seeder can use without checks: names, a city, a street and a weight.
std::optional<DemoLocale> localeFromJson(const QJsonObject &o)
{
    DemoLocale l;
    l.language = o.value(QLatin1String("language")).toString();
    l.country = o.value(QLatin1String("country")).toString();
    l.currency = o.value(QLatin1String("currency")).toString();
    l.phoneCode = o.value(QLatin1String("phoneCode")).toString();
    l.taxPercent = o.value(QLatin1String("taxPercent")).toInt(-1);
    const auto order = nameOrder(o.value(QLatin1String("nameOrder")).toString());
    l.given = strings(o, "given");
    l.family = strings(o, "family");
    l.givenAscii = strings(o, "givenAscii");
    l.familyAscii = strings(o, "familyAscii");
    l.companyPattern = o.value(QLatin1String("company")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("cities")).toArray()) {
        const QJsonObject c = v.toObject();
        l.cities.append({ c.value(QLatin1String("name")).toString(), c.value(QLatin1String("postcode")).toString(),
                          c.value(QLatin1String("area")).toString() });
    }
    l.streets = strings(o, "streets");
    l.streetPattern = o.value(QLatin1String("street")).toString();
    l.weight = o.value(QLatin1String("weight")).toInt();
    const bool asciiFits = (l.givenAscii.isEmpty() || l.givenAscii.size() == l.given.size())
        && (l.familyAscii.isEmpty() || l.familyAscii.size() == l.family.size());
    if (!order || l.country.isEmpty() || l.currency.isEmpty() || l.taxPercent < 0 || l.given.isEmpty()
        || l.family.isEmpty() || !asciiFits || l.cities.isEmpty() || l.streets.isEmpty() || l.weight <= 0)
        return std::nullopt;
    l.order = *order;
    return l;
}

QList<DemoLocale> load()
{
    initDemoResources();
    QFile file(QStringLiteral(":/spocs/demo/locales.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcServer) << "demo locale data is missing from the build";
        return {};
    }
    QList<DemoLocale> out;
    const QJsonArray all = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &v : all) {
        const auto locale = localeFromJson(v.toObject());
        if (!locale) {
            qCCritical(lcServer) << "demo locale data is malformed near" << v.toObject().value(u"country").toString();
            return {};
        }
        out.append(*locale);
    }
    return out;
}

} // namespace

const QList<DemoLocale> &demoLocales()
{
    static const QList<DemoLocale> all = load();
    return all;
}

} // namespace spocs
