#include "coordinator/server/ClientSession.h"
#include "coordinator/consults/ConsultContext.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/storage/Database.h"
#include "coordinator/server/Log.h"
#include "coordinator/server/RequestHandlers.h"
#include "core/Args.h"
#include "core/Ops.h"

#include <QJsonArray>
#include <QTimer>

// The expert directory, contact notes, consults (ring-to-skill, first accept wins,
// chat with receipts) and conferences. Transfers and forwarding: TransferOps.cpp.
namespace spocs {

ConsultContext::ConsultContext(RequestHandlers &handlers, int timeout)
    : h(handlers)
    , router(handlers.contactRouter())
    , store(handlers.server().db())
    , directory(handlers.server())
    , timeoutMs(timeout)
    , timers(std::make_unique<QObject>())
{ }

ConsultContext::~ConsultContext() = default;

void ConsultContext::arm(QHash<qint64, QTimer *> &clocks, qint64 id, std::function<void()> fire)
{
    disarm(clocks, id);
    auto *timer = new QTimer(timers.get());
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, timers.get(), [this, &clocks, id, timer, fire = std::move(fire)] {
        if (clocks.value(id) == timer) {
            clocks.remove(id);
            timer->deleteLater();
        }
        fire();
    });
    clocks.insert(id, timer);
    timer->start(timeoutMs);
}

