#pragma once

#include "core/domain/DomainValue.h"
#include "core/domain/WireEnum.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The visitor protocol's values (docs/protocol.md, "Visitor endpoint"): what the chat widget
// and the survey page see. Never staff data: an agent is a display name and initials.
namespace spocs::domain {

enum class ChatStatus { Queued, Active, Ended };
SPOCS_WIRE_ENUM(ChatStatus)

enum class ChatSender { Visitor, Agent, System };
SPOCS_WIRE_ENUM(ChatSender)

struct ChatTopic
{
    qint64 id = 0;
    QString name;

    SPOCS_DOMAIN_VALUE(ChatTopic);
};

// An agent as a visitor sees them.
struct ChatAgent
{
    QString name;
    QString initials;

    static ChatAgent named(const QString &displayName);
    SPOCS_DOMAIN_VALUE(ChatAgent);
};

// A visitor's chat: the welcome's "chat", chat.status events, chat.start's answer.
struct VisitorChat
{
    qint64 contact = 0;
    ChatStatus status = ChatStatus::Queued;
    ChatTopic topic;
    std::optional<ChatAgent> agent; // null until an agent accepts
    bool rated = false;

    SPOCS_DOMAIN_VALUE(VisitorChat);
};

// One line of a chat as the visitor sees it. `id` is the contact_messages row id; `read` on
// the visitor's lines: the agent has read them; on the agent's lines: the visitor has.
struct ChatMessage
{
    qint64 id = 0;
    ChatSender from = ChatSender::Visitor;
    QString name;
    QString initials;
    QString text;
    QString at;
    bool read = false;

    SPOCS_DOMAIN_VALUE(ChatMessage);
};

} // namespace spocs::domain
