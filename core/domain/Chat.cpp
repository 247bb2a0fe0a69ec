#include "core/domain/Chat.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(ChatStatus, "queued", "active", "ended")
SPOCS_WIRE_ENUM_NAMES(ChatSender, "visitor", "agent", "system")

namespace {

template<typename Io, typename T> void topicFields(Io &io, T &t)
{
    io("id", t.id);
    io("name", t.name);
}

template<typename Io, typename A> void agentFields(Io &io, A &a)
{
    io("name", a.name);
    io("initials", a.initials);
}

template<typename Io, typename C> void chatFields(Io &io, C &c)
{
    io("contact", c.contact);
    io("status", c.status);
    io("topic", c.topic);
    io("agent", c.agent);
    io("rated", c.rated);
}

template<typename Io, typename M> void messageFields(Io &io, M &m)
{
    io("id", m.id);
    io("from", m.from);
    io("name", m.name);
    io("initials", m.initials);
    io("text", m.text);
    io("at", m.at);
    io("read", m.read);
}

} // namespace

SPOCS_JSON_RECORD(ChatTopic, topicFields)
SPOCS_JSON_RECORD(ChatAgent, agentFields)
SPOCS_JSON_RECORD(VisitorChat, chatFields)
SPOCS_JSON_RECORD(ChatMessage, messageFields)

ChatAgent ChatAgent::named(const QString &displayName)
{
    QString initials;
    for (const QString &word : displayName.split(u' ', Qt::SkipEmptyParts)) {
        if (initials.size() < 2)
            initials += word.front().toUpper();
    }
    return ChatAgent { displayName, initials };
}

} // namespace spocs::domain
