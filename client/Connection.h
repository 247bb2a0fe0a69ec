#pragma once

#include "client/ReconnectPolicy.h"
#include "client/Reply.h"
#include "client/UnsureWrites.h"
#include "core/Protocol.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QWebSocket;
class QTimer;

namespace spocs {

class KeepAlive;
class OfflineOutbox;
class RequestTracker;

// The desktop's one connection to the coordinator: login, requests with ids and
// time-outs, topic subscriptions, reconnect with jittered back-off and resume from
// the last event seq. Lives on the GUI thread; never blocks.
class Connection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Offline, // not logged in, or logged out, or the session expired
        Connecting, // first connect + login in progress
        Connected, // welcome received; requests flow
        Reconnecting, // lost the socket; next attempt at nextAttemptAt()
    };
    Q_ENUM(State)

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void setClientName(const QString &name); // sent in hello; default "spocs-desktop/<version>"
    void setRequestTimeout(int ms); // default 10,000
    void setReconnectPolicy(const ReconnectPolicy &policy);
    // Keep-alive: a WebSocket ping every intervalMs; no answer within deadlineMs drops the
    // socket and reconnects. Defaults 10,000 and 10,000 (a dead link is noticed within
    // 20 s); intervalMs <= 0 turns it off. Applies at once to the open socket. Tools that
    // hold many sessions in one busy process (bench, simulator) use a longer deadline or none.
    void setKeepAlive(int intervalMs, int deadlineMs);

    // Opens the socket, calls auth.login, then sends hello with the token.
    // done(reply) is called once: ok with the welcome's user, or the error
    // (invalid_credentials, account_locked, unavailable when the server cannot be reached, ...).
    void login(const QUrl &url, const QString &user, const QString &password, ReplyHandler done);
    // Same, with a token from an earlier login (no password).
    void connectWithToken(const QUrl &url, const QString &token, ReplyHandler done);
    // auth.logout, then close; state becomes Offline and the token is forgotten.
    void logout();
    // Close without logging out; state becomes Offline, no reconnect.
    void disconnectFromServer();

    // Sends a request. The handler runs once, on the GUI thread, unless context was
    // destroyed first. While Reconnecting, requests wait in an outbox and are sent after
    // resume; requests in flight when the socket dropped are sent again (reads are
    // idempotent, writes carry a cid). Offline: fails at once with unavailable.
    // timeoutMs < 0 uses the default; a time-out answers with ErrorCode::Timeout.
    // Returns the request id.
    qint64 request(const QString &op, const QJsonObject &args, QObject *context, ReplyHandler handler,
                   int timeoutMs = -1);
    // The same for a request no person caused (a periodic refresh): sent with "auto": true,
    // so it does not keep an idle session alive.
    qint64 requestAutomatic(const QString &op, const QJsonObject &args, QObject *context, ReplyHandler handler,
                            int timeoutMs = -1);
    // A write: adds a fresh cid (uuid) to args unless one is present, so a retry is applied once.
    // With an offline outbox, writes that OfflineOutbox::keepsAcrossRestart() are stored in it
    // first and sent in order; when one cannot be answered now (reconnecting, the link died,
    // no answer in time) the handler gets ErrorCode::Queued and the write stays in the
    // outbox until the coordinator applied it, even across a restart of the desktop.
    qint64 write(const QString &op, QJsonObject args, QObject *context, ReplyHandler handler, int timeoutMs = -1);

    // The folder of the offline outbox files (one per user and server, opened at welcome);
    // empty, the default, keeps writes in memory only. The desktop passes
    // OfflineOutbox::defaultDirectory(); tests a temporary folder.
    void setOutboxDirectory(const QString &directory);
    OfflineOutbox *outbox() const { return m_outbox; }
    // A write the coordinator rejected after it was queued: send it again with a new cid (a
    // version conflict takes the current version, so the agent's change wins, knowingly),
    // or drop it. False when cid is not a rejected write.
    bool reapplyQueuedWrite(const QString &cid);
    bool discardQueuedWrite(const QString &cid);

    // Topics survive reconnects: they are sent in hello so a resume replays exactly them.
    void subscribe(const QString &topic);
    void unsubscribe(const QString &topic);
    QStringList topics() const;

    State state() const { return m_state; }
    // When the next reconnect attempt happens (valid while Reconnecting).
    QDateTime nextAttemptAt() const { return m_nextAttemptAt; }
    int reconnectAttempt() const { return m_policy.attempt(); }
    UserInfo user() const { return m_user; }
    QUrl url() const { return m_url; }
    // The session token from the last login (empty when logged out or expired); secret: never log it.
    QString token() const { return m_token; }
    QString epoch() const { return m_epoch; }
    // The coordinator's clock, as learnt at the last welcome: compare its times (offer deadlines,
    // waits, "since") with this, not with this computer's clock, which may be off by minutes.
    QDateTime serverNow() const;
    qint64 lastSeq() const { return m_lastSeq; }

    // For tests: drops the socket as a network failure would (triggers reconnect).
    void simulateNetworkDrop();

