#include "coordinator/auth/Roles.h"
#include "coordinator/auth/TopicAccess.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/contacts/OutboundContact.h"
#include "coordinator/contacts/RoutingPolicy.h"
#include "coordinator/leads/LeadStore.h"
#include "coordinator/leads/ReportBuilder.h"
#include "coordinator/leads/SurveyRecording.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/Log.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

// The lead's ops: skills, setting someone else's presence, the floor
// snapshot and its alerts, reports, follow-ups and surveys.
namespace spocs {
namespace {

struct Ctx
{
    RequestHandlers &h;
    ContactRouter &router;
    FollowUpStore followUps;
    LeadStore lead;
    QHash<QString, QDateTime> alertsSeen; // alert key -> when the housekeeping first saw it
    QJsonArray queues; // the housekeeping's last lead.queues() (service level alerts)
    QDateTime queuesAt;

    Ctx(RequestHandlers &handlers, ContactRouter &contactRouter)
        : h(handlers)
        , router(contactRouter)
        , followUps(handlers.server().db())
        , lead(handlers.server(), contactRouter.store(), followUps)
    { }
    int warnMinutes() const { return h.server().config().followUpWarningMinutes; }
};

Result<QJsonObject> skillList(Ctx &c, ClientSession *, Args &)
{
    SPOCS_TRY_LET(skills, c.router.store().skills());
    return QJsonObject { { QStringLiteral("skills"), skills.value() } };
}

Result<QJsonObject> skillSet(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 userId = args.integer(QStringLiteral("user"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QJsonValue list = args.value(QStringLiteral("skills"));
    if (!list.isArray() || list.toArray().size() > 50)
        return badField(QStringLiteral("skills"), QStringLiteral("skills must be a list of {skill, level}"));
    const auto user = c.h.server().auth().userById(userId);
    if (!user)
        return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(userId),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("user") } });
    QList<QPair<QString, int>> skills;
    for (const QJsonValue &v : list.toArray()) {
        Args item(v.toObject());
        const QString skill = item.string(QStringLiteral("skill"), 64);
        const int level = int(item.integer(QStringLiteral("level"), 1, 5));
        if (!v.isObject() || !item.ok())
            return badField(QStringLiteral("skills"),
                            v.isObject() ? item.error().message
                                         : QStringLiteral("skills must be a list of {skill, level}"));
        SPOCS_TRY_LET(known, c.router.store().skillExists(skill));
        if (!*known)
            return badField(QStringLiteral("skills"), QStringLiteral("no skill %1").arg(skill));
        skills.append({ skill, level });
    }
    const QString op = QString::fromUtf16(op::SkillSet);
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY(c.router.store().setUserSkills(userId, skills));
        SPOCS_TRY_LET(stored, c.router.store().userSkills(userId));
        SPOCS_TRY(c.h.server().audit().recordNow(
            RequestHandlers::auditEntry(session, op, QStringLiteral("user:%1").arg(userId))));
        SPOCS_TRY_LET(
            seq,
            c.h.server().events().publish(protocol::presenceTopic(), QString::fromUtf16(event::SkillsChanged),
                                          QJsonObject { { QStringLiteral("user"), domain::Person::of(*user).toJson() },
                                                        { QStringLiteral("skills"), stored.value() } }));
        return QJsonObject { { QStringLiteral("user"), domain::Person::of(*user).toJson() },
                             { QStringLiteral("skills"), stored.value() },
                             { QStringLiteral("seq"), *seq } };
    });
    if (r)
        c.router.schedule(); // someone may now serve a waiting skill queue
    return r;
}

