#include "coordinator/ClientSession.h"
#include "coordinator/ContactRouter.h"
#include "coordinator/CoordinatorServer.h"
#include "coordinator/RequestHandlers.h"
#include "coordinator/RoutingPolicy.h"
#include "core/Args.h"
#include "core/Ops.h"

#include <QJsonArray>

// Contact ops (issue 7): inbound contacts, offers, tasks, closing, the reason tree.
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

bool isSupervisor(ClientSession *session)
{
    const Role role = session->session().user.role;
    return role == Role::Lead || role == Role::Admin;
}

// Runs a contact write: audit, events and the answer {"contact", "seq"}.
Result<QJsonObject> finishWrite(Ctx &c, ClientSession *session, const QString &op, qint64 id)
{
    if (auto a = c.h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, contactSubject(id))); !a)
        return a.error();
    auto contact = c.router.publish(id);
    if (!contact)
        return contact.error();
    return QJsonObject { { QStringLiteral("contact"), contact.value() },
                         { QStringLiteral("seq"), c.h.server().events().head() } };
}

Result<QJsonObject> inbound(Ctx &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString channel = args.string(QStringLiteral("channel"), 16);
    const QString customer = args.string(QStringLiteral("customer"), 64);
    if (!args.ok())
        return args.error();
    if (!RoutingPolicy::channelFromName(channel))
        return makeError(ErrorCode::BadRequest, QStringLiteral("channel must be phone, chat or email"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("channel") } });
    const QString op = QString::fromUtf16(op::ContactInbound);
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto id = c.router.store().create(channel, customer, session->userId());
        if (!id)
            return id.error();
        return finishWrite(c, session, op, *id);
    });
    if (r)
        c.router.schedule();
    return r;
}

Result<QJsonObject> get(Ctx &c, ClientSession *session, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    auto contact = c.router.store().json(id);
    if (!contact)
        return contact.error();
    c.h.server().audit().record(
        RequestHandlers::auditEntry(session, QString::fromUtf16(op::ContactGet), contactSubject(id)));
    return QJsonObject { { QStringLiteral("contact"), contact.value() } };
}

void setPresence(Ctx &c, qint64 userId, PresenceState state)
{
    if (c.h.server().presence().set(userId, state, {}, QDateTime::currentDateTimeUtc()))
        c.h.server().publishPresence(userId);
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
            if (auto exists = c.router.store().routing(id); !exists)
                return exists.error();
            return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is not offered to you").arg(id));
        }
        if (auto s = c.router.store().setOffered(id, std::nullopt); !s)
            return s.error();
        if (accept) {
            if (auto s = c.router.store().setOwner(id, me); !s)
                return s.error();
        }
        if (auto s = c.router.store().transition(id, accept ? QStringLiteral("active") : QStringLiteral("queued"), me);
            !s)
            return s.error();
        answered = true;
        return finishWrite(c, session, op, id);
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
    auto contact = c.router.store().json(id);
    if (!contact)
        return contact.error();
    const QString state = contact->value(QStringLiteral("state")).toString();
    if (state != u"active")
        return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is %2, not active").arg(id).arg(state));
    const qint64 owner = contact->value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger();
    if (owner != session->userId() && !isSupervisor(session))
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
    if (!ContactStore::taskKinds().contains(kind))
        return makeError(ErrorCode::BadRequest, QStringLiteral("unknown task kind %1").arg(kind),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("kind") } });
    const QString op = QString::fromUtf16(op::ContactTaskAdd);
    return c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        if (auto m = mayWork(c, session, id); !m)
            return m.error();
        auto task = c.router.store().addTask(id, kind);
        if (!task)
            return task.error();
        auto answer = finishWrite(c, session, op, id);
        if (!answer)
            return answer.error();
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
        if (auto m = mayWork(c, session, id); !m)
            return m.error();
        if (auto s = c.router.store().resolveTask(id, task); !s)
            return s.error();
        return finishWrite(c, session, op, id);
    });
}

