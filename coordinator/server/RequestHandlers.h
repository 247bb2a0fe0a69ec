#pragma once

#include "coordinator/auth/AuditLog.h"
#include "coordinator/storage/ReadWorker.h"
#include "core/Protocol.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <vector>

namespace spocs {

class Args;
class ClientSession;
class ContactRouter;
class LoginGuard;
class CoordinatorServer;

// Dispatches requests to op handlers. Session, events and presence ops live here;
// each feature registers its own ops from its own file (CustomerOps.cpp, ...), so that
// features grow side by side without touching one big switch.
// Handlers validate their args, check what the role may touch, audit customer reads
// and writes, and do writes through CoordinatorServer::transact so their events leave
// only after the commit.
class RequestHandlers
{
public:
    using Handler = std::function<Result<QJsonObject>(ClientSession *, Args &)>;

    explicit RequestHandlers(CoordinatorServer &server);
    ~RequestHandlers();

    void handle(ClientSession *session, const protocol::Request &request);
    // Before serving: the failed logins stored by earlier runs count again (lockouts, throttles).
    Result<void> restoreFailedLogins();
    // Start-up work that publishes events (tidying up after the previous run): it can only run once
    // the event log is loaded. CoordinatorServer::start() calls started() then, before it listens.
    void whenStarted(std::function<void()> task) { m_startTasks.push_back(std::move(task)); }
    void started();
    // Whether this user may subscribe to the topic.
    bool mayFollow(const UserInfo &user, const QString &topic) const;

    // For feature modules: the op must also be listed in core/Ops.cpp (roles, write flag).
    // A mistake is recorded, not fatal: OpTableTest fails on it in every build type.
    void registerOp(const QString &op, Handler handler);
    // A heavy read (a year of reports): `check` runs on the event loop (arguments, rights,
    // lookups in the service's state) and returns the query, which runs on the read worker
    // with its own connection and may use nothing but the Database it is handed.
    using ReadHandler = std::function<Result<ReadWorker::Job>(ClientSession *, Args &)>;
    void registerRead(const QString &op, ReadHandler check);
    // Every op a request can reach a handler for (auth.login and the reads included).
    QStringList handledOps() const;
    // Registration mistakes: ops with a handler but no row in core/Ops.cpp, ops registered twice.
    QStringList unlistedOps() const { return m_unlisted; }
    QStringList duplicateOps() const { return m_duplicates; }
    CoordinatorServer &server() { return m_server; }
    // The one router of queued contacts, shared by contact, lead and consult ops.
    ContactRouter &contactRouter() { return *m_contactRouter; }

    // Runs a write once per cid: a retried cid gets the stored answer. `write` runs inside
    // the transaction; publish events and recordNow() audits from within it.
    Result<QJsonObject> applyOnce(ClientSession *session, const QString &op, const QString &cid,
                                  const std::function<Result<QJsonObject>()> &write);
    static AuditLog::Entry auditEntry(ClientSession *session, const QString &action, const QString &subject,
                                      const QString &detail = {});
    // Adds "presence" to a {"id",...} person object.
    void addPresence(QJsonObject &person) const;

private:
    void noteRegistration(const QString &op); // records unlisted and duplicate ops
    void login(ClientSession *session, qint64 requestId, Args &args);
    Result<QJsonObject> logout(ClientSession *session, Args &);
    Result<QJsonObject> me(ClientSession *session, Args &);
    Result<QJsonObject> subscribe(ClientSession *session, Args &args);
    Result<QJsonObject> unsubscribe(ClientSession *session, Args &args);
    Result<QJsonObject> presenceSet(ClientSession *session, Args &args);
    Result<QJsonObject> presenceList(ClientSession *session, Args &);

    CoordinatorServer &m_server;
    ContactRouter *m_contactRouter = nullptr; // owned by the server (QObject parent)
    std::unique_ptr<LoginGuard> m_loginGuard;
    QHash<QString, Handler> m_handlers;
    QHash<QString, ReadHandler> m_reads;
    QStringList m_unlisted;
    std::vector<std::function<void()>> m_startTasks;
    QStringList m_duplicates;
};

// Feature modules, each in its own file.
void registerCustomerOps(RequestHandlers &handlers);
void registerOrderOps(RequestHandlers &handlers);
void registerProductOps(RequestHandlers &handlers);
void registerBillingOps(RequestHandlers &handlers);
void registerKnowledgeOps(RequestHandlers &handlers);
void registerContactOps(RequestHandlers &handlers);
void registerLeadOps(RequestHandlers &handlers); // lead view, reports, follow-ups, surveys
void registerConsultOps(RequestHandlers &handlers); // consult, conference, transfer
void registerAuditOps(RequestHandlers &handlers); // audit.query for admins
void registerChannelOps(RequestHandlers &handlers); // e-mail and web chat (coordinator/channels)

} // namespace spocs
