#include "coordinator/contacts/RoutingPolicy.h"

#include <gtest/gtest.h>

using namespace spocs;
using C = RoutingPolicy::Candidate;

namespace {

C agent(qint64 id, PresenceState state, int minutesIdle, int voice = 0, int text = 0)
{
    C c;
    c.userId = id;
    c.state = state;
    c.since = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(-60 * minutesIdle);
    c.voiceContacts = voice;
    c.textContacts = text;
    return c;
}

RoutingPolicy::Request phoneFor(qint64 owner, qint64 backup)
{
    RoutingPolicy::Request r;
    r.owner = owner;
    r.backup = backup;
    return r;
}

} // namespace

TEST(RoutingPolicy, AvailableOwnerGetsTheOffer)
{
    const auto d
        = RoutingPolicy::choose(phoneFor(1, 2),
                                { agent(1, PresenceState::Available, 1), agent(2, PresenceState::Available, 50),
                                  agent(3, PresenceState::Available, 90) });
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 1);
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::Owner);
}

TEST(RoutingPolicy, BusyOwnerFallsBackToTheBackup)
{
    const auto d
        = RoutingPolicy::choose(phoneFor(1, 2),
                                { agent(1, PresenceState::OnContact, 1, 1), agent(2, PresenceState::Available, 5),
                                  agent(3, PresenceState::Available, 90) });
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 2);
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::Backup);
}

TEST(RoutingPolicy, OwnerAndBackupAwayGoesToTheLongestIdleAgent)
{
    const auto d
        = RoutingPolicy::choose(phoneFor(1, 2),
                                { agent(1, PresenceState::Break, 100), agent(2, PresenceState::Offline, 100),
                                  agent(3, PresenceState::Available, 10), agent(4, PresenceState::Available, 30) });
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 4);
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::LongestIdle);
}

TEST(RoutingPolicy, OfflineBreakWrapUpAndFullAgentsAreNeverChosen)
{
    RoutingPolicy::Request chat;
    chat.channel = RoutingPolicy::Channel::Chat;
    const QList<C> nobody { agent(1, PresenceState::Offline, 100), agent(2, PresenceState::Break, 100),
                            agent(3, PresenceState::AfterContactWork, 100),
                            agent(4, PresenceState::OnContact, 100, 1, 0),
                            agent(5, PresenceState::OnContact, 100, 0, 3) };
    EXPECT_FALSE(RoutingPolicy::choose(chat, nobody));
    EXPECT_FALSE(RoutingPolicy::choose(phoneFor(1, 2), nobody));
}

TEST(RoutingPolicy, ChatsStackUpToThreeButAPhoneCallNeedsAFreeAgent)
{
    const C twoChats = agent(1, PresenceState::OnContact, 5, 0, 2);
    EXPECT_TRUE(RoutingPolicy::canTake(twoChats, RoutingPolicy::Channel::Chat));
    EXPECT_FALSE(RoutingPolicy::canTake(twoChats, RoutingPolicy::Channel::Phone));
    EXPECT_FALSE(RoutingPolicy::canTake(agent(1, PresenceState::OnContact, 5, 0, 3), RoutingPolicy::Channel::Email));
}

TEST(RoutingPolicy, ExcludedUsersAreSkipped)
{
    auto r = phoneFor(1, 2);
    r.exclude = { 1 };
    const auto d
        = RoutingPolicy::choose(r, { agent(1, PresenceState::Available, 1), agent(2, PresenceState::Available, 5) });
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 2);
}

namespace {

C withSkills(C c, Role role, const QSet<QString> &skills)
{
    c.role = role;
    c.skills = skills;
    return c;
}

} // namespace

TEST(RoutingPolicy, PreferredPersonComesBeforeTheOwner)
{
    RoutingPolicy::Request r = phoneFor(1, 2);
    r.preferred = 3;
    const QList<C> people { agent(1, PresenceState::Available, 90), agent(2, PresenceState::Available, 90),
                            withSkills(agent(3, PresenceState::Available, 1), Role::Lead, {}) };
    auto d = RoutingPolicy::choose(r, people);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 3); // even a lead: forwards go to a named person
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::Preferred);
    EXPECT_EQ(RoutingPolicy::pickName(d->pick), QStringLiteral("preferred"));
    // A preferred person who cannot take it now falls back to the usual order.
    r.exclude = { 3 };
    d = RoutingPolicy::choose(r, people);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::Owner);
}

