#pragma once

#include "coordinator/channels/ContactMessageStore.h"
#include "coordinator/channels/SenderDirectory.h"
#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/visitors/AddressLimits.h"
#include "coordinator/visitors/ChatStore.h"
#include "coordinator/visitors/SurveyLinks.h"
#include "core/Result.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace spocs {

class ContactRouter;
class MailIntake;
class MailSender;
class Args;
class CoordinatorServer;
class VisitorSession;
class WebEndpoint;
struct WebSettings;

// What the visitor ops work with: the coordinator's stores on its one event loop.
struct VisitorContext
{
    VisitorContext(WebEndpoint &endpoint);
    ~VisitorContext();

    WebEndpoint &web;
    CoordinatorServer &server;
    ContactRouter &router;
    const WebSettings &settings;
    ChatStore chats;
    KnowledgeStore knowledge;
    ContactMessageStore messages;
    SenderDirectory senders;
    MailSender *sender; // the coordinator's one SMTP sender (transcripts, survey links)
    std::unique_ptr<SurveyLinks> surveys;
    std::unique_ptr<MailIntake> offline; // message.leave becomes an e-mail contact like a mail

    // A write in its own transaction, committed before the visitor is answered: a visitor
    // never sees a line or a chat that a crash could take back. Its events go out first. A commit
    // that fails is the write's error (internal, "the write was not saved", as staff get it).
    Result<QJsonObject> write(const std::function<Result<QJsonObject>()> &fn);
    // Inside a write: a chat line for the agents (contact.message on "contact:<id>").
    Result<void> publishLine(qint64 contactId, qint64 messageId);
    // rate_limited when this visitor did `kind` (chat, message, transcript) `limit` times in the last
    // hour, or their address did it [web] actions_per_address_per_hour times.
    Result<void> withinHourlyLimit(VisitorSession *session, const QString &kind, int limit);
    // Inside a write: counts the action for the visitor and for their address.
    Result<void> recordAction(VisitorSession *session, const QString &kind, qint64 contactId);
    AddressLimits addressLimits;
    // The chat this connection's visitor may act on: their newest one; invalid_state when none.
    Result<qint64> ownChat(VisitorSession *session);
    // The same while it is open (queued or active, and the visitor has not left it).
    Result<qint64> openChat(VisitorSession *session);

    // The pre-chat and the leave-a-message forms: who writes (a name and a valid address),
    // about which public topic, and what (required for a message, optional for a chat).
    struct Form
    {
        QString name;
        QString email;
        ChatStore::Topic topic;
        QString text;
    };
    Result<Form> readForm(Args &args, bool textRequired);
};

} // namespace spocs
