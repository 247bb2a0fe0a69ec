#include "coordinator/demo/ContactDemoSeeder.h"

#include "core/WeightedPick.h"
#include "core/domain/TaskKinds.h"

#include "coordinator/demo/DemoStamp.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace spocs {
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kSeed = 0xC0A7AC7u;
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

// Skill catalogue; labels are admin data, not UI strings. `general` comes with the schema.
struct SkillSeed
{
    const char *code;
    const char *label;
};
constexpr SkillSeed kSkills[] = {
    { "orders", "Orders and delivery" },
    { "billing", "Billing and payments" },
    { "returns", "Returns and damage" },
    { "technical", "Technical support" },
    { "investor_relations", "Investor relations" },
};
// The skills an agent can have (investor relations is for the lead and one expert).
const QStringList &agentSkills()
{
    static const QStringList all { u"orders"_s, u"billing"_s, u"returns"_s, u"technical"_s };
    return all;
}

// Experts: one or two skills at level 4 or 5.
struct ExpertSkill
{
    const char *login;
    const char *skill;
    int level;
};
constexpr ExpertSkill kExpertSkills[] = {
    { "expert1", "billing", 5 },          { "expert1", "orders", 4 },
    { "expert2", "technical", 5 },        { "expert3", "returns", 5 },
    { "expert3", "orders", 4 },           { "expert4", "technical", 4 },
    { "expert4", "billing", 4 },          { "expert5", "investor_relations", 5 },
    { "lead1", "investor_relations", 5 },
};

// The queue (skill) a reason belongs to, from its code; empty: general.
QString skillForReason(const QString &code)
{
    if (code.startsWith(u"investor"))
        return u"investor_relations"_s;
    if (code.startsWith(u"orders.damaged") || code.contains(u"return"))
        return u"returns"_s;
    if (code.startsWith(u"orders"))
        return u"orders"_s;
    if (code.startsWith(u"billing"))
        return u"billing"_s;
    if (code.contains(u"technical"))
        return u"technical"_s;
    return {};
}

// The stamp of a time in milliseconds since the epoch (demoStamp, with the date formatted once a day).
QString stamp(qint64 ms)
{
    static constexpr qint64 kDay = 24 * kHour;
    const qint64 day = ms >= 0 ? ms / kDay : (ms - kDay + 1) / kDay;
    thread_local qint64 cachedDay = std::numeric_limits<qint64>::min();
    thread_local QString cachedDate;
    if (day != cachedDay) {
        cachedDay = day;
        cachedDate = QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
    }
    const qint64 inDay = ms - day * kDay;
    return demoStamp(cachedDate, int(inDay / kHour), int(inDay / kMinute % 60), int(inDay / kSecond % 60),
                     int(inDay % kSecond));
}

struct Reason
{
    qint64 id;
    QString code;
    QString skill;
    bool forwardOnly;
    qint64 forwardTo; // 0: none
    double weight; // Pareto-like popularity
};

struct Customer
{
    qint64 id;
    qint64 owner;
};

struct Recent
{
    qint64 at;
    int customer; // index into m_customers
    int reason; // index into m_reasons
};

class HistorySeeder
{
public:
    HistorySeeder(Database &db, QDate today)
        : m_db(db)
        , m_today(today)
        , m_rng(kSeed)
    { }

    Result<ContactDemoSeeder::Summary> run();

private:
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    double uniform() { return m_rng.generateDouble(); }
    // Exponentially distributed with the given mean.
    qint64 exponential(qint64 mean) { return qint64(-double(mean) * std::log(1.0 - uniform())); }
    Result<void> exec(QSqlQuery &q, const char *what)
    {
        if (!q.exec())
            return sqlError(q, what);
        return {};
    }

    Result<void> loadUsers();
    Result<void> seedSkills();
    Result<void> seedReasons();
    Result<void> loadCustomers();
    Result<void> seedHistory();
    Result<void> seedContact(qint64 createdMs, int dayLoad);
    Result<void> seedSelfService(qint64 midnight, int contacts);
    Result<void> openFollowUps();
    int pickReason();
    qint64 pickFrom(const QList<qint64> &list) { return list.isEmpty() ? 0 : list.at(pick(int(list.size()))); }
    qint64 handlerFor(const QString &queue, qint64 customerOwner, qint64 except);
    qint64 expertFor(const QString &queue);