TEST(RoutingPolicy, CaseOwnerComesBeforeTheAccountOwnerUnlessUnavailableOrForwarded)
{
    RoutingPolicy::Request r = phoneFor(1, 2);
    r.caseOwner = 3;
    QList<C> people { agent(1, PresenceState::Available, 90), agent(2, PresenceState::Available, 90),
                      agent(3, PresenceState::Available, 1) };
    auto d = RoutingPolicy::choose(r, people);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 3);
    EXPECT_EQ(RoutingPolicy::pickName(d->pick), QStringLiteral("case_owner"));
    // A preferred person (assign, forward target) still comes first.
    r.preferred = 2;
    d = RoutingPolicy::choose(r, people);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::Preferred);
    r.preferred.reset();
    // On break: the offer goes on as before, to the account owner.
    people[2] = agent(3, PresenceState::Break, 1);
    d = RoutingPolicy::choose(r, people);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 1);
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::Owner);
    // A forwarded contact goes elsewhere on purpose, past the case owner too.
    people[2] = agent(3, PresenceState::Available, 1);
    r.skipOwnerAndBackup = true;
    d = RoutingPolicy::choose(r, people);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::LongestIdle);
}

TEST(RoutingPolicy, ForwardedContactsSkipOwnerAndBackup)
{
    RoutingPolicy::Request r = phoneFor(1, 2);
    r.skipOwnerAndBackup = true;
    // Owner and backup lose their head start; they stay in the pool like everyone else.
    const auto d = RoutingPolicy::choose(r,
                                         { agent(1, PresenceState::Available, 1), agent(2, PresenceState::Available, 2),
                                           agent(3, PresenceState::Available, 5) });
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 3);
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::LongestIdle);
}

TEST(RoutingPolicy, SkillQueueNeedsTheSkillAndAcceptsExperts)
{
    RoutingPolicy::Request r;
    r.queue = QStringLiteral("billing");
    const QList<C> people {
        withSkills(agent(1, PresenceState::Available, 90), Role::Agent, { QStringLiteral("orders") }),
        withSkills(agent(2, PresenceState::Available, 30), Role::Expert, { QStringLiteral("billing") }),
        withSkills(agent(3, PresenceState::Available, 10), Role::Agent, { QStringLiteral("billing") }),
        withSkills(agent(4, PresenceState::Available, 99), Role::Lead, { QStringLiteral("billing") })
    };
    auto d = RoutingPolicy::choose(r, people);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 2); // the longest idle of those with the skill; leads are not in the pool
    // Nobody with the skill: no offer, even with idle agents around.
    r.queue = QStringLiteral("returns");
    EXPECT_FALSE(RoutingPolicy::choose(r, people));
}

TEST(RoutingPolicy, GeneralQueueIsForAgentsOnly)
{
    RoutingPolicy::Request r;
    r.channel = RoutingPolicy::Channel::Chat;
    const QList<C> people { withSkills(agent(1, PresenceState::Available, 90), Role::Expert,
                                       { QStringLiteral("general") }),
                            withSkills(agent(2, PresenceState::Available, 5), Role::Agent, {}) };
    const auto d = RoutingPolicy::choose(r, people);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 2);
    EXPECT_TRUE(RoutingPolicy::servesQueue(people.at(1), QStringLiteral("general")));
    EXPECT_FALSE(RoutingPolicy::servesQueue(people.at(0), QStringLiteral("general")));
}

TEST(RoutingPolicy, AdminsAndServiceUsersAreNeverOfferedAContact)
{
    C admin = agent(1, PresenceState::Available, 100);
    admin.role = Role::Admin;
    C bridge = agent(2, PresenceState::Available, 100);
    bridge.role = Role::Integration;
    RoutingPolicy::Request request = phoneFor(1, 2);
    request.preferred = 1;
    request.caseOwner = 2;
    EXPECT_FALSE(RoutingPolicy::canTake(admin, RoutingPolicy::Channel::Chat));
    EXPECT_FALSE(RoutingPolicy::choose(request, { admin, bridge }));
    const auto d = RoutingPolicy::choose(request, { admin, bridge, agent(3, PresenceState::Available, 1) });
    ASSERT_TRUE(d);
    EXPECT_EQ(d->userId, 3);
    EXPECT_EQ(d->pick, RoutingPolicy::Pick::LongestIdle);
}
