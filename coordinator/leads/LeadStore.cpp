#include "coordinator/leads/LeadStore.h"

#include "coordinator/contacts/ContactStore.h"
#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/leads/ReportBuilder.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"
#include "core/domain/ContactSegments.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace spocs {
namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString percent(double rate)
{
    return QStringLiteral("%1 %").arg(qRound(rate * 100));
}

constexpr int kAverageDays = 30;
constexpr int kMinSamples = 3;
constexpr int kMinServiceLevelSamples = 5;
// A service-level alert that is up clears only this far above the target: a level hovering at
// the target would otherwise raise it again with every abandoned call.
constexpr double kServiceLevelRecovery = 0.02;

} // namespace

LeadStore::LeadStore(CoordinatorServer &server, ContactStore &contacts, FollowUpStore &followUps)
    : m_server(server)
    , m_contacts(contacts)
    , m_followUps(followUps)
    , m_answers(std::make_unique<QObject>())
{ }

LeadStore::~LeadStore() = default;

QDateTime LeadStore::startOfDay(const QDateTime &now)
{
    return QDateTime(now.toUTC().date(), QTime(0, 0), Qt::UTC);
}

Result<QJsonArray> LeadStore::queues(const QDateTime &now)
{
    Database &db = m_server.db();
    SPOCS_TRY_LET(skills, ReportBuilder::loadQueues(db));
    struct Live
    {
        qint64 waiting = 0;
        qint64 offered = 0;
        qint64 active = 0;
        QDateTime oldest;
    };
    QHash<QString, Live> live;
    QSqlQuery q = db.prepare(
        QStringLiteral(
            "SELECT k.queue, k.state, count(*), "
            "min(CASE WHEN k.state IN ('queued', 'offered') THEN %1 END) FROM contacts k "
            "WHERE k.state IN ('queued', 'offered', 'active', 'after_contact_work') GROUP BY k.queue, k.state")
            .arg(ContactStore::waitStartSql(QStringLiteral("k"))));
    if (!q.exec())
        return sqlError(q, "live queues");
    while (q.next()) {
        Live &l = live[q.value(0).toString()];
        const QString state = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        if (state == u"queued" || state == u"offered") {
            (state == u"queued" ? l.waiting : l.offered) += n;
            const QDateTime oldest = ReportBuilder::parseTime(q.value(3).toString());
            if (oldest.isValid() && (!l.oldest.isValid() || oldest < l.oldest))
                l.oldest = oldest;
        } else {
            l.active += n;
        }
    }
    SPOCS_TRY_LET(today, ReportBuilder::load(db, startOfDay(now), now.addSecs(1)));
    QHash<QString, QList<const ReportBuilder::Fact *>> perQueue;
    for (const ReportBuilder::Fact &f : *today)
        perQueue[f.queue].append(&f);
    const int level = m_server.config().serviceLevelSeconds;
    QJsonArray out;
    for (const auto &[code, label] : *skills) {
        const Live l = live.value(code);
        const QJsonObject figures = ReportBuilder::figures(perQueue.value(code), level);
        out.append(QJsonObject {
            { QStringLiteral("queue"), code },
            { QStringLiteral("label"), label },
            { QStringLiteral("waiting"), l.waiting },
            { QStringLiteral("offered"), l.offered },
            { QStringLiteral("active"), l.active },
            { QStringLiteral("longestWaitSec"), l.oldest.isValid() ? qMax<qint64>(0, l.oldest.secsTo(now)) : 0 },
            { QStringLiteral("answeredToday"), figures.value(QStringLiteral("answered")) },
            { QStringLiteral("abandonedToday"), figures.value(QStringLiteral("abandoned")) },
            { QStringLiteral("serviceLevelToday"), figures.value(QStringLiteral("serviceLevel")) },
            { QStringLiteral("asaSecToday"), figures.value(QStringLiteral("asaSec")) },
            { QStringLiteral("abandonRateToday"), figures.value(QStringLiteral("abandonRate")) } });
    }
    return out;
}