void ConsultContext::disarm(QHash<qint64, QTimer *> &clocks, qint64 id)
{
    if (QTimer *timer = clocks.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

Result<void> ConsultContext::publish(const QString &topic, const char16_t *kind, const QJsonObject &data)
{
    auto seq = h.server().events().publish(topic, QString::fromUtf16(kind), data);
    if (!seq)
        return seq.error();
    return {};
}

Result<QJsonObject> ConsultContext::contactJson(qint64 contactId)
{
    auto contact = router.store().json(contactId);
    if (!contact)
        return contact.error();
    auto extras = store.contactExtras(contactId);
    if (!extras)
        return extras.error();
    QJsonObject out = contact.value();
    for (auto it = extras->constBegin(); it != extras->constEnd(); ++it) {
        if (!out.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

Result<QJsonObject> ConsultContext::publishContact(qint64 contactId)
{
    if (auto p = router.publish(contactId); !p)
        return p.error();
    return contactJson(contactId);
}

Result<void> ConsultContext::audit(ClientSession *session, const QString &op, const QString &subject)
{
    return h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, subject));
}

void ConsultContext::setPresence(qint64 userId, PresenceState state)
{
    if (h.server().presence().find(userId) == nullptr)
        return; // offline: nothing to change
    if (h.server().presence().set(userId, state, {}, h.server().db().now()))
        h.server().publishPresence(userId);
}

void ConsultContext::releaseIfIdle(qint64 userId)
{
    if (auto n = router.store().activeCount(userId);
        n && *n == 0 && h.server().presence().stateOf(userId) == PresenceState::OnContact)
        setPresence(userId, PresenceState::AfterContactWork);
}

qint64 ConsultContext::head() const
{
    return h.server().events().head();
}

bool ConsultContext::isSupervisor(ClientSession *session)
{
    const Role role = session->session().user.role;
    return role == Role::Lead || role == Role::Admin;
}

namespace {

using Ctx = ConsultContext;

QString consultSubject(qint64 id)
{
    return QStringLiteral("consult:%1").arg(id);
}

Error badField(const QString &field, const QString &message)
{
    return makeError(ErrorCode::BadRequest, message, QJsonObject { { QStringLiteral("field"), field } });
}

QJsonValue personOrNull(Ctx &c, std::optional<qint64> userId)
{
    if (!userId)
        return QJsonValue::Null;
    auto u = c.store.user(*userId);
    if (!u || !u->has_value())
        return QJsonValue::Null;
    return (*u)->person;
}

// ---- expert.find, contact.notes.set ------------------------------------------------------

Result<QJsonObject> expertFind(Ctx &c, ClientSession *session, Args &args)
{
    ExpertDirectory::Query query;
    query.skill = args.optString(QStringLiteral("skill"), {}, 64);
    query.query = args.optString(QStringLiteral("query"), {}, 200);
    query.limit = int(args.optInteger(QStringLiteral("limit"), 20, 1, 50));
    if (!args.ok())
        return args.error();
    query.exclude.insert(session->userId());
    auto found = c.directory.find(query);
    if (!found)
        return found.error();
    QJsonArray experts;
    for (const ExpertDirectory::Entry &e : found.value())
        experts.append(e.toJson());
    return QJsonObject { { QStringLiteral("experts"), experts } };
}

Result<QJsonObject> notesSet(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString notes = args.string(QStringLiteral("notes"), 8000);
    const qint64 expected = args.optInteger(QStringLiteral("version"), 0, 0, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ContactNotesSet);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto facts = c.store.contact(id);
        if (!facts)
            return facts.error();
        if (facts->state == u"closed")
            return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is closed").arg(id));
        if (facts->owner != session->userId() && !Ctx::isSupervisor(session))
            return makeError(ErrorCode::Forbidden, QStringLiteral("only the owner or a lead writes the notes"));
        if (expected > 0 && expected != facts->version)
            return makeError(ErrorCode::VersionConflict, QStringLiteral("the contact changed meanwhile"),
                             QJsonObject { { QStringLiteral("current"), facts->version },
                                           { QStringLiteral("expected"), expected } });
        if (auto s = c.store.setNotes(id, notes); !s)
            return s.error();
        if (auto a = c.audit(session, op, Ctx::contactTopic(id)); !a)
            return a.error();
        auto contact = c.publishContact(id);
        if (!contact)
            return contact.error();
        return QJsonObject { { QStringLiteral("contact"), contact.value() }, { QStringLiteral("seq"), c.head() } };
    });
}

// ---- consults ----------------------------------------------------------------------------

// consult.updated on the contact, the requester and (once there is one) the expert.
Result<QJsonObject> publishConsult(Ctx &c, qint64 consultId, const QJsonObject &extra = {})
{
    auto consult = c.store.json(consultId);
    if (!consult)
        return consult.error();
    QJsonObject data = extra;
    data.insert(QStringLiteral("consult"), consult.value());
    const qint64 contactId = consult->value(QStringLiteral("contact")).toInteger();
    const qint64 requester
        = consult->value(QStringLiteral("requester")).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 expert = consult->value(QStringLiteral("expert")).toObject().value(QStringLiteral("id")).toInteger();
    if (auto p = c.publish(Ctx::contactTopic(contactId), event::ConsultUpdated, data); !p)
        return p.error();
    if (auto p = c.publish(Ctx::userTopic(requester), event::ConsultUpdated, data); !p)
        return p.error();
    if (expert > 0 && expert != requester) {
        if (auto p = c.publish(Ctx::userTopic(expert), event::ConsultUpdated, data); !p)
            return p.error();
    }
    return consult;
}

Result<void> withdraw(Ctx &c, qint64 consultId, const QList<qint64> &users)
{
    for (qint64 user : users) {
        if (auto p = c.publish(Ctx::userTopic(user), event::ConsultWithdrawn,
                               QJsonObject { { QStringLiteral("consultId"), consultId } });
            !p)
            return p;
    }
    return {};
}

// The best reachable person not yet asked on this contact: same skill, or for a consult
// with a named expert, that expert's strongest skill.
QJsonValue nextExpert(Ctx &c, const ConsultStore::Consult &consult)
{
    ExpertDirectory::Query query;
    query.skill = consult.skill;
    if (query.skill.isEmpty() && consult.target) {
        if (auto skills = c.directory.skillsOf(*consult.target); skills && !skills->isEmpty())
            query.skill = skills->first().skill;
    }
    query.limit = 1;
    query.reachableOnly = true;
    query.exclude.insert(consult.requester);
    if (auto asked = c.store.askedOnContact(consult.contactId))
        query.exclude.unite(asked.value());
    auto found = c.directory.find(query);
    if (!found || found->isEmpty())
        return QJsonValue::Null;
    const UserInfo &u = found->first().user;
    return QJsonObject { { QStringLiteral("id"), u.id },
                         { QStringLiteral("login"), u.login },
                         { QStringLiteral("name"), u.displayName } };
}

void onConsultTimeout(Ctx &c, qint64 consultId)
{
    auto r = c.h.server().transact([&]() -> Result<void> {
        auto consult = c.store.find(consultId);
        if (!consult)
            return consult.error();
        if (consult->state != u"offered")
            return {};
        auto offered = c.store.closeOpenOffers(consultId, QStringLiteral("expired"));
        if (!offered)
            return offered.error();
        if (auto u = c.store.update(consultId, ConsultStore::Change { QStringLiteral("expired") }); !u)
            return u;
        if (auto w = withdraw(c, consultId, offered.value()); !w)
            return w;
        auto published = publishConsult(c, consultId, { { QStringLiteral("next"), nextExpert(c, *consult) } });
        if (!published)
            return published.error();
        return {};
    });
    if (!r)
        qCWarning(lcServer) << "could not expire consult" << consultId;
}

Result<QJsonObject> consultRequest(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contactId = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    const qint64 expert = args.optInteger(QStringLiteral("expert"), 0, 1, protocol::MaxSafeInteger);
    const QString skill = args.optString(QStringLiteral("skill"), {}, 64);
    const QString question = args.string(QStringLiteral("question"), 2000).trimmed();
    if (!args.ok())
        return args.error();
    if ((expert > 0) == !skill.isEmpty())
        return badField(QStringLiteral("expert"), QStringLiteral("name either an expert or a skill"));
    if (question.isEmpty())
        return badField(QStringLiteral("question"), QStringLiteral("the question must not be empty"));
    const qint64 me = session->userId();
    const QString op = QString::fromUtf16(op::ConsultRequest);
    qint64 created = 0;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto facts = c.store.contact(contactId);
        if (!facts)
            return facts.error();
        if (facts->state != u"active")
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("contact %1 is %2, not active").arg(contactId).arg(facts->state));
        if (facts->owner != me && !Ctx::isSupervisor(session))
            return makeError(ErrorCode::Forbidden, QStringLiteral("only the contact's owner or a lead asks for help"));
        QList<qint64> offerTo;
        if (expert > 0) {
            if (expert == me)
                return badField(QStringLiteral("expert"), QStringLiteral("you cannot consult yourself"));
            auto user = c.store.user(expert);
            if (!user)
                return user.error();
            if (!user->has_value())
                return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(expert),
                                 QJsonObject { { QStringLiteral("field"), QStringLiteral("expert") } });
            const PresenceState state = c.h.server().presence().stateOf(expert);
            if (!ExpertDirectory::reachable(state))
                return makeError(
                    ErrorCode::Unavailable,
                    QStringLiteral("%1 is %2")
                        .arg((*user)->person.value(QStringLiteral("name")).toString(), presenceName(state)),
                    QJsonObject { { QStringLiteral("state"), presenceName(state) } });
            offerTo.append(expert);
        } else {
            ExpertDirectory::Query query;
            query.skill = skill;
            query.limit = 1000;
            query.reachableOnly = true;
            query.exclude.insert(me);
            auto found = c.directory.find(query);
            if (!found)
                return found.error();
            for (const ExpertDirectory::Entry &e : found.value())
                offerTo.append(e.user.id);
            if (offerTo.isEmpty())
                return makeError(ErrorCode::Unavailable, QStringLiteral("nobody with skill %1 is available").arg(skill),
                                 QJsonObject { { QStringLiteral("skill"), skill } });
        }
        auto id = c.store.create(contactId, me, expert > 0 ? std::optional<qint64>(expert) : std::nullopt, skill,
                                 question, offerTo);
        if (!id)
            return id.error();
        if (auto a = c.audit(session, op, consultSubject(*id)); !a)
            return a.error();
        auto consult = publishConsult(c, *id);
        if (!consult)
            return consult.error();
        const QString expiresAt = c.h.server().db().now().addMSecs(c.timeoutMs).toString(Qt::ISODateWithMs);
        for (qint64 user : offerTo) {
            if (auto p = c.publish(Ctx::userTopic(user), event::ConsultOffered,
                                   QJsonObject { { QStringLiteral("consult"), consult.value() },
                                                 { QStringLiteral("expiresAt"), expiresAt } });
                !p)
                return p.error();
        }
        created = *id;
        return QJsonObject { { QStringLiteral("consult"), consult.value() },
                             { QStringLiteral("expiresAt"), expiresAt },
                             { QStringLiteral("seq"), c.head() } };
    });
    if (r && created > 0) {
        Ctx *ctx = &c;
        c.arm(c.consultClocks, created, [ctx, created] { onConsultTimeout(*ctx, created); });
    }
    return r;
}

