#include "coordinator/server/RequestHandlers.h"

#include "coordinator/auth/CardNumberGuard.h"
#include "coordinator/auth/PasswordHasher.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/Log.h"
#include "core/Args.h"
#include "core/Ops.h"

#include <QJsonArray>
#include <QPointer>

namespace spocs {
namespace {

QString sessionExpiry(const AuthStore::SessionInfo &info)
{
    return info.expiresAt.toString(Qt::ISODateWithMs);
}

} // namespace

AuditLog::Entry RequestHandlers::auditEntry(ClientSession *session, const QString &action, const QString &subject,
                                            const QString &detail)
{
    AuditLog::Entry e;
    e.at = QDateTime::currentDateTimeUtc();
    if (session->isAuthenticated()) {
        e.userId = session->session().user.id;
        e.sessionId = session->session().sessionId;
    }
    e.action = action;
    e.subject = subject;
    e.detail = detail;
    return e;
}

RequestHandlers::RequestHandlers(CoordinatorServer &server)
    : m_server(server)
{
    auto bind = [this](auto method) {
        return [this, method](ClientSession *s, Args &a) {
            return (this->*method)(s, a);
        };
    };
    registerOp(QString::fromUtf16(op::AuthLogout), bind(&RequestHandlers::logout));
    registerOp(QString::fromUtf16(op::SessionMe), bind(&RequestHandlers::me));
    registerOp(QString::fromUtf16(op::EventsSubscribe), bind(&RequestHandlers::subscribe));
    registerOp(QString::fromUtf16(op::EventsUnsubscribe), bind(&RequestHandlers::unsubscribe));
    registerOp(QString::fromUtf16(op::PresenceSet), bind(&RequestHandlers::presenceSet));
    registerOp(QString::fromUtf16(op::PresenceList), bind(&RequestHandlers::presenceList));
    m_contactRouter = new ContactRouter(server, server.config().offerTimeoutMs, &server);
    // Feature modules: one line each.
    registerCustomerOps(*this);
    registerOrderOps(*this);
    registerProductOps(*this);
    registerBillingOps(*this);
    registerKnowledgeOps(*this);
    registerContactOps(*this);
    registerLeadOps(*this);
    registerConsultOps(*this);
    registerChannelOps(*this);
}

void RequestHandlers::registerOp(const QString &op, Handler handler)
{
    Q_ASSERT_X(findOp(op), "registerOp", "every op must be listed in core/Ops.cpp");
    m_handlers.insert(op, std::move(handler));
}

void RequestHandlers::registerRead(const QString &op, ReadHandler check)
{
    Q_ASSERT_X(findOp(op), "registerRead", "every op must be listed in core/Ops.cpp");
    m_reads.insert(op, std::move(check));
}

void RequestHandlers::handle(ClientSession *session, const protocol::Request &request)
{
    Args args(request.args);
    if (request.op == QStringView(op::AuthLogin)) {
        login(session, request.id, args);
        return;
    }
    const auto it = m_handlers.constFind(request.op);
    const auto read = m_reads.constFind(request.op);
    if (it == m_handlers.cend() && read == m_reads.cend()) {
        m_server.respond(session, request.id,
                         makeError(ErrorCode::UnknownOp, QStringLiteral("op %1 is not implemented").arg(request.op)));
        return;
    }
    // No full card number in any op's arguments (reads too: search terms are audited, a
    // presence reason is broadcast), before anything is stored, logged or sent on.
    {
        if (const auto field = CardNumberGuard::findCardNumber(request.args)) {
            m_server.respond(session, request.id,
                             makeError(ErrorCode::BadRequest,
                                       QStringLiteral("%1 holds a full card number; only brand, BIN and the last "
                                                      "four digits may be stored")
                                           .arg(field->left(64)),
                                       QJsonObject { { QStringLiteral("field"), field->left(64) } }));
            return;
        }
    }
    if (read != m_reads.cend()) {
        auto job = (*read)(session, args);
        if (!job)
            m_server.respond(session, request.id, job.error());
        else
            m_server.runRead(session, request.id, std::move(job).value());
        return;
    }
    m_server.respond(session, request.id, (*it)(session, args));
}

bool RequestHandlers::mayFollow(const UserInfo &user, const QString &topic) const
{
    if (!protocol::isValidTopic(topic))
        return false;
    if (topic == protocol::presenceTopic())
        return true;
    if (topic.startsWith(QStringLiteral("customer:")))
        return kCustomerRoles.testFlag(user.role);
    if (topic.startsWith(QStringLiteral("product:")))
        return kCustomerRoles.testFlag(user.role);
    if (topic == QStringLiteral("kb")) // knowledge base: publish/archive/proposal events
        return kCustomerRoles.testFlag(user.role);
    if (topic.startsWith(QStringLiteral("contact:")))
        return kCustomerRoles.testFlag(user.role);
    if (topic == QStringLiteral("reasons")) // issue 7: the reason tree changed
        return true;
    if (topic == QStringLiteral("queue")) // issue 7: the contact queue, for leads
        return user.role == Role::Lead || user.role == Role::Admin;
    if (topic.startsWith(QStringLiteral("user:"))) // issue 7: offers, only to the user offered
        return topic == QStringLiteral("user:%1").arg(user.id);
    return false;
}

void RequestHandlers::login(ClientSession *session, qint64 requestId, Args &args)
{
    const QString login = args.string(QStringLiteral("user"), 64);
    const QString password = args.string(QStringLiteral("password"), 1024);
    if (!args.ok()) {
        m_server.respond(session, requestId, args.error());
        return;
    }
    const auto candidate = m_server.auth().findLogin(login);
    if (candidate) {
        if (auto locked = m_server.auth().checkLockout(candidate->user.id); !locked) {
            qCInfo(lcAuth) << "login refused, account locked: user" << candidate->user.id;
            m_server.respond(session, requestId, locked.error());
            return;
        }
    }
    // The slow hash runs on the pool. An unknown user still pays for one verification,
    // so response times do not reveal which logins exist.
    static const QString dummyHash = PasswordHasher::hash(QStringLiteral("not a real password"));
    const QString encoded = candidate ? candidate->passwordHash : dummyHash;
    QPointer<ClientSession> guard(session);
    QPointer<CoordinatorServer> server(&m_server);
    const QByteArray userAgent = session->socket()->request().rawHeader("User-Agent");
    const QString client = userAgent.isEmpty() ? QStringLiteral("unknown") : QString::fromUtf8(userAgent);
    m_server.hashPool().start([=]() {
        const bool matches = PasswordHasher::verify(encoded, password);
        QMetaObject::invokeMethod(
            server.data(),
            [=]() {
                if (!server)
                    return;
                AuthStore &auth = server->auth();
                Result<QJsonObject> result
                    = makeError(ErrorCode::InvalidCredentials, QStringLiteral("wrong user name or password"));
                if (candidate && !matches) {
                    auth.recordFailure(candidate->user.id);
                    qCInfo(lcAuth) << "login failed for user" << candidate->user.id;
                } else if (candidate && candidate->disabled) {
                    result = makeError(ErrorCode::AccountLocked, QStringLiteral("this account is disabled"));
                } else if (candidate) {
                    auth.clearFailures(candidate->user.id);
                    auto issued = auth.createSession(candidate->user.id, client.left(128));
                    if (!issued) {
                        result = issued.error();
                    } else {
                        qCInfo(lcAuth) << "login ok for user" << candidate->user.id;
                        result = QJsonObject { { QStringLiteral("token"), issued->token },
                                               { QStringLiteral("expires"), sessionExpiry(issued->info) },
                                               { QStringLiteral("user"), issued->info.user.toJson() } };
                    }
                }
                if (guard)
                    server->respond(guard, requestId, result);
            },
            Qt::QueuedConnection);
    });
}

Result<QJsonObject> RequestHandlers::logout(ClientSession *session, Args &)
{
    m_server.auth().revoke(session->session().sessionId);
    // Answer first, then close: the client knows the token is gone.
    QMetaObject::invokeMethod(
        session,
        [this, session]() {
            m_server.endSession(session, QWebSocketProtocol::CloseCodeNormal, QStringLiteral("logged out"));
        },
        Qt::QueuedConnection);
    return QJsonObject {};
}

Result<QJsonObject> RequestHandlers::me(ClientSession *session, Args &)
{
    const auto &info = session->session();
    QJsonObject user = info.user.toJson();
    user.insert(QStringLiteral("presence"), presenceName(m_server.presence().stateOf(info.user.id)));
    return QJsonObject {
        { QStringLiteral("user"), user },
        { QStringLiteral("session"),
          QJsonObject { { QStringLiteral("id"), info.sessionId },
                        { QStringLiteral("createdAt"), info.createdAt.toString(Qt::ISODateWithMs) },
                        { QStringLiteral("expiresAt"), sessionExpiry(info) },
                        { QStringLiteral("idleTimeoutSeconds"), qint64(m_server.config().auth.idleTimeout.count()) } } }
    };
}

Result<QJsonObject> RequestHandlers::subscribe(ClientSession *session, Args &args)
{
    const QStringList topics = args.stringList(QStringLiteral("topics"), 100, 96);
    if (!args.ok())
        return args.error();
    for (const QString &topic : topics) {
        if (!protocol::isValidTopic(topic))
            return makeError(ErrorCode::BadRequest, QStringLiteral("invalid topic %1").arg(topic),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("topics") } });
        if (!mayFollow(session->session().user, topic))
            return makeError(ErrorCode::Forbidden, QStringLiteral("your role may not follow %1").arg(topic));
    }
    if (session->topics().size() + topics.size() > 500)
        return makeError(ErrorCode::RateLimited, QStringLiteral("too many subscriptions"));
    for (const QString &topic : topics)
        m_server.subscribe(session, topic);
    return QJsonObject { { QStringLiteral("topics"), QJsonArray::fromStringList(session->topics().values()) },
                         { QStringLiteral("seq"), m_server.events().head() } };
}