    Database &m_db;
    QDate m_today;
    QRandomGenerator m_rng;
    ContactDemoSeeder::Summary m_summary;
    QHash<QString, qint64> m_userIds; // login -> id
    QList<qint64> m_agents;
    QList<qint64> m_experts;
    QHash<QString, QList<qint64>> m_agentsBySkill;
    QHash<QString, QList<qint64>> m_expertsBySkill;
    QList<Reason> m_reasons; // leaves only, most popular first
    double m_totalWeight = 0;
    QList<Customer> m_customers;
    QList<Recent> m_recent; // the last week's contacts, for repeat callers

    // Prepared once, bound per row.
    QSqlQuery m_contact;
    QSqlQuery m_transition;
    QSqlQuery m_reason;
    QSqlQuery m_task;
    QSqlQuery m_participant;
    QSqlQuery m_survey;
    QSqlQuery m_transfer;
    QSqlQuery m_consult;
    QSqlQuery m_selfService;
    QList<qint64> m_publicArticles;
    QRandomGenerator m_selfServiceRng { kSeed + 1 };
};

Result<ContactDemoSeeder::Summary> HistorySeeder::run()
{
    auto r = m_db.write([&]() -> Result<void> {
        SPOCS_TRY(loadUsers());
        SPOCS_TRY(seedSkills());
        SPOCS_TRY(seedReasons());
        SPOCS_TRY(loadCustomers());
        SPOCS_TRY(seedHistory());
        return openFollowUps();
    });
    if (!r)
        return r.error();
    return m_summary;
}

Result<void> HistorySeeder::loadUsers()
{
    QSqlQuery q = m_db.prepare(u"SELECT id, login, role FROM users ORDER BY id"_s);
    if (!q.exec())
        return sqlError(q, "list demo users");
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_userIds.insert(q.value(1).toString(), id);
        const QString role = q.value(2).toString();
        if (role == u"agent")
            m_agents.append(id);
        else if (role == u"expert")
            m_experts.append(id);
    }
    return {};
}

Result<void> HistorySeeder::seedSkills()
{
    QSqlQuery skill = m_db.prepare(u"INSERT OR IGNORE INTO skills(code, label, position) VALUES (?, ?, ?)"_s);
    int position = 1;
    for (const SkillSeed &s : kSkills) {
        skill.bindValue(0, QString::fromLatin1(s.code));
        skill.bindValue(1, QString::fromLatin1(s.label));
        skill.bindValue(2, position++);
        SPOCS_TRY(exec(skill, "seed skill"));
        m_summary.skills += skill.numRowsAffected() > 0 ? 1 : 0;
    }
    QSqlQuery level = m_db.prepare(u"INSERT OR IGNORE INTO user_skills(user_id, skill, level) VALUES (?, ?, ?)"_s);
    auto add = [&](qint64 user, const QString &code, int lv) -> Result<void> {
        level.bindValue(0, user);
        level.bindValue(1, code);
        level.bindValue(2, lv);
        SPOCS_TRY(exec(level, "seed user skill"));
        m_summary.userSkills += level.numRowsAffected() > 0 ? 1 : 0;
        return {};
    };
    for (const ExpertSkill &e : kExpertSkills) {
        const qint64 user = m_userIds.value(QString::fromLatin1(e.login));
        if (user == 0)
            continue;
        const QString code = QString::fromLatin1(e.skill);
        SPOCS_TRY(add(user, code, e.level));
        if (m_experts.contains(user))
            m_expertsBySkill[code].append(user);
    }
    // Agents: one or two of the agent skills at level 1..3, spread evenly.
    const QStringList &skills = agentSkills();
    for (int i = 0; i < m_agents.size(); ++i) {
        const qint64 user = m_agents.at(i);
        const QString first = skills.at(i % skills.size());
        SPOCS_TRY(add(user, first, 1 + (i * 7) % 3));
        m_agentsBySkill[first].append(user);
        if (i % 2 == 1) {
            const QString second = skills.at((i + 2) % skills.size());
            SPOCS_TRY(add(user, second, 1 + (i * 5) % 3));
            m_agentsBySkill[second].append(user);
        }
    }
    return {};
}

