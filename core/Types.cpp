#include "core/Types.h"

#include <array>
#include <utility>

namespace spocs {
namespace {
constexpr std::array<std::pair<Role, const char16_t *>, 5> kRoles { {
    { Role::Agent, u"agent" },
    { Role::Expert, u"expert" },
    { Role::Lead, u"lead" },
    { Role::Admin, u"admin" },
    { Role::Integration, u"integration" },
} };
constexpr std::array<std::pair<PresenceState, const char16_t *>, 5> kPresence { {
    { PresenceState::Available, u"available" },
    { PresenceState::OnContact, u"on_contact" },
    { PresenceState::AfterContactWork, u"after_contact_work" },
    { PresenceState::Break, u"break" },
    { PresenceState::Offline, u"offline" },
} };

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QStringView(n))
            return v;
    }
    return std::nullopt;
}
} // namespace

QString roleName(Role role)
{
    return nameOf(kRoles, role);
}
std::optional<Role> roleFromName(const QString &name)
{
    return valueOf(kRoles, name);
}

bool worksContacts(const QString &roleName)
{
    const auto role = roleFromName(roleName);
    return role && worksContacts(*role);
}

QString presenceName(PresenceState state)
{
    return nameOf(kPresence, state);
}
std::optional<PresenceState> presenceFromName(const QString &name)
{
    return valueOf(kPresence, name);
}

QJsonObject UserInfo::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("login"), login },
                         { QStringLiteral("name"), displayName },
                         { QStringLiteral("role"), roleName(role) } };
}

UserInfo UserInfo::fromJson(const QJsonObject &obj)
{
    UserInfo u;
    u.id = obj.value(QStringLiteral("id")).toInteger();
    u.login = obj.value(QStringLiteral("login")).toString();
    u.displayName = obj.value(QStringLiteral("name")).toString();
    u.role = roleFromName(obj.value(QStringLiteral("role")).toString()).value_or(Role::Agent);
    return u;
}

} // namespace spocs
