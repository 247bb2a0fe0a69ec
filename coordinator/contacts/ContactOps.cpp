#include "coordinator/auth/Roles.h"
#include "coordinator/auth/TopicAccess.h"
#include "coordinator/channels/SenderDirectory.h"
#include "coordinator/contacts/ContactHistory.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/contacts/OutboundContact.h"
#include "coordinator/contacts/RoutingPolicy.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"
#include "core/domain/Catalogue.h"
#include "core/domain/Person.h"
#include "core/domain/TaskKinds.h"

#include <QJsonArray>
#include <QRegularExpression>

// Contact ops: inbound and outbound contacts, offers, tasks, closing, abandon and assign, the reason tree.
namespace spocs {
namespace {

struct Ctx
{
    RequestHandlers &h;
    ContactRouter &router;
};

QString contactSubject(qint64 id)
{
    return QStringLiteral("contact:%1").arg(id);
}

ContactHistory historyOf(Ctx &c)
{
    return ContactHistory(c.h.server().db(), c.h.server().events());
}

// Runs a contact write: audit, events and the answer {"contact", "seq"}.
Result<QJsonObject> finishWrite(Ctx &c, ClientSession *session, const QString &op, qint64 id)
{
    SPOCS_TRY(c.h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, contactSubject(id))));
    SPOCS_TRY_LET(contact, c.router.publish(id));
    return QJsonObject { { QStringLiteral("contact"), contact.value() },
                         { QStringLiteral("seq"), c.h.server().events().head() } };
}

Result<QJsonObject> inbound(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString channel = args.string(QStringLiteral("channel"), 16);
    // Who is calling or writing: a customer number, or `from` (their phone number or address).
    const bool byFrom = args.has(QStringLiteral("from"));
    const QString from = byFrom ? args.string(QStringLiteral("from"), 254) : QString();
    const QString customerArg = byFrom ? QString() : args.string(QStringLiteral("customer"), 64);
    QString queue = args.optString(QStringLiteral("queue"), {}, 64);
    const QString reasonCode = args.optString(QStringLiteral("reason"), {}, 64);
    if (!args.ok())
        return args.error();
    if (byFrom && args.has(QStringLiteral("customer")))
        return badField(QStringLiteral("from"), QStringLiteral("give either customer or from, not both"));
    if (byFrom && from.trimmed().isEmpty())
        return badField(QStringLiteral("from"), QStringLiteral("from is empty"));
    if (!RoutingPolicy::channelFromName(channel))
        return makeError(ErrorCode::BadRequest, QStringLiteral("channel must be phone, chat or email"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("channel") } });
    if (!queue.isEmpty()) {
        SPOCS_TRY_LET(known, c.router.store().skillExists(queue));
        if (!*known)
            return makeError(ErrorCode::BadRequest, QStringLiteral("no queue %1").arg(queue),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("queue") } });
    }
    if (!reasonCode.isEmpty()) {
        SPOCS_TRY_LET(reason, c.router.store().reason(reasonCode));
        if (!*reason || (*reason)->archived)
            return makeError(ErrorCode::BadRequest, QStringLiteral("no reason %1").arg(reasonCode),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("reason") } });
        if (queue.isEmpty())
            queue = (*reason)->skill;
    }
    if (queue.isEmpty())
        queue = RoutingPolicy::generalQueue();
    const QString op = QString::fromUtf16(op::ContactInbound);
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        QString customer = customerArg;
        bool created = false;
        if (byFrom) {
            SenderDirectory senders(c.h.server().db(), c.h.server().customers());
            SPOCS_TRY_LET(found, senders.customerFrom(from));
            customer = *found;
            if (customer.isEmpty()) {
                SPOCS_TRY_LET(prospect, senders.createProspectFrom(from, QStringLiteral("from")));
                customer = *prospect;
                created = true;
                SPOCS_TRY(c.h.server().audit().recordNow(RequestHandlers::auditEntry(
                    session, QString::fromUtf16(op::CustomerCreate), protocol::customerTopic(customer),
                    QStringLiteral("prospect from %1").arg(op))));
            }
        }
        SPOCS_TRY_LET(id, c.router.store().create(channel, customer, session->userId(), queue, reasonCode));
        auto answer = finishWrite(c, session, op, *id);
        if (answer && created)
            answer.value().insert(QStringLiteral("customerCreated"), true);
        return answer;
    });
    if (r)
        c.router.schedule();
    return r;
}