struct OpenOffer
{
    ConsultStore::Consult consult;
    QHash<qint64, QString> offers;
};

// The consult, when it was offered to `me` and that offer is still open. Accepting also
// names the winner to those who were too late (conflict), before the generic invalid_state.
Result<OpenOffer> openOfferFor(Ctx &c, qint64 id, qint64 me, bool accepting)
{
    auto consult = c.store.find(id);
    if (!consult)
        return consult.error();
    auto offers = c.store.offers(id);
    if (!offers)
        return offers.error();
    if (!offers->contains(me))
        return makeError(ErrorCode::Forbidden, QStringLiteral("consult %1 was not offered to you").arg(id));
    if (accepting && consult->expert && *consult->expert != me)
        return makeError(ErrorCode::Conflict, QStringLiteral("someone else took this consult"),
                         QJsonObject { { QStringLiteral("expert"), personOrNull(c, consult->expert) } });
    if (consult->state != u"offered" || offers->value(me) != u"open")
        return makeError(ErrorCode::InvalidState, QStringLiteral("consult %1 is %2").arg(id).arg(consult->state),
                         QJsonObject { { QStringLiteral("state"), consult->state } });
    return OpenOffer { std::move(consult).value(), std::move(offers).value() };
}

Result<QJsonObject> consultAccept(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const qint64 me = session->userId();
    const QString op = QString::fromUtf16(op::ConsultAccept);
    bool accepted = false;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto offer = openOfferFor(c, id, me, true);
        if (!offer)
            return offer.error();
        const ConsultStore::Consult &consult = offer->consult;
        if (auto s = c.store.setOffer(id, me, QStringLiteral("accepted")); !s)
            return s.error();
        auto losers = c.store.closeOpenOffers(id, QStringLiteral("withdrawn"));
        if (!losers)
            return losers.error();
        ConsultStore::Change change { QStringLiteral("active") };
        change.expert = me;
        if (auto s = c.store.update(id, change); !s)
            return s.error();
        if (auto s = c.store.bumpConsultCount(consult.contactId); !s)
            return s.error();
        if (auto a = c.audit(session, op, consultSubject(id)); !a)
            return a.error();
        if (auto w = withdraw(c, id, losers.value()); !w)
            return w.error();
        auto json = publishConsult(c, id);
        if (!json)
            return json.error();
        if (auto p = c.router.publish(consult.contactId); !p)
            return p.error();
        accepted = true;
        return QJsonObject { { QStringLiteral("consult"), json.value() }, { QStringLiteral("seq"), c.head() } };
    });
    if (r && accepted)
        c.disarm(c.consultClocks, id);
    return r;
}

