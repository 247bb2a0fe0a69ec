#include "core/domain/Chat.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(ChatStatus, "queued", "active", "ended")
SPOCS_WIRE_ENUM_NAMES(ChatSender, "visitor", "agent", "system")

namespace {

template<typename Io, typename T> void topicFields(Io &io, T &t)
{
    SPOCS_JSON_FIELDS(io, t, id, name);
}

template<typename Io, typename A> void agentFields(Io &io, A &a)
{
    SPOCS_JSON_FIELDS(io, a, name, initials);
}

template<typename Io, typename C> void chatFields(Io &io, C &c)
{
    SPOCS_JSON_FIELDS(io, c, contact, status, topic, agent, rated);
}

template<typename Io, typename M> void messageFields(Io &io, M &m)
{
    SPOCS_JSON_FIELDS(io, m, id, from, name, initials, text, at, read);
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
