#include "client/Connection.h"

#include "client/KeepAlive.h"
#include "client/Log.h"
#include "client/OfflineOutbox.h"
#include "client/RequestTracker.h"
#include "client/ServerAddress.h"
#include "client/UnsureWrites.h"
#include "core/Ops.h"
#include "core/Version.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cstdlib>

namespace spocs {
namespace {

// The client accepts more than the server does: a large answer (a search page, a unified
// customer view) must not kill the session.
constexpr qint64 kMaxIncomingBytes = 16 * 1024 * 1024;
// How long a graceful close (or an auth.logout answer) may take before the socket is dropped.
constexpr int kCloseGraceMs = 2000;

Error unavailable(const QString &message)
{
    return makeError(ErrorCode::Unavailable, message);
}

Reply failure(const Error &error)
{
    return Reply { false, {}, error };
}

QString opName(const char16_t *name)
{
    return QString::fromUtf16(name);
}

Error insecureAddress(const QUrl &url)
{
    return makeError(
        ErrorCode::BadRequest,
        QStringLiteral("refusing to send a password in clear text to %1: use wss://, or ws:// only to "
                       "this computer")
            .arg(url.host()),
        QJsonObject { { QStringLiteral("field"), QStringLiteral("server") }, { QStringLiteral("insecure"), true } });
}

} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
    , m_reconnectTimer(new QTimer(this))
    , m_requests(new RequestTracker(this))
    , m_keepAlive(new KeepAlive(this))
    , m_outbox(new OfflineOutbox(this))
{
    m_handshakeTimer = new QTimer(this);
    m_unsureClock.start();
    m_clientName = QStringLiteral("spocs-desktop/") + spocsVersion();
    m_reconnectTimer->setSingleShot(true);
    m_handshakeTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &Connection::openSocket);
    connect(m_handshakeTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcClient) << "no welcome from the server in time";
        onSocketLost(unavailable(QStringLiteral("the server did not answer in time")));
    });
    connect(m_keepAlive, &KeepAlive::linkDead, this,
            [this] { onSocketLost(unavailable(QStringLiteral("the server stopped answering"))); });
}

