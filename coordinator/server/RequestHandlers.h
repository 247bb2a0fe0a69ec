#pragma once

#include "coordinator/auth/AuditLog.h"
#include "coordinator/storage/ReadWorker.h"
#include "core/Protocol.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace spocs {

class Args;
class ClientSession;
class ContactRouter;
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

    void handle(ClientSession *session, const protocol::Request &request);
    // Whether this user may subscribe to the topic.
    bool mayFollow(const UserInfo &user, const QString &topic) const;

    // For feature modules: the op must also be listed in core/Ops.cpp (roles, write flag).
    void registerOp(const QString &op, Handler handler);
    // A heavy read (a year of reports): `check` runs on the event loop (arguments, rights,
    // lookups in the service's state) and returns the query, which runs on the read worker
    // with its own connection and may use nothing but the Database it is handed.
    using ReadHandler = std::function<Result<ReadWorker::Job>(ClientSession *, Args &)>;
    void registerRead(const QString &op, ReadHandler check);
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
    void login(ClientSession *session, qint64 requestId, Args &args);
    Result<QJsonObject> logout(ClientSession *session, Args &);
    Result<QJsonObject> me(ClientSession *session, Args &);
    Result<QJsonObject> subscribe(ClientSession *session, Args &args);
    Result<QJsonObject> unsubscribe(ClientSession *session, Args &args);
    Result<QJsonObject> presenceSet(ClientSession *session, Args &args);
    Result<QJsonObject> presenceList(ClientSession *session, Args &);

    CoordinatorServer &m_server;
    ContactRouter *m_contactRouter = nullptr; // owned by the server (QObject parent)
    QHash<QString, Handler> m_handlers;
    QHash<QString, ReadHandler> m_reads;
};

// Feature modules, each in its own file.
void registerCustomerOps(RequestHandlers &handlers);
void registerOrderOps(RequestHandlers &handlers);
void registerProductOps(RequestHandlers &handlers);
void registerBillingOps(RequestHandlers &handlers);
void registerKnowledgeOps(RequestHandlers &handlers);
void registerContactOps(RequestHandlers &handlers);
void registerLeadOps(RequestHandlers &handlers); // issue 7: lead view, reports, follow-ups, surveys
void registerConsultOps(RequestHandlers &handlers); // issue 6: consult, conference, transfer
void registerChannelOps(RequestHandlers &handlers); // e-mail and web chat (coordinator/channels)

} // namespace spocs
