#pragma once

#include "core/Types.h"
#include "core/domain/DomainValue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace spocs::domain {

// A colleague as records name them: owner, author, requester, the user of a participant.
// `presence` is only sent where the screen shows it (a customer's owner and backup).
struct Person
{
    qint64 id = 0;
    QString login;
    QString name;
    std::optional<PresenceState> presence;

    static Person of(const UserInfo &user) { return Person { user.id, user.login, user.displayName, {} }; }

    SPOCS_DOMAIN_VALUE(Person);
};

// A person, or JSON null for "nobody" (no owner, no expert yet).
QJsonValue toJson(const std::optional<Person> &person);

} // namespace spocs::domain
