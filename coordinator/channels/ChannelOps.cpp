#include "coordinator/channels/ContactMessageStore.h"
#include "coordinator/channels/MailIntake.h"
#include "coordinator/channels/MailSender.h"
#include "coordinator/channels/PublicArticles.h"
#include "coordinator/contacts/ContactHistory.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "coordinator/visitors/ChatStore.h"
#include "coordinator/visitors/VisitorOps.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimer>

// Channel ops: the messages of e-mail and chat contacts and the agent's answers on the
// customer's channel. Also starts the mail intake when mailboxes are configured.
namespace spocs {
namespace {

struct Channels
{
    RequestHandlers &h;
    ContactMessageStore messages;
    MailSender *sender; // owned by the server
    ChatStore chats;
    KnowledgeStore knowledge;
};

QString contactSubject(qint64 id)
{
    return QStringLiteral("contact:%1").arg(id);
}

Result<QJsonObject> messages(Channels &c, ClientSession *session, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY(c.h.contactRouter().store().routing(id));
    SPOCS_TRY_LET(list, c.messages.list(id));
    c.h.server().audit().record(
        RequestHandlers::auditEntry(session, QString::fromUtf16(op::ContactMessages), contactSubject(id)));
    return QJsonObject { { QStringLiteral("contact"), id }, { QStringLiteral("messages"), *list } };
}

// Whether a closed contact is still worked on: only to send again what was written while it was open.
enum class WhenClosed { Refuse, Allow };

// Only the agent working the contact (or a lead) answers on it, and only while it is open.
// Returns the contact's channel: e-mail or chat.
Result<QString> mayAnswer(Channels &c, ClientSession *session, qint64 id, WhenClosed closed = WhenClosed::Refuse)
{
    SPOCS_TRY_LET(contact, c.h.contactRouter().store().json(id));
    const QString state = contact->value(QStringLiteral("state")).toString();
    const bool open = state == u"active" || state == u"after_contact_work";
    if (!open && !(closed == WhenClosed::Allow && state == u"closed"))
        return makeError(ErrorCode::InvalidState, QStringLiteral("contact %1 is %2, not active").arg(id).arg(state));
    const qint64 owner = contact->value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger();
    const Role role = session->session().user.role;
    if (owner != session->userId() && role != Role::Lead)
        return makeError(ErrorCode::Forbidden, QStringLiteral("contact %1 belongs to someone else").arg(id));
    const QString channel = contact->value(QStringLiteral("channel")).toString();
    if (channel != u"email" && channel != u"chat")
        return makeError(ErrorCode::BadRequest, QStringLiteral("contact %1 is not an e-mail or chat contact").arg(id),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("id") } });
    return channel;
}

// A chat answer goes to the visitor as it is stored: the contact.message event it publishes
// reaches the web endpoint, which shows it in the visitor's chat.
Result<QJsonObject> chatLine(Channels &c, ClientSession *session, qint64 id, const QString &body,
                             const QList<qint64> &articles)
{
    SPOCS_TRY_LET(texts, publicArticleTexts(c.knowledge, articles));
    const QString text = (QStringList { body.trimmed() } + *texts).join(QStringLiteral("\n\n"));
    SPOCS_TRY_LET(
        line, c.chats.addLine(ChatStore::Line { id, domain::ChatSender::Agent, text, {}, session->userId(), {}, {} }));
    return c.messages.publishAdded(c.h.server().events(), id, *line);
}

// After a write that stored an e-mail as 'sending': commits it, then sends. A mail must not leave
// before its record is durable: if the commit took the record back, the agent would be told "not
// saved" and send again while the customer already has it. A failed commit sends nothing and is
// the write's error; a replayed cid (nothing to send) sends nothing either, that mail is on its way.
Result<QJsonObject> sendWhenSaved(Channels &c, Result<QJsonObject> written, const std::optional<OutgoingMail> &mail)
{
    if (!written || !mail)
        return written;
    SPOCS_TRY(c.h.server().commitGroup());
    c.sender->send(*mail);
    return written;
}