Result<QJsonObject> consultDecline(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString reason = args.optString(QStringLiteral("reason"), {}, 500).trimmed();
    if (!args.ok())
        return args.error();
    const qint64 me = session->userId();
    const QString op = QString::fromUtf16(op::ConsultDecline);
    bool over = false;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto offer = openOfferFor(c, id, me, false);
        if (!offer)
            return offer.error();
        const ConsultStore::Consult &consult = offer->consult;
        if (auto s = c.store.setOffer(id, me, QStringLiteral("declined"), reason); !s)
            return s.error();
        auto after = c.store.offers(id);
        if (!after)
            return after.error();
        QJsonObject extra;
        if (!after->values().contains(QStringLiteral("open"))) {
            ConsultStore::Change change { QStringLiteral("declined") };
            change.declineReason = reason;
            if (auto s = c.store.update(id, change); !s)
                return s.error();
            extra.insert(QStringLiteral("next"), nextExpert(c, consult));
            over = true;
        }
        if (auto a = c.audit(session, op, consultSubject(id)); !a)
            return a.error();
        auto json = publishConsult(c, id, extra);
        if (!json)
            return json.error();
        return QJsonObject { { QStringLiteral("consult"), json.value() }, { QStringLiteral("seq"), c.head() } };
    });
    if (r && over)
        c.disarm(c.consultClocks, id);
    return r;
}

