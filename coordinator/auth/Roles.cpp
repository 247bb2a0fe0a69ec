#include "coordinator/auth/Roles.h"

#include "coordinator/server/ClientSession.h"

namespace spocs {

bool isSupervisor(const UserInfo &user)
{
    return user.role == Role::Lead || user.role == Role::Admin;
}

bool isSupervisor(const ClientSession *session)
{
    return isSupervisor(session->session().user);
}

bool isOwnerOrSupervisor(const ClientSession *session, qint64 ownerUserId)
{
    return ownerUserId == session->userId() || isSupervisor(session);
}

} // namespace spocs