Result<QJsonObject> RequestHandlers::unsubscribe(ClientSession *session, Args &args)
{
    const QStringList topics = args.stringList(QStringLiteral("topics"), 100, 96);
    if (!args.ok())
        return args.error();
    for (const QString &topic : topics)
        m_server.unsubscribe(session, topic);
    return QJsonObject { { QStringLiteral("topics"), QJsonArray::fromStringList(session->topics().values()) } };
}

void RequestHandlers::addPresence(QJsonObject &person) const
{
    if (person.isEmpty())
        return;
    const qint64 id = person.value(QStringLiteral("id")).toInteger();
    person.insert(QStringLiteral("presence"), presenceName(m_server.presence().stateOf(id)));
}

Result<QJsonObject> RequestHandlers::applyOnce(ClientSession *session, const QString &op, const QString &cid,
                                               const std::function<Result<QJsonObject>()> &write)
{
    const qint64 userId = session->userId();
    auto previous = m_server.ledger().find(cid, userId, op);
    if (!previous)
        return previous.error();
    if (previous->has_value())
        return **previous; // a retry: same answer, applied once
    QJsonObject answer;
    auto r = m_server.transact([&]() -> Result<void> {
        auto written = write();
        if (!written)
            return written.error();
        answer = written.value();
        return m_server.ledger().store(cid, userId, op, answer);
    });
    if (!r)
        return r.error();
    return answer;
}

