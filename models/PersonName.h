#pragma once

#include "core/domain/Person.h"

#include <QJsonObject>
#include <QString>

namespace spocs {

// A person as users read it: the name, else the login.
QString personName(const domain::Person &person);
// The same for a Person as the wire sends it ({id, login, name}).
QString personName(const QJsonObject &person);

} // namespace spocs
