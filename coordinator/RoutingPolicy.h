#pragma once

#include "core/Types.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace spocs {

// Who gets the next offer of a contact. Pure: no database, no sockets, no clock, so the
// rules can be tested on their own (RoutingPolicyTest) and ContactRouter only gathers facts.
//
// Order: the customer's owner, then the named backup, then the agent idle the longest
// (available since the earliest time). Never someone offline, on break, in after-contact
// work or at capacity. Capacity: one voice contact, or up to three chats/e-mails, never both.
class RoutingPolicy
{
public:
    enum class Channel { Phone, Chat, Email };
    enum class Pick { Owner, Backup, LongestIdle };

    struct Candidate
    {
        qint64 userId = 0;
        Role role = Role::Agent;
        PresenceState state = PresenceState::Offline;
        QDateTime since; // when the presence state last changed
        int voiceContacts = 0; // offered or active phone contacts
        int textContacts = 0; // offered or active chats and e-mails
    };

    struct Request
    {
        Channel channel = Channel::Phone;
        std::optional<qint64> owner;
        std::optional<qint64> backup;
        QSet<qint64> exclude; // already offered this round (declined or timed out)
    };

    struct Decision
    {
        qint64 userId = 0;
        Pick pick = Pick::LongestIdle;
    };

    static constexpr int kMaxTextContacts = 3;

    static std::optional<Channel> channelFromName(const QString &name);
    static QString channelName(Channel channel);
    static QString pickName(Pick pick);

    // Whether this person can take one more contact on this channel right now.
    static bool canTake(const Candidate &candidate, Channel channel);
    static std::optional<Decision> choose(const Request &request, const QList<Candidate> &candidates);
};

} // namespace spocs