// An agent calls or writes to a customer: the contact is theirs at once and never routed.
Result<QJsonObject> outbound(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    OutboundContact::Request request;
    request.channel = args.string(QStringLiteral("channel"), 16);
    request.customer = args.string(QStringLiteral("customer"), 64);
    request.reason = args.optString(QStringLiteral("reason"), {}, 64);
    request.note = args.optString(QStringLiteral("note"), {}, 8000);
    if (args.has(QStringLiteral("followUp")) && !args.value(QStringLiteral("followUp")).isNull())
        request.followUpOf = args.integer(QStringLiteral("followUp"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY(OutboundContact::check(session, request));
    OutboundContact starter(c.h, c.router);
    const QString op = QString::fromUtf16(op::ContactOutbound);
    auto r = c.h.applyOnce(session, op, cid, [&] { return starter.start(session, op, request); });
    if (r)
        starter.started(session);
    return r;
}

Result<QJsonObject> get(Ctx &c, ClientSession *session, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(contact, c.router.store().json(id));
    c.h.server().audit().record(
        RequestHandlers::auditEntry(session, QString::fromUtf16(op::ContactGet), contactSubject(id)));
    // Notes and tasks are for leads and the people on the contact, as its topic is; a colleague
    // who only has the customer open reads what customer:<id> carries.
    bool whole = session->session().user.role == Role::Lead;
    if (!whole) {
        SPOCS_TRY_LET(involved, TopicAccess::isInvolvedInContact(c.h.server().db(), id, session->userId()));
        whole = *involved;
    }
    return QJsonObject { { QStringLiteral("contact"), whole ? contact.value() : ContactStore::summary(*contact) } };
}

void setPresence(Ctx &c, qint64 userId, PresenceState state)
{
    if (c.h.server().presence().set(userId, state, {}, c.h.server().db().now()))
        c.h.server().publishPresence(userId);
}

// The owner of the customer's open case hears that their customer is on the line with someone else.
// They are not on this contact: the summary, as on customer:<id>.
Result<void> tellCaseOwner(Ctx &c, qint64 caseOwner, ClientSession *session, const QJsonObject &contact)
{
    const QJsonObject with = domain::Person::of(session->session().user).toJson();
    SPOCS_TRY_LET(seq,
                  c.h.server().events().publish(
                      QStringLiteral("user:%1").arg(caseOwner), QString::fromUtf16(event::ContactCaseElsewhere),
                      QJsonObject { { QStringLiteral("contact"), ContactStore::summary(contact) },
                                    { QStringLiteral("with"), with } }));
    return {};
}

Result<QJsonObject> answerOffer(Ctx &c, ClientSession *session, Args &args, bool accept)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const qint64 me = session->userId();
    const QString op = QString::fromUtf16(accept ? op::ContactAccept : op::ContactDecline);
    bool answered = false;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        if (!c.router.isOfferedTo(id, me)) {
            SPOCS_TRY(c.router.store().routing(id));
            return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is not offered to you").arg(id));
        }
        SPOCS_TRY(c.router.store().setOffered(id, std::nullopt));
        // One instant for the answer and the state change, so the first handling starts when it
        // was answered (the lead's grid shows either).
        const QString at = c.h.server().db().nowStamp();
        if (accept) {
            SPOCS_TRY(c.router.store().accept(id, me, at));
        }
        std::optional<qint64> caseOwner;
        if (accept) {
            SPOCS_TRY_LET(owner, c.router.store().caseOwner(id, c.h.server().config().caseOwnerDays));
            caseOwner = *owner;
        }
        SPOCS_TRY(
            c.router.store().transition(id, accept ? QStringLiteral("active") : QStringLiteral("queued"), me, at));
        answered = true;
        auto answer = finishWrite(c, session, op, id);
        if (answer && caseOwner && *caseOwner != me) {
            SPOCS_TRY(tellCaseOwner(c, *caseOwner, session, answer->value(QStringLiteral("contact")).toObject()));
        }
        return answer;
    });
    if (r && answered) {
        c.router.offerAnswered(id, me, accept);
        if (accept)
            setPresence(c, me, PresenceState::OnContact);
    }
    return r;
}

