#pragma once

#include "core/Types.h"

namespace spocs {

class ClientSession;

// Leads and admins supervise the floor: they may act on any agent's contacts, consults,
// transfers and follow-ups.
bool isSupervisor(const UserInfo &user);
bool isSupervisor(const ClientSession *session);
// The record's owner (a contact's, a follow-up's, a consult's requester), or a supervisor.
bool isOwnerOrSupervisor(const ClientSession *session, qint64 ownerUserId);

} // namespace spocs
