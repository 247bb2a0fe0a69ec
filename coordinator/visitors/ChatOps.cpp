#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/storage/Database.h"
#include "coordinator/visitors/VisitorContext.h"
#include "coordinator/visitors/VisitorOps.h"
#include "coordinator/visitors/VisitorSession.h"
#include "coordinator/visitors/WebEndpoint.h"
#include "coordinator/visitors/WebSettings.h"
#include "core/Args.h"
#include "core/Protocol.h"
#include "core/Try.h"

#include <QJsonArray>

// The visitor's side of a chat: start one, write, read what was missed.
namespace spocs {
namespace {

using domain::ChatSender;

constexpr int kMaxText = 4000;
constexpr int kMaxCid = 64;

Result<QJsonObject> start(VisitorContext &c, VisitorSession *session, Args &args)
{
    SPOCS_TRY_LET(form, c.readForm(args, false));
    const auto &[name, email, topic, text] = *form;
    if (auto current = c.openChat(session); current)
        return makeError(ErrorCode::InvalidState, QStringLiteral("this visitor already has an open chat"),
                         QJsonObject { { QStringLiteral("contact"), *current } });
    if (!c.settings.hours.isOpen(c.server.db().now()))
        return makeError(ErrorCode::Unavailable, QStringLiteral("the chat is closed now"),
                         QJsonObject { { QStringLiteral("open"), false } });
    SPOCS_TRY_LET(staffed, c.router.canServeNow(RoutingPolicy::Channel::Chat, topic.queue));
    if (!*staffed)
        return makeError(ErrorCode::Unavailable, QStringLiteral("nobody can take a chat on this topic now"),
                         QJsonObject { { QStringLiteral("open"), true } });
    SPOCS_TRY(c.withinHourlyLimit(session, QStringLiteral("chat"), c.settings.chatsPerHour));

    qint64 contactId = 0;
    auto answer = c.write([&]() -> Result<QJsonObject> {
        // The same rule as mail intake: the customer with this address, or a new prospect.
        SPOCS_TRY_LET(customer, c.senders.customerByAddress(email));
        if (customer->isEmpty()) {
            customer = c.senders.createProspect(name, email);
            if (!customer)
                return customer.error();
        }
        auto created
            = c.router.store().create(QStringLiteral("chat"), *customer, std::nullopt, topic.queue, topic.code);
        if (!created)
            return created.error();
        contactId = *created;
        SPOCS_TRY(c.chats.addChat(contactId, session->visitorId, topic.id, name, email));
        SPOCS_TRY(c.recordAction(session, QStringLiteral("chat"), contactId));
        if (!text.isEmpty()) {
            SPOCS_TRY_LET(line,
                          c.chats.addLine(
                              ChatStore::Line { contactId, ChatSender::Visitor, text, {}, std::nullopt, name, email }));
            SPOCS_TRY(c.publishLine(contactId, *line));
        }
        SPOCS_TRY(c.router.publish(contactId));
        SPOCS_TRY_LET(chat, c.chats.chat(contactId));
        return QJsonObject { { QStringLiteral("chat"), chat->toJson() } };
    });
    if (!answer)
        return answer;
    const auto chat = domain::VisitorChat::fromJson(answer->value(QStringLiteral("chat")).toObject());
    for (VisitorSession *tab : c.web.sessionsOf(session->visitorId)) {
        c.web.follow(tab, contactId);
        tab->lastStatus = chat;
    }
    c.router.schedule();
    return answer;
}

Result<QJsonObject> send(VisitorContext &c, VisitorSession *session, Args &args)
{
    const QString cid = args.string(QStringLiteral("cid"), kMaxCid);
    const QString text = args.string(QStringLiteral("text"), kMaxText).trimmed();
    if (!args.ok())
        return args.error();
    if (cid.isEmpty())
        return badField(QStringLiteral("cid"), QStringLiteral("cid is empty"));
    if (text.isEmpty())
        return badField(QStringLiteral("text"), QStringLiteral("text is empty"));
    // A line re-sent after a drop (same cid) is the line stored the first time.
    const QString sourceKey = QStringLiteral("chat:%1:%2").arg(session->visitorId).arg(cid);
    return c.write([&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(stored, c.chats.lineBySource(sourceKey));
        qint64 lineId = stored->value_or(0);
        if (!lineId) {
            SPOCS_TRY_LET(chatId, c.openChat(session));
            SPOCS_TRY_LET(facts, c.chats.facts(*chatId));
            SPOCS_TRY_LET(added,
                          c.chats.addLine(ChatStore::Line { *chatId, ChatSender::Visitor, text, sourceKey, std::nullopt,
                                                            facts->name, facts->email }));
            lineId = *added;
            SPOCS_TRY(c.publishLine(*chatId, lineId));
        }
        SPOCS_TRY_LET(line, c.chats.line(lineId));
        return QJsonObject { { QStringLiteral("message"), line->toJson() } };
    });
}

Result<QJsonObject> history(VisitorContext &c, VisitorSession *session, Args &args)
{
    const qint64 after = args.optInteger(QStringLiteral("after"), 0, 0, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(chatId, c.ownChat(session));
    SPOCS_TRY_LET(chat, c.chats.chat(*chatId));
    SPOCS_TRY_LET(lines, c.chats.lines(*chatId, after));
    QJsonArray messages;
    for (const domain::ChatMessage &line : *lines)
        messages.append(line.toJson());
    return QJsonObject { { QStringLiteral("chat"), chat->toJson() }, { QStringLiteral("messages"), messages } };
}

} // namespace

void registerChatOps(VisitorOpTable &table)
{
    table.insert(QString::fromUtf16(visitorop::ChatStart), start);
    table.insert(QString::fromUtf16(visitorop::ChatSend), send);
    table.insert(QString::fromUtf16(visitorop::ChatHistory), history);
}

} // namespace spocs
