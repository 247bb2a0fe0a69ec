#include "models/PersonName.h"

namespace spocs {

QString personName(const domain::Person &person)
{
    return person.name.isEmpty() ? person.login : person.name;
}

QString personName(const QJsonObject &person)
{
    const QString name = person.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? person.value(QStringLiteral("login")).toString() : name;
}

} // namespace spocs