Connection::~Connection()
{
    // Pending handlers are dropped: whoever waits for them is being torn down with us.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void Connection::setClientName(const QString &name)
{
    m_clientName = name;
}

void Connection::setRequestTimeout(int ms)
{
    m_requestTimeoutMs = std::max(1, ms);
}

void Connection::setReconnectPolicy(const ReconnectPolicy &policy)
{
    m_policy = policy;
}

void Connection::setKeepAlive(int intervalMs, int deadlineMs)
{
    m_keepAlive->setTiming(intervalMs, deadlineMs);
}

void Connection::login(const QUrl &url, const QString &user, const QString &password, ReplyHandler done)
{
    // A password never crosses a network in clear text: ws:// only to this computer.
    if (!ServerAddress::isSafe(url)) {
        m_requests->failLater(this, std::move(done), insecureAddress(url));
        return;
    }
    beginSession(url, {}, std::move(done));
    RequestTracker::Outgoing out;
    out.id = m_requests->allocateId();
    out.op = opName(op::AuthLogin);
    out.text = protocol::encodeText(protocol::Request {
        out.id, out.op, QJsonObject { { QStringLiteral("user"), user }, { QStringLiteral("password"), password } } });
    out.beforeHello = true;
    const quint64 generation = m_generation;
    m_requests->add(
        out, this,
        [this, generation](const Reply &reply) {
            if (!reply.ok) {
                loginFailed(generation, reply.error);
                return;
            }
            const QString token = reply.data.value(QStringLiteral("token")).toString();
            if (token.isEmpty()) {
                loginFailed(generation, makeError(ErrorCode::Internal, QStringLiteral("auth.login returned no token")));
                return;
            }
            m_token = token;
            sendHello();
        },
        m_requestTimeoutMs);
    flushOutbox(); // the socket is not open yet; onConnected() sends it
}

void Connection::connectWithToken(const QUrl &url, const QString &token, ReplyHandler done)
{
    if (!ServerAddress::isSafe(url)) {
        m_requests->failLater(this, std::move(done), insecureAddress(url));
        return;
    }
    beginSession(url, token, std::move(done));
}

void Connection::beginSession(const QUrl &url, const QString &token, ReplyHandler done)
{
    if (m_state != State::Offline)
        goOffline(unavailable(QStringLiteral("replaced by a new login")), unavailable(QStringLiteral("new login")));
    ++m_generation;
    m_url = url;
    m_token = token;
    m_loginDone = std::move(done);
    m_policy.reset();
    setState(State::Connecting);
    openSocket();
}

void Connection::loginFailed(quint64 generation, const Error &error)
{
    if (generation != m_generation || m_state != State::Connecting)
        return; // a stale answer from a session that already ended
    qCInfo(lcClient) << "login failed:" << errorCodeName(error.code);
    goOffline(error, unavailable(QStringLiteral("login failed")));
}

void Connection::logout()
{
    if (m_socket && m_sessionOpen) {
        // Close only once the server confirmed (or after a grace period), so the token is
        // revoked before the socket goes away.
        QWebSocket *s = m_socket.release();
        s->disconnect(this);
        s->setParent(this);
        const qint64 id = m_requests->allocateId();
        s->sendTextMessage(protocol::encodeText(protocol::Request { id, opName(op::AuthLogout), {} }));
        connect(s, &QWebSocket::textMessageReceived, s, [s, id](const QString &text) {
            const auto frame = protocol::decode(text, nullptr, kMaxIncomingBytes);
            const auto *res = frame ? std::get_if<protocol::Response>(&*frame) : nullptr;
            if (res && res->re == id)
                s->close();
        });
        connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
        QTimer::singleShot(kCloseGraceMs, s, [s] {
            s->abort();
            s->deleteLater();
        });
    } else if (!m_token.isEmpty()) {
        qCInfo(lcClient) << "logout while not connected: the token is only forgotten locally";
    }
    m_token.clear();
    m_epoch.clear();
    m_lastSeq = 0;
    m_welcomeSeq = 0;
    const bool hadUser = !m_user.login.isEmpty();
    m_user = UserInfo {};
    goOffline(unavailable(QStringLiteral("logged out")), unavailable(QStringLiteral("logged out")));
    if (hadUser)
        Q_EMIT userChanged();
}

void Connection::disconnectFromServer()
{
    goOffline(unavailable(QStringLiteral("disconnected")), unavailable(QStringLiteral("disconnected")));
}

void Connection::simulateNetworkDrop()
{
    if (m_socket)
        onSocketLost(unavailable(QStringLiteral("simulated network drop")));
}

qint64 Connection::request(const QString &op, const QJsonObject &args, QObject *context, ReplyHandler handler,
                           int timeoutMs)
{
    return send(op, args, context, std::move(handler), timeoutMs, false);
}

qint64 Connection::requestAutomatic(const QString &op, const QJsonObject &args, QObject *context, ReplyHandler handler,
                                    int timeoutMs)
{
    return send(op, args, context, std::move(handler), timeoutMs, true);
}

qint64 Connection::send(const QString &op, const QJsonObject &args, QObject *context, ReplyHandler handler,
                        int timeoutMs, bool automatic)
{
    const qint64 id = m_requests->allocateId();
    if (m_state == State::Offline) {
        m_requests->failLater(context, std::move(handler), unavailable(QStringLiteral("not connected")));
        return id;
    }
    const QByteArray bytes = protocol::encode(protocol::Request { id, op, args, automatic });
    if (bytes.size() > protocol::MaxMessageBytes) {
        m_requests->failLater(
            context, std::move(handler),
            makeError(ErrorCode::TooLarge, QStringLiteral("request exceeds %1 bytes").arg(protocol::MaxMessageBytes)));
        return id;
    }
    m_requests->add(RequestTracker::Outgoing { id, op, QString::fromUtf8(bytes), false }, context, std::move(handler),
                    timeoutMs < 0 ? m_requestTimeoutMs : timeoutMs);
    flushOutbox();
    return id;
}

qint64 Connection::write(const QString &op, QJsonObject args, QObject *context, ReplyHandler handler, int timeoutMs)
{
    const QString cidKey = QStringLiteral("cid");
    if (m_outbox->isOpen() && m_state != State::Offline && OfflineOutbox::keepsAcrossRestart(op, args)) {
        if (!args.contains(cidKey))
            args.insert(cidKey, QUuid::createUuid().toString(QUuid::WithoutBraces));
        return writeDurably(op, args, context, std::move(handler)); // the outbox resends with its cid
    }
    if (args.contains(cidKey))
        return request(op, args, context, std::move(handler), timeoutMs);
    // The same write again after one whose outcome is unknown goes with that one's cid.
    const QString key = UnsureWrites::keyOf(op, args);
    QString cid = m_unsureWrites.take(key, m_unsureClock.elapsed());
    if (cid.isEmpty())
        cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    args.insert(cidKey, cid);
    return request(
        op, args, context,
        [this, key, cid, handler = std::move(handler)](const Reply &reply) {
            if (!reply.ok && UnsureWrites::isUnsure(reply.error))
                m_unsureWrites.remember(key, cid, m_unsureClock.elapsed());
            if (handler)
                handler(reply);
        },
        timeoutMs);
}

void Connection::subscribe(const QString &topic)
{
    if (!protocol::isValidTopic(topic)) {
        qCWarning(lcClient) << "ignoring a subscription to an invalid topic name";
        return;
    }
    if (m_topics.contains(topic))
        return;
    m_topics.insert(topic);
    // Before hello the topic simply rides along in it; after hello it needs its own request.
    if (m_state == State::Connected || m_helloSent)
        sendSubscription(opName(op::EventsSubscribe), topic);
}

void Connection::unsubscribe(const QString &topic)
{
    if (!m_topics.remove(topic))
        return;
    if (m_state == State::Connected || m_helloSent)
        sendSubscription(opName(op::EventsUnsubscribe), topic);
}

void Connection::sendSubscription(const QString &op, const QString &topic)
{
    const bool isSubscribe = op == QStringView(op::EventsSubscribe);
    request(op, QJsonObject { { QStringLiteral("topics"), QJsonArray { topic } } }, this,
            [this, op, topic, isSubscribe](const Reply &reply) {
                if (reply.ok)
                    return;
                qCWarning(lcClient) << op << "failed:" << errorCodeName(reply.error.code);
                const ErrorCode c = reply.error.code;
                // A topic the server refuses must not ride along in every later hello.
                if (isSubscribe
                    && (c == ErrorCode::Forbidden || c == ErrorCode::BadRequest || c == ErrorCode::NotFound))
                    m_topics.remove(topic);
            });
}

QStringList Connection::topics() const
{
    QStringList list(m_topics.cbegin(), m_topics.cend());
    list.sort();
    return list;
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcClient) << "state" << state;
    Q_EMIT stateChanged(state);
}

