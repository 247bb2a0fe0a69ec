#include "coordinator/server/CoordinatorServer.h"

#include "coordinator/auth/SessionReaper.h"
#include "coordinator/auth/TopicAccess.h"
#include "coordinator/contacts/PresenceStore.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/ConnectionLimits.h"
#include "coordinator/server/Listener.h"
#include "coordinator/server/Log.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "coordinator/visitors/WebEndpoint.h"
#include "core/Ops.h"
#include "core/Try.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace spocs {

CoordinatorServer::CoordinatorServer(const ServerConfig &config, Database &db, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_db(db)
    , m_auth(db, config.auth)
    , m_customers(db)
    , m_ledger(db)
    , m_products(db)
    , m_orders(db)
    , m_billing(db)
    , m_events(std::make_unique<EventBus>(db, config.eventLogKeep))
    , m_audit(std::make_unique<AuditLog>(db))
    , m_handlers(std::make_unique<RequestHandlers>(*this))
    , m_readWorker(std::make_unique<ReadWorker>(db.path(), db.sharedClock()))
    , m_reaper(std::make_unique<SessionReaper>(*this))
    , m_limits(std::make_unique<ConnectionLimits>(
          ConnectionLimits::Caps { config.maxConnections, config.maxConnectionsWithoutHello,
                                   config.maxConnectionsPerAddress, config.perAddressExemptLoopback }))
{
    // Argon2id takes 64 MiB per verification: two at a time bounds memory and keeps
    // the event loop free while a login is checked.
    m_hashPool.setMaxThreadCount(2);
    connect(m_events.get(), &EventBus::delivered, this, &CoordinatorServer::deliver);
    connect(&m_pingTimer, &QTimer::timeout, this, &CoordinatorServer::onPingTick);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &CoordinatorServer::onHousekeeping);
    connect(&m_retentionTimer, &QTimer::timeout, this, &CoordinatorServer::pruneAppliedWrites);
}

CoordinatorServer::~CoordinatorServer()
{
    m_readWorker.reset(); // waits for a running read; its answer has nobody to go to
    m_hashPool.waitForDone();
    commitGroup();
    m_audit->flush();
}

Result<void> CoordinatorServer::start()
{
    if (!m_config.isLoopback() && !m_config.hasTls()) {
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("refusing to listen on %1 without TLS: give --tls-cert and --tls-key, "
                                        "or listen on a loopback address")
                             .arg(m_config.host.toString()));
    }
    SPOCS_TRY(m_events->load());
    SPOCS_TRY(m_handlers->restoreFailedLogins());
    m_handlers->started();

    SPOCS_TRY_LET(listener, makeListener(m_config, this));
    m_tcp = *listener;
    // Accept on our own QTcpServer with a deep backlog and hand each socket to
    // QWebSocketServer: with Qt's defaults (backlog 50, 30 pending) a reconnect storm
    // loses SYNs and clients wait seconds for kernel retries (PERFORMANCE.md).
    m_tcp->setListenBacklogSize(m_config.listenBacklog);
    m_tcp->setMaxPendingConnections(m_config.maxPendingConnections);
    m_ws = new QWebSocketServer(QStringLiteral("spocs-coordinator/") + spocsVersion(), QWebSocketServer::NonSecureMode,
                                this);
    m_ws->setMaxPendingConnections(m_config.maxPendingConnections);
    m_ws->setHandshakeTimeout(m_config.handshakeTimeoutMs);
    connect(m_tcp, &QTcpServer::pendingConnectionAvailable, this, &CoordinatorServer::acceptPending);
    connect(m_ws, &QWebSocketServer::newConnection, this, &CoordinatorServer::onWebSocket);
    if (!m_tcp->listen(m_config.host, m_config.port)) {
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot listen on %1:%2: %3")
                             .arg(m_config.host.toString())
                             .arg(m_config.port)
                             .arg(m_tcp->errorString()));
    }
    m_pingTimer.start(m_config.pingIntervalMs);
    m_reaper->start();
    pruneAppliedWrites();
    m_retentionTimer.start(3600 * 1000);
    m_housekeepingTimer.start(std::min(1000, std::max(50, m_config.presenceGraceMs / 4)));
    if (m_config.web.enabled) {
        m_web = std::make_unique<WebEndpoint>(*this);
        if (auto r = m_web->start(); !r) {
            // The staff endpoint serves on: agents keep working while the web port is fixed.
            qCCritical(lcServer) << "web endpoint off:" << r.error().message;
            m_web.reset();
        }
    }
    return {};
}

