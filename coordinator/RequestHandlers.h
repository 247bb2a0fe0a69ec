#pragma once

#include "core/Protocol.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace spocs {

class Args;
class ClientSession;
class CoordinatorServer;

// One function per op. Handlers validate their args, check what the role may touch,
// audit customer reads and writes, and answer through CoordinatorServer::respond.
// Writes go through CoordinatorServer::transact so their events leave only after commit.
class RequestHandlers
{
public:
    explicit RequestHandlers(CoordinatorServer &server);

    void handle(ClientSession *session, const protocol::Request &request);
    // Whether this user may subscribe to the topic.
    bool mayFollow(const UserInfo &user, const QString &topic) const;

private:
    using Handler = std::function<Result<QJsonObject>(ClientSession *, qint64 requestId, Args &)>;
    // An empty optional from a handler means "answered later" (asynchronous ops).
    void login(ClientSession *session, qint64 requestId, Args &args);
    Result<QJsonObject> logout(ClientSession *session, qint64, Args &);
    Result<QJsonObject> me(ClientSession *session, qint64, Args &);
    Result<QJsonObject> subscribe(ClientSession *session, qint64, Args &args);
    Result<QJsonObject> unsubscribe(ClientSession *session, qint64, Args &args);
    Result<QJsonObject> customerSearch(ClientSession *session, qint64, Args &args);
    Result<QJsonObject> customerGet(ClientSession *session, qint64, Args &args);
    Result<QJsonObject> customerNoteAdd(ClientSession *session, qint64, Args &args);
    Result<QJsonObject> presenceSet(ClientSession *session, qint64, Args &args);
    Result<QJsonObject> presenceList(ClientSession *session, qint64, Args &);

    // Runs a write once per cid: a retried cid gets the stored answer.
    Result<QJsonObject> applyOnce(ClientSession *session, const QString &op, const QString &cid,
                                  const std::function<Result<QJsonObject>()> &write);
    void addPresence(QJsonObject &person) const;

    CoordinatorServer &m_server;
    QHash<QString, Handler> m_handlers;
};

} // namespace spocs