Result<QJsonObject> reply(Channels &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString body = args.string(QStringLiteral("body"), 20000);
    QList<qint64> articles;
    const QJsonValue articleList = args.value(QStringLiteral("articles"));
    if (!args.ok())
        return args.error();
    if (!articleList.isUndefined()) {
        const QJsonArray list = articleList.toArray();
        if (!articleList.isArray() || list.size() > 5)
            return makeError(ErrorCode::BadRequest, QStringLiteral("articles must be a list of up to 5 article ids"),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("articles") } });
        for (const QJsonValue &v : list) {
            if (!v.isDouble() || v.toInteger() < 1)
                return makeError(ErrorCode::BadRequest, QStringLiteral("articles must hold article ids"),
                                 QJsonObject { { QStringLiteral("field"), QStringLiteral("articles") } });
            articles.append(v.toInteger());
        }
    }
    if (body.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("body is empty"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("body") } });
    const QString op = QString::fromUtf16(op::ContactReply);
    std::optional<OutgoingMail> toSend;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(channel, mayAnswer(c, session, id));
        if (*channel == u"chat") {
            SPOCS_TRY_LET(line, chatLine(c, session, id, body, articles));
            SPOCS_TRY(c.h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, contactSubject(id))));
            return QJsonObject { { QStringLiteral("message"), *line },
                                 { QStringLiteral("seq"), c.h.server().events().head() } };
        }
        SPOCS_TRY_LET(mail, c.sender->prepareReply(MailSender::Reply { id, session->userId(), body, articles }));
        // The letter is part of the customer's story, not only of the contact.
        SPOCS_TRY(ContactHistory(c.h.server().db(), c.h.server().events())
                      .emailed(id, session->userId(), mail->subject, body));
        SPOCS_TRY(c.h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, contactSubject(id))));
        SPOCS_TRY_LET(message, c.sender->messageJson(mail->messageRowId));
        toSend = *mail;
        return QJsonObject { { QStringLiteral("message"), *message },
                             { QStringLiteral("seq"), c.h.server().events().head() } };
    });
    return sendWhenSaved(c, std::move(r), toSend);
}

// The agent on a chat (or a lead) while it is open: typing and read marks.
Result<void> mayWorkChat(Channels &c, ClientSession *session, qint64 id)
{
    SPOCS_TRY_LET(channel, mayAnswer(c, session, id));
    if (*channel != u"chat")
        return makeError(ErrorCode::BadRequest, QStringLiteral("contact %1 is not a chat").arg(id),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("id") } });
    return {};
}

QString visitorTopic(qint64 id)
{
    return QStringLiteral("chat:%1").arg(id);
}

Result<QJsonObject> typing(Channels &c, ClientSession *session, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QJsonValue typing = args.value(QStringLiteral("typing"));
    if (!args.ok())
        return args.error();
    if (!typing.isBool())
        return badField(QStringLiteral("typing"), QStringLiteral("typing must be true or false"));
    SPOCS_TRY(mayWorkChat(c, session, id));
    // Ephemeral, straight to the visitor's widget: who types is live state, not history.
    c.h.server().events().publishEphemeral(
        visitorTopic(id), QString::fromUtf16(visitorevent::ChatTyping),
        QJsonObject { { QStringLiteral("typing"), typing.toBool() },
                      { QStringLiteral("name"), domain::ChatAgent::named(session->session().user.displayName).name } });
    return QJsonObject {};
}

