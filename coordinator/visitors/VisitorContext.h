#pragma once

#include "coordinator/channels/ContactMessageStore.h"
#include "coordinator/channels/SenderDirectory.h"
#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/visitors/ChatStore.h"
#include "core/Result.h"

#include <QJsonObject>

#include <functional>

namespace spocs {

class ContactRouter;
class CoordinatorServer;
class VisitorSession;
class WebEndpoint;
struct WebSettings;

// What the visitor ops work with: the coordinator's stores on its one event loop.
struct VisitorContext
{
    VisitorContext(WebEndpoint &endpoint);

    WebEndpoint &web;
    CoordinatorServer &server;
    ContactRouter &router;
    const WebSettings &settings;
    ChatStore chats;
    KnowledgeStore knowledge;
    ContactMessageStore messages;
    SenderDirectory senders;

    // A write in its own transaction, committed before the visitor is answered: a visitor
    // never sees a line or a chat that a crash could take back. Its events go out first.
    Result<QJsonObject> write(const std::function<Result<QJsonObject>()> &fn);
    // Inside a write: a chat line for the agents (contact.message on "contact:<id>").
    Result<void> publishLine(qint64 contactId, qint64 messageId);
    // The chat this connection's visitor may act on: their newest one, not_found when none.
    Result<qint64> ownChat(VisitorSession *session);
};

} // namespace spocs
