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
// Order: a preferred person (contact.assign, forwards), the owner of the customer's open case
// (their open follow-up, or their contact closed in the last days), the customer's owner, then
// the named backup (these three skipped for forwarded contacts), then the person idle the longest (available
// since the earliest time) who serves the contact's queue: any role-agent for `general`, an
// agent or expert with the queue's skill otherwise. Never someone offline, on break, in
// after-contact work or at capacity, nor an admin or service user (worksContacts()). Capacity: one voice contact, or up
// to three chats/e-mails, never both.
class RoutingPolicy
{
public:
    enum class Channel { Phone, Chat, Email };
    enum class Pick { Preferred, Owner, Backup, LongestIdle, CaseOwner };

    struct Candidate
    {
        qint64 userId = 0;
        Role role = Role::Agent;
        PresenceState state = PresenceState::Offline;
        QDateTime since; // when the presence state last changed
        int voiceContacts = 0; // offered or active phone contacts
        int textContacts = 0; // offered or active chats and e-mails
        QSet<QString> skills; // skill codes (user_skills)
    };

    struct Request
    {
        Channel channel = Channel::Phone;
        std::optional<qint64> owner;
        std::optional<qint64> backup;
        QSet<qint64> exclude; // already offered this round (declined or timed out)
        QString queue = generalQueue(); // a skill code
        std::optional<qint64> preferred; // tried first (contact.assign, forwards)
        std::optional<qint64> caseOwner; // owns the customer's open case: before the account owner
        bool skipOwnerAndBackup = false; // forwarded contacts go elsewhere on purpose
    };

    struct Decision
    {
        qint64 userId = 0;
        Pick pick = Pick::LongestIdle;
    };

    static constexpr int kMaxTextContacts = 3;
    static QString generalQueue() { return QStringLiteral("general"); }

    static std::optional<Channel> channelFromName(const QString &name);
    static QString channelName(Channel channel);
    static QString pickName(Pick pick);

    // Whether this person can take one more contact on this channel right now (never one whose
    // role does not work contacts).
    static bool canTake(const Candidate &candidate, Channel channel);
    // Whether this person serves the queue (for the longest-idle pick).
    static bool servesQueue(const Candidate &candidate, const QString &queue);
    static std::optional<Decision> choose(const Request &request, const QList<Candidate> &candidates);
};

} // namespace spocs