void Connection::openSocket()
{
    m_keepAlive->stop();
    if (m_socket)
        retireSocket(m_socket.release(), false);
    m_sessionOpen = false;
    m_helloSent = false;
    m_resumeSent = false;
    m_replayRemaining = 0;
    m_socket = std::make_unique<QWebSocket>();
    QWebSocket *s = m_socket.get();
    s->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    s->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
    connect(s, &QWebSocket::connected, this, &Connection::onConnected);
    connect(s, &QWebSocket::disconnected, this, &Connection::onDisconnected);
    connect(s, &QWebSocket::textMessageReceived, this, &Connection::onTextMessage);
    connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, s](QAbstractSocket::SocketError error) {
                qCInfo(lcClient) << "socket error" << error;
                // Queued: open() reports a bad URL synchronously, and login() must not answer re-entrantly.
                const QPointer<QWebSocket> guard(s);
                QMetaObject::invokeMethod(
                    this,
                    [this, guard] {
                        if (guard && guard == m_socket.get() && guard->state() == QAbstractSocket::UnconnectedState)
                            onSocketLost(
                                unavailable(QStringLiteral("cannot reach the server: %1").arg(guard->errorString())));
                    },
                    Qt::QueuedConnection);
            });
    m_handshakeTimer->start(m_requestTimeoutMs);
    qCInfo(lcClient) << "connecting to" << m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    s->open(m_url);
}