// The contact must be open and the caller its owner (or a lead).
Result<void> mayWork(Ctx &c, ClientSession *session, qint64 id)
{
    SPOCS_TRY_LET(contact, c.router.store().json(id));
    const QString state = contact->value(QStringLiteral("state")).toString();
    if (state != u"active")
        return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is %2, not active").arg(id).arg(state));
    const qint64 owner = contact->value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger();
    if (!isOwnerOrSupervisor(session, owner))
        return makeError(ErrorCode::Forbidden, QStringLiteral("contact %1 belongs to someone else").arg(id));
    return {};
}

Result<QJsonObject> taskAdd(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString kind = args.string(QStringLiteral("kind"), 32);
    if (!args.ok())
        return args.error();
    if (!domain::taskKinds().contains(kind))
        return makeError(ErrorCode::BadRequest, QStringLiteral("unknown task kind %1").arg(kind),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("kind") } });
    const QString op = QString::fromUtf16(op::ContactTaskAdd);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY(mayWork(c, session, id));
        SPOCS_TRY_LET(task, c.router.store().addTask(id, kind));
        SPOCS_TRY_LET(answer, finishWrite(c, session, op, id));
        QJsonObject data = answer.value();
        data.insert(QStringLiteral("task"), *task);
        return data;
    });
}

Result<QJsonObject> taskResolve(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const qint64 task = args.integer(QStringLiteral("task"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ContactTaskResolve);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY(mayWork(c, session, id));
        SPOCS_TRY(c.router.store().resolveTask(id, task));
        return finishWrite(c, session, op, id);
    });
}

Result<QJsonObject> closeContact(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    ContactStore::Closing closing;
    closing.expectedVersion = args.integer(QStringLiteral("version"), 1, protocol::MaxSafeInteger);
    closing.reasons = args.stringList(QStringLiteral("reasons"), 10, 64);
    closing.outcome = args.string(QStringLiteral("outcome"), 16);
    // As contact.notes.set takes them: the desktop sends what the agent typed and did not save.
    if (args.has(QStringLiteral("notes")))
        closing.notes = args.string(QStringLiteral("notes"), 8000);
    if (!args.ok())
        return args.error();
    if (closing.reasons.isEmpty())
        return badField(QStringLiteral("reasons"), QStringLiteral("name at least one contact reason"));
    if (closing.outcome != u"resolved" && closing.outcome != u"follow_up")
        return badField(QStringLiteral("outcome"), QStringLiteral("outcome must be resolved or follow_up"));
    if (closing.outcome == u"follow_up") {
        const QJsonValue f = args.value(QStringLiteral("followUp"));
        if (!f.isObject())
            return badField(QStringLiteral("followUp"), QStringLiteral("a follow-up needs a followUp object"));
        Args follow(f.toObject());
        // Without a due time the customer's expected response time sets it (below).
        closing.followUpDue = follow.optString(QStringLiteral("due"), {}, 32);
        if (follow.has(QStringLiteral("owner")))
            closing.followUpOwner = follow.integer(QStringLiteral("owner"), 1, protocol::MaxSafeInteger);
        if (!follow.ok())
            return badField(QStringLiteral("followUp"), follow.error().message);
        const bool validDue = closing.followUpDue.isEmpty()
            || QDate::fromString(closing.followUpDue, Qt::ISODate).isValid()
            || QDateTime::fromString(closing.followUpDue, Qt::ISODateWithMs).isValid();
        if (!validDue)
            return badField(QStringLiteral("followUp"), QStringLiteral("followUp.due must be an ISO date or time"));
        if (!closing.followUpOwner)
            closing.followUpOwner = session->userId();
        // The follow-up's owner is offered the customer's next contact (case owner): a person.
        if (const auto owner = c.h.server().auth().userById(*closing.followUpOwner);
            !owner || !worksContacts(owner->role))
            return badField(QStringLiteral("followUp"),
                            QStringLiteral("user %1 does not work contacts").arg(*closing.followUpOwner));
    }
    const QString op = QString::fromUtf16(op::ContactClose);
    qint64 owner = 0;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY(mayWork(c, session, id));
        SPOCS_TRY_LET(current, c.router.store().json(id));
        const qint64 version = current->value(QStringLiteral("version")).toInteger();
        if (version != closing.expectedVersion)
            return versionConflict("contact", version, closing.expectedVersion);
        owner = current->value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger();
        if (closing.outcome == u"follow_up" && closing.followUpDue.isEmpty()) {
            SPOCS_TRY_LET(due, c.router.store().defaultFollowUpDue(id));
            closing.followUpDue = due.value();
        }
        SPOCS_TRY(c.router.store().close(id, closing, session->userId()));
        SPOCS_TRY(c.router.closed(id, session->userId()));
        SPOCS_TRY(historyOf(c).closed(id, session->userId()));
        return finishWrite(c, session, op, id);
    });
    // The owner wraps up once no other contact holds them.
    if (r && owner > 0) {
        if (auto n = c.router.store().activeCount(owner); n && *n == 0)
            setPresence(c, owner, PresenceState::AfterContactWork);
        c.router.schedule();
    }
    return r;
}

