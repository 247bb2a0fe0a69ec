#pragma once

#include <QFlags>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace spocs {

// Roles, least privilege first. An op names the set of roles that may call it.
enum class Role : quint8 {
    Agent = 0x1,
    Expert = 0x2,
    Lead = 0x4,
    Admin = 0x8,
    // A service user (telephony, mail and chat bridges, survey tools): creates and ends
    // contacts and records surveys, never works them.
    Integration = 0x10,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

// Whether people of this role work contacts: have a presence, are offered, assigned, consulted,
// transferred to or conferenced in, and own customers and follow-ups. Agents, experts and leads,
// the roles that may accept an offer; admins and service users (integration) never take work.
constexpr bool worksContacts(Role role)
{
    return role == Role::Agent || role == Role::Expert || role == Role::Lead;
}
// The same for a role as the wire and the users table name it; false for an unknown name.
bool worksContacts(const QString &roleName);

// What an agent is doing, as shown to colleagues and used by routing.
enum class PresenceState {
    Available,
    OnContact,
    AfterContactWork,
    Break,
    Offline,
};

QString presenceName(PresenceState state);
std::optional<PresenceState> presenceFromName(const QString &name);

// A signed-in person as other layers see them (never the password hash).
struct UserInfo
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;

    QJsonObject toJson() const;
    static UserInfo fromJson(const QJsonObject &obj);
};

} // namespace spocs
