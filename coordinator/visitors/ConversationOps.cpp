#include "coordinator/channels/MailSender.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/leads/SurveyRecording.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/storage/Database.h"
#include "coordinator/visitors/VisitorContext.h"
#include "coordinator/visitors/VisitorOps.h"
#include "coordinator/visitors/VisitorSession.h"
#include "coordinator/visitors/WebEndpoint.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Protocol.h"
#include "core/Try.h"

#include <QUuid>

// The rest of a visitor's chat: typing, read marks, leaving, the rating and the transcript.
namespace spocs {
namespace {

using domain::ChatSender;

constexpr int kMaxComment = 1000;

Result<QJsonObject> typing(VisitorContext &c, VisitorSession *session, Args &args)
{
    const QJsonValue value = args.value(QStringLiteral("typing"));
    if (!value.isBool())
        return badField(QStringLiteral("typing"), QStringLiteral("typing must be true or false"));
    SPOCS_TRY_LET(id, c.openChat(session));
    // Ephemeral and at most 2 a second: a keyboard must not become a flood for the agent.
    if (session->typingLimiter().tryAcquire())
        c.server.events().publishEphemeral(
            QStringLiteral("contact:%1").arg(*id), QString::fromUtf16(event::ContactTyping),
            QJsonObject { { QStringLiteral("contact"), *id }, { QStringLiteral("typing"), value.toBool() } });
    return QJsonObject {};
}

Result<QJsonObject> read(VisitorContext &c, VisitorSession *session, Args &args)
{
    const qint64 upTo = args.integer(QStringLiteral("upTo"), 0, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(id, c.ownChat(session));
    return c.write([&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(marked, c.chats.markRead(*id, ChatSender::Visitor, upTo));
        // Only a mark that moved is news (and a durable event): a mark sent again, or on an ended
        // chat that has nothing new, must not fill the event log.
        if (marked->moved) {
            SPOCS_TRY(c.server.events().publish(
                QStringLiteral("contact:%1").arg(*id), QString::fromUtf16(event::ContactRead),
                QJsonObject { { QStringLiteral("contact"), *id }, { QStringLiteral("upTo"), marked->upTo } }));
        }
        return QJsonObject {};
    });
}

Result<QJsonObject> end(VisitorContext &c, VisitorSession *session, Args &)
{
    SPOCS_TRY_LET(id, c.openChat(session));
    bool abandoned = false;
    auto answer = c.write([&]() -> Result<QJsonObject> {
        SPOCS_TRY(c.chats.markEnded(*id));
        // Data, not UI: the line stays in the contact's history in the language the agents work in.
        SPOCS_TRY_LET(line,
                      c.chats.addLine(ChatStore::Line { *id,
                                                        ChatSender::System,
                                                        QStringLiteral("The customer left the chat"),
                                                        {},
                                                        std::nullopt,
                                                        QStringLiteral("System"),
                                                        {} }));
        SPOCS_TRY(c.publishLine(*id, *line));
        // Nobody has taken it yet: it leaves routing as an abandoned contact, rather than reach an
        // agent who finds the visitor gone.
        SPOCS_TRY_LET(routing, c.router.store().routing(*id));
        if (routing->state == u"queued" || routing->state == u"offered") {
            SPOCS_TRY_LET(contact, c.router.abandon(*id, std::nullopt));
            abandoned = true;
        }
        SPOCS_TRY_LET(chat, c.chats.chat(*id));
        return QJsonObject { { QStringLiteral("chat"), chat->toJson() } };
    });
    if (answer) {
        c.web.pushStatus(*id);
        if (abandoned)
            c.router.schedule();
    }
    return answer;
}

Result<QJsonObject> rate(VisitorContext &c, VisitorSession *session, Args &args)
{
    const int score = int(args.integer(QStringLiteral("score"), 1, 5));
    const QString comment = args.optString(QStringLiteral("comment"), {}, kMaxComment).trimmed();
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(id, c.ownChat(session));
    auto answer = c.write([&]() -> Result<QJsonObject> {
        // The visitor may rate as soon as they leave, before the agent has closed the contact.
        auto survey = recordSurvey(c.server, *id, score, std::nullopt, comment, false);
        if (!survey) {
            if (survey.error().code == ErrorCode::Conflict)
                return makeError(ErrorCode::InvalidState, QStringLiteral("this chat has been rated"));
            return survey.error();
        }
        return QJsonObject {};
    });
    if (answer)
        c.web.pushStatus(*id);
    return answer;
}

// "anna@example.org" -> "a***@example.org": enough to recognise, nothing to harvest.
QString masked(const QString &address)
{
    const qsizetype at = address.indexOf(u'@');
    return at <= 0 ? QStringLiteral("***") : address.left(1) + QStringLiteral("***") + address.mid(at);
}

Result<QJsonObject> transcript(VisitorContext &c, VisitorSession *session, Args &)
{
    SPOCS_TRY_LET(id, c.ownChat(session));
    if (!c.sender || !c.sender->isConfigured())
        return makeError(ErrorCode::Unavailable, QStringLiteral("e-mail is not configured"));
    SPOCS_TRY_LET(facts, c.chats.facts(*id));
    SPOCS_TRY(c.withinHourlyLimit(session, QStringLiteral("transcript"), c.settings.chatsPerHour));
    SPOCS_TRY_LET(chat, c.chats.chat(*id));
    QStringList text { QStringLiteral("Chat about %1, %2").arg(chat->topic.name, facts->createdAt.left(10)), {} };
    qint64 after = 0;
    for (;;) {
        SPOCS_TRY_LET(lines, c.chats.lines(*id, after));
        for (const domain::ChatMessage &line : *lines) {
            const QString who = line.from == ChatSender::System ? QString() : line.name + QStringLiteral(": ");
            text << QStringLiteral("[%1] %2%3").arg(line.at.mid(11, 5), who, line.text);
            after = line.id;
        }
        if (lines->size() < ChatStore::kMaxLines)
            break;
    }
    OutgoingMail mail;
    mail.fromAddress = c.server.config().mail.fromAddress;
    mail.fromName = c.server.config().mail.fromName;
    mail.toAddress = facts->email;
    mail.toName = facts->name;
    mail.subject = QStringLiteral("Your chat with us: %1").arg(chat->topic.name);
    mail.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + mail.fromAddress.section(u'@', 1);
    mail.text = text.join(u'\n') + u'\n';
    auto recorded = c.write([&]() -> Result<QJsonObject> {
        SPOCS_TRY(c.recordAction(session, QStringLiteral("transcript"), *id));
        return QJsonObject {};
    });
    if (!recorded)
        return recorded;
    c.sender->send(mail);
    return QJsonObject { { QStringLiteral("sent"), true }, { QStringLiteral("to"), masked(facts->email) } };
}

} // namespace

void registerConversationOps(VisitorOpTable &table)
{
    table.insert(QString::fromUtf16(visitorop::ChatTyping), typing);
    table.insert(QString::fromUtf16(visitorop::ChatRead), read);
    table.insert(QString::fromUtf16(visitorop::ChatEnd), end);
    table.insert(QString::fromUtf16(visitorop::ChatRate), rate);
    table.insert(QString::fromUtf16(visitorop::ChatTranscript), transcript);
}

} // namespace spocs
