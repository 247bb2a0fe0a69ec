#include "coordinator/auth/Roles.h"
#include "coordinator/consults/ConsultContext.h"
#include "coordinator/contacts/ContactRouter.h"
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
#include <QTimer>

// The consult ops: ring an expert or a skill, first accept wins, chat with receipts. The
// feature (stores, clocks, state machine) is ConsultContext; conferences are in
// ConferenceOps.cpp, transfers and forwarding in TransferOps.cpp.
namespace spocs {

namespace {

using Ctx = ConsultContext;

QString consultSubject(qint64 id)
{
    return QStringLiteral("consult:%1").arg(id);
}

// ---- consults ----------------------------------------------------------------------------

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
    QDateTime expiresAt;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(facts,
                      c.ownedActiveContact(session, contactId,
                                           QStringLiteral("only the contact's owner or a lead asks for help")));
        QList<qint64> offerTo;
        if (expert > 0) {
            if (expert == me)
                return badField(QStringLiteral("expert"), QStringLiteral("you cannot consult yourself"));
            SPOCS_TRY_LET(user, c.store.user(expert));
            if (!user->has_value())
                return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(expert),
                                 QJsonObject { { QStringLiteral("field"), QStringLiteral("expert") } });
            if (!worksContacts((*user)->role))
                return badField(QStringLiteral("expert"), QStringLiteral("user %1 does not work contacts").arg(expert));
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
            SPOCS_TRY_LET(found, c.directory.find(query));
            for (const ExpertDirectory::Entry &e : found.value())
                offerTo.append(e.user.id);
            if (offerTo.isEmpty())
                return makeError(ErrorCode::Unavailable, QStringLiteral("nobody with skill %1 is available").arg(skill),
                                 QJsonObject { { QStringLiteral("skill"), skill } });
        }
        SPOCS_TRY_LET(id,
                      c.store.create(contactId, me, expert > 0 ? std::optional<qint64>(expert) : std::nullopt, skill,
                                     question, offerTo));
        SPOCS_TRY(c.audit(session, op, consultSubject(*id)));
        SPOCS_TRY_LET(consult, c.publishConsult(*id));
        expiresAt = c.h.server().db().now().addMSecs(c.timeoutMs);
        const QJsonObject offered
            = Ctx::offeredJson(QJsonObject { { QStringLiteral("consult"), consult.value() } }, expiresAt);
        for (qint64 user : offerTo) {
            SPOCS_TRY(c.publish(Ctx::userTopic(user), event::ConsultOffered, offered));
        }
        created = *id;
        QJsonObject answer = offered;
        answer.insert(QStringLiteral("seq"), c.head());
        return answer;
    });
    if (r && created > 0) {
        Ctx *ctx = &c;
        c.arm(c.consultClocks, created, expiresAt, [ctx, created] { ctx->expireConsult(created); });
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
    SPOCS_TRY_LET(consult, c.store.find(id));
    SPOCS_TRY_LET(offers, c.store.offers(id));
    if (!offers->contains(me))
        return makeError(ErrorCode::Forbidden, QStringLiteral("consult %1 was not offered to you").arg(id));
    if (accepting && consult->expert && *consult->expert != me)
        return makeError(ErrorCode::Conflict, QStringLiteral("someone else took this consult"),
                         QJsonObject { { QStringLiteral("expert"), c.personOrNull(consult->expert) } });
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
        SPOCS_TRY_LET(offer, openOfferFor(c, id, me, true));
        const ConsultStore::Consult &consult = offer->consult;
        SPOCS_TRY(c.store.setOffer(id, me, QStringLiteral("accepted")));
        SPOCS_TRY_LET(losers, c.store.closeOpenOffers(id, QStringLiteral("withdrawn")));
        ConsultStore::Change change { QStringLiteral("active") };
        change.expert = me;
        SPOCS_TRY(c.store.update(id, change));
        SPOCS_TRY(c.store.bumpConsultCount(consult.contactId));
        SPOCS_TRY(c.audit(session, op, consultSubject(id)));
        SPOCS_TRY(c.withdraw(id, losers.value()));
        SPOCS_TRY_LET(json, c.publishConsult(id));
        SPOCS_TRY(c.router.publish(consult.contactId));
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
        SPOCS_TRY_LET(offer, openOfferFor(c, id, me, false));
        const ConsultStore::Consult &consult = offer->consult;
        SPOCS_TRY(c.store.setOffer(id, me, QStringLiteral("declined"), reason));
        SPOCS_TRY_LET(after, c.store.offers(id));
        QJsonObject extra;
        if (!after->values().contains(QStringLiteral("open"))) {
            ConsultStore::Change change { QStringLiteral("declined") };
            change.declineReason = reason;
            SPOCS_TRY(c.store.update(id, change));
            extra.insert(QStringLiteral("next"), c.nextExpert(consult));
            over = true;
        }
        SPOCS_TRY(c.audit(session, op, consultSubject(id)));
        return c.consultAnswer(id, extra);
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
        SPOCS_TRY_LET(consult, c.store.find(id));
        if (!isOwnerOrSupervisor(session, consult->requester))
            return makeError(ErrorCode::Forbidden, QStringLiteral("only the requester cancels a consult"));
        SPOCS_TRY(Ctx::consultIs(*consult, u"offered"));
        SPOCS_TRY_LET(offered, c.store.closeOpenOffers(id, QStringLiteral("withdrawn")));
        SPOCS_TRY(c.store.update(id, ConsultStore::Change { QStringLiteral("cancelled") }));
        SPOCS_TRY(c.audit(session, op, consultSubject(id)));
        SPOCS_TRY(c.withdraw(id, offered.value()));
        cancelled = true;
        return c.consultAnswer(id);
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
        SPOCS_TRY_LET(consult, c.store.find(id));
        SPOCS_TRY_LET(other, otherParty(*consult, me));
        SPOCS_TRY(Ctx::consultIs(*consult, u"active"));
        SPOCS_TRY_LET(message, c.store.addMessage(id, me, body));
        SPOCS_TRY(c.audit(session, op, consultSubject(id)));
        const QJsonObject data { { QStringLiteral("consultId"), id }, { QStringLiteral("message"), message.value() } };
        SPOCS_TRY(c.publish(Ctx::consultTopic(id), event::ConsultMessageAdded, data));
        SPOCS_TRY(c.publish(Ctx::userTopic(*other), event::ConsultMessageAdded, data));
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
        SPOCS_TRY_LET(consult, c.store.find(id));
        SPOCS_TRY_LET(other, otherParty(*consult, me));
        SPOCS_TRY_LET(marked, c.store.markReceipt(id, me, upTo, kind == u"read"));
        const QJsonObject data { { QStringLiteral("consultId"), id },
                                 { QStringLiteral("upTo"), upTo },
                                 { QStringLiteral("kind"), kind },
                                 { QStringLiteral("by"), c.personOrNull(me) } };
        if (*marked > 0) {
            SPOCS_TRY(c.publish(Ctx::consultTopic(id), event::ConsultReceipt, data));
            SPOCS_TRY(c.publish(Ctx::userTopic(*other), event::ConsultReceipt, data));
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
        SPOCS_TRY_LET(consult, c.store.find(id));
        if (auto other = otherParty(*consult, me); !other && !isSupervisor(session))
            return other.error();
        SPOCS_TRY(Ctx::consultIs(*consult, u"active"));
        ConsultStore::Change change { QStringLiteral("ended") };
        if (!answerText.isEmpty())
            change.answer = answerText;
        SPOCS_TRY(c.store.update(id, change));
        SPOCS_TRY_LET(ended, c.store.consult(id));
        SPOCS_TRY(c.history().consulted(*ended, me));
        SPOCS_TRY(c.audit(session, op, consultSubject(id)));
        return c.consultAnswer(id);
    });
}

