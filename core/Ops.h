#pragma once

#include "core/Types.h"

#include <QString>

#include <span>

namespace spocs {

// Op and event names, declared in one list: append, never reorder or rename
// (other clients depend on them; docs/protocol.md documents each).
namespace op {
inline constexpr char16_t AuthLogin[] = u"auth.login";
inline constexpr char16_t AuthLogout[] = u"auth.logout";
inline constexpr char16_t SessionMe[] = u"session.me";
inline constexpr char16_t EventsSubscribe[] = u"events.subscribe";
inline constexpr char16_t EventsUnsubscribe[] = u"events.unsubscribe";
inline constexpr char16_t CustomerSearch[] = u"customer.search";
inline constexpr char16_t CustomerGet[] = u"customer.get";
inline constexpr char16_t CustomerNoteAdd[] = u"customer.note.add";
inline constexpr char16_t PresenceSet[] = u"presence.set";
inline constexpr char16_t PresenceList[] = u"presence.list";
} // namespace op

namespace event {
inline constexpr char16_t PresenceChanged[] = u"presence.changed";
inline constexpr char16_t CustomerNoteAdded[] = u"customer.note.added";
} // namespace event

// What the dispatcher needs to know about an op before running it.
struct OpInfo
{
    const char16_t *name;
    bool needsSession; // false only for ops allowed before hello (auth.login)
    Roles roles; // who may call it
    bool isWrite; // writes take a cid and are applied once
};

std::span<const OpInfo> allOps();
const OpInfo *findOp(QStringView name);

inline constexpr Roles kAllRoles = Roles(Role::Agent) | Role::Expert | Role::Lead | Role::Admin;
inline constexpr Roles kCustomerRoles = Roles(Role::Agent) | Role::Expert | Role::Lead;

} // namespace spocs