Result<QJsonArray> LeadStore::agents(const QDateTime &)
{
    Database &db = m_server.db();
    SPOCS_TRY_LET(loads, m_contacts.loads());
    QHash<qint64, QJsonArray> skills;
    QSqlQuery s = db.prepare(QStringLiteral("SELECT user_id, skill, level FROM user_skills ORDER BY user_id, skill"));
    if (!s.exec())
        return sqlError(s, "agent skills");
    while (s.next())
        skills[s.value(0).toLongLong()].append(QJsonObject { { QStringLiteral("skill"), s.value(1).toString() },
                                                             { QStringLiteral("level"), s.value(2).toInt() } });
    // A contact's `since` is when its current wait (offered) or handling (active, wrapping up)
    // began: a reopened or forwarded contact was answered before, and waited before.
    SPOCS_TRY_ASSIGN(QSqlQuery t,
                     db.query(QStringLiteral("SELECT t.contact_id, t.state, t.at FROM contacts k "
                                             "JOIN contact_transitions t ON t.contact_id = k.id "
                                             "WHERE k.state IN ('offered', 'active', 'after_contact_work') "
                                             "ORDER BY t.contact_id, t.id"),
                              {}, "agent contact transitions"));
    QHash<qint64, domain::ContactSegments> segments;
    while (t.next()) {
        domain::ContactState state;
        if (domain::fromWireName(t.value(1).toString(), &state))
            segments[t.value(0).toLongLong()].add(state, ReportBuilder::parseTime(t.value(2).toString()));
    }
    QHash<qint64, QJsonArray> contacts;
    QSqlQuery c = db.prepare(QStringLiteral(
        "SELECT k.id, k.channel, cu.public_id, cu.name, k.state, k.owner_user_id, k.offered_user_id, k.answered_at, "
        "k.created_at, (SELECT r.label FROM contact_contact_reasons cr JOIN contact_reasons r ON r.id = cr.reason_id "
        " WHERE cr.contact_id = k.id ORDER BY r.id LIMIT 1) "
        "FROM contacts k JOIN customers cu ON cu.id = k.customer_id "
        "WHERE k.state IN ('offered', 'active', 'after_contact_work') ORDER BY k.id"));
    if (!c.exec())
        return sqlError(c, "agent contacts");
    while (c.next()) {
        const QString state = c.value(4).toString();
        const QVariant user = state == u"offered" ? c.value(6) : c.value(5);
        if (user.isNull())
            continue;
        const qint64 id = c.value(0).toLongLong();
        const domain::ContactSegments spans = segments.value(id);
        const std::optional<QDateTime> current = state == u"offered" ? spans.waitingSince() : spans.handlingSince();
        const QString since = current ? iso(*current) : c.value(c.value(7).isNull() ? 8 : 7).toString();
        contacts[user.toLongLong()].append(
            QJsonObject { { QStringLiteral("id"), id },
                          { QStringLiteral("channel"), c.value(1).toString() },
                          { QStringLiteral("customer"),
                            QJsonObject { { QStringLiteral("id"), c.value(2).toString() },
                                          { QStringLiteral("name"), c.value(3).toString() } } },
                          { QStringLiteral("reason"), c.value(9).toString() },
                          { QStringLiteral("state"), state },
                          { QStringLiteral("since"), since } });
    }
    QJsonArray out;
    for (const UserInfo &user : m_server.auth().allUsers()) {
        if (user.role != Role::Agent && user.role != Role::Expert)
            continue;
        const PresenceRegistry::Entry *entry = m_server.presence().find(user.id);
        const ContactStore::Load load = loads->value(user.id);
        out.append(QJsonObject {
            { QStringLiteral("user"), domain::Person::of(user).toJson() },
            { QStringLiteral("role"), roleName(user.role) },
            { QStringLiteral("state"), presenceName(entry ? entry->state : PresenceState::Offline) },
            { QStringLiteral("reason"), entry ? entry->reason : QString() },
            { QStringLiteral("since"),
              entry && entry->since.isValid() ? QJsonValue(iso(entry->since)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("load"),
              QJsonObject { { QStringLiteral("voice"), load.voice }, { QStringLiteral("text"), load.text } } },
            { QStringLiteral("skills"), skills.value(user.id) },
            { QStringLiteral("contacts"), contacts.value(user.id) } });
    }
    return out;
}

Result<LeadStore::Averages> LeadStore::computeAverages(Database &db, const QDateTime &now)
{
    // The usual handle time is the report's: the sum of a contact's handlings, over the handled
    // contacts of the last 30 days, so a reopened contact's days in between count for nothing.
    SPOCS_TRY_LET(facts, ReportBuilder::load(db, now.addDays(-kAverageDays), now.addSecs(1)));
    QHash<QString, QPair<double, int>> sumByReason, sumByQueue;
    for (const ReportBuilder::Fact &f : *facts) {
        if (!f.handled())
            continue;
        const double seconds = double(f.handledMs) / 1000.0;
        for (const QString &reason : f.reasons) {
            auto &[sum, count] = sumByReason[reason];
            sum += seconds;
            ++count;
        }
        auto &[sum, count] = sumByQueue[f.queue];
        sum += seconds;
        ++count;
    }
    const auto averages = [](const QHash<QString, QPair<double, int>> &sums) {
        QHash<QString, QPair<double, int>> out;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            out.insert(it.key(), { it->first / it->second, it->second });
        return out;
    };
    return Averages { averages(sumByReason), averages(sumByQueue), now };
}

Result<void> LeadStore::refreshAverages(const QDateTime &now)
{
    if (m_averages.computedAt.isValid() && m_averages.computedAt.secsTo(now) < 60 && m_averages.computedAt <= now)
        return {};
    if (!m_averages.computedAt.isValid()) {
        SPOCS_TRY_ASSIGN(m_averages, computeAverages(m_server.db(), now));
        return {};
    }
    if (m_averagesPending)
        return {};
    m_averagesPending = true;
    auto computed = std::make_shared<Averages>();
    m_server.readWorker().run(
        [computed, now](Database &db) -> Result<QJsonObject> {
            SPOCS_TRY_ASSIGN(*computed, computeAverages(db, now));
            return QJsonObject {};
        },
        m_answers.get(),
        [this, computed, now](const Result<QJsonObject> &result) {
            m_averagesPending = false;
            if (result) {
                m_averages = std::move(*computed);
                return;
            }
            // Keep the last ones for another minute rather than asking again every second.
            qCWarning(lcServer) << "could not compute the usual handle times:" << result.error().message;
            m_averages.computedAt = now;
        });
    return {};
}

Result<QJsonArray> LeadStore::alerts(const QDateTime &now, const QJsonArray &queues,
                                     const QHash<QString, QDateTime> &raised)
{
    const ServerConfig &config = m_server.config();
    QHash<qint64, UserInfo> users;
    for (const UserInfo &u : m_server.auth().allUsers())
        users.insert(u.id, u);
    QJsonArray out;

    // A queue's service level today below target, once there are enough contacts to judge.
    for (const QJsonValue &v : queues) {
        const QJsonObject q = v.toObject();
        const QJsonValue level = q.value(QStringLiteral("serviceLevelToday"));
        const qint64 samples = q.value(QStringLiteral("answeredToday")).toInteger()
            + q.value(QStringLiteral("abandonedToday")).toInteger();
        const QString code = q.value(QStringLiteral("queue")).toString();
        const QString key = QStringLiteral("service_level:%1").arg(code);
        const double clearsAt = config.serviceLevelTarget + (raised.contains(key) ? kServiceLevelRecovery : 0.0);
        if (level.isNull() || samples < kMinServiceLevelSamples || level.toDouble() >= clearsAt)
            continue;
        out.append(QJsonObject { { QStringLiteral("key"), key },
                                 { QStringLiteral("kind"), QStringLiteral("service_level") },
                                 { QStringLiteral("severity"),
                                   level.toDouble() < config.serviceLevelTarget - 0.2 ? QStringLiteral("critical")
                                                                                      : QStringLiteral("warning") },
                                 { QStringLiteral("message"),
                                   QStringLiteral("%1: service level today %2 (target %3)")
                                       .arg(q.value(QStringLiteral("label")).toString(), percent(level.toDouble()),
                                            percent(config.serviceLevelTarget)) },
                                 { QStringLiteral("queue"), code },
                                 { QStringLiteral("level"), level.toDouble() },
                                 { QStringLiteral("target"), config.serviceLevelTarget } });
    }

    // A contact waiting too long right now. Today's service level counts only contacts that ended,
    // so it stays green while calls pile up with nobody free; this is the alarm for that.
    for (const QJsonValue &v : queues) {
        const QJsonObject q = v.toObject();
        const qint64 longest = q.value(QStringLiteral("longestWaitSec")).toInteger();
        if (longest <= config.longWaitAlertSeconds)
            continue;
        const QString code = q.value(QStringLiteral("queue")).toString();
        const qint64 waiting
            = q.value(QStringLiteral("waiting")).toInteger() + q.value(QStringLiteral("offered")).toInteger();
        out.append(
            QJsonObject { { QStringLiteral("key"), QStringLiteral("long_wait:%1").arg(code) },
                          { QStringLiteral("kind"), QStringLiteral("long_wait") },
                          { QStringLiteral("severity"),
                            longest > 3 * qint64(config.longWaitAlertSeconds) ? QStringLiteral("critical")
                                                                              : QStringLiteral("warning") },
                          { QStringLiteral("message"),
                            QStringLiteral("%1: a contact has waited %2 s (%3 waiting)")
                                .arg(q.value(QStringLiteral("label")).toString())
                                .arg(longest)
                                .arg(waiting) },
                          { QStringLiteral("since"), iso(now.addSecs(-(longest - config.longWaitAlertSeconds))) },
                          { QStringLiteral("queue"), code },
                          { QStringLiteral("seconds"), longest },
                          { QStringLiteral("waiting"), waiting } });
    }

    // Active contacts far longer than usual for their reason (or queue).
    SPOCS_TRY(refreshAverages(now));
    // Each measured from the start of its current handling: after a forward or a reopen, not
    // from the first answer.
    QSqlQuery c = m_server.db().prepare(
        QStringLiteral("SELECT k.id, (SELECT max(t.at) FROM contact_transitions t WHERE t.contact_id = k.id "
                       "AND t.state = 'active'), k.queue, k.owner_user_id, cu.name, "
                       "(SELECT r.code FROM contact_contact_reasons cr JOIN contact_reasons r ON r.id = cr.reason_id "
                       " WHERE cr.contact_id = k.id ORDER BY r.id LIMIT 1) "
                       "FROM contacts k JOIN customers cu ON cu.id = k.customer_id "
                       "WHERE k.state = 'active' ORDER BY k.id"));
    if (!c.exec())
        return sqlError(c, "long contacts");
    while (c.next()) {
        QPair<double, int> average { 0, 0 };
        if (!c.value(5).isNull())
            average = m_averages.byReason.value(c.value(5).toString(), average);
        if (average.second < kMinSamples)
            average = m_averages.byQueue.value(c.value(2).toString(), { 0, 0 });
        if (average.second < kMinSamples || average.first <= 0)
            continue;
        const QDateTime handlingSince = ReportBuilder::parseTime(c.value(1).toString());
        const double limit = config.longContactFactor * average.first;
        const double elapsed = double(handlingSince.msecsTo(now)) / 1000.0;
        if (!handlingSince.isValid() || elapsed <= limit)
            continue;
        const qint64 id = c.value(0).toLongLong();
        const QString customerName = c.value(4).toString();
        const int minutes = qRound(elapsed / 60);
        const int usualMinutes = qMax(1, qRound(average.first / 60));
        QJsonObject alert { { QStringLiteral("key"), QStringLiteral("long_contact:%1").arg(id) },
                            { QStringLiteral("kind"), QStringLiteral("long_contact") },
                            { QStringLiteral("severity"),
                              elapsed > 2 * limit ? QStringLiteral("critical") : QStringLiteral("warning") },
                            { QStringLiteral("message"),
                              QStringLiteral("Contact with %1 runs %2 min (usually %3 min)")
                                  .arg(customerName)
                                  .arg(minutes)
                                  .arg(usualMinutes) },
                            { QStringLiteral("since"), iso(handlingSince.addMSecs(qint64(limit * 1000))) },
                            { QStringLiteral("queue"), c.value(2).toString() },
                            { QStringLiteral("contact"), id },
                            { QStringLiteral("customerName"), customerName },
                            { QStringLiteral("minutes"), minutes },
                            { QStringLiteral("usualMinutes"), usualMinutes } };
        if (!c.value(3).isNull() && users.contains(c.value(3).toLongLong()))
            alert.insert(QStringLiteral("user"), domain::Person::of(users.value(c.value(3).toLongLong())).toJson());
        out.append(alert);
    }

    // People left in after-contact work.
    for (const UserInfo &user : std::as_const(users)) {
        const PresenceRegistry::Entry *entry = m_server.presence().find(user.id);
        if (!entry || entry->state != PresenceState::AfterContactWork || !entry->since.isValid())
            continue;
        const qint64 seconds = entry->since.secsTo(now);
        if (seconds <= config.afterContactWorkAlertSeconds)
            continue;
        const qint64 minutes = qMax<qint64>(1, seconds / 60);
        out.append(
            QJsonObject { { QStringLiteral("key"), QStringLiteral("after_contact_work:%1").arg(user.id) },
                          { QStringLiteral("kind"), QStringLiteral("after_contact_work") },
                          { QStringLiteral("severity"),
                            seconds > 3 * qint64(config.afterContactWorkAlertSeconds) ? QStringLiteral("critical")
                                                                                      : QStringLiteral("warning") },
                          { QStringLiteral("message"),
                            QStringLiteral("%1 in after-contact work for %2 min").arg(user.displayName).arg(minutes) },
                          { QStringLiteral("since"), iso(entry->since.addSecs(config.afterContactWorkAlertSeconds)) },
                          { QStringLiteral("user"), domain::Person::of(user).toJson() },
                          { QStringLiteral("minutes"), minutes } });
    }

    // Follow-ups past their due time, and those about to be missed (within the owner's warning time).
    const int warnMinutes = config.followUpWarningMinutes;
    constexpr int kMaxFollowUpAlerts = 200;
    SPOCS_TRY_LET(due, m_followUps.openDueBy(now.addSecs(qint64(warnMinutes) * 60), kMaxFollowUpAlerts));
    for (const FollowUpStore::Info &f : due->items) {
        const bool overdue = f.due <= now;
        const QString kind = overdue ? QStringLiteral("follow_up_overdue") : QStringLiteral("follow_up_due_soon");
        QJsonObject alert {
            { QStringLiteral("key"), QStringLiteral("%1:%2").arg(kind).arg(f.contactId) },
            { QStringLiteral("kind"), kind },
            { QStringLiteral("severity"),
              f.due.addDays(1) < now ? QStringLiteral("critical") : QStringLiteral("warning") },
            { QStringLiteral("message"),
              overdue
                  ? QStringLiteral("Follow-up of contact %1 is overdue").arg(f.contactId)
                  : QStringLiteral("Follow-up of contact %1 is due within %2 min").arg(f.contactId).arg(warnMinutes) },
            { QStringLiteral("since"), iso(overdue ? f.due : f.due.addSecs(-qint64(warnMinutes) * 60)) },
            { QStringLiteral("contact"), f.contactId }
        };
        if (!overdue)
            alert.insert(QStringLiteral("minutes"), warnMinutes);
        if (users.contains(f.owner))
            alert.insert(QStringLiteral("user"), domain::Person::of(users.value(f.owner)).toJson());
        out.append(alert);
    }
    // Past the cap only older ones are left out: one alert counts them, so a backlog is never silent.
    if (const int more = due->total - int(due->items.size()); more > 0) {
        const QDateTime lastListed = due->items.last().due; // every one left out is due before it
        out.append(
            QJsonObject { { QStringLiteral("key"), QStringLiteral("follow_up_overdue_more") },
                          { QStringLiteral("kind"), QStringLiteral("follow_up_overdue_more") },
                          { QStringLiteral("severity"),
                            lastListed.addDays(1) < now ? QStringLiteral("critical") : QStringLiteral("warning") },
                          { QStringLiteral("message"), QStringLiteral("%1 more follow-ups are overdue").arg(more) },
                          { QStringLiteral("count"), more } });
    }
    return out;
}

Result<QJsonObject> LeadStore::snapshot(const QDateTime &now, const QHash<QString, QDateTime> &raised)
{
    SPOCS_TRY_LET(queueRows, queues(now));
    SPOCS_TRY_LET(agentRows, agents(now));
    SPOCS_TRY_LET(alertRows, alerts(now, *queueRows, raised));
    QJsonArray withSince;
    for (const QJsonValue &v : *alertRows) {
        QJsonObject alert = v.toObject();
        if (!alert.contains(QStringLiteral("since")))
            alert.insert(QStringLiteral("since"),
                         iso(raised.value(alert.value(QStringLiteral("key")).toString(), now)));
        withSince.append(alert);
    }
    // The contacts still waiting, so a lead who signs in mid-shift can move them at once. Their
    // summaries, as queue.changed carries them: admins read this too, and read no contacts.
    QJsonArray waiting;
    QSqlQuery q = m_server.db().prepare(
        QStringLiteral("SELECT id FROM contacts WHERE state IN ('queued', 'offered') ORDER BY id LIMIT 200"));
    if (!q.exec())
        return makeError(ErrorCode::Internal, QStringLiteral("waiting contacts: %1").arg(q.lastError().text()));
    while (q.next()) {
        auto contact = m_contacts.json(q.value(0).toLongLong());
        if (contact)
            waiting.append(ContactStore::summary(*contact));
    }
    const ServerConfig &config = m_server.config();
    // The day the …Today figures count, so that the floor names it: the coordinator's UTC day, which
    // is not the lead's own day around midnight.
    return QJsonObject { { QStringLiteral("at"), iso(now) },
                         { QStringLiteral("day"), startOfDay(now).date().toString(Qt::ISODate) },
                         { QStringLiteral("dayZone"), QStringLiteral("UTC") },
                         { QStringLiteral("waiting"), waiting },
                         { QStringLiteral("serviceLevel"),
                           QJsonObject { { QStringLiteral("seconds"), config.serviceLevelSeconds },
                                         { QStringLiteral("target"), config.serviceLevelTarget } } },
                         { QStringLiteral("queues"), *queueRows },
                         { QStringLiteral("agents"), *agentRows },
                         { QStringLiteral("alerts"), withSince } };
}

} // namespace spocs