// finishWrite() for a contact whose offer was withdrawn: publishes contact.updated on user:<id> of
// the agent it was offered to as well, so their offer toast disappears.
Result<QJsonObject> finishWithdrawn(Ctx &c, ClientSession *session, const QString &op, qint64 id,
                                    std::optional<qint64> offeredTo)
{
    auto answer = finishWrite(c, session, op, id);
    if (!answer || !offeredTo)
        return answer;
    const QJsonObject contact = answer->value(QStringLiteral("contact")).toObject();
    SPOCS_TRY(c.h.server().events().publish(QStringLiteral("user:%1").arg(*offeredTo),
                                            QString::fromUtf16(event::ContactUpdated),
                                            QJsonObject { { QStringLiteral("contact"), contact } }));
    return answer;
}

Result<QJsonObject> abandon(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ContactAbandon);
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(contact, c.router.abandon(id, session->userId()));
        SPOCS_TRY(c.h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, contactSubject(id))));
        return QJsonObject { { QStringLiteral("contact"), contact.value() },
                             { QStringLiteral("seq"), c.h.server().events().head() } };
    });
    if (r)
        c.router.schedule();
    return r;
}

Result<QJsonObject> assign(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const qint64 to = args.integer(QStringLiteral("to"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const auto user = c.h.server().auth().userById(to);
    if (!user)
        return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(to),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("to") } });
    if (!worksContacts(user->role))
        return badField(QStringLiteral("to"), QStringLiteral("user %1 does not work contacts").arg(user->login));
    const QString op = QString::fromUtf16(op::ContactAssign);
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(routing, c.router.store().routing(id));
        if (routing->state != u"queued" && routing->state != u"offered")
            return makeError(
                ErrorCode::InvalidState,
                QStringLiteral("contact %1 is %2; only a waiting contact can be moved").arg(id).arg(routing->state));
        // The target must be able to take it now.
        const PresenceRegistry::Entry *entry = c.h.server().presence().find(to);
        SPOCS_TRY_LET(loads, c.router.store().loads());
        RoutingPolicy::Candidate candidate;
        candidate.userId = to;
        candidate.role = user->role;
        candidate.state = entry ? entry->state : PresenceState::Offline;
        candidate.voiceContacts = loads->value(to).voice;
        candidate.textContacts = loads->value(to).text;
        if (routing->offeredTo && *routing->offeredTo == to) {
            // Offered to them already: it counts in their load, and the offer stands.
        } else if (!RoutingPolicy::canTake(candidate, *RoutingPolicy::channelFromName(routing->channel))) {
            const bool full
                = candidate.state == PresenceState::Available || candidate.state == PresenceState::OnContact;
            const QString state = full ? QStringLiteral("full") : presenceName(candidate.state);
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("%1 cannot take it now (%2)").arg(user->login, state),
                             QJsonObject { { QStringLiteral("state"), state } });
        }
        SPOCS_TRY(c.router.store().setPreferred(id, to));
        std::optional<qint64> offered;
        if (routing->state == u"offered" && !(routing->offeredTo && *routing->offeredTo == to)) {
            offered = c.router.withdraw(id);
            if (!offered)
                offered = routing->offeredTo;
            SPOCS_TRY(c.router.store().setOffered(id, std::nullopt));
            SPOCS_TRY(c.router.store().transition(id, QStringLiteral("queued"), session->userId()));
        }
        return finishWithdrawn(c, session, op, id, offered);
    });
    if (r)
        c.router.routeFirst(id);
    return r;
}