Result<QJsonObject> closeContact(Ctx &c, ClientSession *session, Args &args)
{
    const auto bad = [](const QString &field, const QString &message) {
        return makeError(ErrorCode::BadRequest, message, QJsonObject { { QStringLiteral("field"), field } });
    };
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    ContactStore::Closing closing;
    closing.expectedVersion = args.integer(QStringLiteral("version"), 1, protocol::MaxSafeInteger);
    closing.reasons = args.stringList(QStringLiteral("reasons"), 10, 64);
    closing.outcome = args.string(QStringLiteral("outcome"), 16);
    if (!args.ok())
        return args.error();
    if (closing.reasons.isEmpty())
        return bad(QStringLiteral("reasons"), QStringLiteral("name at least one contact reason"));
    if (closing.outcome != u"resolved" && closing.outcome != u"follow_up")
        return bad(QStringLiteral("outcome"), QStringLiteral("outcome must be resolved or follow_up"));
    if (closing.outcome == u"follow_up") {
        const QJsonValue f = args.value(QStringLiteral("followUp"));
        if (!f.isObject())
            return bad(QStringLiteral("followUp"), QStringLiteral("a follow-up needs followUp.due"));
        Args follow(f.toObject());
        closing.followUpDue = follow.string(QStringLiteral("due"), 32);
        if (follow.has(QStringLiteral("owner")))
            closing.followUpOwner = follow.integer(QStringLiteral("owner"), 1, protocol::MaxSafeInteger);
        if (!follow.ok())
            return bad(QStringLiteral("followUp"), follow.error().message);
        const bool validDue = QDate::fromString(closing.followUpDue, Qt::ISODate).isValid()
            || QDateTime::fromString(closing.followUpDue, Qt::ISODateWithMs).isValid();
        if (!validDue)
            return bad(QStringLiteral("followUp"), QStringLiteral("followUp.due must be an ISO date or time"));
        if (!closing.followUpOwner)
            closing.followUpOwner = session->userId();
    }
    const QString op = QString::fromUtf16(op::ContactClose);
    qint64 owner = 0;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        if (auto m = mayWork(c, session, id); !m)
            return m.error();
        auto current = c.router.store().json(id);
        if (!current)
            return current.error();
        const qint64 version = current->value(QStringLiteral("version")).toInteger();
        if (version != closing.expectedVersion)
            return makeError(ErrorCode::VersionConflict, QStringLiteral("the contact changed meanwhile"),
                             QJsonObject { { QStringLiteral("current"), version },
                                           { QStringLiteral("expected"), closing.expectedVersion } });
        owner = current->value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger();
        if (auto s = c.router.store().close(id, closing, session->userId()); !s)
            return s.error();
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

Result<QJsonObject> reasonList(Ctx &c, ClientSession *, Args &)
{
    auto reasons = c.router.store().reasons();
    if (!reasons)
        return reasons.error();
    return QJsonObject { { QStringLiteral("reasons"), reasons.value() } };
}

} // namespace

void registerContactOps(RequestHandlers &handlers)
{
    auto ctx = std::make_shared<Ctx>(Ctx { handlers, handlers.contactRouter() });
    auto bind = [ctx](auto fn) {
        return [ctx, fn](ClientSession *s, Args &a) {
            return fn(*ctx, s, a);
        };
    };
    handlers.registerOp(QString::fromUtf16(op::ContactInbound), bind(inbound));
    handlers.registerOp(QString::fromUtf16(op::ContactGet), bind(get));
    handlers.registerOp(QString::fromUtf16(op::ContactAccept),
                        bind([](Ctx &c, ClientSession *s, Args &a) { return answerOffer(c, s, a, true); }));
    handlers.registerOp(QString::fromUtf16(op::ContactDecline),
                        bind([](Ctx &c, ClientSession *s, Args &a) { return answerOffer(c, s, a, false); }));
    handlers.registerOp(QString::fromUtf16(op::ContactTaskAdd), bind(taskAdd));
    handlers.registerOp(QString::fromUtf16(op::ContactTaskResolve), bind(taskResolve));
    handlers.registerOp(QString::fromUtf16(op::ContactClose), bind(closeContact));
    handlers.registerOp(QString::fromUtf16(op::ReasonList), bind(reasonList));
}

} // namespace spocs