Result<QJsonObject> read(Channels &c, ClientSession *session, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const qint64 upTo = args.integer(QStringLiteral("upTo"), 0, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY(mayWorkChat(c, session, id));
    // A mark that only moves forward: sent again, it changes nothing, so it needs no cid.
    std::optional<qint64> marked;
    if (auto r = c.h.server().transact([&]() -> Result<void> {
            SPOCS_TRY_LET(mark, c.chats.markRead(id, domain::ChatSender::Agent, upTo));
            marked = mark->upTo;
            return {};
        });
        !r)
        return r.error();
    c.h.server().events().publishEphemeral(visitorTopic(id), QString::fromUtf16(visitorevent::ChatRead),
                                           QJsonObject { { QStringLiteral("upTo"), *marked } });
    return QJsonObject { { QStringLiteral("contact"), id }, { QStringLiteral("upTo"), *marked } };
}

Result<QJsonObject> cannedList(Channels &c, ClientSession *, Args &)
{
    QSqlQuery q = c.h.server().db().prepare(
        QStringLiteral("SELECT id, title, body, language FROM canned_answers ORDER BY language, position, id"));
    if (!q.exec())
        return sqlError(q, "canned answers");
    QJsonArray answers;
    while (q.next())
        answers.append(QJsonObject { { QStringLiteral("id"), q.value(0).toLongLong() },
                                     { QStringLiteral("title"), q.value(1).toString() },
                                     { QStringLiteral("body"), q.value(2).toString() },
                                     { QStringLiteral("language"), q.value(3).toString() } });
    return QJsonObject { { QStringLiteral("answers"), answers } };
}

Result<QJsonObject> replyRetry(Channels &c, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const qint64 message = args.integer(QStringLiteral("message"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::ContactReplyRetry);
    std::optional<OutgoingMail> toSend;
    auto r = c.h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        // The reply was written while the contact was open; closing it must not strand a letter
        // the customer never got (the server was down, or the coordinator stopped mid-send).
        // The closer (its owner) or a lead sends it again; nothing new is written.
        SPOCS_TRY_LET(channel, mayAnswer(c, session, id, WhenClosed::Allow));
        if (*channel != u"email")
            return makeError(ErrorCode::BadRequest, QStringLiteral("only e-mail replies are retried"),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("id") } });
        SPOCS_TRY_LET(mail, c.sender->prepareRetry(id, message));
        SPOCS_TRY(c.h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, contactSubject(id))));
        SPOCS_TRY_LET(json, c.sender->messageJson(message));
        toSend = *mail;
        return QJsonObject { { QStringLiteral("message"), *json },
                             { QStringLiteral("seq"), c.h.server().events().head() } };
    });
    return sendWhenSaved(c, std::move(r), toSend);
}

} // namespace

void registerChannelOps(RequestHandlers &handlers)
{
    CoordinatorServer &server = handlers.server();
    auto *sender = new MailSender(server, &server);
    auto channels = std::make_shared<Channels>(Channels { handlers, ContactMessageStore(server.db()), sender,
                                                          ChatStore(server.db()), KnowledgeStore(server.db()) });
    auto bind = [channels](Result<QJsonObject> (*fn)(Channels &, ClientSession *, Args &)) {
        return [channels, fn](ClientSession *session, Args &args) {
            return fn(*channels, session, args);
        };
    };
    handlers.registerOp(QString::fromUtf16(op::ContactMessages), bind(messages));
    handlers.registerOp(QString::fromUtf16(op::ContactReply), bind(reply));
    handlers.registerOp(QString::fromUtf16(op::ContactReplyRetry), bind(replyRetry));
    handlers.registerOp(QString::fromUtf16(op::ContactTyping), bind(typing));
    handlers.registerOp(QString::fromUtf16(op::ContactRead), bind(read));
    handlers.registerOp(QString::fromUtf16(op::CannedList), bind(cannedList));
    if (server.config().mail.intakeEnabled()) {
        auto *intake = new MailIntake(server, handlers.contactRouter(), sender, &server);
        // Once the loop runs: the server is listening and routing is ready by then.
        QTimer::singleShot(0, intake, &MailIntake::start);
    }
}

} // namespace spocs
