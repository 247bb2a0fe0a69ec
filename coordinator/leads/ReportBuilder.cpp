#include "coordinator/leads/ReportBuilder.h"

#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"
#include "core/domain/ContactSegments.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace spocs {
namespace {

// Rates to four decimals, seconds to one: enough for a screen and stable for tests.
QJsonValue rate(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return QJsonValue::Null;
    return std::round(10000.0 * double(numerator) / double(denominator)) / 10000.0;
}

QJsonValue meanSeconds(double sumMs, qint64 count)
{
    if (count <= 0)
        return QJsonValue::Null;
    return std::round(sumMs / double(count) / 100.0) / 10.0;
}

QJsonValue ratio(double sum, qint64 count, double scale = 10000.0)
{
    if (count <= 0)
        return QJsonValue::Null;
    return std::round(scale * sum / double(count)) / scale;
}

} // namespace

QDateTime ReportBuilder::parseTime(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.toUTC();
}

QJsonObject ReportBuilder::figures(const QList<const Fact *> &facts, int serviceLevelSeconds)
{
    qint64 contacts = 0, answered = 0, handled = 0, abandoned = 0, handledInbound = 0, firstResolution = 0;
    qint64 withinLevel = 0, repeats = 0, transfers = 0, consults = 0, csatCount = 0, npsCount = 0;
    qint64 promoters = 0, detractors = 0;
    double handleMs = 0, answerMs = 0, csatSum = 0;
    qint64 outbound = 0;
    for (const Fact *f : facts) {
        ++contacts;
        if (f->outbound)
            ++outbound;
        // An outbound contact nobody waited for: no speed of answer, no service level. An inbound
        // one counts once, by its first wait: answered, or abandoned before any answer.
        if (f->answered() && !f->outbound) {
            ++answered;
            const qint64 wait = f->createdAt.msecsTo(f->answeredAt);
            answerMs += double(wait);
            if (wait <= qint64(serviceLevelSeconds) * 1000)
                ++withinLevel;
        }
        if (f->abandonedUnanswered())
            ++abandoned;
        if (f->handled()) {
            ++handled;
            handleMs += double(f->handledMs);
            transfers += f->transferCount;
            consults += f->consultCount;
            // First-contact resolution is the customer's: resolved where they first came in, at once.
            if (!f->forwarded && !f->outbound) {
                ++handledInbound;
                if (f->outcome == u"resolved" && f->transferCount == 0 && !f->reopened)
                    ++firstResolution;
            }
        }
        if (f->repeat)
            ++repeats;
        if (f->csat) {
            ++csatCount;
            csatSum += *f->csat;
        }
        if (f->nps) {
            ++npsCount;
            if (*f->nps >= 9)
                ++promoters;
            else if (*f->nps <= 6)
                ++detractors;
        }
    }
    // The rates of customers' demand: an agent's call back neither abandons nor repeats.
    const qint64 inbound = contacts - outbound;
    return QJsonObject { { QStringLiteral("contacts"), contacts },
                         { QStringLiteral("outbound"), outbound },
                         { QStringLiteral("answered"), answered },
                         { QStringLiteral("handled"), handled },
                         { QStringLiteral("abandoned"), abandoned },
                         { QStringLiteral("fcrRate"), rate(firstResolution, handledInbound) },
                         { QStringLiteral("ahtSec"), meanSeconds(handleMs, handled) },
                         { QStringLiteral("asaSec"), meanSeconds(answerMs, answered) },
                         { QStringLiteral("serviceLevel"), rate(withinLevel, answered + abandoned) },
                         { QStringLiteral("abandonRate"), rate(abandoned, inbound) },
                         { QStringLiteral("transfersPerContact"), ratio(double(transfers), handled) },
                         { QStringLiteral("consultsPerContact"), ratio(double(consults), handled) },
                         { QStringLiteral("repeatContacts"), repeats },
                         { QStringLiteral("repeatRate"), rate(repeats, inbound) },
                         { QStringLiteral("csatAvg"), ratio(csatSum, csatCount, 100.0) },
                         { QStringLiteral("csatCount"), csatCount },
                         { QStringLiteral("nps"),
                           npsCount > 0 ? QJsonValue(
                               qint64(std::lround(100.0 * double(promoters - detractors) / double(npsCount))))
                                        : QJsonValue(QJsonValue::Null) },
                         { QStringLiteral("npsCount"), npsCount } };
}