Result<QJsonObject> reasonSave(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    if (!args.ok())
        return args.error();
    const QJsonValue value = args.value(QStringLiteral("reason"));
    if (!value.isObject())
        return badField(QStringLiteral("reason"), QStringLiteral("reason must be an object"));
    Args in(value.toObject());
    ContactStore::ReasonEdit edit;
    if (in.has(QStringLiteral("id")) && !in.value(QStringLiteral("id")).isNull())
        edit.id = in.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (in.has(QStringLiteral("parent")) && !in.value(QStringLiteral("parent")).isNull())
        edit.parent = in.integer(QStringLiteral("parent"), 1, protocol::MaxSafeInteger);
    edit.code = in.string(QStringLiteral("code"), 64).trimmed();
    edit.label = in.string(QStringLiteral("label"), 200).trimmed();
    edit.demandClass = in.string(QStringLiteral("demandClass"), 1);
    edit.forwardOnly = in.optBool(QStringLiteral("forwardOnly"), false);
    edit.skill = in.optString(QStringLiteral("skill"), {}, 64);
    if (in.has(QStringLiteral("forwardTo")) && !in.value(QStringLiteral("forwardTo")).isNull())
        edit.forwardTo = in.integer(QStringLiteral("forwardTo"), 1, protocol::MaxSafeInteger);
    edit.archived = in.optBool(QStringLiteral("archived"), false);
    if (!in.ok())
        return in.error();
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
    if (edit.code.isEmpty() || !codePattern.match(edit.code).hasMatch())
        return badField(QStringLiteral("code"),
                        QStringLiteral("code: lower-case words joined by dots, e.g. orders.where"));
    if (edit.label.isEmpty())
        return badField(QStringLiteral("label"), QStringLiteral("a reason needs a label"));
    if (edit.demandClass != u"a" && edit.demandClass != u"b" && edit.demandClass != u"c")
        return badField(QStringLiteral("demandClass"), QStringLiteral("demandClass must be a, b or c"));
    const QString op = QString::fromUtf16(op::ReasonSave);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(id, c.router.store().saveReason(edit));
        SPOCS_TRY(c.h.server().audit().recordNow(
            RequestHandlers::auditEntry(session, op, QStringLiteral("reason:%1").arg(*id), edit.code)));
        SPOCS_TRY_LET(reason, c.router.store().reasonJson(*id));
        SPOCS_TRY_LET(seq,
                      c.h.server().events().publish(QStringLiteral("reasons"),
                                                    QString::fromUtf16(event::ReasonsChanged),
                                                    QJsonObject { { QStringLiteral("reason"), reason.value() } }));
        return QJsonObject { { QStringLiteral("reason"), reason.value() }, { QStringLiteral("seq"), *seq } };
    });
}