Result<void> HistorySeeder::seedReasons()
{
    // The investor relations reason: forward-only to the lead (added when the reason tree has none).
    QSqlQuery find = m_db.prepare(u"SELECT id FROM contact_reasons WHERE code LIKE 'investor%' ORDER BY id LIMIT 1"_s);
    if (!find.exec())
        return sqlError(find, "find investor relations reason");
    const bool haveInvestor = find.next();
    find.finish();
    if (!haveInvestor) {
        QSqlQuery add
            = m_db.prepare(u"INSERT INTO contact_reasons(code, label, demand_class, forward_only, position) VALUES "
                           u"('investor_relations', 'Investor relations', 'c', 1, "
                           u"(SELECT coalesce(max(position), 0) + 1 FROM contact_reasons WHERE parent_id IS NULL))"_s);
        SPOCS_TRY(exec(add, "seed investor relations reason"));
    }
    // Skills on reasons (where the reason tree leaves them open) and the lead as forward target.
    QSqlQuery all = m_db.prepare(u"SELECT id, code, skill, forward_only, forward_to_user_id, "
                                 u"EXISTS (SELECT 1 FROM contact_reasons c WHERE c.parent_id = r.id) "
                                 u"FROM contact_reasons r WHERE archived = 0 ORDER BY position, id"_s);
    if (!all.exec())
        return sqlError(all, "list reasons");
    QSqlQuery update = m_db.prepare(u"UPDATE contact_reasons SET skill = ?, forward_only = ?, "
                                    u"forward_to_user_id = ? WHERE id = ?"_s);
    const qint64 lead = m_userIds.value(u"lead1"_s);
    QList<Reason> leaves;
    while (all.next()) {
        Reason reason { all.value(0).toLongLong(), all.value(1).toString(),   all.value(2).toString(),
                        all.value(3).toBool(),     all.value(4).toLongLong(), 0 };
        const bool parent = all.value(5).toBool();
        const bool investor = reason.code.startsWith(u"investor");
        if (reason.skill.isEmpty())
            reason.skill = skillForReason(reason.code);
        if (investor) {
            reason.forwardOnly = true;
            if (reason.forwardTo == 0)
                reason.forwardTo = lead;
        }
        update.bindValue(0, reason.skill.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason.skill));
        update.bindValue(1, reason.forwardOnly ? 1 : 0);
        update.bindValue(2, reason.forwardTo ? QVariant(reason.forwardTo) : QVariant(QMetaType(QMetaType::LongLong)));
        update.bindValue(3, reason.id);
        SPOCS_TRY(exec(update, "reason skill"));
        if (!parent)
            leaves.append(reason);
    }
    all.finish();
    if (leaves.isEmpty())
        return {};
    // A fixed popularity order (a Pareto chart's long tail): "where is my order?" first.
    static const QStringList popular { u"orders.where"_s,    u"billing.explain"_s, u"product.price"_s,
                                       u"orders.change"_s,   u"orders.new"_s,      u"orders.damaged"_s,
                                       u"account.update"_s,  u"billing.payment"_s, u"product.technical"_s,
                                       u"billing.dispute"_s, u"other"_s,           u"account.close"_s };
    std::stable_sort(leaves.begin(), leaves.end(), [](const Reason &a, const Reason &b) {
        const auto rank = [](const QString &code) {
            const qsizetype i = popular.indexOf(code);
            return i < 0 ? popular.size() : i;
        };
        return rank(a.code) < rank(b.code);
    });
    for (int i = 0; i < leaves.size(); ++i) {
        Reason &reason = leaves[i];
        reason.weight = reason.code.startsWith(u"investor") ? 0.03 : paretoWeight(i);
        m_totalWeight += reason.weight;
    }
    m_reasons = leaves;
    return {};
}