void Connection::retireSocket(QWebSocket *socket, bool graceful)
{
    socket->disconnect(this);
    socket->setParent(this);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kCloseGraceMs, socket, &QObject::deleteLater);
        socket->close();
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void Connection::sendFrame(const protocol::Frame &frame)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(protocol::encodeText(frame));
}

void Connection::sendHello()
{
    protocol::Hello hello;
    hello.client = m_clientName;
    hello.token = m_token;
    hello.topics = topics();
    if (!m_epoch.isEmpty())
        hello.resume = protocol::ResumePoint { m_epoch, m_lastSeq };
    m_resumeSent = hello.resume.has_value();
    m_helloSent = true;
    m_helloSentAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcClient) << "hello, resume from" << (m_resumeSent ? m_lastSeq : -1) << "topics" << hello.topics.size();
    sendFrame(hello);
}

void Connection::onConnected()
{
    qCInfo(lcClient) << "socket open";
    m_keepAlive->watch(m_socket.get());
    flushOutbox(); // before hello this sends only auth.login
    if (!m_token.isEmpty())
        sendHello();
}

void Connection::onDisconnected()
{
    if (!m_socket)
        return;
    const auto code = m_socket->closeCode();
    if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        onSocketLost(makeError(ErrorCode::TooLarge, QStringLiteral("a message exceeded the size limit")));
        return;
    }
    onSocketLost(unavailable(QStringLiteral("connection lost (close code %1)").arg(int(code))));
}

void Connection::onSocketLost(const Error &error)
{
    if (!m_socket)
        return;
    m_keepAlive->stop();
    retireSocket(m_socket.release(), false);
    m_handshakeTimer->stop();
    m_sessionOpen = false;
    m_helloSent = false;
    m_replayRemaining = 0;
    qCInfo(lcClient) << "socket lost:" << errorCodeName(error.code);
    if (m_state == State::Connecting) {
        // No reconnect loop before the first successful login: the caller decides.
        goOffline(error, unavailable(QStringLiteral("login failed")));
        return;
    }
    if (m_state == State::Offline)
        return;
    if (error.code == ErrorCode::TooLarge) {
        // One of the requests in flight (or its answer) was too large; sending them again
        // would only repeat the close, so they fail instead. The writes among them may have
        // been applied before the close, so they keep their cid: queued ones stay queued (as
        // on any lost link, unless failTooLargeSuspects() takes them for the culprit), and
        // the others fail as unsure (UnsureWrites), so sent again they go with the same cid.
        const quint64 generation = m_generation;
        failTooLargeSuspects(error);
        requeueInFlightWrites();
        if (generation != m_generation)
            return; // a handler ended or replaced the session
        const QList<qint64> ids = m_requests->sent();
        for (qint64 id : ids)
            m_requests->finish(id, failure(error));
        Q_EMIT serverError(error);
        if (generation != m_generation)
            return; // a handler ended or replaced the session
    }
    if (!m_outboxInFlight.isEmpty()) {
        const quint64 generation = m_generation;
        requeueInFlightWrites();
        if (generation != m_generation)
            return; // a handler ended or replaced the session
    }
    m_requests->markAllUnsent();
    scheduleReconnect();
}

