#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace spocs {

class Args;
class VisitorSession;
class WebEndpoint;
struct VisitorContext;

// The visitor protocol's names (docs/protocol.md, "Visitor endpoint"). They live here, not in
// core/Ops.h: the staff op table never knows them, and this table never knows a staff op.
namespace visitorop {
inline constexpr char16_t FaqSearch[] = u"faq.search";
inline constexpr char16_t FaqGet[] = u"faq.get";
inline constexpr char16_t FaqHelped[] = u"faq.helped";
inline constexpr char16_t ChatTopics[] = u"chat.topics";
inline constexpr char16_t ChatStart[] = u"chat.start";
inline constexpr char16_t ChatSend[] = u"chat.send";
inline constexpr char16_t ChatHistory[] = u"chat.history";
inline constexpr char16_t ChatTyping[] = u"chat.typing";
inline constexpr char16_t ChatRead[] = u"chat.read";
inline constexpr char16_t ChatEnd[] = u"chat.end";
inline constexpr char16_t ChatRate[] = u"chat.rate";
inline constexpr char16_t ChatTranscript[] = u"chat.transcript";
inline constexpr char16_t MessageLeave[] = u"message.leave";
inline constexpr char16_t SurveyGet[] = u"survey.get";
inline constexpr char16_t SurveyAnswer[] = u"survey.answer";
} // namespace visitorop

namespace visitorevent {
inline constexpr char16_t ChatMessage[] = u"chat.message"; // seq: the message id
inline constexpr char16_t ChatStatus[] = u"chat.status"; // seq 0
inline constexpr char16_t ChatTyping[] = u"chat.typing"; // seq 0: the agent is typing
inline constexpr char16_t ChatRead[] = u"chat.read"; // seq 0: the agent has read up to an id
} // namespace visitorevent

using VisitorHandler = std::function<Result<QJsonObject>(VisitorContext &, VisitorSession *, Args &)>;
using VisitorOpTable = QHash<QString, VisitorHandler>;

// The web endpoint's own op table and the translation of staff events about a chat into
// the visitor's events. Handlers check their arguments, the visitor's token owns what they
// touch, and writes commit before the answer goes out.
class VisitorOps
{
public:
    explicit VisitorOps(WebEndpoint &endpoint);
    ~VisitorOps();

    // The welcome frame for a hello with this token (empty, unknown or expired: a new visitor).
    Result<QJsonObject> welcome(VisitorSession *session, const QString &token);
    // bad_request with details.op for a name this table does not hold (staff op names included).
    Result<QJsonObject> handle(VisitorSession *session, const QString &op, const QJsonObject &args);

    struct Outgoing
    {
        qint64 seq = 0;
        QString kind;
        QJsonObject data;
    };
    // What the visitor sees of one staff event on "contact:<id>" of their chat (often nothing).
    QList<Outgoing> translate(qint64 contactId, const QJsonObject &staffEvent);
    // The chat as it is now, as a chat.status event.
    std::optional<Outgoing> status(qint64 contactId);
    // A contact closed (queue.changed on "queue"): its survey link goes out when it qualifies.
    void contactClosed(const QJsonObject &contact);

    QStringList names() const { return m_handlers.keys(); }

    // Removes expired visitors, spent rate-limit records and expired survey links; the rows removed.
    Result<int> pruneExpired();

private:
    std::unique_ptr<VisitorContext> m_context;
    VisitorOpTable m_handlers;
};

// Each group of visitor ops registers itself from its own file.
void registerFaqOps(VisitorOpTable &table);
void registerChatOps(VisitorOpTable &table);
void registerConversationOps(VisitorOpTable &table); // typing, read, end, rate, transcript
void registerOfflineOps(VisitorOpTable &table); // message.leave, survey.get, survey.answer

} // namespace spocs