Result<QJsonObject> presenceSetFor(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 userId = args.integer(QStringLiteral("user"), 1, protocol::MaxSafeInteger);
    const QString stateName = args.string(QStringLiteral("state"), 32);
    const QString reason = args.optString(QStringLiteral("reason"), {}, 200);
    if (!args.ok())
        return args.error();
    const auto state = presenceFromName(stateName);
    if (!state || *state == PresenceState::Offline)
        return badField(QStringLiteral("state"),
                        QStringLiteral("state must be available, on_contact, after_contact_work or break"));
    const auto user = c.h.server().auth().userById(userId);
    if (!user)
        return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(userId),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("user") } });
    if (!worksContacts(user->role))
        return badField(QStringLiteral("user"), QStringLiteral("user %1 does not work contacts").arg(user->login));
    const PresenceRegistry::Entry *entry = c.h.server().presence().find(userId);
    if (!entry || entry->state == PresenceState::Offline)
        return makeError(ErrorCode::Unavailable, QStringLiteral("user %1 is not signed in").arg(userId),
                         QJsonObject { { QStringLiteral("state"), presenceName(PresenceState::Offline) } });
    const QString op = QString::fromUtf16(op::PresenceSetFor);
    bool changed = false;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY(c.h.server().audit().recordNow(RequestHandlers::auditEntry(
            session, op, QStringLiteral("user:%1").arg(userId),
            reason.isEmpty() ? stateName : QStringLiteral("%1: %2").arg(stateName, reason))));
        changed = c.h.server().presence().set(userId, *state, reason, c.h.server().db().now());
        return c.h.server().presence().toJson(userId);
    });
    if (r && changed)
        c.h.server().publishPresence(userId);
    return r;
}

Result<QJsonObject> snapshot(Ctx &c, ClientSession *session, Args &)
{
    SPOCS_TRY_LET(floorView, c.lead.snapshot(c.h.server().db().now(), c.alertsSeen));
    if (!TopicAccess::seesFloorCustomers(session->session().user.role))
        return TopicAccess::snapshotWithoutCustomers(std::move(floorView).value());
    return floorView;
}

// A year of contacts takes a while to read and count: the figures are computed on the read
// worker, so every other desktop is served meanwhile.
Result<ReadWorker::Job> reportGet(Ctx &c, ClientSession *session, Args &args)
{
    const QString fromText = args.string(QStringLiteral("from"), 10);
    const QString toText = args.string(QStringLiteral("to"), 10);
    const QString queue = args.optString(QStringLiteral("queue"), {}, 64);
    if (!args.ok())
        return args.error();
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if (!from.isValid())
        return badField(QStringLiteral("from"), QStringLiteral("from must be an ISO date (YYYY-MM-DD)"));
    if (!to.isValid() || to < from)
        return badField(QStringLiteral("to"), QStringLiteral("to must be an ISO date on or after from"));
    if (from.daysTo(to) + 1 > ReportBuilder::kMaxDays)
        return badField(QStringLiteral("to"),
                        QStringLiteral("a report covers at most %1 days").arg(ReportBuilder::kMaxDays));
    if (!queue.isEmpty()) {
        SPOCS_TRY_LET(known, c.router.store().skillExists(queue));
        if (!*known)
            return badField(QStringLiteral("queue"), QStringLiteral("no queue %1").arg(queue));
    }
    // A lead with a team sees their team's agents; admins and leads without a team see everyone.
    // (One primary-key read here; the heavy part runs on the read worker.)
    QString team;
    if (session->session().user.role == Role::Lead) {
        SPOCS_TRY_LET(own, c.h.server().auth().teamOf(session->userId()));
        team = *own;
    }
    const int serviceLevelSeconds = c.h.server().config().serviceLevelSeconds;
    return ReadWorker::Job([from, to, queue, team, serviceLevelSeconds](Database &db) {
        return ReportBuilder::report(db, from, to, queue, team, serviceLevelSeconds);
    });
}

Result<QJsonObject> followUpList(Ctx &c, ClientSession *session, Args &args)
{
    const qint64 owner = args.optInteger(QStringLiteral("owner"), session->userId(), 1, protocol::MaxSafeInteger);
    const bool includeDone = args.optBool(QStringLiteral("includeDone"), false);
    if (!args.ok())
        return args.error();
    if (!isOwnerOrSupervisor(session, owner))
        return makeError(ErrorCode::Forbidden, QStringLiteral("only a lead sees someone else's follow-ups"));
    SPOCS_TRY_LET(list, c.followUps.list(owner, includeDone, c.h.server().db().now(), c.warnMinutes()));
    return QJsonObject { { QStringLiteral("followUps"), list.value() } };
}