Result<void> HistorySeeder::loadCustomers()
{
    // Bounded: a 10-million-customer world needs no more callers than this.
    QSqlQuery q = m_db.prepare(u"SELECT id, coalesce(owner_user_id, 0) FROM customers ORDER BY id LIMIT 5000"_s);
    if (!q.exec())
        return sqlError(q, "list customers");
    while (q.next())
        m_customers.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return {};
}

int HistorySeeder::pickReason()
{
    return int(weightedIndex(m_reasons, uniform() * m_totalWeight, [](const Reason &r) { return r.weight; }));
}

// Who answered: the customer's owner half the time when they work that queue, else someone who does.
qint64 HistorySeeder::handlerFor(const QString &queue, qint64 customerOwner, qint64 except)
{
    const bool general = queue == u"general";
    const QList<qint64> pool = general ? m_agents : m_agentsBySkill.value(queue) + m_expertsBySkill.value(queue);
    if (customerOwner != 0 && customerOwner != except && (general || pool.contains(customerOwner)) && chance(50))
        return customerOwner;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const qint64 user = pickFrom(pool.isEmpty() ? m_agents : pool);
        if (user != except)
            return user;
    }
    return pickFrom(m_agents);
}

qint64 HistorySeeder::expertFor(const QString &queue)
{
    const QList<qint64> pool = m_expertsBySkill.value(queue);
    return pickFrom(pool.isEmpty() ? m_experts : pool);
}