Result<QJsonObject> consultCancel(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ConsultCancel);
    bool cancelled = false;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto consult = c.store.find(id);
        if (!consult)
            return consult.error();
        if (consult->requester != session->userId() && !Ctx::isSupervisor(session))
            return makeError(ErrorCode::Forbidden, QStringLiteral("only the requester cancels a consult"));
        if (consult->state != u"offered")
            return makeError(ErrorCode::InvalidState, QStringLiteral("consult %1 is %2").arg(id).arg(consult->state),
                             QJsonObject { { QStringLiteral("state"), consult->state } });
        auto offered = c.store.closeOpenOffers(id, QStringLiteral("withdrawn"));
        if (!offered)
            return offered.error();
        if (auto s = c.store.update(id, ConsultStore::Change { QStringLiteral("cancelled") }); !s)
            return s.error();
        if (auto a = c.audit(session, op, consultSubject(id)); !a)
            return a.error();
        if (auto w = withdraw(c, id, offered.value()); !w)
            return w.error();
        auto json = publishConsult(c, id);
        if (!json)
            return json.error();
        cancelled = true;
        return QJsonObject { { QStringLiteral("consult"), json.value() }, { QStringLiteral("seq"), c.head() } };
    });
    if (r && cancelled)
        c.disarm(c.consultClocks, id);
    return r;
}

// The consult's two parties: the caller and the other one.
Result<qint64> otherParty(const ConsultStore::Consult &consult, qint64 me)
{
    if (me == consult.requester && consult.expert)
        return *consult.expert;
    if (consult.expert && me == *consult.expert)
        return consult.requester;
    return makeError(ErrorCode::Forbidden, QStringLiteral("only the requester and the expert take part in a consult"));
}

Result<QJsonObject> consultMessage(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString body = args.string(QStringLiteral("body"), 4000);
    if (!args.ok())
        return args.error();
    if (body.trimmed().isEmpty())
        return badField(QStringLiteral("body"), QStringLiteral("the message must not be empty"));
    const qint64 me = session->userId();
    const QString op = QString::fromUtf16(op::ConsultMessage);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto consult = c.store.find(id);
        if (!consult)
            return consult.error();
        auto other = otherParty(*consult, me);
        if (!other)
            return other.error();
        if (consult->state != u"active")
            return makeError(ErrorCode::InvalidState, QStringLiteral("consult %1 is %2").arg(id).arg(consult->state),
                             QJsonObject { { QStringLiteral("state"), consult->state } });
        auto message = c.store.addMessage(id, me, body);
        if (!message)
            return message.error();
        if (auto a = c.audit(session, op, consultSubject(id)); !a)
            return a.error();
        const QJsonObject data { { QStringLiteral("consultId"), id }, { QStringLiteral("message"), message.value() } };
        if (auto p = c.publish(Ctx::contactTopic(consult->contactId), event::ConsultMessageAdded, data); !p)
            return p.error();
        if (auto p = c.publish(Ctx::userTopic(*other), event::ConsultMessageAdded, data); !p)
            return p.error();
        return QJsonObject { { QStringLiteral("message"), message.value() }, { QStringLiteral("seq"), c.head() } };
    });
}