quint16 CoordinatorServer::webPort() const
{
    return m_web ? m_web->port() : 0;
}

QUrl CoordinatorServer::webUrl() const
{
    return m_web ? m_web->url() : QUrl();
}

quint16 CoordinatorServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl CoordinatorServer::url() const
{
    QUrl url;
    url.setScheme(m_config.hasTls() ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_config.host.toString());
    url.setPort(port());
    return url;
}

void CoordinatorServer::acceptPending()
{
    // Drain everything the kernel handed us, not one socket per signal.
    while (m_tcp->hasPendingConnections()) {
        QTcpSocket *socket = m_tcp->nextPendingConnection();
        if (!socket)
            break;
        if (m_shuttingDown || !m_limits->admit(socket)) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_ws->handleConnection(socket);
    }
}

void CoordinatorServer::onWebSocket()
{
    while (m_ws->hasPendingConnections()) {
        QWebSocket *socket = m_ws->nextPendingConnection();
        if (!socket)
            break;
        auto *session = new ClientSession(socket, m_config, this);
        m_sessions.insert(session);
        connect(socket, &QWebSocket::textMessageReceived, session,
                [this, session](const QString &text) { onText(session, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, session, [session](const QByteArray &) {
            if (!session->isAuthenticated() && !session->limiter().tryAcquire())
                return; // a flood before hello is not answered frame by frame
            session->sendFrame(protocol::ErrorFrame {
                makeError(ErrorCode::BadRequest, QStringLiteral("binary frames are not supported; send JSON text")) });
        });
        connect(socket, &QWebSocket::disconnected, this, [this, session]() { onClosed(session); });
        if (m_shuttingDown)
            session->closeWith(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("shutting down"));
    }
}

void CoordinatorServer::onText(ClientSession *session, const QString &text)
{
    if (session->isClosing())
        return;
    // Before hello every frame, even garbage, spends a token; after it, requests do.
    if (!session->isAuthenticated() && !session->limiter().tryAcquire()) {
        session->sendFrame(protocol::ErrorFrame {
            makeError(ErrorCode::RateLimited, QStringLiteral("slow down"),
                      QJsonObject { { QStringLiteral("retryAfterMs"), session->limiter().retryAfterMs() } }) });
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > m_config.maxMessageBytes) {
        session->sendFrame(protocol::ErrorFrame {
            makeError(ErrorCode::TooLarge, QStringLiteral("message exceeds %1 bytes").arg(m_config.maxMessageBytes),
                      QJsonObject { { QStringLiteral("limit"), m_config.maxMessageBytes } }) });
        session->closeWith(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("too_large"));
        return;
    }
    qint64 requestId = -1;
    auto frame = protocol::decode(QByteArrayView(utf8), &requestId);
    if (!frame) {
        if (requestId >= 0)
            session->sendError(requestId, frame.error());
        else
            session->sendFrame(protocol::ErrorFrame { frame.error() });
        return;
    }
    if (const auto *request = std::get_if<protocol::Request>(&*frame))
        onRequest(session, *request);
    else if (const auto *hello = std::get_if<protocol::Hello>(&*frame))
        onHello(session, *hello);
    else
        session->sendFrame(protocol::ErrorFrame {
            makeError(ErrorCode::BadRequest, QStringLiteral("a client may send only hello and req frames")) });
}

void CoordinatorServer::onHello(ClientSession *session, const protocol::Hello &hello)
{
    if (session->isAuthenticated()) {
        session->sendFrame(
            protocol::ErrorFrame { makeError(ErrorCode::BadRequest, QStringLiteral("already said hello")) });
        return;
    }
    // validate() stamps the session's last_seen_at, a write: in the commit group it shares one
    // fsync with every hello of this pass instead of costing one each (a reconnect storm is
    // thousands of hellos at once).
    Result<AuthStore::SessionInfo> info
        = makeError(ErrorCode::Internal, QStringLiteral("storage error: the session could not be checked"));
    if (auto r = transact([&]() -> Result<void> {
            info = m_auth.validate(hello.token);
            return {};
        });
        !r)
        info = r.error();
    if (!info) {
        session->sendError(-1, info.error());
        session->closeWith(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthenticated"));
        return;
    }
    // Topics the role may not follow are dropped rather than failing the whole hello.
    QSet<QString> topics;
    for (const QString &topic : hello.topics) {
        if (m_handlers->mayFollow(info->user, topic))
            topics.insert(topic);
    }
    session->setSession(*info);
    m_limits->saidHello(session->peer());
    session->lastTouched = m_db.now(); // the session's times follow the database's clock
    session->noteActivity(session->lastTouched, m_config.auth.idleTimeout.count());
    qCInfo(lcServer) << "session opened for user" << info->user.id << "from" << session->peer();

    protocol::Welcome welcome;
    welcome.session = info->sessionId;
    welcome.epoch = m_events->epoch();
    welcome.seq = m_events->committedHead(); // events of an open commit group follow the welcome
    welcome.features = { QStringLiteral("resume"), QStringLiteral("cid") };
    welcome.now = m_db.now();

    std::vector<const EventBus::Stored *> replay;
    if (hello.resume) {
        auto missed = m_events->replayAfter(hello.resume->epoch, hello.resume->seq, topics);
        if (missed) {
            replay = std::move(missed.value());
            welcome.resumeStatus = QStringLiteral("replayed");
            welcome.replayed = qint64(replay.size());
        } else {
            welcome.resumeStatus = QStringLiteral("resync_required");
        }
    }
    for (const QString &topic : topics) {
        // As with events.subscribe: following a customer is a read of that customer.
        if (topic.startsWith(QStringLiteral("customer:")))
            m_audit->record(RequestHandlers::auditEntry(session, QString::fromUtf16(op::EventsSubscribe), topic));
        subscribe(session, topic);
    }

    // The first connection since this coordinator started: continue the presence the user had
    // (on break, in after-contact work) instead of making them available. Admins and service
    // users take no work: they have no presence and stay offline to routing and colleagues.
    bool presenceChanged = false;
    if (worksContacts(info->user.role)) {
        const bool firstSinceStart = m_presence.find(info->user.id) == nullptr;
        presenceChanged = m_presence.connectionOpened(info->user, m_db.now());
        if (firstSinceStart) {
            if (const auto saved = PresenceStore::load(m_db, info->user.id);
                saved && saved->state != PresenceState::Offline && saved->state != PresenceState::Available)
                presenceChanged
                    = m_presence.set(info->user.id, saved->state, saved->reason, saved->since) || presenceChanged;
        }
    }
    QJsonObject user = info->user.toJson();
    user.insert(QStringLiteral("presence"), presenceName(m_presence.stateOf(info->user.id)));
    welcome.user = user;
    session->sendFrame(welcome);
    // Replayed events go out in the same event-loop turn as the welcome: no live event
    // can slip in between, so the client sees every event once and in order.
    for (const EventBus::Stored *stored : replay)
        sendEvent(session, stored->topic, stored->text);
    if (presenceChanged)
        publishPresence(info->user.id);
}

bool CoordinatorServer::sessionExpired(ClientSession *session, const QDateTime &now) const
{
    return session->endsAtMs <= now.toMSecsSinceEpoch();
}

void CoordinatorServer::onRequest(ClientSession *session, const protocol::Request &request)
{
    const OpInfo *info = findOp(request.op);
    if (!info) {
        session->sendError(request.id,
                           makeError(ErrorCode::UnknownOp, QStringLiteral("unknown op %1").arg(request.op)));
        return;
    }
    if (session->isAuthenticated() && !session->limiter().tryAcquire()) { // before hello: counted in onText
        session->sendError(
            request.id,
            makeError(ErrorCode::RateLimited, QStringLiteral("too many requests"),
                      QJsonObject { { QStringLiteral("retryAfterMs"), session->limiter().retryAfterMs() } }));
        return;
    }
    if (session->outstanding >= m_config.maxOutstandingRequests) {
        session->sendError(request.id,
                           makeError(ErrorCode::RateLimited, QStringLiteral("too many outstanding requests"),
                                     QJsonObject { { QStringLiteral("limit"), m_config.maxOutstandingRequests } }));
        return;
    }
    if (info->needsSession) {
        if (!session->isAuthenticated()) {
            session->sendError(request.id, makeError(ErrorCode::Unauthenticated, QStringLiteral("say hello first")));
            return;
        }
        const QDateTime now = m_db.now();
        if (sessionExpired(session, now)) {
            if (auto r = m_auth.revoke(session->session().sessionId); !r)
                qCWarning(lcServer) << "could not mark an expired session revoked";
            session->sendError(request.id, makeError(ErrorCode::Unauthenticated, QStringLiteral("session expired")));
            endSession(session, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("session expired"));
            return;
        }
        // A refresh no person caused ("auto": true, e.g. the lead floor's periodic snapshot)
        // does not keep an idle session alive.
        if (!request.automatic) {
            session->noteActivity(now, m_config.auth.idleTimeout.count());
            if (session->lastTouched.secsTo(now) >= 60) {
                session->lastTouched = now;
                const QString id = session->session().sessionId;
                transact([&]() -> Result<void> {
                    m_auth.touch(id);
                    return {};
                });
            }
        }
        if (!info->roles.testFlag(session->session().user.role)) {
            session->sendError(
                request.id,
                makeError(ErrorCode::Forbidden, QStringLiteral("your role may not call %1").arg(request.op)));
            return;
        }
    }
    ++session->outstanding;
    if (session->isReading()) {
        session->deferRequest(request); // after the read that runs, in the order sent
        return;
    }
    m_handlers->handle(session, request);
}

void CoordinatorServer::runRead(ClientSession *session, qint64 requestId, ReadWorker::Job job)
{
    // The worker's connection sees committed data only: commit what was answered so far.
    commitGroup();
    session->setReading(true);
    m_readWorker->run(std::move(job), session, [this, session, requestId](const Result<QJsonObject> &result) {
        onReadAnswered(session, requestId, result);
    });
}

void CoordinatorServer::onReadAnswered(ClientSession *session, qint64 requestId, const Result<QJsonObject> &result)
{
    session->setReading(false);
    respond(session, requestId, result);
    // The requests that arrived meanwhile, in order, until one of them is a read again
    // (none once the peer has left: nobody would read their answers).
    while (m_sessions.contains(session) && !session->isReading() && !session->isClosing()) {
        auto next = session->takeDeferredRequest();
        if (!next)
            break;
        m_handlers->handle(session, *next);
    }
}

void CoordinatorServer::respond(ClientSession *session, qint64 requestId, const Result<QJsonObject> &result)
{
    if (!m_sessions.contains(session))
        return; // the peer left while its request ran
    session->outstanding = std::max(0, session->outstanding - 1);
    // A read the user sees is audited first: its buffered audit entries join the commit group
    // and the answer is held until the group is durable (the reads that arrive together share
    // one commit). An audit that cannot be written withholds the data.
    Result<QJsonObject> answer = result;
    if (m_audit->hasPending()) {
        if (auto audited = transact([this] { return m_audit->writePending(); }); !audited && answer)
            answer = makeError(ErrorCode::Internal, QStringLiteral("storage error: the read could not be audited"));
    }
    if (m_db.inGroup()) {
        session->sendHeld(answer ? protocol::encodeText(protocol::okResponse(requestId, answer.value()))
                                 : protocol::encodeText(protocol::errorResponse(requestId, answer.error())),
                          answer ? requestId : -1);
        m_holding.insert(session);
        return;
    }
    if (answer)
        session->sendFrame(protocol::okResponse(requestId, answer.value()));
    else
        session->sendError(requestId, answer.error());
}

Result<void> CoordinatorServer::transact(const std::function<Result<void>()> &fn)
{
    if (m_db.inTransaction())
        return m_db.write(fn);
    if (!m_db.inGroup()) {
        SPOCS_TRY(m_db.beginGroup());
        // Posted: runs once the loop has handled every socket that is ready now, so the
        // writes those peers sent share this transaction.
        QMetaObject::invokeMethod(this, &CoordinatorServer::commitGroup, Qt::QueuedConnection);
    }
    const EventBus::Mark mark = m_events->mark();
    auto r = m_db.write(fn);
    if (!r)
        m_events->rollbackTo(mark);
    return r;
}

Result<void> CoordinatorServer::commitGroup()
{
    if (!m_db.inGroup())
        return {};
    const bool committed = bool(m_db.commitGroup());
    // Stop holding first: the group's events go out ahead of the answers held meanwhile,
    // as they did when every write committed alone.
    std::vector<std::pair<ClientSession *, std::vector<ClientSession::Held>>> held;
    held.reserve(size_t(m_holding.size()));
    for (ClientSession *session : std::as_const(m_holding)) {
        if (m_sessions.contains(session))
            held.emplace_back(session, session->takeHeld());
    }
    m_holding.clear();
    if (committed)
        m_events->commitPending();
    else
        m_events->discardPending();
    const Error notSaved = makeError(ErrorCode::Internal, QStringLiteral("storage error: the write was not saved"));
    for (auto &[session, frames] : held)
        session->sendReleased(frames, committed, notSaved);
    if (!committed)
        return notSaved;
    return {};
}

void CoordinatorServer::subscribe(ClientSession *session, const QString &topic)
{
    session->topics().insert(topic);
    m_subscribers[topic].insert(session);
    if (const QString customer = ViewerRegistry::customerOf(topic); !customer.isEmpty() && session->isAuthenticated()
        && m_viewers.opened(customer, session, session->session().user))
        publishViewers(customer);
}

void CoordinatorServer::unsubscribe(ClientSession *session, const QString &topic)
{
    session->topics().remove(topic);
    auto it = m_subscribers.find(topic);
    if (it != m_subscribers.end()) {
        it->remove(session);
        if (it->isEmpty())
            m_subscribers.erase(it);
    }
    if (const QString customer = ViewerRegistry::customerOf(topic);
        !customer.isEmpty() && m_viewers.closed(customer, session))
        publishViewers(customer);
}

void CoordinatorServer::publishViewers(const QString &customerId)
{
    // Queued: subscribe() runs inside hello before the welcome is sent, and no event may
    // reach a peer ahead of its welcome. The list is read when the event goes out.
    QMetaObject::invokeMethod(
        this, [this, customerId]() { publishViewersNow(customerId); }, Qt::QueuedConnection);
}

void CoordinatorServer::publishViewersNow(const QString &customerId)
{
    const QJsonObject data { { QStringLiteral("customer"), customerId },
                             { QStringLiteral("viewers"), m_viewers.viewers(customerId) } };
    // Ephemeral: who looks at a customer is live state, not history; a desktop that
    // reconnects reads it from customer.get, so it needs neither a disk write nor a seq.
    m_events->publishEphemeral(protocol::customerTopic(customerId), QString::fromUtf16(event::CustomerViewers), data);
}

void CoordinatorServer::deliver(const QString &topic, const QString &text)
{
    const auto it = m_subscribers.constFind(topic);
    if (it == m_subscribers.cend())
        return;
    // Copy: send() may close a slow peer, which must not invalidate this loop.
    const QSet<ClientSession *> targets = *it;
    const qint64 nowMs = m_db.now().toMSecsSinceEpoch();
    for (ClientSession *session : targets) {
        if (session->endsAtMs > nowMs) // an expired session gets nothing, even before the reaper closes it
            sendEvent(session, topic, text);
    }
}

void CoordinatorServer::sendEvent(ClientSession *session, const QString &topic, const QString &text)
{
    // The floor's customers only to leads: an admin follows `queue` for the people on it.
    if (topic == u"queue" && session->isAuthenticated()
        && !TopicAccess::seesFloorCustomers(session->session().user.role)) {
        if (const QString withoutCustomers = TopicAccess::queueEventWithoutCustomers(text); !withoutCustomers.isEmpty())
            session->send(withoutCustomers);
        return;
    }
    session->send(text);
}

void CoordinatorServer::publishPresence(qint64 userId)
{
    const QJsonObject data = m_presence.toJson(userId);
    const auto r = transact([&]() -> Result<void> {
        if (const PresenceRegistry::Entry *e = m_presence.find(userId)) {
            SPOCS_TRY(PresenceStore::save(m_db, userId, e->state, e->reason, e->since));
        }
        SPOCS_TRY_LET(seq,
                      m_events->publish(protocol::presenceTopic(), QString::fromUtf16(event::PresenceChanged), data));
        return {};
    });
    if (!r)
        qCWarning(lcServer) << "could not publish presence for user" << userId;
    Q_EMIT presenceChanged(userId);
}

void CoordinatorServer::endSession(ClientSession *session, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    session->closeWith(code, reason);
}

int CoordinatorServer::endSessionEverywhere(const QString &sessionId, QWebSocketProtocol::CloseCode code,
                                            const QString &reason)
{
    int ended = 0;
    const QSet<ClientSession *> sessions = m_sessions;
    for (ClientSession *session : sessions) {
        if (session->isAuthenticated() && session->session().sessionId == sessionId) {
            endSession(session, code, reason);
            ++ended;
        }
    }
    return ended;
}

bool CoordinatorServer::hasOpenSession(qint64 userId) const
{
    for (ClientSession *session : m_sessions) {
        if (session->isAuthenticated() && !session->isClosing() && session->userId() == userId)
            return true;
    }
    return false;
}

void CoordinatorServer::setOffline(qint64 userId)
{
    if (m_presence.set(userId, PresenceState::Offline, {}, m_db.now()))
        publishPresence(userId);
}

void CoordinatorServer::onClosed(ClientSession *session)
{
    if (!m_sessions.remove(session))
        return;
    m_holding.remove(session);
    const QSet<QString> topics = session->topics();
    for (const QString &topic : topics)
        unsubscribe(session, topic);
    if (session->isAuthenticated())
        m_presence.connectionClosed(session->userId(), m_db.now());
    session->deleteLater();
    if (m_shuttingDown && m_sessions.isEmpty())
        finishShutdown();
}

void CoordinatorServer::finishShutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    QMetaObject::invokeMethod(this, &CoordinatorServer::stopped, Qt::QueuedConnection);
}

void CoordinatorServer::onPingTick()
{
    const QSet<ClientSession *> sessions = m_sessions;
    for (ClientSession *session : sessions) {
        if (!session->pingOrAbort(m_config.maxMissedPongs))
            qCInfo(lcServer) << "closing" << session->peer() << "after" << session->missedPongs << "missed pongs";
    }
}

void CoordinatorServer::onHousekeeping()
{
    // Connections keep wall-clock time; sessions and presence follow the database's clock.
    const QDateTime wall = QDateTime::currentDateTimeUtc();
    const QSet<ClientSession *> sessions = m_sessions;
    for (ClientSession *session : sessions) {
        if (!session->isAuthenticated() && session->openedAt.msecsTo(wall) > m_config.helloTimeoutMs)
            session->closeWith(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no hello"));
    }
    const QDateTime now = m_db.now();
    for (qint64 userId : m_presence.dueForOffline(now, m_config.presenceGraceMs)) {
        if (m_presence.set(userId, PresenceState::Offline, {}, now))
            publishPresence(userId);
    }
}

void CoordinatorServer::pruneAppliedWrites()
{
    const QDateTime cutoff = m_db.now().addDays(-m_config.appliedWritesRetentionDays);
    const auto removed = m_ledger.pruneOlderThan(cutoff);
    if (!removed)
        qCWarning(lcServer) << "could not prune applied writes";
    else if (*removed > 0)
        qCInfo(lcServer) << "pruned" << *removed << "applied writes older than" << m_config.appliedWritesRetentionDays
                         << "days";
}

void CoordinatorServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    qCInfo(lcServer) << "shutting down," << m_sessions.size() << "connections";
    commitGroup();
    if (m_tcp)
        m_tcp->close();
    if (m_web)
        m_web->shutdown();
    m_pingTimer.stop();
    m_reaper->stop();
    m_retentionTimer.stop();
    m_housekeepingTimer.stop();
    // Logins being checked finish first, so their answers (and failure counts) are not lost.
    m_hashPool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
    commitGroup();
    m_audit->flush();
    const QSet<ClientSession *> sessions = m_sessions;
    for (ClientSession *session : sessions) {
        session->sendFrame(protocol::ErrorFrame {
            makeError(ErrorCode::Unavailable, QStringLiteral("the coordinator is shutting down")) });
        session->closeWith(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("shutting down"));
    }
    if (m_sessions.isEmpty()) {
        finishShutdown();
        return;
    }
    // Peers that never answer the close handshake do not hold the shutdown up.
    QTimer::singleShot(2000, this, [this]() {
        const QSet<ClientSession *> remaining = m_sessions;
        for (ClientSession *session : remaining)
            session->socket()->abort();
        m_sessions.clear();
        finishShutdown();
    });
}

} // namespace spocs