void Connection::scheduleReconnect()
{
    if (m_state == State::Offline)
        return;
    const auto delay = m_policy.nextDelay();
    m_nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_reconnectTimer->start(delay);
    qCInfo(lcClient) << "reconnecting in" << delay.count() << "ms, attempt" << m_policy.attempt();
    setState(State::Reconnecting);
    Q_EMIT reconnectScheduled(m_nextAttemptAt, m_policy.attempt());
}

void Connection::goOffline(const Error &loginError, const Error &pendingError)
{
    ++m_generation;
    m_reconnectTimer->stop();
    m_handshakeTimer->stop();
    m_keepAlive->stop();
    if (m_socket)
        retireSocket(m_socket.release(), true);
    m_sessionOpen = false;
    m_helloSent = false;
    m_replayRemaining = 0;
    m_nextAttemptAt = {};
    // Take everything first: a slot on stateChanged or a handler may start a new session.
    ReplyHandler done = std::exchange(m_loginDone, {});
    const RequestTracker::Batch pending = m_requests->takeAll();
    setState(State::Offline);
    RequestTracker::fail(pending, pendingError);
    // Queued writes stay in the file for the next session of this user.
    m_outboxInFlight.clear();
    m_outboxWaiters.clear();
    m_tooLargeSuspects.clear();
    if (m_state == State::Offline)
        m_outbox->close();
    if (done)
        done(failure(loginError));
}

void Connection::onTextMessage(const QString &text)
{
    m_keepAlive->heardFromPeer();
    const auto frame = protocol::decode(text, nullptr, kMaxIncomingBytes);
    if (!frame) {
        qCWarning(lcClient) << "undecodable frame from the server:" << errorCodeName(frame.error().code)
                            << frame.error().message;
        return;
    }
    if (const auto *res = std::get_if<protocol::Response>(&*frame))
        handleResponse(*res);
    else if (const auto *evt = std::get_if<protocol::Event>(&*frame))
        handleEvent(*evt);
    else if (const auto *welcome = std::get_if<protocol::Welcome>(&*frame))
        handleWelcome(*welcome);
    else if (const auto *err = std::get_if<protocol::ErrorFrame>(&*frame))
        handleErrorFrame(err->error);
    else
        qCWarning(lcClient) << "unexpected frame type from the server ignored";
}

void Connection::handleResponse(const protocol::Response &res)
{
    if (res.re < 0) {
        // An answer to no request: the server refused the hello, or a connection-level error.
        if (!res.ok)
            handleErrorFrame(res.error);
        return;
    }
    if (!m_requests->finish(res.re, Reply { res.ok, res.data, res.error }))
        qCDebug(lcClient) << "answer to a finished request ignored, id" << res.re;
}

void Connection::handleErrorFrame(const Error &error)
{
    if (m_helloSent && !m_sessionOpen) {
        helloRejected(error);
        return;
    }
    qCWarning(lcClient) << "server error:" << errorCodeName(error.code);
    Q_EMIT serverError(error);
}

void Connection::helloRejected(const Error &error)
{
    const bool expired = error.code == ErrorCode::Unauthenticated;
    const bool reconnecting = m_state == State::Reconnecting;
    qCWarning(lcClient) << "hello rejected:" << errorCodeName(error.code);
    if (expired)
        m_token.clear();
    goOffline(error, error);
    if (reconnecting && expired)
        Q_EMIT sessionExpired();
    else if (reconnecting)
        Q_EMIT serverError(error);
}

QDateTime Connection::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_serverClockOffsetMs);
}