Result<void> HistorySeeder::seedHistory()
{
    if (m_customers.isEmpty() || m_reasons.isEmpty() || m_agents.isEmpty())
        return {};
    m_contact = m_db.prepare(
        u"INSERT INTO contacts(channel, customer_id, owner_user_id, state, outcome, follow_up_due, "
        u"follow_up_owner_user_id, version, created_at, updated_at, closed_at, queue, answered_at, abandoned, "
        u"forwarded, transfer_count, consult_count, notes, follow_up_done_at) "
        u"VALUES (?, ?, ?, 'closed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)"_s);
    m_transition
        = m_db.prepare(u"INSERT INTO contact_transitions(contact_id, state, at, user_id) VALUES (?, ?, ?, ?)"_s);
    m_reason = m_db.prepare(u"INSERT OR IGNORE INTO contact_contact_reasons(contact_id, reason_id) VALUES (?, ?)"_s);
    m_task = m_db.prepare(
        u"INSERT INTO contact_tasks(contact_id, kind, resolved, created_at, resolved_at) VALUES (?, ?, ?, ?, ?)"_s);
    m_participant = m_db.prepare(u"INSERT INTO contact_participants(contact_id, user_id, role, joined_at, left_at) "
                                 u"VALUES (?, ?, ?, ?, ?)"_s);
    m_survey = m_db.prepare(
        u"INSERT INTO surveys(contact_id, csat, nps, comment, recorded_at) VALUES (?, ?, ?, coalesce(?, ''), ?)"_s);
    m_transfer = m_db.prepare(u"INSERT INTO contact_transfers(contact_id, from_user_id, to_user_id, to_skill, kind, "
                              u"note, state, created_at, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_consult
        = m_db.prepare(u"INSERT INTO consults(contact_id, requester_user_id, target_user_id, skill, question, state, "
                       u"expert_user_id, answer, version, created_at, answered_at, ended_at) "
                       u"VALUES (?, ?, ?, ?, ?, 'ended', ?, ?, 3, ?, ?, ?)"_s);

    // Arrivals per hour of the working day (08:00..17:59 UTC): a morning and an afternoon peak.
    static constexpr int hourWeights[] = { 6, 10, 12, 11, 7, 8, 10, 9, 7, 5 };
    const auto hourWeight = [](int w) {
        return w;
    };
    const int totalHourWeight = totalWeight(hourWeights, hourWeight);

    for (int daysAgo = ContactDemoSeeder::kHistoryDays; daysAgo >= 1; --daysAgo) {
        const QDate date = m_today.addDays(-daysAgo);
        const bool weekend = date.dayOfWeek() >= 6;
        const int count = weekend ? 16 + pick(9) : 44 + pick(11);
        // Busier days answer more slowly: the daily ASA and service level move.
        const int dayLoad = pick(100);
        const qint64 midnight = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QList<qint64> arrivals;
        arrivals.reserve(count);
        for (int i = 0; i < count; ++i) {
            const auto hour = weightedIndex(hourWeights, pick(totalHourWeight), hourWeight);
            arrivals.append(midnight + (8 + hour) * kHour + qint64(pick(3600)) * kSecond + pick(1000));
        }
        std::sort(arrivals.begin(), arrivals.end());
        for (qint64 at : std::as_const(arrivals)) {
            SPOCS_TRY(seedContact(at, dayLoad));
        }
        SPOCS_TRY(seedSelfService(midnight, count));
    }
    return {};
}

// Leaves the latest follow-ups of a few agents open, on contacts they owned themselves (their
// reasons say what is to be done): due today (a date: the end of the day, never overdue
// whatever time the demo starts) and, for agent1, one overdue since yesterday. Chosen by
// date and id, not drawn, so the random history before stays the same.
Result<void> HistorySeeder::openFollowUps()
{
    struct Open
    {
        const char *login;
        int dueToday;
        int overdue;
    };
    static constexpr Open kOpen[] = { { "agent1", 2, 1 }, { "agent2", 1, 0 }, { "agent3", 1, 0 } };
    const QString today = m_today.toString(Qt::ISODate);
    const QString yesterday = m_today.addDays(-1).toString(Qt::ISODate);
    QSqlQuery latest = m_db.prepare(
        u"SELECT id FROM contacts WHERE owner_user_id = ? AND follow_up_owner_user_id = owner_user_id AND "
        u"outcome = 'follow_up' AND forwarded = 0 ORDER BY created_at DESC, id DESC LIMIT ?"_s);
    QSqlQuery reopen = m_db.prepare(u"UPDATE contacts SET follow_up_due = ?, follow_up_done_at = NULL WHERE id = ?"_s);
    for (const Open &open : kOpen) {
        const qint64 agent = m_userIds.value(QString::fromLatin1(open.login));
        if (agent == 0)
            continue;
        latest.bindValue(0, agent);
        latest.bindValue(1, open.dueToday + open.overdue);
        SPOCS_TRY(exec(latest, "latest follow-ups"));
        QList<qint64> ids;
        while (latest.next())
            ids.append(latest.value(0).toLongLong());
        latest.finish();
        for (int i = 0; i < ids.size(); ++i) {
            reopen.bindValue(0, i < open.dueToday ? today : yesterday);
            reopen.bindValue(1, ids.at(i));
            SPOCS_TRY(exec(reopen, "open follow-up"));
            ++m_summary.openFollowUps;
        }
    }
    return {};
}

Result<void> HistorySeeder::seedSelfService(qint64 midnight, int contacts)
{
    if (!m_selfService.isValid()) {
        QSqlQuery articles = m_db.prepare(u"SELECT id FROM kb_articles WHERE visibility = 'public' AND "
                                          u"status = 'published' ORDER BY id"_s);
        SPOCS_TRY(exec(articles, "public articles"));
        while (articles.next())
            m_publicArticles.append(articles.value(0).toLongLong());
        m_selfService = m_db.prepare(u"INSERT INTO faq_self_service(article_id, query, at) VALUES (?, '', ?)"_s);
    }
    if (m_publicArticles.isEmpty())
        return {};
    // About one question in ten is answered on the web before it becomes a contact; the first
    // articles answer most. A generator of its own keeps the contact history as it was.
    const int answered = contacts / 9 + int(m_selfServiceRng.bounded(4));
    for (int i = 0; i < answered; ++i) {
        const auto n = quint32(m_publicArticles.size());
        const quint32 index = std::min(m_selfServiceRng.bounded(n), m_selfServiceRng.bounded(n));
        m_selfService.addBindValue(m_publicArticles.at(index));
        m_selfService.addBindValue(stamp(midnight + (8 + qint64(m_selfServiceRng.bounded(14))) * kHour
                                         + qint64(m_selfServiceRng.bounded(3600)) * kSecond));
        SPOCS_TRY(exec(m_selfService, "self-service"));
        ++m_summary.selfService;
    }
    return {};
}

Result<void> HistorySeeder::seedContact(qint64 created, int dayLoad)
{
    const int channelRoll = pick(100);
    const QString channel = channelRoll < 60 ? u"phone"_s : channelRoll < 90 ? u"chat"_s : u"email"_s;

    // Customer and reasons; some callers ring again about the same thing within a week.
    while (!m_recent.isEmpty() && m_recent.first().at < created - 7 * 24 * kHour)
        m_recent.removeFirst();
    int customerIndex = pick(int(m_customers.size()));
    int reasonIndex = pickReason();
    if (!m_recent.isEmpty() && chance(9)) {
        const Recent &earlier = m_recent.at(pick(int(m_recent.size())));
        customerIndex = earlier.customer;
        reasonIndex = earlier.reason;
    }
    m_recent.append({ created, customerIndex, reasonIndex });
    const Customer &customer = m_customers.at(customerIndex);
    const Reason &reason = m_reasons.at(reasonIndex);
    QList<int> reasons { reasonIndex };
    if (chance(12)) {
        const int second = pickReason();
        if (second != reasonIndex)
            reasons.append(second);
    }
    const QString queue = reason.skill.isEmpty() ? u"general"_s : reason.skill;
    bool forwardOnly = false;
    for (int i : reasons)
        forwardOnly = forwardOnly || m_reasons.at(i).forwardOnly;

    const bool abandoned = channel != u"email" && chance(6);
    // Speed of answer: exponential around a mean that grows on busy days; e-mails wait minutes.
    const qint64 meanWait = channel == u"email" ? 15 * kMinute : (7 + dayLoad / 10) * kSecond;
    const qint64 answered = created + 1500 + exponential(meanWait);
    qint64 handle = (channel == u"phone"      ? 2 * kMinute + exponential(4 * kMinute)
                         : channel == u"chat" ? 3 * kMinute + exponential(6 * kMinute)
                                              : 2 * kMinute + exponential(5 * kMinute));
    if (queue == u"technical")
        handle = handle * 3 / 2;
    const qint64 closed = abandoned ? created + 5 * kSecond + exponential(40 * kSecond) : answered + handle;

    qint64 owner = abandoned ? 0 : handlerFor(queue, customer.owner, 0);
    const qint64 firstOwner = owner;
    // Outcome: forward-only reasons are handed on (follow-up); otherwise 85 % resolved at once.
    QString outcome;
    bool forwarded = false;
    if (!abandoned) {
        outcome = (forwardOnly || !chance(85)) ? u"follow_up"_s : u"resolved"_s;
        forwarded = forwardOnly && chance(70);
    }
    const bool transferred = !abandoned && !forwarded && chance(4);
    const bool consulted = !abandoned && !forwarded && chance(7);
    qint64 transferAt = 0;
    if (transferred) {
        transferAt = answered + handle / 3;
        owner = handlerFor(queue, 0, firstOwner);
    }
    qint64 followUpOwner = 0;
    QString followUpDue;
    QString followUpDone;
    if (outcome == u"follow_up") {
        followUpOwner = forwarded && reason.forwardTo ? reason.forwardTo : owner;
        const qint64 closingDay = closed - closed % (24 * kHour);
        followUpDue = stamp(closingDay + (1 + pick(3)) * 24 * kHour + 16 * kHour);
        // Done within hours, before the day is over (openFollowUps() reopens a few).
        followUpDone = stamp(std::min(closed + kHour + exponential(2 * kHour), closingDay + 24 * kHour - kMinute));
    }
    const int tasks = abandoned ? 0 : 1 + pick(3);
    const QVariant noUser(QMetaType(QMetaType::LongLong));
    const QVariant noText(QMetaType(QMetaType::QString));
    auto user = [&](qint64 id) {
        return id ? QVariant(id) : noUser;
    };

    m_contact.bindValue(0, channel);
    m_contact.bindValue(1, customer.id);
    m_contact.bindValue(2, user(owner));
    m_contact.bindValue(3, outcome.isEmpty() ? noText : QVariant(outcome));
    m_contact.bindValue(4, followUpDue.isEmpty() ? noText : QVariant(followUpDue));
    m_contact.bindValue(5, user(followUpOwner));
    m_contact.bindValue(6, abandoned ? 3 : 5 + 2 * tasks + (transferred ? 2 : 0));
    m_contact.bindValue(7, stamp(created));
    m_contact.bindValue(8, stamp(closed));
    m_contact.bindValue(9, stamp(closed));
    m_contact.bindValue(10, queue);
    m_contact.bindValue(11, abandoned ? noText : QVariant(stamp(answered)));
    m_contact.bindValue(12, abandoned ? 1 : 0);
    m_contact.bindValue(13, forwarded ? 1 : 0);
    m_contact.bindValue(14, transferred ? 1 : 0);
    m_contact.bindValue(15, consulted ? 1 : 0);
    m_contact.bindValue(16, followUpDone.isEmpty() ? noText : QVariant(followUpDone));
    SPOCS_TRY(exec(m_contact, "seed contact"));
    const qint64 id = m_contact.lastInsertId().toLongLong();
    ++m_summary.contacts;

    auto transition = [&](const QString &state, qint64 at, qint64 by) -> Result<void> {
        m_transition.bindValue(0, id);
        m_transition.bindValue(1, state);
        m_transition.bindValue(2, stamp(at));
        m_transition.bindValue(3, user(by));
        return exec(m_transition, "seed transition");
    };
    auto participant = [&](qint64 who, const QString &role, qint64 from, qint64 to) -> Result<void> {
        m_participant.bindValue(0, id);
        m_participant.bindValue(1, user(who));
        m_participant.bindValue(2, role);
        m_participant.bindValue(3, stamp(from));
        m_participant.bindValue(4, stamp(to));
        return exec(m_participant, "seed participant");
    };
    for (int i : reasons) {
        m_reason.bindValue(0, id);
        m_reason.bindValue(1, m_reasons.at(i).id);
        SPOCS_TRY(exec(m_reason, "seed contact reason"));
    }
    SPOCS_TRY(transition(u"queued"_s, created, 0));
    SPOCS_TRY(participant(0, u"customer"_s, created, closed));
    if (abandoned) {
        ++m_summary.abandoned;
        return transition(u"closed"_s, closed, 0);
    }

    SPOCS_TRY(transition(u"offered"_s, answered - 1500, firstOwner));
    SPOCS_TRY(transition(u"active"_s, answered, firstOwner));
    SPOCS_TRY(participant(firstOwner, u"owner"_s, answered, transferred ? transferAt : closed));
    if (transferred) {
        m_transfer.bindValue(0, id);
        m_transfer.bindValue(1, firstOwner);
        m_transfer.bindValue(2, owner);
        m_transfer.bindValue(3, noText);
        m_transfer.bindValue(4, chance(60) ? u"warm"_s : u"cold"_s);
        m_transfer.bindValue(5, u"Customer needs a colleague with more experience here."_s);
        m_transfer.bindValue(6, u"accepted"_s);
        m_transfer.bindValue(7, stamp(transferAt - 20 * kSecond));
        m_transfer.bindValue(8, stamp(transferAt));
        SPOCS_TRY(exec(m_transfer, "seed transfer"));
        SPOCS_TRY(participant(owner, u"owner"_s, transferAt, closed));
    }
    if (forwarded) {
        m_transfer.bindValue(0, id);
        m_transfer.bindValue(1, owner);
        m_transfer.bindValue(2, user(reason.forwardTo));
        m_transfer.bindValue(3, reason.forwardTo ? noText : QVariant(queue));
        m_transfer.bindValue(4, u"forward"_s);
        m_transfer.bindValue(5, u"Forwarded as agreed: the customer expects a call back."_s);
        m_transfer.bindValue(6, u"forwarded"_s);
        m_transfer.bindValue(7, stamp(closed - 30 * kSecond));
        m_transfer.bindValue(8, noText);
        SPOCS_TRY(exec(m_transfer, "seed forward"));
    }
    if (consulted) {
        const qint64 expert = expertFor(queue);
        const qint64 asked = answered + handle / 4;
        const qint64 accepted = asked + 5 * kSecond + exponential(15 * kSecond);
        const qint64 ended = std::min(closed - kSecond, accepted + 30 * kSecond + exponential(2 * kMinute));
        m_consult.bindValue(0, id);
        m_consult.bindValue(1, firstOwner);
        m_consult.bindValue(2, chance(50) ? QVariant(expert) : noUser);
        m_consult.bindValue(3, queue == u"general" ? noText : QVariant(queue));
        m_consult.bindValue(4, u"Can you confirm what we can offer this customer?"_s);
        m_consult.bindValue(5, expert);
        m_consult.bindValue(6, u"Yes: offer the standard goodwill credit and note it on the account."_s);
        m_consult.bindValue(7, stamp(asked));
        m_consult.bindValue(8, stamp(accepted));
        m_consult.bindValue(9, stamp(std::max(ended, accepted)));
        SPOCS_TRY(exec(m_consult, "seed consult"));
        if (chance(40)) { // conferenced in
            SPOCS_TRY(participant(expert, u"expert"_s, accepted, std::max(ended, accepted)));
        }
    }
    const QString kind = domain::typicalTaskKind(reason.code);
    for (int t = 0; t < tasks; ++t) {
        const qint64 at = answered + handle * (t + 1) / (tasks + 2);
        const bool resolved = outcome == u"resolved" || t + 1 < tasks;
        m_task.bindValue(0, id);
        m_task.bindValue(1, t == 0 ? kind : (chance(50) ? kind : u"other"_s));
        m_task.bindValue(2, resolved ? 1 : 0);
        m_task.bindValue(3, stamp(at));
        m_task.bindValue(4, resolved ? QVariant(stamp(at + handle / (tasks + 3))) : noText);
        SPOCS_TRY(exec(m_task, "seed task"));
    }
    SPOCS_TRY(transition(u"after_contact_work"_s, closed, owner));
    SPOCS_TRY(transition(u"closed"_s, closed, owner));

    // About a third of the customers answer the survey; unresolved contacts score lower.
    if (chance(35)) {
        const int roll = pick(100);
        const bool resolved = outcome == u"resolved";
        int csat = 0;
        if (resolved)
            csat = roll < 52 ? 5 : roll < 82 ? 4 : roll < 93 ? 3 : roll < 97 ? 2 : 1;
        else
            csat = roll < 25 ? 5 : roll < 55 ? 4 : roll < 80 ? 3 : roll < 92 ? 2 : 1;
        static constexpr int npsLow[] = { 0, 0, 2, 5, 7, 9 };
        static constexpr int npsSpan[] = { 0, 4, 4, 4, 3, 2 };
        const int nps = std::min(10, npsLow[csat] + pick(npsSpan[csat]));
        static const QStringList praise { u"Quick and friendly, thank you."_s, u"Solved on the first call."_s };
        static const QStringList complaints { u"Had to explain everything twice."_s, u"Waited too long on hold."_s };
        QString comment;
        if (csat >= 4 && chance(25))
            comment = praise.at(pick(2));
        else if (csat <= 2 && chance(50))
            comment = complaints.at(pick(2));
        m_survey.bindValue(0, id);
        m_survey.bindValue(1, csat);
        m_survey.bindValue(2, nps);
        m_survey.bindValue(3, comment);
        m_survey.bindValue(4, stamp(closed + 5 * kMinute + exponential(30 * kMinute)));
        SPOCS_TRY(exec(m_survey, "seed survey"));
        ++m_summary.surveys;
    }
    return {};
}

} // namespace

Result<ContactDemoSeeder::Summary> ContactDemoSeeder::seed(Database &db, QDate today)
{
    QElapsedTimer timer;
    timer.start();
    HistorySeeder seeder(db, today.isValid() ? today : db.clock().today());
    auto summary = seeder.run();
    if (summary) {
        qCInfo(lcStorage) << "demo contacts seeded:" << summary->skills << "skills," << summary->userSkills
                          << "user skills," << summary->contacts << "contacts (" << summary->abandoned << "abandoned,"
                          << summary->surveys << "surveys," << summary->openFollowUps << "open follow-ups),"
                          << summary->selfService << "FAQ self-service answers in" << timer.elapsed() << "ms";
    }
    return summary;
}

} // namespace spocs