Q_SIGNALS:
    void stateChanged(spocs::Connection::State state);
    void userChanged();
    // One event, delivered once and in seq order across reconnects.
    void eventReceived(const spocs::protocol::Event &event);
    // The missed events are gone (or the epoch changed): views must refetch what they show.
    void resyncRequired();
    // The token was rejected on reconnect (expired or revoked); state is now Offline.
    void sessionExpired();
    // An err frame not tied to any request (too_large, shutdown notice, ...).
    void serverError(const spocs::Error &error);
    // A reconnect attempt was scheduled (also for the second and later attempts, when the
    // state stays Reconnecting): lets a status bar show "reconnecting in N s".
    void reconnectScheduled(const QDateTime &at, int attempt);
    // A queued write whose caller is gone (the desktop restarted, the dialog closed) was applied.
    void queuedWriteApplied(const QString &op, const QJsonObject &args, const QJsonObject &data);
    // A queued write whose caller is gone was refused; it waits in outbox() for the user.
    void queuedWriteRejected(const QString &cid, const spocs::Error &error);

private:
    void setState(State state);
    void openSocket();
    void sendFrame(const protocol::Frame &frame);
    void sendHello();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &text);
    void handleResponse(const protocol::Response &res);
    void handleWelcome(const protocol::Welcome &w);
    void handleEvent(const protocol::Event &e);
    void scheduleReconnect();
    void flushOutbox();

    void beginSession(const QUrl &url, const QString &token, ReplyHandler done);
    qint64 send(const QString &op, const QJsonObject &args, QObject *context, ReplyHandler handler, int timeoutMs,
                bool automatic);
    void goOffline(const Error &loginError, const Error &pendingError);
    void retireSocket(QWebSocket *socket, bool graceful);
    void onSocketLost(const Error &error);
    void helloRejected(const Error &error);
    void handleErrorFrame(const Error &error);
    void loginFailed(quint64 generation, const Error &error);
    bool canSend(bool beforeHello) const;
    void sendSubscription(const QString &op, const QString &topic);
    qint64 writeDurably(const QString &op, const QJsonObject &args, QObject *context, ReplyHandler handler);
    void openOutbox();
    void sendQueuedWrites();
    void onQueuedWriteAnswered(const QString &cid, qint64 id, const Reply &reply);
    void requeueInFlightWrites();
    void failTooLargeSuspects(const Error &error);

    std::unique_ptr<QWebSocket> m_socket;
    QTimer *m_reconnectTimer = nullptr;
    RequestTracker *m_requests = nullptr; // ids, time-outs, outbox
    KeepAlive *m_keepAlive = nullptr;
    OfflineOutbox *m_outbox = nullptr;
    QString m_outboxDirectory;
    struct OutboxWaiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        ReplyHandler handler;
    };
    QHash<QString, OutboxWaiter> m_outboxWaiters; // by cid: callers still waiting for a live answer
    QHash<QString, qint64> m_outboxInFlight; // cid -> request id on the current socket
    QSet<QString> m_tooLargeSuspects; // queued writes in flight when a too_large close came
    UnsureWrites m_unsureWrites; // writes outside the outbox that got no answer
    QElapsedTimer m_unsureClock;
    State m_state = State::Offline;
    ReconnectPolicy m_policy;
    QDateTime m_nextAttemptAt;
    QUrl m_url;
    QString m_token;
    QString m_clientName;
    UserInfo m_user;
    QString m_epoch;
    qint64 m_lastSeq = 0;
    QDateTime m_helloSentAt;
    qint64 m_serverClockOffsetMs = 0; // the coordinator's clock minus ours
    qint64 m_welcomeSeq = 0;
    qint64 m_replayRemaining = 0;
    int m_requestTimeoutMs = 10000;
    bool m_helloSent = false;
    ReplyHandler m_loginDone;
    QSet<QString> m_topics;
    QTimer *m_handshakeTimer = nullptr; // bounds the time from open() to welcome
    bool m_sessionOpen = false; // welcome received on the current socket
    bool m_resumeSent = false; // the current hello asked to resume
    quint64 m_generation = 0; // bumped per session, so stale login callbacks do nothing
};

} // namespace spocs