Result<QJsonObject> consultReceipt(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const qint64 upTo = args.integer(QStringLiteral("upTo"), 1, protocol::MaxSafeInteger);
    const QString kind = args.string(QStringLiteral("kind"), 16);
    if (!args.ok())
        return args.error();
    if (kind != u"delivered" && kind != u"read")
        return badField(QStringLiteral("kind"), QStringLiteral("kind must be delivered or read"));
    const qint64 me = session->userId();
    const QString op = QString::fromUtf16(op::ConsultReceipt);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto consult = c.store.find(id);
        if (!consult)
            return consult.error();
        auto other = otherParty(*consult, me);
        if (!other)
            return other.error();
        auto marked = c.store.markReceipt(id, me, upTo, kind == u"read");
        if (!marked)
            return marked.error();
        const QJsonObject data { { QStringLiteral("consultId"), id },
                                 { QStringLiteral("upTo"), upTo },
                                 { QStringLiteral("kind"), kind },
                                 { QStringLiteral("by"), personOrNull(c, me) } };
        if (*marked > 0) {
            if (auto p = c.publish(Ctx::contactTopic(consult->contactId), event::ConsultReceipt, data); !p)
                return p.error();
            if (auto p = c.publish(Ctx::userTopic(*other), event::ConsultReceipt, data); !p)
                return p.error();
        }
        QJsonObject answer = data;
        answer.insert(QStringLiteral("marked"), *marked);
        answer.insert(QStringLiteral("seq"), c.head());
        return answer;
    });
}

Result<QJsonObject> consultEnd(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString answerText = args.optString(QStringLiteral("answer"), {}, 8000).trimmed();
    if (!args.ok())
        return args.error();
    const qint64 me = session->userId();
    const QString op = QString::fromUtf16(op::ConsultEnd);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto consult = c.store.find(id);
        if (!consult)
            return consult.error();
        if (auto other = otherParty(*consult, me); !other && !Ctx::isSupervisor(session))
            return other.error();
        if (consult->state != u"active")
            return makeError(ErrorCode::InvalidState, QStringLiteral("consult %1 is %2").arg(id).arg(consult->state),
                             QJsonObject { { QStringLiteral("state"), consult->state } });
        ConsultStore::Change change { QStringLiteral("ended") };
        if (!answerText.isEmpty())
            change.answer = answerText;
        if (auto s = c.store.update(id, change); !s)
            return s.error();
        if (auto a = c.audit(session, op, consultSubject(id)); !a)
            return a.error();
        auto json = publishConsult(c, id);
        if (!json)
            return json.error();
        return QJsonObject { { QStringLiteral("consult"), json.value() }, { QStringLiteral("seq"), c.head() } };
    });
}

Result<QJsonObject> consultGet(Ctx &c, ClientSession *session, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    if (auto found = c.store.find(id); !found)
        return found.error();
    if (!Ctx::isSupervisor(session)) {
        auto may = c.store.mayRead(id, session->userId());
        if (!may)
            return may.error();
        if (!*may)
            return makeError(ErrorCode::Forbidden, QStringLiteral("consult %1 is not yours to read").arg(id));
    }
    auto consult = c.store.json(id);
    if (!consult)
        return consult.error();
    c.h.server().audit().record(
        RequestHandlers::auditEntry(session, QString::fromUtf16(op::ConsultGet), consultSubject(id)));
    return QJsonObject { { QStringLiteral("consult"), consult.value() } };
}

