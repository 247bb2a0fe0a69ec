#include "coordinator/server/RequestHandlers.h"

#include "coordinator/auth/CardNumberGuard.h"
#include "coordinator/auth/LoginGuard.h"
#include "coordinator/auth/PasswordHasher.h"
#include "coordinator/auth/TopicAccess.h"
#include "coordinator/consults/ConsultStore.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <utility>

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
    AuditLog::Entry e; // stamped with the database's clock when written
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
    , m_loginGuard(std::make_unique<LoginGuard>(server.config().auth, &server.db()))
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
    whenStarted([router = m_contactRouter] { router->requeueLeftoverOffers(); });
    // Feature modules: one line each.
    registerCustomerOps(*this);
    registerOrderOps(*this);
    registerProductOps(*this);
    registerBillingOps(*this);
    registerKnowledgeOps(*this);
    registerContactOps(*this);
    registerLeadOps(*this);
    registerConsultOps(*this);
    registerAuditOps(*this);
    registerChannelOps(*this);
}

RequestHandlers::~RequestHandlers() = default;

Result<void> RequestHandlers::restoreFailedLogins()
{
    return m_loginGuard->load(m_server.db().now().toMSecsSinceEpoch());
}

void RequestHandlers::started()
{
    for (const auto &task : std::exchange(m_startTasks, {}))
        task();
}

void RequestHandlers::noteRegistration(const QString &op)
{
    // The dispatcher refuses ops missing from the table before it looks for a handler,
    // so such a handler would never run.
    if (!findOp(op)) {
        qCCritical(lcServer) << "op" << op << "has a handler but is not listed in core/Ops.cpp";
        m_unlisted.append(op);
    }
    if (m_handlers.contains(op) || m_reads.contains(op) || op == QStringView(op::AuthLogin))
        m_duplicates.append(op);
}

void RequestHandlers::registerOp(const QString &op, Handler handler)
{
    noteRegistration(op);
    m_handlers.insert(op, std::move(handler));
}

void RequestHandlers::registerRead(const QString &op, ReadHandler check)
{
    noteRegistration(op);
    m_reads.insert(op, std::move(check));
}