Result<QJsonObject> consultGet(Ctx &c, ClientSession *session, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY(c.store.find(id));
    if (!isSupervisor(session)) {
        SPOCS_TRY_LET(may, c.store.mayRead(id, session->userId()));
        if (!*may)
            return makeError(ErrorCode::Forbidden, QStringLiteral("consult %1 is not yours to read").arg(id));
    }
    SPOCS_TRY_LET(consult, c.store.json(id));
    c.h.server().audit().record(
        RequestHandlers::auditEntry(session, QString::fromUtf16(op::ConsultGet), consultSubject(id)));
    return QJsonObject { { QStringLiteral("consult"), consult.value() } };
}

Result<QJsonObject> consultList(Ctx &c, ClientSession *session, Args &args)
{
    const qint64 contactId = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY(c.store.contact(contactId));
    SPOCS_TRY_LET(all, c.store.listForContact(contactId));
    QJsonArray visible;
    for (const QJsonValue &v : all.value()) {
        if (!isSupervisor(session)) {
            SPOCS_TRY_LET(may,
                          c.store.mayRead(v.toObject().value(QStringLiteral("id")).toInteger(), session->userId()));
            if (!*may)
                continue;
        }
        visible.append(v);
    }
    c.h.server().audit().record(
        RequestHandlers::auditEntry(session, QString::fromUtf16(op::ConsultList), Ctx::contactTopic(contactId)));
    return QJsonObject { { QStringLiteral("consults"), visible } };
}

} // namespace

void registerConsultOps(RequestHandlers &handlers)
{
    auto ctx = std::make_shared<ConsultContext>(handlers, handlers.server().config().consultTimeoutMs);
    handlers.whenStarted([weak = std::weak_ptr<ConsultContext>(ctx)] {
        if (const auto c = weak.lock())
            c->expireLeftovers();
    });
    handlers.contactRouter().setClosedHook(
        [weak = std::weak_ptr<ConsultContext>(ctx)](qint64 contactId, std::optional<qint64> byUser) -> Result<void> {
            if (const auto c = weak.lock())
                return c->endWithContact(contactId, byUser);
            return {};
        });
    handlers.contactRouter().setOtherOffersHook(
        [weak = std::weak_ptr<ConsultContext>(ctx)](ClientSession *session) -> Result<QJsonObject> {
            if (const auto c = weak.lock())
                return c->openOffersTo(session);
            return QJsonObject();
        });
    FeatureOps<ConsultContext> ops(handlers, *ctx, ctx);
    ops.add(op::ConsultRequest, consultRequest);
    ops.add(op::ConsultAccept, consultAccept);
    ops.add(op::ConsultDecline, consultDecline);
    ops.add(op::ConsultCancel, consultCancel);
    ops.add(op::ConsultMessage, consultMessage);
    ops.add(op::ConsultReceipt, consultReceipt);
    ops.add(op::ConsultEnd, consultEnd);
    ops.add(op::ConsultGet, consultGet);
    ops.add(op::ConsultList, consultList);
    registerConferenceOps(handlers, ctx);
    registerTransferOps(handlers, ctx);
}

} // namespace spocs