// followup.updated on user:<owner> and contact:<id>, contact.updated for open contact views.
Result<QJsonObject> publishFollowUp(Ctx &c, ClientSession *session, const QString &op, qint64 contactId, qint64 owner)
{
    SPOCS_TRY(c.h.server().audit().recordNow(
        RequestHandlers::auditEntry(session, op, QStringLiteral("contact:%1").arg(contactId))));
    SPOCS_TRY_LET(followUp, c.followUps.json(contactId, c.h.server().db().now(), c.warnMinutes()));
    const QJsonObject data { { QStringLiteral("followUp"), *followUp } };
    const QString kind = QString::fromUtf16(event::FollowUpUpdated);
    SPOCS_TRY(c.h.server().events().publish(QStringLiteral("user:%1").arg(owner), kind, data));
    SPOCS_TRY(c.h.server().events().publish(QStringLiteral("contact:%1").arg(contactId), kind, data));
    SPOCS_TRY(c.router.publish(contactId));
    return QJsonObject { { QStringLiteral("followUp"), *followUp },
                         { QStringLiteral("seq"), c.h.server().events().head() } };
}

QString followUpChannel(Args &args)
{
    return args.optString(QStringLiteral("channel"), QStringLiteral("phone"), 16);
}

Result<QJsonObject> followUpUpdate(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contact = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    const QString note = args.string(QStringLiteral("note"), 2000).trimmed();
    const QString channel = followUpChannel(args);
    // The update is given on a call or e-mail the agent makes now: that is an outbound contact.
    const bool outbound = args.optBool(QStringLiteral("outbound"), false);
    if (!args.ok())
        return args.error();
    if (note.isEmpty())
        return badField(QStringLiteral("note"), QStringLiteral("say what the customer was told"));
    if (!RoutingPolicy::channelFromName(channel))
        return badField(QStringLiteral("channel"), QStringLiteral("channel must be phone, chat or email"));
    OutboundContact::Request request;
    request.channel = channel;
    request.note = note;
    request.followUpOf = contact;
    if (outbound) {
        SPOCS_TRY(OutboundContact::check(session, request));
    }
    OutboundContact starter(c.h, c.router);
    const QString op = QString::fromUtf16(op::FollowUpUpdate);
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(info, c.followUps.workable(session, contact));
        SPOCS_TRY(c.followUps.addUpdate(contact, session->userId(), channel, note));
        QJsonObject started;
        if (outbound) {
            SPOCS_TRY_LET(followed, c.router.store().routing(contact));
            request.customer = followed->customerId;
            SPOCS_TRY_LET(answer, starter.start(session, QString::fromUtf16(op::ContactOutbound), request));
            started = answer->value(QStringLiteral("contact")).toObject();
        }
        auto answer = publishFollowUp(c, session, op, contact, info->owner);
        if (answer && outbound)
            answer.value().insert(QStringLiteral("contact"), started);
        return answer;
    });
    if (r && outbound)
        starter.started(session);
    return r;
}

Result<QJsonObject> followUpDone(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contact = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    const QString note = args.optString(QStringLiteral("note"), {}, 2000).trimmed();
    const QString channel = followUpChannel(args);
    if (!args.ok())
        return args.error();
    if (!RoutingPolicy::channelFromName(channel))
        return badField(QStringLiteral("channel"), QStringLiteral("channel must be phone, chat or email"));
    const QString op = QString::fromUtf16(op::FollowUpDone);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(info, c.followUps.workable(session, contact));
        if (!note.isEmpty()) {
            SPOCS_TRY(c.followUps.addUpdate(contact, session->userId(), channel, note));
        }
        SPOCS_TRY(c.followUps.markDone(contact));
        return publishFollowUp(c, session, op, contact, info->owner);
    });
}

Result<QJsonObject> surveyRecord(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contact = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    std::optional<int> csat;
    std::optional<int> nps;
    if (args.has(QStringLiteral("csat")) && !args.value(QStringLiteral("csat")).isNull())
        csat = int(args.integer(QStringLiteral("csat"), 1, 5));
    if (args.has(QStringLiteral("nps")) && !args.value(QStringLiteral("nps")).isNull())
        nps = int(args.integer(QStringLiteral("nps"), 0, 10));
    const QString comment = args.optString(QStringLiteral("comment"), {}, 2000).trimmed();
    if (!args.ok())
        return args.error();
    if (!csat && !nps)
        return badField(QStringLiteral("csat"), QStringLiteral("a survey needs csat or nps"));
    const QString op = QString::fromUtf16(op::SurveyRecord);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(survey, recordSurvey(c.h.server(), contact, csat, nps, comment));
        SPOCS_TRY(c.h.server().audit().recordNow(
            RequestHandlers::auditEntry(session, op, QStringLiteral("contact:%1").arg(contact))));
        return QJsonObject { { QStringLiteral("survey"), *survey },
                             { QStringLiteral("seq"), c.h.server().events().head() } };
    });
}

