#pragma once

#include "coordinator/auth/AuditLog.h"
#include "coordinator/auth/AuthStore.h"
#include "coordinator/commerce/BillingStore.h"
#include "coordinator/commerce/OrderStore.h"
#include "coordinator/commerce/ProductStore.h"
#include "coordinator/contacts/PresenceRegistry.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/customers/ViewerRegistry.h"
#include "coordinator/server/EventBus.h"
#include "coordinator/server/ServerConfig.h"
#include "coordinator/server/WriteLedger.h"
#include "coordinator/storage/ReadWorker.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QWebSocketProtocol>

#include <functional>
#include <memory>

class QTcpServer;
class QWebSocket;
class QWebSocketServer;

namespace spocs {

class ClientSession;
class Database;
class RequestHandlers;
class SessionReaper;
class ConnectionLimits;
class WebEndpoint;

// The coordination service: accepts WebSocket peers, enforces the protocol limits,
// opens sessions, dispatches requests to the handlers and fans events out to subscribers.
// Single-threaded on purpose (one SQLite writer); only password hashing runs on a pool.
class CoordinatorServer : public QObject
{
    Q_OBJECT

public:
    CoordinatorServer(const ServerConfig &config, Database &db, QObject *parent = nullptr);
    ~CoordinatorServer() override;

    Result<void> start();
    // Stops accepting, tells every peer, closes sockets with a close frame, flushes the
    // audit buffer; emits stopped() when done.
    void shutdown();

    QUrl url() const;
    quint16 port() const;
    // The web endpoint (chat widget, survey page, visitor WebSocket): 0 / empty when it is off.
    quint16 webPort() const;
    QUrl webUrl() const;
    const ServerConfig &config() const { return m_config; }
    int sessionCount() const { return int(m_sessions.size()); }

    // Services the handlers use.
    Database &db() { return m_db; }
    AuthStore &auth() { return m_auth; }
    CustomerStore &customers() { return m_customers; }
    EventBus &events() { return *m_events; }
    PresenceRegistry &presence() { return m_presence; }
    AuditLog &audit() { return *m_audit; }
    // For the service's own heavy reads (not a peer's request: those go through runRead).
    ReadWorker &readWorker() { return *m_readWorker; }
    WriteLedger &ledger() { return m_ledger; }
    QThreadPool &hashPool() { return m_hashPool; }
    ProductStore &products() { return m_products; }
    OrderStore &orders() { return m_orders; }
    BillingStore &billing() { return m_billing; }
    const ViewerRegistry &viewers() const { return m_viewers; }
    RequestHandlers &handlers() { return *m_handlers; }

    // A write, all-or-nothing, in the current commit group: it joins the transaction that
    // commits (one fsync) when the event loop has read what is ready; its events, and every
    // answer given meanwhile, go out after that commit (or are dropped / turned into errors).
    Result<void> transact(const std::function<Result<void>()> &fn);
    // Commits the open group now (shutdown, a write that acts once it is durable); answers and
    // events then go out. The "not saved" error when the commit failed: the group's writes are
    // gone, its answers went out as that error and its events were dropped.
    Result<void> commitGroup();
    // Answers a request and releases its outstanding slot. Safe after the peer left.
    void respond(ClientSession *session, qint64 requestId, const Result<QJsonObject> &result);
    // Runs a heavy read on the read worker and answers it from there. It sees every write
    // answered before it (the open commit group commits first); the peer's later requests
    // wait until it is answered, so each peer's answers keep the order of its requests.
    void runRead(ClientSession *session, qint64 requestId, ReadWorker::Job job);

    void subscribe(ClientSession *session, const QString &topic);
    void unsubscribe(ClientSession *session, const QString &topic);
    // Publishes presence.changed for this user (inside its own transaction).
    void publishPresence(qint64 userId);
    // Closes this peer's connection with a close frame (logout, expiry).
    void endSession(ClientSession *session, QWebSocketProtocol::CloseCode code, const QString &reason);
    // Closes every connection opened with this session (token); returns how many.
    int endSessionEverywhere(const QString &sessionId, QWebSocketProtocol::CloseCode code, const QString &reason);
    QList<ClientSession *> liveSessions() const { return m_sessions.values(); }
    // Whether the user still has an authenticated connection that is not closing.
    bool hasOpenSession(qint64 userId) const;
    // Offline now, without the reconnect grace (revoked or expired sessions).
    void setOffline(qint64 userId);

Q_SIGNALS:
    void stopped();
    // After presence.changed was published for this user (routing reacts to it).
    void presenceChanged(qint64 userId);

private:
    void acceptPending();
    void onWebSocket();
    void onText(ClientSession *session, const QString &text);
    void onHello(ClientSession *session, const protocol::Hello &hello);
    void onRequest(ClientSession *session, const protocol::Request &request);
    void onClosed(ClientSession *session);
    void onReadAnswered(ClientSession *session, qint64 requestId, const Result<QJsonObject> &result);
    void onPingTick();
    void onHousekeeping();
    void pruneAppliedWrites();
    void deliver(const QString &topic, const QString &text);
    // Sends an event frame as the session may read it (see TopicAccess).
    static void sendEvent(ClientSession *session, const QString &topic, const QString &text);
    bool sessionExpired(ClientSession *session, const QDateTime &now) const;
    void finishShutdown();
    void publishViewers(const QString &customerId);
    void publishViewersNow(const QString &customerId);

    ServerConfig m_config;
    Database &m_db;
    AuthStore m_auth;
    CustomerStore m_customers;
    WriteLedger m_ledger;
    PresenceRegistry m_presence;
    ProductStore m_products;
    OrderStore m_orders;
    BillingStore m_billing;
    ViewerRegistry m_viewers;
    std::unique_ptr<EventBus> m_events;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RequestHandlers> m_handlers;
    std::unique_ptr<ReadWorker> m_readWorker;
    std::unique_ptr<SessionReaper> m_reaper;
    std::unique_ptr<ConnectionLimits> m_limits;
    std::unique_ptr<WebEndpoint> m_web;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_ws = nullptr;
    QSet<ClientSession *> m_sessions;
    QSet<ClientSession *> m_holding; // answered while the commit group is open
    QHash<QString, QSet<ClientSession *>> m_subscribers;
    QTimer m_pingTimer;
    QTimer m_housekeepingTimer;
    QTimer m_retentionTimer; // hourly: applied_writes past their retention
    QThreadPool m_hashPool;
    bool m_shuttingDown = false;
    bool m_stopped = false;
};

} // namespace spocs
