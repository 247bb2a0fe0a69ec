#include "coordinator/auth/Roles.h"
#include "coordinator/consults/ConsultContext.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QJsonArray>

// Finding an expert, the contact's shared notes and conferencing someone in or out.
namespace spocs {
namespace {

using Ctx = ConsultContext;

// What the ops check about a contact that is still open; invalid_state once it is closed.
Result<ConsultStore::ContactFacts> openContact(Ctx &c, qint64 contactId)
{
    SPOCS_TRY_LET(facts, c.store.contact(contactId));
    if (facts->state == u"closed")
        return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is closed").arg(contactId));
    return facts;
}

// ---- expert.find, contact.notes.set ------------------------------------------------------

Result<QJsonObject> expertFind(ConsultContext &c, ClientSession *session, Args &args)
{
    ExpertDirectory::Query query;
    query.skill = args.optString(QStringLiteral("skill"), {}, 64);
    query.query = args.optString(QStringLiteral("query"), {}, 200);
    query.limit = int(args.optInteger(QStringLiteral("limit"), 20, 1, 50));
    if (!args.ok())
        return args.error();
    query.exclude.insert(session->userId());
    SPOCS_TRY_LET(found, c.directory.find(query));
    QJsonArray experts;
    for (const ExpertDirectory::Entry &e : found.value())
        experts.append(e.toJson());
    return QJsonObject { { QStringLiteral("experts"), experts } };
}

Result<QJsonObject> notesSet(ConsultContext &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString notes = args.string(QStringLiteral("notes"), 8000);
    const qint64 expected = args.optInteger(QStringLiteral("version"), 0, 0, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ContactNotesSet);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(facts, openContact(c, id));
        if (!isOwnerOrSupervisor(session, facts->owner.value_or(0)))
            return makeError(ErrorCode::Forbidden, QStringLiteral("only the owner or a lead writes the notes"));
        if (expected > 0 && expected != facts->version)
            return versionConflict("contact", facts->version, expected);
        SPOCS_TRY(c.store.setNotes(id, notes));
        SPOCS_TRY(c.audit(session, op, Ctx::contactTopic(id)));
        return c.contactAnswer(id);
    });
}

// ---- conference --------------------------------------------------------------------------

Result<QJsonObject> conferenceAdd(ConsultContext &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contactId = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    const qint64 userId = args.integer(QStringLiteral("user"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ConferenceAdd);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(facts,
                      c.ownedActiveContact(session, contactId,
                                           QStringLiteral("only the owner or a lead conferences someone in")));
        if (facts->owner == userId)
            return badField(QStringLiteral("user"), QStringLiteral("the owner is already on the contact"));
        SPOCS_TRY_LET(user, c.store.user(userId));
        if (!user->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(userId),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("user") } });
        if (!worksContacts((*user)->role))
            return badField(QStringLiteral("user"), QStringLiteral("user %1 does not work contacts").arg(userId));
        if ((*user)->role != u"lead") {
            SPOCS_TRY_LET(consulted, c.store.hasAnsweredConsult(contactId, userId));
            if (!*consulted)
                return badField(QStringLiteral("user"),
                                QStringLiteral("conference in someone who accepted a consult on this contact"));
        }
        // As for a consult offer: nobody on a break or wrapping up is brought onto a call. The expert
        // who accepted the consult is still available or on a contact of their own.
        const PresenceState state = c.h.server().presence().stateOf(userId);
        if (!ExpertDirectory::reachable(state))
            return makeError(ErrorCode::Unavailable,
                             QStringLiteral("user %1 is %2").arg(userId).arg(presenceName(state)),
                             QJsonObject { { QStringLiteral("state"), presenceName(state) } });
        SPOCS_TRY_LET(already, c.store.isParticipant(contactId, userId));
        if (*already)
            return makeError(ErrorCode::Conflict, QStringLiteral("user %1 is already on the contact").arg(userId));
        SPOCS_TRY(c.router.store().addParticipant(contactId, userId, QStringLiteral("expert")));
        SPOCS_TRY(c.audit(session, op, Ctx::contactTopic(contactId)));
        // The one brought in learns it on their own topic.
        return c.contactAnswer(contactId, userId);
    });
}

Result<QJsonObject> conferenceLeave(ConsultContext &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 contactId = args.integer(QStringLiteral("contact"), 1, protocol::MaxSafeInteger);
    const qint64 me = session->userId();
    const qint64 userId = args.optInteger(QStringLiteral("user"), me, 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ConferenceLeave);
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(facts, openContact(c, contactId));
        if (userId != me && facts->owner != me && !isSupervisor(session))
            return makeError(ErrorCode::Forbidden, QStringLiteral("only the owner or a lead removes someone"));
        if (facts->owner == userId) {
            // The owner's leg ends; the contact stays theirs (they stay accountable).
            SPOCS_TRY(c.store.leave(contactId, userId, { QStringLiteral("owner") }));
        } else {
            SPOCS_TRY_LET(left,
                          c.store.leave(contactId, userId, { QStringLiteral("expert"), QStringLiteral("agent") }));
            if (*left == 0)
                return makeError(ErrorCode::InvalidState,
                                 QStringLiteral("user %1 is not on contact %2").arg(userId).arg(contactId));
        }
        SPOCS_TRY(c.audit(session, op, Ctx::contactTopic(contactId)));
        return c.contactAnswer(contactId, userId != me ? std::optional<qint64>(userId) : std::nullopt);
    });
    if (r)
        c.router.schedule(); // the one who left may take a waiting contact now
    return r;
}

} // namespace

void registerConferenceOps(RequestHandlers &handlers, const std::shared_ptr<ConsultContext> &ctx)
{
    FeatureOps<ConsultContext> ops(handlers, *ctx, ctx);
    ops.add(op::ExpertFind, expertFind);
    ops.add(op::ContactNotesSet, notesSet);
    ops.add(op::ConferenceAdd, conferenceAdd);
    ops.add(op::ConferenceLeave, conferenceLeave);
}

} // namespace spocs
