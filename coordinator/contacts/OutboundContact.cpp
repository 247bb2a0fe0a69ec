#include "coordinator/contacts/OutboundContact.h"

#include "coordinator/contacts/ContactRecords.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/contacts/ContactStore.h"
#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/contacts/RoutingPolicy.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

namespace spocs {

OutboundContact::OutboundContact(RequestHandlers &handlers, ContactRouter &router)
    : m_handlers(handlers)
    , m_router(router)
{ }

Result<void> OutboundContact::check(ClientSession *session, const Request &request)
{
    const Role role = session->session().user.role;
    if (role != Role::Agent && role != Role::Lead)
        return makeError(ErrorCode::Forbidden, QStringLiteral("only agents and leads contact customers"));
    // A chat is the customer's to open; the agent calls or writes.
    if (request.channel != u"phone" && request.channel != u"email")
        return badField(QStringLiteral("channel"), QStringLiteral("channel must be phone or email"));
    return {};
}

namespace {

// Makes `code` the contact's first reason (and its queue the reason's skill) when it is a reason
// in use; false when there is no such reason or it is archived.
Result<bool> useReason(ContactStore &store, const QString &code, ContactStore::Outbound &outbound)
{
    SPOCS_TRY_LET(reason, store.reason(code));
    if (!*reason || (*reason)->archived)
        return false;
    outbound.reason = code;
    if (!(*reason)->skill.isEmpty())
        outbound.queue = (*reason)->skill;
    return true;
}

} // namespace

Result<void> OutboundContact::checkFollowUp(ClientSession *session, qint64 followUpOf, const QString &customer)
{
    // The caller's own open follow-up (or a lead's), for this customer.
    SPOCS_TRY(FollowUpStore(m_handlers.server().db()).workable(session, followUpOf));
    SPOCS_TRY_LET(followed, m_router.store().routing(followUpOf));
    if (followed->customerId != customer)
        return badField(QStringLiteral("followUp"),
                        QStringLiteral("the follow-up of contact %1 is another customer's").arg(followUpOf));
    return {};
}

Result<QJsonObject> OutboundContact::start(ClientSession *session, const QString &op, const Request &request)
{
    ContactStore &store = m_router.store();
    ContactStore::Outbound outbound;
    outbound.channel = request.channel;
    outbound.customerId = request.customer;
    outbound.owner = session->userId();
    outbound.queue = RoutingPolicy::generalQueue();
    outbound.note = request.note;
    outbound.followUpOf = request.followUpOf;
    if (request.followUpOf) {
        SPOCS_TRY(checkFollowUp(session, *request.followUpOf, request.customer));
    }
    if (!request.reason.isEmpty()) {
        SPOCS_TRY_LET(used, useReason(store, request.reason, outbound));
        if (!*used)
            return badField(QStringLiteral("reason"), QStringLiteral("no reason %1").arg(request.reason));
    } else if (request.followUpOf) {
        // It carries on the followed contact's first reason still in use.
        SPOCS_TRY_LET(codes, contactrecords::reasonCodes(m_handlers.server().db(), *request.followUpOf));
        for (const QString &code : std::as_const(*codes)) {
            SPOCS_TRY_LET(used, useReason(store, code, outbound));
            if (*used)
                break;
        }
    }
    SPOCS_TRY_LET(id, store.createOutbound(outbound));
    SPOCS_TRY(m_handlers.server().audit().recordNow(
        RequestHandlers::auditEntry(session, op, QStringLiteral("contact:%1").arg(*id))));
    SPOCS_TRY_LET(contact, m_router.publish(*id));
    // The owner's other desktops (and their "My day") see it in hand.
    SPOCS_TRY(m_handlers.server().events().publish(QStringLiteral("user:%1").arg(outbound.owner),
                                                   QString::fromUtf16(event::ContactUpdated),
                                                   QJsonObject { { QStringLiteral("contact"), *contact } }));
    return QJsonObject { { QStringLiteral("contact"), *contact },
                         { QStringLiteral("seq"), m_handlers.server().events().head() } };
}

void OutboundContact::started(ClientSession *session)
{
    CoordinatorServer &server = m_handlers.server();
    if (server.presence().set(session->userId(), PresenceState::OnContact, {}, server.db().now()))
        server.publishPresence(session->userId());
}

} // namespace spocs