void ReportBuilder::markRepeats(QList<Fact> &facts)
{
    // Per customer and reason: the times of their contacts so far (facts are in time order).
    QHash<QPair<qint64, QString>, QList<QDateTime>> seen;
    for (Fact &f : facts) {
        f.repeat = false;
        const QDateTime windowStart = f.createdAt.addDays(-kRepeatDays);
        // An agent calling back is not the customer having to come again.
        const QStringList mayRepeat = f.outbound ? QStringList() : f.reasons;
        for (const QString &reason : mayRepeat) {
            const QList<QDateTime> &earlier = seen[{ f.customer, reason }];
            for (const QDateTime &t : earlier) {
                if (t >= windowStart && t < f.createdAt) {
                    f.repeat = true;
                    break;
                }
            }
            if (f.repeat)
                break;
        }
        for (const QString &reason : std::as_const(f.reasons))
            seen[{ f.customer, reason }].append(f.createdAt);
    }
}

QJsonArray ReportBuilder::byReason(const QList<const Fact *> &facts, const QHash<QString, ReasonInfo> &reasons)
{
    QHash<QString, qint64> counts;
    qint64 total = 0;
    for (const Fact *f : facts) {
        for (const QString &code : f->reasons) {
            ++counts[code];
            ++total;
        }
    }
    QList<QPair<QString, qint64>> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({ it.key(), it.value() });
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QJsonArray out;
    qint64 cumulative = 0;
    for (const auto &[code, count] : rows) {
        cumulative += count;
        const ReasonInfo info = reasons.value(code);
        out.append(QJsonObject { { QStringLiteral("code"), code },
                                 { QStringLiteral("label"), info.label.isEmpty() ? code : info.label },
                                 { QStringLiteral("demandClass"), info.demandClass },
                                 { QStringLiteral("count"), count },
                                 { QStringLiteral("share"), rate(count, total) },
                                 { QStringLiteral("cumulativeShare"), rate(cumulative, total) } });
    }
    return out;
}