void Connection::handleWelcome(const protocol::Welcome &w)
{
    if (!m_helloSent || m_sessionOpen) {
        qCWarning(lcClient) << "unexpected welcome ignored";
        return;
    }
    m_handshakeTimer->stop();
    if (w.now.isValid()) {
        // The welcome was written somewhere between our hello and now: take the middle. An offset
        // within half the round trip cannot be told from none (a busy peer or a slow link skews the
        // middle by as much), and the clocks mostly agree: then take none rather than the guess.
        const QDateTime received = QDateTime::currentDateTimeUtc();
        const QDateTime sent = m_helloSentAt.isValid() ? m_helloSentAt : received;
        const qint64 roundTripMs = sent.msecsTo(received);
        const qint64 offsetMs = sent.addMSecs(roundTripMs / 2).msecsTo(w.now);
        m_serverClockOffsetMs = std::abs(offsetMs) <= roundTripMs / 2 ? 0 : offsetMs;
    }
    const bool epochChanged = m_resumeSent && w.epoch != m_epoch;
    bool resync = false;
    m_replayRemaining = 0;
    if (w.resumeStatus == u"replayed" && !epochChanged) {
        m_welcomeSeq = w.seq;
        m_replayRemaining = w.replayed;
        if (m_replayRemaining == 0)
            m_lastSeq = std::max(m_lastSeq, w.seq);
    } else {
        // "none" after asking to resume means the server did not resume: as unsafe as a resync.
        resync = m_resumeSent || w.resumeStatus == u"resync_required";
        m_lastSeq = w.seq;
    }
    m_epoch = w.epoch;
    m_sessionOpen = true;
    const UserInfo user = UserInfo::fromJson(w.user);
    const bool userDiffers = user.toJson() != m_user.toJson();
    m_user = user;
    openOutbox();
    m_policy.reset();
    m_nextAttemptAt = {};
    ReplyHandler done = std::exchange(m_loginDone, {});
    const quint64 generation = m_generation;
    qCInfo(lcClient) << "session open, resume" << w.resumeStatus << "replaying" << m_replayRemaining;
    setState(State::Connected);
    if (userDiffers)
        Q_EMIT userChanged();
    if (generation != m_generation) { // a slot ended or replaced the session
        if (done)
            done(failure(unavailable(QStringLiteral("disconnected during login"))));
        return;
    }
    if (m_outbox->isOpen())
        m_outbox->holdStaleWrites(QDateTime::currentDateTimeUtc());
    sendQueuedWrites(); // the writes queued across the outage (or a restart) first, in order
    flushOutbox();
    if (resync)
        Q_EMIT resyncRequired();
    if (done)
        done(Reply { true, w.user, {} });
}

void Connection::handleEvent(const protocol::Event &e)
{
    if (!m_sessionOpen) {
        qCWarning(lcClient) << "event before welcome ignored";
        return;
    }
    if (e.seq == 0) {
        // Ephemeral (customer.viewers): live state outside the event log, never replayed.
        Q_EMIT eventReceived(e);
        return;
    }
    const bool replayed = m_replayRemaining > 0;
    if (replayed)
        --m_replayRemaining;
    const bool fresh = e.seq > m_lastSeq;
    if (fresh)
        m_lastSeq = e.seq;
    if (replayed && m_replayRemaining == 0)
        m_lastSeq = std::max(m_lastSeq, m_welcomeSeq);
    // Book-keeping first: a slot may drop or replace the session.
    if (fresh)
        Q_EMIT eventReceived(e);
    else
        qCDebug(lcClient) << "duplicate event dropped, seq" << e.seq;
}

bool Connection::canSend(bool beforeHello) const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && (m_sessionOpen || beforeHello);
}

void Connection::flushOutbox()
{
    const QList<RequestTracker::Outgoing> outbox = m_requests->unsent();
    for (const RequestTracker::Outgoing &out : outbox) {
        if (!canSend(out.beforeHello))
            continue;
        qCDebug(lcClient) << "request" << out.op << "id" << out.id;
        m_socket->sendTextMessage(out.text);
        m_requests->markSent(out.id);
    }
}

} // namespace spocs