// Every second: follow-up warnings to their owners, alert.raised for alerts that appeared.
void housekeeping(Ctx &c)
{
    CoordinatorServer &server = c.h.server();
    const QDateTime now = c.h.server().db().now();
    auto notices = c.followUps.dueNotices(now, c.warnMinutes());
    if (!notices) {
        qCWarning(lcServer) << "could not read due follow-ups";
    } else if (!notices->isEmpty()) {
        auto r = server.transact([&]() -> Result<void> {
            for (const FollowUpStore::Notice &n : *notices) {
                SPOCS_TRY(c.followUps.markWarned(n.contactId, now));
                SPOCS_TRY_LET(followUp, c.followUps.json(n.contactId, now, c.warnMinutes()));
                SPOCS_TRY_LET(seq,
                              server.events().publish(QStringLiteral("user:%1").arg(n.owner),
                                                      QString::fromUtf16(event::FollowUpDue),
                                                      QJsonObject { { QStringLiteral("followUp"), *followUp },
                                                                    { QStringLiteral("overdue"), n.overdue } }));
            }
            return {};
        });
        if (!r)
            qCWarning(lcServer) << "could not publish follow-up warnings";
    }

    // Today's queue figures move slowly and cost a scan of today's contacts: every 5 s is enough.
    if (!c.queuesAt.isValid() || c.queuesAt.msecsTo(now) >= 5000 || now < c.queuesAt) {
        auto queues = c.lead.queues(now);
        if (!queues)
            return;
        c.queues = *queues;
        c.queuesAt = now;
    }
    auto alerts = c.lead.alerts(now, c.queues, c.alertsSeen);
    if (!alerts)
        return;
    QSet<QString> current;
    QList<QJsonObject> raised;
    for (const QJsonValue &v : *alerts) {
        QJsonObject alert = v.toObject();
        const QString key = alert.value(QStringLiteral("key")).toString();
        current.insert(key);
        if (c.alertsSeen.contains(key))
            continue;
        c.alertsSeen.insert(key, now);
        if (!alert.contains(QStringLiteral("since")))
            alert.insert(QStringLiteral("since"), now.toString(Qt::ISODateWithMs));
        raised.append(alert);
    }
    for (auto it = c.alertsSeen.begin(); it != c.alertsSeen.end();) {
        if (current.contains(it.key()))
            ++it;
        else
            it = c.alertsSeen.erase(it);
    }
    if (raised.isEmpty())
        return;
    auto r = server.transact([&]() -> Result<void> {
        for (const QJsonObject &alert : std::as_const(raised)) {
            SPOCS_TRY_LET(seq,
                          server.events().publish(QStringLiteral("queue"), QString::fromUtf16(event::AlertRaised),
                                                  QJsonObject { { QStringLiteral("alert"), alert } }));
        }
        return {};
    });
    if (!r)
        qCWarning(lcServer) << "could not publish alerts";
}

} // namespace

void registerLeadOps(RequestHandlers &handlers)
{
    auto ctx = std::make_shared<Ctx>(handlers, handlers.contactRouter());
    FeatureOps<Ctx> ops(handlers, *ctx, ctx);
    ops.add(op::SkillList, skillList);
    ops.add(op::SkillSet, skillSet);
    ops.add(op::PresenceSetFor, presenceSetFor);
    ops.add(op::LeadSnapshot, snapshot);
    ops.addRead(op::ReportGet, reportGet);
    ops.add(op::FollowUpList, followUpList);
    ops.add(op::FollowUpUpdate, followUpUpdate);
    ops.add(op::FollowUpDone, followUpDone);
    ops.add(op::SurveyRecord, surveyRecord);

    // The housekeeping clock of this module (follow-up warnings, alerts), on the server's loop.
    auto *timer = new QTimer(&handlers.server());
    timer->setInterval(1000);
    QObject::connect(timer, &QTimer::timeout, timer, [ctx] { housekeeping(*ctx); });
    timer->start();
}

} // namespace spocs
