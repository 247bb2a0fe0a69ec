#include "coordinator/auth/Roles.h"
#include "coordinator/consults/ConsultContext.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/contacts/RoutingPolicy.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/Log.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

// Warm and cold transfers with guardrails (the target is reserved while the offer is
// open; a declined or expired offer leaves the contact with its owner, with a notice), and
// forwarding a contact whose reason is forward-only.
namespace spocs {
namespace {

using Ctx = ConsultContext;

QString transferSubject(qint64 id)
{
    return QStringLiteral("transfer:%1").arg(id);
}

// What the rep is told when the hand-over did not happen: the contact stays with them.
QJsonObject notice(const QString &kind, const QJsonObject &transfer, const QString &reason)
{
    const QString who = transfer.value(QStringLiteral("to")).toObject().value(QStringLiteral("name")).toString();
    QString message = kind == u"declined"
        ? QStringLiteral("%1 declined the transfer%2. The contact stays with you.")
              .arg(who, reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason))
        : QStringLiteral("%1 did not answer the transfer in time. The contact stays with you.").arg(who);
    return QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("message"), message } };
}

// Whether `user` can take one more contact on `channel` now: "full" or their presence when not.
std::optional<QString> refusal(Ctx &c, qint64 userId, const QString &channel)
{
    const PresenceState state = c.h.server().presence().stateOf(userId);
    if (state != PresenceState::Available && state != PresenceState::OnContact)
        return presenceName(state);
    auto loads = c.router.store().loads();
    if (!loads)
        return QStringLiteral("full");
    const ContactStore::Load load = loads->value(userId);
    if (load.voice > 0)
        return QStringLiteral("full");
    if (channel == u"phone" ? load.text > 0 : load.text >= RoutingPolicy::kMaxTextContacts)
        return QStringLiteral("full");
    return std::nullopt;
}

void onTransferTimeout(Ctx &c, qint64 transferId)
{
    auto r = c.h.server().transact([&]() -> Result<void> {
        SPOCS_TRY_LET(transfer, c.store.findTransfer(transferId));
        if (!transfer->has_value() || (*transfer)->state != u"offered")
            return {};
        SPOCS_TRY(c.store.setTransfer(transferId, QStringLiteral("expired")));
        SPOCS_TRY_LET(json, c.store.transferJson(transferId));
        SPOCS_TRY(c.publishTransfer(transferId, notice(QStringLiteral("expired"), json.value(), {})));
        return {};
    });
    if (!r)
        qCWarning(lcServer) << "could not expire transfer" << transferId;
    c.router.schedule(); // the reserved target is free again
}

// Conflict while a transfer of the contact is open.
Result<void> noOpenTransfer(Ctx &c, qint64 contactId)
{
    SPOCS_TRY_LET(open, c.store.openTransfer(contactId));
    if (open->has_value())
        return makeError(ErrorCode::Conflict, QStringLiteral("a transfer of this contact is already open"),
                         QJsonObject { { QStringLiteral("transfer"), **open } });
    return {};
}