QJsonArray ReportBuilder::byDemandClass(const QList<const Fact *> &facts, const QHash<QString, ReasonInfo> &reasons)
{
    QHash<QString, qint64> counts;
    qint64 total = 0;
    for (const Fact *f : facts) {
        for (const QString &code : f->reasons) {
            ++counts[reasons.value(code).demandClass];
            ++total;
        }
    }
    QJsonArray out;
    for (const QString &cls : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") })
        out.append(QJsonObject { { QStringLiteral("demandClass"), cls },
                                 { QStringLiteral("count"), counts.value(cls) },
                                 { QStringLiteral("share"), rate(counts.value(cls), total) } });
    return out;
}

QJsonObject ReportBuilder::avoidableDemand(const QList<const Fact *> &facts, const QHash<QString, ReasonInfo> &reasons)
{
    qint64 classified = 0, avoidable = 0;
    for (const Fact *f : facts) {
        if (f->reasons.isEmpty())
            continue;
        ++classified;
        if (std::any_of(f->reasons.cbegin(), f->reasons.cend(),
                        [&](const QString &code) { return reasons.value(code).demandClass == u"a"; }))
            ++avoidable;
    }
    return QJsonObject { { QStringLiteral("contacts"), avoidable },
                         { QStringLiteral("classified"), classified },
                         { QStringLiteral("share"), rate(avoidable, classified) } };
}

QJsonArray ReportBuilder::byAgent(const QList<const Fact *> &facts, const QList<Agent> &agents, const QDateTime &now,
                                  int serviceLevelSeconds)
{
    QHash<qint64, QList<const Fact *>> owned;
    QHash<qint64, QPair<qint64, qint64>> followUps; // owner -> (on time, late)
    for (const Fact *f : facts) {
        if (f->owner != 0)
            owned[f->owner].append(f);
        if (f->followUpOwner == 0 || !f->followUpDue.isValid())
            continue;
        const bool done = f->followUpDoneAt.isValid();
        if (done && f->followUpDoneAt <= f->followUpDue)
            ++followUps[f->followUpOwner].first;
        else if (done || f->followUpDue < now)
            ++followUps[f->followUpOwner].second;
    }
    QList<Agent> shown;
    for (const Agent &a : agents) {
        if (owned.contains(a.id) || followUps.contains(a.id))
            shown.append(a);
    }
    std::sort(shown.begin(), shown.end(), [](const Agent &a, const Agent &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    QJsonArray out;
    for (const Agent &a : std::as_const(shown)) {
        QJsonObject row = figures(owned.value(a.id), serviceLevelSeconds);
        const auto [onTime, late] = followUps.value(a.id);
        row.insert(QStringLiteral("agent"), a.id);
        row.insert(QStringLiteral("login"), a.login);
        row.insert(QStringLiteral("label"), a.name);
        row.insert(QStringLiteral("team"), a.team);
        row.insert(QStringLiteral("followUpsDue"), onTime + late);
        row.insert(QStringLiteral("followUpsOnTime"), onTime);
        row.insert(QStringLiteral("followUpOnTimeRate"), rate(onTime, onTime + late));
        out.append(row);
    }
    return out;
}

QJsonObject ReportBuilder::build(QDate from, QDate to, const QString &queue, const QList<Fact> &facts,
                                 const QHash<QString, ReasonInfo> &reasons,
                                 const QList<QPair<QString, QString>> &queues, int serviceLevelSeconds,
                                 const QList<Agent> &agents, const QDateTime &now)
{
    const QDateTime start(from, QTime(0, 0), Qt::UTC);
    const QDateTime end(to.addDays(1), QTime(0, 0), Qt::UTC);
    QList<const Fact *> inRange;
    QHash<QString, QList<const Fact *>> perQueue;
    QHash<QDate, QList<const Fact *>> perDay;
    for (const Fact &f : facts) {
        if (f.createdAt < start || f.createdAt >= end)
            continue;
        if (!queue.isEmpty() && f.queue != queue)
            continue;
        inRange.append(&f);
        perQueue[f.queue].append(&f);
        perDay[f.createdAt.date()].append(&f);
    }
    QJsonArray byQueue;
    for (const auto &[code, label] : queues) {
        if (!perQueue.contains(code))
            continue;
        QJsonObject row = figures(perQueue.value(code), serviceLevelSeconds);
        row.insert(QStringLiteral("queue"), code);
        row.insert(QStringLiteral("label"), label);
        byQueue.append(row);
    }
    QJsonArray daily;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        QJsonObject row = figures(perDay.value(d), serviceLevelSeconds);
        row.insert(QStringLiteral("date"), d.toString(Qt::ISODate));
        daily.append(row);
    }
    QJsonObject out { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                      { QStringLiteral("to"), to.toString(Qt::ISODate) },
                      { QStringLiteral("totals"), figures(inRange, serviceLevelSeconds) },
                      { QStringLiteral("byQueue"), byQueue },
                      { QStringLiteral("daily"), daily },
                      { QStringLiteral("byReason"), byReason(inRange, reasons) },
                      { QStringLiteral("byDemandClass"), byDemandClass(inRange, reasons) },
                      { QStringLiteral("avoidableDemand"), avoidableDemand(inRange, reasons) },
                      { QStringLiteral("byAgent"), byAgent(inRange, agents, now, serviceLevelSeconds) },
                      { QStringLiteral("serviceLevelSeconds"), serviceLevelSeconds } };
    if (!queue.isEmpty())
        out.insert(QStringLiteral("queue"), queue);
    return out;
}

Result<QList<ReportBuilder::Fact>> ReportBuilder::load(Database &db, const QDateTime &from, const QDateTime &to)
{
    const QString fromText = from.toString(Qt::ISODateWithMs);
    const QString toText = to.toString(Qt::ISODateWithMs);
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        db.query(
            QStringLiteral(
                "SELECT k.id, k.customer_id, k.queue, k.created_at, k.answered_at, k.closed_at, k.state, k.abandoned, "
                "k.forwarded, k.outcome, k.transfer_count, k.consult_count, s.csat, s.nps, k.owner_user_id, "
                "k.follow_up_owner_user_id, k.follow_up_due, k.follow_up_done_at, k.direction "
                "FROM contacts k LEFT JOIN surveys s ON s.contact_id = k.id "
                "WHERE k.created_at >= ? AND k.created_at < ? ORDER BY k.created_at, k.id"),
            { fromText, toText }, "report contacts"));
    QList<Fact> facts;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Fact f;
        f.id = q.value(0).toLongLong();
        f.customer = q.value(1).toLongLong();
        f.queue = q.value(2).toString();
        f.createdAt = parseTime(q.value(3).toString());
        f.answeredAt = parseTime(q.value(4).toString());
        f.closedAt = parseTime(q.value(5).toString());
        f.closed = q.value(6).toString() == u"closed";
        f.abandoned = q.value(7).toBool();
        f.forwarded = q.value(8).toBool();
        f.outcome = q.value(9).toString();
        f.transferCount = q.value(10).toInt();
        f.consultCount = q.value(11).toInt();
        if (!q.value(12).isNull())
            f.csat = q.value(12).toInt();
        if (!q.value(13).isNull())
            f.nps = q.value(13).toInt();
        f.owner = q.value(14).toLongLong();
        f.followUpOwner = q.value(15).toLongLong();
        f.followUpDue = FollowUpStore::effectiveDue(q.value(16).toString());
        f.followUpDoneAt = parseTime(q.value(17).toString());
        f.outbound = q.value(18).toString() == u"outbound";
        index.insert(f.id, facts.size());
        facts.append(f);
    }
    SPOCS_TRY_ASSIGN(
        QSqlQuery r,
        db.query(
            QStringLiteral(
                "SELECT cr.contact_id, r.code FROM contact_contact_reasons cr JOIN contact_reasons r ON r.id = "
                "cr.reason_id "
                "JOIN contacts k ON k.id = cr.contact_id WHERE k.created_at >= ? AND k.created_at < ? ORDER BY r.code"),
            { fromText, toText }, "report reasons"));
    while (r.next()) {
        const auto it = index.constFind(r.value(0).toLongLong());
        if (it != index.cend())
            facts[*it].reasons.append(r.value(1).toString());
    }
    SPOCS_TRY_ASSIGN(
        QSqlQuery t,
        db.query(QStringLiteral("SELECT t.contact_id, t.state, t.at FROM contacts k "
                                "JOIN contact_transitions t ON t.contact_id = k.id "
                                "WHERE k.created_at >= ? AND k.created_at < ? ORDER BY t.contact_id, t.id"),
                 { fromText, toText }, "report transitions"));
    QHash<qint64, domain::ContactSegments> segments;
    while (t.next()) {
        domain::ContactState state;
        if (domain::fromWireName(t.value(1).toString(), &state))
            segments[t.value(0).toLongLong()].add(state, parseTime(t.value(2).toString()));
    }
    for (auto it = segments.cbegin(); it != segments.cend(); ++it) {
        const auto at = index.constFind(it.key());
        if (at == index.cend())
            continue;
        facts[*at].handledMs = it->handledMsecs();
        facts[*at].reopened = it->reopenedAfterHandling();
    }
    return facts;
}

