#include "core/Ops.h"

namespace spocs {
namespace {
// Customer data is for the people who serve customers; admins manage users, not records.
const OpInfo kOps[] = {
    { op::AuthLogin, false, kAllRoles, false },        { op::AuthLogout, true, kAllRoles, false },
    { op::SessionMe, true, kAllRoles, false },         { op::EventsSubscribe, true, kAllRoles, false },
    { op::EventsUnsubscribe, true, kAllRoles, false }, { op::CustomerSearch, true, kCustomerRoles, false },
    { op::CustomerGet, true, kCustomerRoles, false },  { op::CustomerNoteAdd, true, kCustomerRoles, true },
    { op::PresenceSet, true, kCustomerRoles, false },  { op::PresenceList, true, kAllRoles, false },
};
} // namespace

std::span<const OpInfo> allOps()
{
    return std::span<const OpInfo>(kOps);
}

const OpInfo *findOp(QStringView name)
{
    for (const OpInfo &info : kOps) {
        if (name == QStringView(info.name))
            return &info;
    }
    return nullptr;
}

} // namespace spocs