Result<QJsonObject> transferRequest(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contactId = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    const qint64 to = args.integer(QStringLiteral("to"), 1, protocol::MaxSafeInteger);
    const QString kind = args.string(QStringLiteral("kind"), 8);
    const QString note = args.optString(QStringLiteral("note"), {}, 2000).trimmed();
    if (!args.ok())
        return args.error();
    if (kind != u"warm" && kind != u"cold")
        return badField(QStringLiteral("kind"), QStringLiteral("kind must be warm or cold"));
    const QString op = QString::fromUtf16(op::TransferRequest);
    qint64 created = 0;
    QDateTime expiresAt;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(
            facts, c.ownedActiveContact(session, contactId, QStringLiteral("only the contact's owner transfers it")));
        if (!facts->owner)
            return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 has no owner").arg(contactId));
        if (to == *facts->owner)
            return badField(QStringLiteral("to"), QStringLiteral("the contact is already theirs"));
        SPOCS_TRY_LET(target, c.store.user(to));
        if (!target->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(to),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("to") } });
        if (!worksContacts((*target)->role))
            return badField(QStringLiteral("to"), QStringLiteral("user %1 does not work contacts").arg(to));
        if (kind == u"warm") {
            SPOCS_TRY_LET(consulted, c.store.hasAnsweredConsult(contactId, to));
            if (!*consulted)
                return badField(QStringLiteral("kind"),
                                QStringLiteral("a warm transfer needs an accepted consult with the target first"));
        }
        SPOCS_TRY(noOpenTransfer(c, contactId));
        if (const auto why = refusal(c, to, facts->channel))
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("%1 cannot take the contact now (%2)")
                                 .arg((*target)->person.value(QStringLiteral("name")).toString(), *why),
                             QJsonObject { { QStringLiteral("state"), *why } });
        SPOCS_TRY_LET(id,
                      c.store.createTransfer(contactId, *facts->owner, to, {}, kind, note, QStringLiteral("offered")));
        SPOCS_TRY(c.audit(session, op, transferSubject(*id)));
        SPOCS_TRY_LET(data, c.publishTransfer(*id));
        expiresAt = c.h.server().db().now().addMSecs(c.timeoutMs);
        const QJsonObject offered = Ctx::offeredJson(data.value(), expiresAt);
        SPOCS_TRY(c.publish(Ctx::userTopic(to), event::TransferOffered, offered));
        created = *id;
        return QJsonObject { { QStringLiteral("transfer"), data->value(QStringLiteral("transfer")) },
                             { QStringLiteral("expiresAt"), offered.value(QStringLiteral("expiresAt")) },
                             { QStringLiteral("seq"), c.head() } };
    });
    if (r && created > 0) {
        Ctx *ctx = &c;
        c.arm(c.transferClocks, created, expiresAt, [ctx, created] { onTransferTimeout(*ctx, created); });
    }
    return r;
}

// The transfer offered to the caller, still open.
Result<ConsultStore::Transfer> openOfferFor(Ctx &c, qint64 id, qint64 me)
{
    SPOCS_TRY_LET(transfer, c.store.findTransfer(id));
    if (!transfer->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no transfer %1").arg(id));
    if ((*transfer)->to != me)
        return makeError(ErrorCode::Forbidden, QStringLiteral("transfer %1 was not offered to you").arg(id));
    if ((*transfer)->state != u"offered")
        return makeError(ErrorCode::InvalidState, QStringLiteral("transfer %1 is %2").arg(id).arg((*transfer)->state),
                         QJsonObject { { QStringLiteral("state"), (*transfer)->state } });
    return **transfer;
}

Result<QJsonObject> transferAccept(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const qint64 me = session->userId();
    const QString op = QString::fromUtf16(op::TransferAccept);
    qint64 from = 0;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(transfer, openOfferFor(c, id, me));
        SPOCS_TRY_LET(facts, c.store.contact(transfer->contactId));
        if (facts->state != u"active" || facts->owner != transfer->from)
            return makeError(ErrorCode::InvalidState, QStringLiteral("the contact is no longer with its owner"));
        const qint64 contactId = transfer->contactId;
        SPOCS_TRY(c.store.handOver(contactId, me));
        // The call legs: the old owner drops (cold) or stays on as an agent (warm); a
        // conferenced leg of the new owner becomes the owner's leg.
        SPOCS_TRY(c.store.leave(contactId, transfer->from, { QStringLiteral("owner") }));
        if (transfer->kind == u"warm") {
            SPOCS_TRY(c.router.store().addParticipant(contactId, transfer->from, QStringLiteral("agent")));
        }
        SPOCS_TRY(c.store.leave(contactId, me, {}));
        SPOCS_TRY(c.router.store().addParticipant(contactId, me, QStringLiteral("owner")));
        SPOCS_TRY(c.store.setTransfer(id, QStringLiteral("accepted")));
        // The consults were the old owner's way to help the customer: they end, and the new
        // owner reads them on the contact and asks again if need be.
        SPOCS_TRY(c.endConsults(contactId, me));
        SPOCS_TRY(c.history().transferred(contactId, transfer->from, me, transfer->kind, me));
        SPOCS_TRY(c.audit(session, op, transferSubject(id)));
        SPOCS_TRY(c.router.publish(contactId));
        from = transfer->from;
        return c.withHead(c.publishTransfer(id));
    });
    if (r && from > 0) {
        c.disarm(c.transferClocks, id);
        c.setPresence(me, PresenceState::OnContact);
        c.releaseIfIdle(from);
        c.router.schedule();
    }
    return r;
}