Result<QJsonObject> RequestHandlers::presenceSet(ClientSession *session, Args &args)
{
    const QString stateName = args.string(QStringLiteral("state"), 32);
    const QString reason = args.optString(QStringLiteral("reason"), {}, 200);
    if (!args.ok())
        return args.error();
    const auto state = presenceFromName(stateName);
    if (!state || *state == PresenceState::Offline) {
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("state must be available, on_contact, after_contact_work or break"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("state") } });
    }
    const qint64 userId = session->userId();
    if (m_server.presence().set(userId, *state, reason, QDateTime::currentDateTimeUtc()))
        m_server.publishPresence(userId);
    return m_server.presence().toJson(userId);
}

Result<QJsonObject> RequestHandlers::presenceList(ClientSession *, Args &)
{
    QJsonArray users;
    for (const UserInfo &user : m_server.auth().allUsers()) {
        QJsonObject entry = m_server.presence().toJson(user.id);
        if (entry.isEmpty()) {
            entry = QJsonObject { { QStringLiteral("user"), user.toJson() },
                                  { QStringLiteral("state"), presenceName(PresenceState::Offline) } };
        }
        users.append(entry);
    }
    return QJsonObject { { QStringLiteral("users"), users }, { QStringLiteral("seq"), m_server.events().head() } };
}

} // namespace spocs
