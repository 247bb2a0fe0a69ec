#pragma once

#include "core/Result.h"
#include "core/domain/Chat.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace spocs {

class Database;

// Visitors, their chats and the chat lines (migration 0015; the lines live in
// contact_messages beside e-mail). Writes join the caller's Database::write() transaction.
class ChatStore
{
public:
    explicit ChatStore(Database &db);

    struct Visitor
    {
        qint64 id = 0;
        QString token; // only when just created: the stored copy is hashed
        QDateTime expiresAt;
        bool created = false;
    };
    // The visitor holding this token (its expiry moved on), or a new one with a new token when
    // the token is empty, unknown or expired; rate_limited then unless mayCreate.
    Result<Visitor> visit(const QString &token, bool mayCreate = true);
    static constexpr int kVisitorHours = 24;

    // A topic the public may choose: a top-level contact reason that is in use and not
    // forward-only. Its chats wait in the reason's queue (its skill, else general).
    struct Topic
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString queue;
    };
    Result<QList<Topic>> topics();
    // not_found (naming "topic") for anything but a public topic.
    Result<Topic> topic(qint64 reasonId);

    // The visitor's newest chat, open or not; empty when they never started one.
    Result<std::optional<qint64>> latestChat(qint64 visitorId);
    // The chat as the visitor sees it. not_found when it is not a chat.
    Result<domain::VisitorChat> chat(qint64 contactId);
    struct ChatFacts
    {
        qint64 contactId = 0;
        qint64 visitorId = 0;
        QString name;
        QString email;
        QString state; // the contact's state
        bool endedByVisitor = false;
        QString createdAt;
    };
    Result<ChatFacts> facts(qint64 contactId);
    Result<void> addChat(qint64 contactId, qint64 visitorId, qint64 reasonId, const QString &name,
                         const QString &email);
    Result<void> markEnded(qint64 contactId);
    // `reader` has read the other side's lines up to `upTo` (never beyond the chat's last line,
    // never backwards). Returns the mark now stored and whether it moved.
    struct ReadMark
    {
        qint64 upTo = 0;
        bool moved = false; // false when the mark was already there: nothing to tell anyone
    };
    Result<ReadMark> markRead(qint64 contactId, domain::ChatSender reader, qint64 upTo);

    struct Line
    {
        qint64 contactId = 0;
        domain::ChatSender from = domain::ChatSender::Visitor;
        QString text;
        QString sourceKey; // visitor lines: "chat:<visitor>:<cid>", so a re-sent line is stored once
        std::optional<qint64> authorUserId; // agent lines
        QString fromName;
        QString fromAddress;
    };
    Result<qint64> addLine(const Line &line);
    // The line stored under this source key, if any.
    Result<std::optional<qint64>> lineBySource(const QString &sourceKey);
    Result<domain::ChatMessage> line(qint64 messageId);
    // Lines after `afterId`, oldest first, at most kMaxLines.
    Result<QList<domain::ChatMessage>> lines(qint64 contactId, qint64 afterId);
    static constexpr int kMaxLines = 500;

    // Chats started / messages left by this visitor since `since`.
    static constexpr int kActionWindowSeconds = 3600; // the hourly limits' window
    Result<int> actionsSince(qint64 visitorId, const QString &kind, const QDateTime &since);
    Result<void> recordAction(qint64 visitorId, const QString &kind, qint64 contactId);
    // Inside a write: forgets what no limit or chat needs any more (actions older than the hour
    // the limits look at; expired visitors who never started a chat, whose token can no longer
    // be used). A visitor with a chat stays: the chat names it. Returns the rows removed.
    Result<int> pruneExpired(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace spocs
