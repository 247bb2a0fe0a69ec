#include "coordinator/contacts/RoutingPolicy.h"

#include "core/domain/WireEnum.h"

namespace spocs {

// The wire names of the channels and of how a contact was routed, in enumerator order.
namespace domain {
using RoutingChannel = RoutingPolicy::Channel;
using RoutingPick = RoutingPolicy::Pick;
SPOCS_WIRE_ENUM_NAMES(RoutingChannel, "phone", "chat", "email")
SPOCS_WIRE_ENUM_NAMES(RoutingPick, "preferred", "owner", "backup", "longest_idle", "case_owner")
} // namespace domain

std::optional<RoutingPolicy::Channel> RoutingPolicy::channelFromName(const QString &name)
{
    Channel channel {};
    if (!domain::fromWireName(name, &channel))
        return std::nullopt;
    return channel;
}

QString RoutingPolicy::channelName(Channel channel)
{
    return domain::wireName(channel);
}

QString RoutingPolicy::pickName(Pick pick)
{
    return domain::wireName(pick);
}

bool RoutingPolicy::canTake(const Candidate &c, Channel channel)
{
    // Admins and service users are never offered work, whoever prefers or owns the customer.
    if (!worksContacts(c.role))
        return false;
    // A voice contact holds the whole person.
    if (c.voiceContacts > 0)
        return false;
    if (channel == Channel::Phone)
        return c.state == PresenceState::Available && c.textContacts == 0;
    // Chats and e-mails stack up to the limit, also while on another chat.
    if (c.textContacts >= kMaxTextContacts)
        return false;
    return c.state == PresenceState::Available || (c.state == PresenceState::OnContact && c.textContacts > 0);
}

bool RoutingPolicy::servesQueue(const Candidate &c, const QString &queue)
{
    if (queue.isEmpty() || queue == generalQueue())
        return c.role == Role::Agent;
    return (c.role == Role::Agent || c.role == Role::Expert) && c.skills.contains(queue);
}

std::optional<RoutingPolicy::Decision> RoutingPolicy::choose(const Request &request, const QList<Candidate> &candidates)
{
    const auto eligible = [&](qint64 userId) -> const Candidate * {
        if (request.exclude.contains(userId))
            return nullptr;
        for (const Candidate &c : candidates) {
            if (c.userId == userId)
                return canTake(c, request.channel) ? &c : nullptr;
        }
        return nullptr;
    };
    if (request.preferred && eligible(*request.preferred))
        return Decision { *request.preferred, Pick::Preferred };
    if (!request.skipOwnerAndBackup) {
        if (request.caseOwner && eligible(*request.caseOwner))
            return Decision { *request.caseOwner, Pick::CaseOwner };
        if (request.owner && eligible(*request.owner))
            return Decision { *request.owner, Pick::Owner };
        if (request.backup && eligible(*request.backup))
            return Decision { *request.backup, Pick::Backup };
    }
    // One pass over the candidates (not a lookup per candidate): routing a queue of waiting
    // contacts stays linear in the number of people.
    const Candidate *best = nullptr;
    for (const Candidate &c : candidates) {
        if (!servesQueue(c, request.queue) || request.exclude.contains(c.userId) || !canTake(c, request.channel))
            continue;
        // Earliest "since" is the longest idle; the lower id breaks ties so the pick is stable.
        if (!best || c.since < best->since || (c.since == best->since && c.userId < best->userId))
            best = &c;
    }
    if (!best)
        return std::nullopt;
    return Decision { best->userId, Pick::LongestIdle };
}

} // namespace spocs