Result<QHash<QString, ReportBuilder::ReasonInfo>> ReportBuilder::loadReasons(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT code, label, demand_class FROM contact_reasons"));
    if (!q.exec())
        return sqlError(q, "report reason labels");
    QHash<QString, ReasonInfo> out;
    while (q.next())
        out.insert(q.value(0).toString(), ReasonInfo { q.value(1).toString(), q.value(2).toString() });
    return out;
}

Result<QList<ReportBuilder::Agent>> ReportBuilder::loadAgents(Database &db, const QString &team)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     db.query(QStringLiteral("SELECT id, login, display_name, team FROM users "
                                             "WHERE role IN ('agent', 'expert', 'lead') AND (? OR team = ?)"),
                              { team.isEmpty(), team }, "report agents"));
    QList<Agent> out;
    while (q.next())
        out.append(
            Agent { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    return out;
}

Result<QList<QPair<QString, QString>>> ReportBuilder::loadQueues(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT code, label FROM skills ORDER BY position, code"));
    if (!q.exec())
        return sqlError(q, "report queues");
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString() });
    return out;
}

Result<QJsonObject> ReportBuilder::selfService(Database &db, const QDateTime &start, const QDateTime &end,
                                               qint64 inboundContacts)
{
    const QString startText = start.toString(Qt::ISODateWithMs);
    const QString endText = end.toString(Qt::ISODateWithMs);
    QSqlQuery total = db.prepare(QStringLiteral("SELECT COUNT(*) FROM faq_self_service WHERE at >= ? AND at < ?"));
    if (!execWith(total, { startText, endText }) || !total.next())
        return sqlError(total, "self-service count");
    const qint64 helped = total.value(0).toLongLong();
    SPOCS_TRY_ASSIGN(
        QSqlQuery top,
        db.query(QStringLiteral("SELECT s.article_id, a.title, COUNT(*) AS n FROM faq_self_service s JOIN kb_articles "
                                "a ON a.id = s.article_id "
                                "WHERE s.at >= ? AND s.at < ? GROUP BY s.article_id ORDER BY n DESC, a.title LIMIT ?"),
                 { startText, endText, kSelfServiceTopArticles }, "self-service articles"));
    QJsonArray articles;
    while (top.next())
        articles.append(QJsonObject { { QStringLiteral("articleId"), top.value(0).toLongLong() },
                                      { QStringLiteral("title"), top.value(1).toString() },
                                      { QStringLiteral("count"), top.value(2).toLongLong() } });
    return QJsonObject { { QStringLiteral("helped"), helped },
                         { QStringLiteral("share"), rate(helped, helped + inboundContacts) },
                         { QStringLiteral("topArticles"), articles } };
}