Result<QJsonObject> mine(Ctx &c, ClientSession *session, Args &)
{
    const auto audit = [&](qint64 id) {
        c.h.server().audit().record(
            RequestHandlers::auditEntry(session, QString::fromUtf16(op::ContactMine), contactSubject(id)));
    };
    SPOCS_TRY_LET(ids, c.router.store().activeOf(session->userId()));
    QJsonArray contacts;
    for (qint64 id : *ids) {
        SPOCS_TRY_LET(contact, c.router.store().json(id));
        contacts.append(*contact);
        audit(id);
    }
    // The offers still open for the caller, as contact.offered brought them (the same deadline): a
    // desktop that missed events shows them again at once instead of when routing offers them anew.
    QJsonArray offers;
    for (const ContactRouter::OpenOffer &offer : c.router.offersTo(session->userId())) {
        SPOCS_TRY_LET(contact, c.router.store().json(offer.contactId));
        offers.append(ContactRouter::offeredJson(*contact, offer));
        audit(offer.contactId);
    }
    // Consult and transfer offers come under their own keys, so a desktop that reads every
    // "offers" entry as a contact offer is not misled.
    SPOCS_TRY_LET(others, c.router.otherOffersTo(session));
    QJsonObject answer = std::move(others).value();
    answer.insert(QStringLiteral("contacts"), contacts);
    answer.insert(QStringLiteral("offers"), offers);
    return answer;
}

// The queues the caller serves (as routing sees it; a lead watches them all) with how many
// contacts wait in each: the agent's "My day" shows it.
Result<QJsonObject> queueWaiting(Ctx &c, ClientSession *session, Args &)
{
    SPOCS_TRY_LET(waiting, c.router.store().waitingByQueue());
    const Role role = session->session().user.role;
    QSet<QString> skills;
    if (role != Role::Lead) {
        SPOCS_TRY_LET(mine, c.router.store().userSkills(session->userId()));
        for (const QJsonValue &v : std::as_const(*mine))
            skills.insert(domain::SkillLevel::fromJson(v.toObject()).skill);
    }
    RoutingPolicy::Candidate self;
    self.role = role;
    self.skills = skills;
    QJsonArray queues;
    for (const ContactStore::QueueWaiting &w : std::as_const(*waiting)) {
        if (role != Role::Lead && !RoutingPolicy::servesQueue(self, w.queue))
            continue;
        queues.append(QJsonObject {
            { QStringLiteral("queue"), w.queue },
            { QStringLiteral("label"), w.label },
            { QStringLiteral("waiting"), w.waiting },
            { QStringLiteral("oldestSince"), w.oldestSince.isEmpty() ? QJsonValue() : QJsonValue(w.oldestSince) } });
    }
    return QJsonObject { { QStringLiteral("queues"), queues } };
}

Result<QJsonObject> reasonList(Ctx &c, ClientSession *, Args &)
{
    SPOCS_TRY_LET(reasons, c.router.store().reasons());
    return QJsonObject { { QStringLiteral("reasons"), reasons.value() } };
}

} // namespace

void registerContactOps(RequestHandlers &handlers)
{
    auto ctx = std::make_shared<Ctx>(Ctx { handlers, handlers.contactRouter() });
    FeatureOps<Ctx> ops(handlers, *ctx, ctx);
    ops.add(op::ContactInbound, inbound);
    ops.add(op::ContactOutbound, outbound);
    ops.add(op::ContactGet, get);
    ops.add(op::ContactAccept, [](Ctx &c, ClientSession *s, Args &a) { return answerOffer(c, s, a, true); });
    ops.add(op::ContactDecline, [](Ctx &c, ClientSession *s, Args &a) { return answerOffer(c, s, a, false); });
    ops.add(op::ContactTaskAdd, taskAdd);
    ops.add(op::ContactTaskResolve, taskResolve);
    ops.add(op::ContactClose, closeContact);
    ops.add(op::ReasonList, reasonList);
    ops.add(op::ContactMine, mine);
    ops.add(op::QueueWaiting, queueWaiting);
    ops.add(op::ContactAbandon, abandon);
    ops.add(op::ContactAssign, assign);
    ops.add(op::ReasonSave, reasonSave);
}

} // namespace spocs