Result<QJsonObject> consultList(Ctx &c, ClientSession *session, Args &args)
{
    const qint64 contactId = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    if (auto facts = c.store.contact(contactId); !facts)
        return facts.error();
    auto all = c.store.listForContact(contactId);
    if (!all)
        return all.error();
    QJsonArray visible;
    for (const QJsonValue &v : all.value()) {
        if (!Ctx::isSupervisor(session)) {
            auto may = c.store.mayRead(v.toObject().value(QStringLiteral("id")).toInteger(), session->userId());
            if (!may)
                return may.error();
            if (!*may)
                continue;
        }
        visible.append(v);
    }
    c.h.server().audit().record(
        RequestHandlers::auditEntry(session, QString::fromUtf16(op::ConsultList), Ctx::contactTopic(contactId)));
    return QJsonObject { { QStringLiteral("consults"), visible } };
}

// ---- conference --------------------------------------------------------------------------

Result<QJsonObject> conferenceAdd(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contactId = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    const qint64 userId = args.integer(QStringLiteral("user"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ConferenceAdd);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto facts = c.store.contact(contactId);
        if (!facts)
            return facts.error();
        if (facts->state != u"active")
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("contact %1 is %2, not active").arg(contactId).arg(facts->state));
        if (facts->owner != session->userId() && !Ctx::isSupervisor(session))
            return makeError(ErrorCode::Forbidden, QStringLiteral("only the owner or a lead conferences someone in"));
        if (facts->owner == userId)
            return badField(QStringLiteral("user"), QStringLiteral("the owner is already on the contact"));
        auto user = c.store.user(userId);
        if (!user)
            return user.error();
        if (!user->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(userId),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("user") } });
        if ((*user)->role != u"lead") {
            auto consulted = c.store.hasAnsweredConsult(contactId, userId);
            if (!consulted)
                return consulted.error();
            if (!*consulted)
                return badField(QStringLiteral("user"),
                                QStringLiteral("conference in someone who accepted a consult on this contact"));
        }
        const PresenceState state = c.h.server().presence().stateOf(userId);
        if (state == PresenceState::Offline)
            return makeError(ErrorCode::Unavailable, QStringLiteral("user %1 is offline").arg(userId),
                             QJsonObject { { QStringLiteral("state"), presenceName(state) } });
        auto already = c.store.isParticipant(contactId, userId);
        if (!already)
            return already.error();
        if (*already)
            return makeError(ErrorCode::Conflict, QStringLiteral("user %1 is already on the contact").arg(userId));
        if (auto j = c.store.join(contactId, userId, QStringLiteral("expert")); !j)
            return j.error();
        if (auto a = c.audit(session, op, Ctx::contactTopic(contactId)); !a)
            return a.error();
        auto contact = c.publishContact(contactId);
        if (!contact)
            return contact.error();
        // The one brought in learns it on their own topic.
        if (auto p = c.publish(Ctx::userTopic(userId), event::ContactUpdated,
                               QJsonObject { { QStringLiteral("contact"), contact.value() } });
            !p)
            return p.error();
        return QJsonObject { { QStringLiteral("contact"), contact.value() }, { QStringLiteral("seq"), c.head() } };
    });
}