QStringList RequestHandlers::handledOps() const
{
    QStringList ops = m_handlers.keys();
    ops.append(m_reads.keys());
    ops.append(QString::fromUtf16(op::AuthLogin)); // answered by login(), asynchronously
    ops.sort();
    return ops;
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
    const bool contactTopic = topic.startsWith(QStringLiteral("contact:"));
    if (contactTopic || topic.startsWith(QStringLiteral("consult:"))) {
        // A contact's notes and chat, a consult's question and chat: for leads and the people on
        // it, not every agent (a consult's events never go to its contact's topic).
        if (!kCustomerRoles.testFlag(user.role))
            return false;
        if (user.role == Role::Lead)
            return true;
        bool numeric = false;
        const qint64 id = topic.mid(8).toLongLong(&numeric);
        if (!numeric)
            return false;
        const auto may = contactTopic ? TopicAccess::isInvolvedInContact(m_server.db(), id, user.id)
                                      : ConsultStore(m_server.db()).mayRead(id, user.id);
        return may && *may;
    }
    if (topic == QStringLiteral("reasons")) // the reason tree changed
        return true;
    if (topic == QStringLiteral("queue")) // the contact queue, for leads
        return user.role == Role::Lead || user.role == Role::Admin;
    if (topic == QStringLiteral("credits")) // credit requests waiting for approval: customer data, leads only
        return user.role == Role::Lead;
    if (topic.startsWith(QStringLiteral("user:"))) // offers, only to the user offered
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
    // Throttle, lock and queue decisions, and the reserved failure, happen here on the event
    // loop before the slow check starts: concurrent attempts cannot all pass a lock.
    const QHostAddress address = session->socket()->peerAddress();
    auto admitted = m_loginGuard->admit(login, address, m_server.db().now().toMSecsSinceEpoch());
    if (!admitted) {
        m_server.respond(session, requestId, admitted.error());
        return;
    }
    const LoginGuard::Attempt attempt = admitted.value();
    const auto candidate = m_server.auth().findLogin(login);
    // An unknown login pays for one verification too, and is counted and locked exactly
    // like a known one: neither the answer nor its timing tells which logins exist.
    static const QString dummyHash = PasswordHasher::hash(QStringLiteral("not a real password"));
    const QString encoded = candidate ? candidate->passwordHash : dummyHash;
    QPointer<ClientSession> guard(session);
    QPointer<CoordinatorServer> server(&m_server);
    const QByteArray userAgent = session->socket()->request().rawHeader("User-Agent");
    const QString client = userAgent.isEmpty() ? QStringLiteral("unknown") : QString::fromUtf8(userAgent);
    LoginGuard *loginGuard = m_loginGuard.get();
    const auto answer = [=](bool matches) {
        if (!server)
            return;
        loginGuard->finished();
        AuthStore &auth = server->auth();
        Result<QJsonObject> result
            = makeError(ErrorCode::InvalidCredentials, QStringLiteral("wrong user name or password"));
        // Audited by account, never by the typed name of an unknown login (it may be a password).
        AuditLog::Entry entry;
        entry.subject = candidate ? QStringLiteral("user:") + candidate->user.login : QStringLiteral("user:?");
        entry.detail = QStringLiteral("from ") + attempt.addressKey;
        entry.userId = candidate ? candidate->user.id : 0;
        entry.action = QStringLiteral("auth.login.failed");
        if (!candidate || !matches) {
            qCInfo(lcAuth) << "login failed from" << attempt.addressKey;
        } else if (candidate->disabled) {
            result = makeError(ErrorCode::AccountLocked, QStringLiteral("this account is disabled"));
            entry.action = QStringLiteral("auth.login.disabled");
        } else {
            loginGuard->succeeded(attempt);
            auto issued = auth.createSession(candidate->user.id, client.left(128));
            if (!issued) {
                result = issued.error();
            } else {
                qCInfo(lcAuth) << "login ok for user" << candidate->user.id;
                entry.action = QStringLiteral("auth.login");
                entry.sessionId = issued->info.sessionId;
                result = QJsonObject { { QStringLiteral("token"), issued->token },
                                       { QStringLiteral("expires"), sessionExpiry(issued->info) },
                                       { QStringLiteral("user"), issued->info.user.toJson() } };
            }
        }
        if (auto a = server->audit().recordNow(entry); !a)
            qCWarning(lcAuth) << "could not audit a login";
        const bool failed = entry.action == u"auth.login.failed";
        const qint64 nowMs = server->db().now().toMSecsSinceEpoch();
        if (failed && loginGuard->isLocked(login, address, nowMs)) {
            entry.action = QStringLiteral("auth.lockout");
            if (auto a = server->audit().recordNow(entry); !a)
                qCWarning(lcAuth) << "could not audit a lockout";
        }
        // Someone guessing one login's password from many addresses: each address stays below
        // the limits above, so say it once where an admin looks.
        if (const int spread = failed ? loginGuard->spreadToReport(attempt, nowMs) : 0) {
            entry.action = QStringLiteral("auth.login.spread");
            entry.detail = QStringLiteral("failed from %1 addresses, last from %2")
                               .arg(QString::number(spread), attempt.addressKey);
            qCWarning(lcAuth) << "one login failed from" << spread << "addresses";
            if (auto a = server->audit().recordNow(entry); !a)
                qCWarning(lcAuth) << "could not audit failed logins from many addresses";
        }
        if (guard)
            server->respond(guard, requestId, result);
    };
    const auto verify = [=]() {
        if (!server)
            return;
        server->hashPool().start([=]() {
            const bool matches = PasswordHasher::verify(encoded, password);
            QMetaObject::invokeMethod(
                server.data(), [=]() { answer(matches); }, Qt::QueuedConnection);
        });
    };
    if (attempt.delayMs > 0)
        QTimer::singleShot(attempt.delayMs, &m_server, verify);
    else
        verify();
}

Result<QJsonObject> RequestHandlers::logout(ClientSession *session, Args &)
{
    const QString sessionId = session->session().sessionId;
    // The token must be dead before we say so: a failed revoke is the caller's error, not an ok.
    SPOCS_TRY(m_server.auth().revoke(sessionId));
    SPOCS_TRY(m_server.audit().recordNow(auditEntry(session, QString::fromUtf16(op::AuthLogout),
                                                    QStringLiteral("user:") + session->session().user.login)));
    // Answer first, then close every socket opened with this token: the client knows it is gone.
    QPointer<CoordinatorServer> server(&m_server);
    QMetaObject::invokeMethod(
        &m_server,
        [server, sessionId]() {
            if (server)
                server->endSessionEverywhere(sessionId, QWebSocketProtocol::CloseCodeNormal,
                                             QStringLiteral("logged out"));
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
    if (session->topics().size() + topics.size() > protocol::MaxTopics)
        return makeError(ErrorCode::RateLimited, QStringLiteral("too many subscriptions"),
                         QJsonObject { { QStringLiteral("limit"), qint64(protocol::MaxTopics) } });
    for (const QString &topic : topics) {
        // Following a customer delivers their profile, addresses and notes as they change: a
        // read of that customer, audited like customer.get.
        if (topic.startsWith(QStringLiteral("customer:")) && !session->topics().contains(topic))
            m_server.audit().record(auditEntry(session, QString::fromUtf16(op::EventsSubscribe), topic));
        m_server.subscribe(session, topic);
    }
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
    SPOCS_TRY_LET(previous, m_server.ledger().find(cid, userId, op));
    if (previous->has_value())
        return **previous; // a retry: same answer, applied once
    QJsonObject answer;
    auto r = m_server.transact([&]() -> Result<void> {
        SPOCS_TRY_LET(written, write());
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
    if (m_server.presence().set(userId, *state, reason, m_server.db().now()))
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