Result<QJsonObject> ReportBuilder::report(Database &db, QDate from, QDate to, const QString &queue, const QString &team,
                                          int serviceLevelSeconds)
{
    const QDateTime start(from.addDays(-kRepeatDays), QTime(0, 0), Qt::UTC);
    const QDateTime end(to.addDays(1), QTime(0, 0), Qt::UTC);
    SPOCS_TRY_LET(facts, load(db, start, end));
    SPOCS_TRY_LET(reasons, loadReasons(db));
    SPOCS_TRY_LET(queues, loadQueues(db));
    SPOCS_TRY_LET(agents, loadAgents(db, team));
    QList<Fact> marked = *facts;
    markRepeats(marked);
    QJsonObject out = build(from, to, queue, marked, *reasons, *queues, serviceLevelSeconds, *agents, db.now());
    // The FAQ's share is of all inbound demand in the days, whatever the queue filter.
    const QDateTime firstDay(from, QTime(0, 0), Qt::UTC);
    const qint64 inbound = std::count_if(marked.cbegin(), marked.cend(), [&](const Fact &f) {
        return !f.outbound && f.createdAt >= firstDay && f.createdAt < end;
    });
    SPOCS_TRY_LET(selfServed, selfService(db, firstDay, end, inbound));
    out.insert(QStringLiteral("selfService"), *selfServed);
    if (!team.isEmpty())
        out.insert(QStringLiteral("team"), team);
    return out;
}

} // namespace spocs