Result<QJsonObject> conferenceLeave(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contactId = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    const qint64 me = session->userId();
    const qint64 userId = args.optInteger(QStringLiteral("user"), me, 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ConferenceLeave);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto facts = c.store.contact(contactId);
        if (!facts)
            return facts.error();
        if (facts->state == u"closed")
            return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is closed").arg(contactId));
        if (userId != me && facts->owner != me && !Ctx::isSupervisor(session))
            return makeError(ErrorCode::Forbidden, QStringLiteral("only the owner or a lead removes someone"));
        if (facts->owner == userId) {
            // The owner's leg ends; the contact stays theirs (they stay accountable).
            if (auto l = c.store.leave(contactId, userId, { QStringLiteral("owner") }); !l)
                return l.error();
        } else {
            auto left = c.store.leave(contactId, userId, { QStringLiteral("expert"), QStringLiteral("agent") });
            if (!left)
                return left.error();
            if (*left == 0)
                return makeError(ErrorCode::InvalidState,
                                 QStringLiteral("user %1 is not on contact %2").arg(userId).arg(contactId));
        }
        if (auto a = c.audit(session, op, Ctx::contactTopic(contactId)); !a)
            return a.error();
        auto contact = c.publishContact(contactId);
        if (!contact)
            return contact.error();
        if (userId != me) {
            if (auto p = c.publish(Ctx::userTopic(userId), event::ContactUpdated,
                                   QJsonObject { { QStringLiteral("contact"), contact.value() } });
                !p)
                return p.error();
        }
        return QJsonObject { { QStringLiteral("contact"), contact.value() }, { QStringLiteral("seq"), c.head() } };
    });
}

// Offers of a previous run died with it (their clocks are gone): they expire now.
void expireLeftovers(Ctx &c)
{
    auto r = c.h.server().transact([&]() -> Result<void> {
        auto consults = c.store.offeredConsults();
        if (!consults)
            return consults.error();
        for (qint64 id : consults.value()) {
            if (auto o = c.store.closeOpenOffers(id, QStringLiteral("expired")); !o)
                return o.error();
            if (auto u = c.store.update(id, ConsultStore::Change { QStringLiteral("expired") }); !u)
                return u;
        }
        auto transfers = c.store.offeredTransfers();
        if (!transfers)
            return transfers.error();
        for (qint64 id : transfers.value()) {
            if (auto s = c.store.setTransfer(id, QStringLiteral("expired")); !s)
                return s;
        }
        return {};
    });
    if (!r)
        qCWarning(lcServer) << "could not expire consult and transfer offers of the previous run";
}

} // namespace

void registerConsultOps(RequestHandlers &handlers)
{
    auto ctx = std::make_shared<ConsultContext>(handlers, handlers.server().config().consultTimeoutMs);
    expireLeftovers(*ctx);
    auto bind = [ctx](auto fn) {
        return [ctx, fn](ClientSession *s, Args &a) {
            return fn(*ctx, s, a);
        };
    };
    handlers.registerOp(QString::fromUtf16(op::ExpertFind), bind(expertFind));
    handlers.registerOp(QString::fromUtf16(op::ContactNotesSet), bind(notesSet));
    handlers.registerOp(QString::fromUtf16(op::ConsultRequest), bind(consultRequest));
    handlers.registerOp(QString::fromUtf16(op::ConsultAccept), bind(consultAccept));
    handlers.registerOp(QString::fromUtf16(op::ConsultDecline), bind(consultDecline));
    handlers.registerOp(QString::fromUtf16(op::ConsultCancel), bind(consultCancel));
    handlers.registerOp(QString::fromUtf16(op::ConsultMessage), bind(consultMessage));
    handlers.registerOp(QString::fromUtf16(op::ConsultReceipt), bind(consultReceipt));
    handlers.registerOp(QString::fromUtf16(op::ConsultEnd), bind(consultEnd));
    handlers.registerOp(QString::fromUtf16(op::ConsultGet), bind(consultGet));
    handlers.registerOp(QString::fromUtf16(op::ConsultList), bind(consultList));
    handlers.registerOp(QString::fromUtf16(op::ConferenceAdd), bind(conferenceAdd));
    handlers.registerOp(QString::fromUtf16(op::ConferenceLeave), bind(conferenceLeave));
    registerTransferOps(handlers, ctx);
}

} // namespace spocs