Result<QJsonObject> transferDecline(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString reason = args.optString(QStringLiteral("reason"), {}, 500).trimmed();
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::TransferDecline);
    bool declined = false;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(transfer, openOfferFor(c, id, session->userId()));
        SPOCS_TRY(c.store.setTransfer(id, QStringLiteral("declined"), reason));
        SPOCS_TRY(c.audit(session, op, transferSubject(id)));
        SPOCS_TRY_LET(json, c.store.transferJson(id));
        declined = true;
        return c.withHead(c.publishTransfer(id, notice(QStringLiteral("declined"), json.value(), reason)));
    });
    if (r && declined) {
        c.disarm(c.transferClocks, id);
        c.router.schedule();
    }
    return r;
}

Result<QJsonObject> contactForward(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contactId = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString code = args.string(QStringLiteral("reason"), 64);
    const QString note = args.optString(QStringLiteral("note"), {}, 2000).trimmed();
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ContactForward);
    qint64 from = 0;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(facts,
                      c.ownedActiveContact(session, contactId, QStringLiteral("only the contact's owner forwards it")));
        if (!facts->owner)
            return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 has no owner").arg(contactId));
        SPOCS_TRY_LET(reason, c.router.store().reason(code));
        if (!reason->has_value())
            return badField(QStringLiteral("reason"), QStringLiteral("unknown reason %1").arg(code));
        if (!(*reason)->forwardOnly)
            return badField(QStringLiteral("reason"),
                            QStringLiteral("%1 is not a forward-only reason; transfer instead").arg(code));
        SPOCS_TRY(noOpenTransfer(c, contactId));
        const QString queue = (*reason)->skill.isEmpty() ? QStringLiteral("general") : (*reason)->skill;
        ConsultStore::Forwarding forwarding;
        forwarding.reasonId = (*reason)->id;
        forwarding.queue = queue;
        forwarding.preferred = (*reason)->forwardTo;
        SPOCS_TRY(c.store.forward(contactId, forwarding));
        SPOCS_TRY(c.endConsults(contactId, session->userId())); // as on a transfer: the rep lets go
        SPOCS_TRY(c.router.store().transition(contactId, QStringLiteral("queued"), session->userId()));
        SPOCS_TRY(c.store.leave(contactId, *facts->owner, {}));
        SPOCS_TRY_LET(id,
                      c.store.createTransfer(contactId, *facts->owner, (*reason)->forwardTo, queue,
                                             QStringLiteral("forward"), note, QStringLiteral("forwarded")));
        SPOCS_TRY(c.history().forwarded(contactId, *facts->owner, (*reason)->label, queue, note, session->userId()));
        SPOCS_TRY(c.audit(session, op, Ctx::contactTopic(contactId)));
        SPOCS_TRY(c.router.publish(contactId));
        from = *facts->owner;
        return c.withHead(c.publishTransfer(*id));
    });
    if (r && from > 0) {
        c.releaseIfIdle(from);
        c.router.schedule();
    }
    return r;
}

} // namespace

void registerTransferOps(RequestHandlers &handlers, const std::shared_ptr<ConsultContext> &ctx)
{
    FeatureOps<ConsultContext> ops(handlers, *ctx, ctx);
    ops.add(op::TransferRequest, transferRequest);
    ops.add(op::TransferAccept, transferAccept);
    ops.add(op::TransferDecline, transferDecline);
    ops.add(op::ContactForward, contactForward);
    // Transfer offers of a previous run died with it (their clocks are gone): they expire now, with
    // the events and the notice of a time-out, so the desktops that resume hear of it.
    handlers.whenStarted([weak = std::weak_ptr<ConsultContext>(ctx)] {
        const auto c = weak.lock();
        if (!c)
            return;
        const auto transfers = c->store.offeredTransfers();
        if (!transfers) {
            qCWarning(lcServer) << "could not read the transfer offers of the previous run";
            return;
        }
        for (qint64 id : transfers.value())
            onTransferTimeout(*c, id);
    });
}

} // namespace spocs
