#include "coordinator/visitors/VisitorOps.h"

#include "coordinator/auth/CardNumberGuard.h"

#include "coordinator/channels/MailIntake.h"
#include "coordinator/channels/MailSender.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "coordinator/visitors/VisitorContext.h"
#include "coordinator/visitors/VisitorSession.h"
#include "coordinator/visitors/WebEndpoint.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

namespace spocs {
namespace {

constexpr int kSelfServiceQueryDays = 30;

} // namespace

VisitorContext::VisitorContext(WebEndpoint &endpoint)
    : web(endpoint)
    , server(endpoint.server())
    , router(endpoint.server().handlers().contactRouter())
    , settings(endpoint.settings())
    , chats(endpoint.server().db())
    , knowledge(endpoint.server().db())
    , messages(endpoint.server().db())
    , senders(endpoint.server().db(), endpoint.server().customers())
    // registerChannelOps made it with the server as its parent: one sender, one SMTP thread, and
    // one check at start for replies a crash interrupted.
    , sender(endpoint.server().findChild<MailSender *>(QString(), Qt::FindDirectChildrenOnly))
    , surveys(std::make_unique<SurveyLinks>(endpoint.server(), sender, [&endpoint] { return endpoint.publicUrl(); }))
    , offline(std::make_unique<MailIntake>(endpoint.server(), endpoint.server().handlers().contactRouter(), nullptr))
{ }

VisitorContext::~VisitorContext() = default;

Result<void> VisitorContext::withinHourlyLimit(VisitorSession *session, const QString &kind, int limit)
{
    if (!addressLimits.allows(session->addressKey, kind, settings.actionsPerAddressPerHour, server.db().now()))
        return makeError(ErrorCode::RateLimited,
                         QStringLiteral("at most %1 per hour from one address").arg(settings.actionsPerAddressPerHour),
                         QJsonObject { { QStringLiteral("retryAfterMs"), 3600 * 1000 } });
    auto count
        = chats.actionsSince(session->visitorId, kind, server.db().now().addSecs(-ChatStore::kActionWindowSeconds));
    if (!count)
        return count.error();
    if (*count >= limit)
        return makeError(ErrorCode::RateLimited, QStringLiteral("at most %1 per hour").arg(limit),
                         QJsonObject { { QStringLiteral("retryAfterMs"), 3600 * 1000 } });
    return {};
}

Result<void> VisitorContext::recordAction(VisitorSession *session, const QString &kind, qint64 contactId)
{
    SPOCS_TRY(chats.recordAction(session->visitorId, kind, contactId));
    addressLimits.record(session->addressKey, kind, server.db().now());
    return {};
}

Result<QJsonObject> VisitorContext::write(const std::function<Result<QJsonObject>()> &fn)
{
    std::optional<QJsonObject> answer;
    const auto r = server.transact([&]() -> Result<void> {
        SPOCS_TRY_LET(value, fn());
        answer = std::move(*value);
        return {};
    });
    if (!r)
        return r.error();
    // A visitor's answer is not held like staff answers: a write the commit took back is an error
    // here, or the visitor would believe in a line no agent will ever see.
    SPOCS_TRY(server.commitGroup());
    return *answer;
}

Result<void> VisitorContext::publishLine(qint64 contactId, qint64 messageId)
{
    SPOCS_TRY(messages.publishAdded(server.events(), contactId, messageId));
    return {};
}

Result<VisitorContext::Form> VisitorContext::readForm(Args &args, bool textRequired)
{
    constexpr int kMaxName = 100;
    constexpr int kMaxEmail = 254;
    constexpr int kMaxText = 4000;
    Form form;
    form.name = args.string(QStringLiteral("name"), kMaxName).simplified();
    form.email = args.string(QStringLiteral("email"), kMaxEmail).trimmed();
    const qint64 topicId = args.integer(QStringLiteral("topic"), 1, protocol::MaxSafeInteger);
    form.text = (textRequired ? args.string(QStringLiteral("text"), kMaxText)
                              : args.optString(QStringLiteral("text"), {}, kMaxText))
                    .trimmed();
    if (!args.ok())
        return args.error();
    if (form.name.isEmpty())
        return badField(QStringLiteral("name"), QStringLiteral("name is empty"));
    if (!CustomerStore::validEmails({ form.email }))
        return badField(QStringLiteral("email"), QStringLiteral("email is not an e-mail address"));
    if (textRequired && form.text.isEmpty())
        return badField(QStringLiteral("text"), QStringLiteral("text is empty"));
    SPOCS_TRY_LET(topic, chats.topic(topicId));
    form.topic = *topic;
    return form;
}

Result<qint64> VisitorContext::ownChat(VisitorSession *session)
{
    SPOCS_TRY_LET(latest, chats.latestChat(session->visitorId));
    if (!*latest)
        return makeError(ErrorCode::InvalidState, QStringLiteral("there is no chat"));
    return **latest;
}

Result<qint64> VisitorContext::openChat(VisitorSession *session)
{
    auto id = ownChat(session);
    if (!id)
        return id;
    SPOCS_TRY_LET(chat, chats.chat(*id));
    if (chat->status == domain::ChatStatus::Ended)
        return makeError(ErrorCode::InvalidState, QStringLiteral("there is no open chat"));
    return id;
}

VisitorOps::VisitorOps(WebEndpoint &endpoint)
    : m_context(std::make_unique<VisitorContext>(endpoint))
{
    registerFaqOps(m_handlers);
    registerChatOps(m_handlers);
    registerConversationOps(m_handlers);
    registerOfflineOps(m_handlers);
}

VisitorOps::~VisitorOps() = default;

Result<QJsonObject> VisitorOps::welcome(VisitorSession *session, const QString &token)
{
    VisitorContext &c = *m_context;
    std::optional<ChatStore::Visitor> visitor;
    // A token is free, so new ones are counted per address: every hello without one is a row.
    const QDateTime now = c.server.db().now();
    const bool mayCreate = c.addressLimits.allows(session->addressKey, QStringLiteral("visitor"),
                                                  c.settings.newVisitorsPerAddressPerHour, now);
    auto chat = c.write([&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(visited, c.chats.visit(token, mayCreate));
        visitor = *visited;
        return QJsonObject {};
    });
    if (!chat)
        return chat.error();
    if (visitor->created)
        c.addressLimits.record(session->addressKey, QStringLiteral("visitor"), now);
    session->visitorId = visitor->id;
    QJsonValue current = QJsonValue::Null;
    SPOCS_TRY_LET(latest, c.chats.latestChat(visitor->id));
    if (*latest) {
        SPOCS_TRY_LET(state, c.chats.chat(**latest));
        current = state->toJson();
        c.web.follow(session, **latest);
        session->lastStatus = *state;
    }
    return QJsonObject { { QStringLiteral("t"), QStringLiteral("welcome") },
                         { QStringLiteral("v"), protocol::Version },
                         { QStringLiteral("visitor"), visitor->token },
                         { QStringLiteral("expires"), visitor->expiresAt.toString(Qt::ISODateWithMs) },
                         { QStringLiteral("chat"), current } };
}

Result<QJsonObject> VisitorOps::handle(VisitorSession *session, const QString &op, const QJsonObject &args)
{
    const auto it = m_handlers.constFind(op);
    if (it == m_handlers.cend())
        return makeError(ErrorCode::BadRequest, QStringLiteral("unknown op %1").arg(op.left(64)),
                         QJsonObject { { QStringLiteral("op"), op.left(64) } });
    // Visitors paste card numbers into chats and forms: kept out of storage, events, agents' screens
    // and transcripts by masking (a visitor is not told off like staff, whose ops are refused).
    Args parsed(CardNumberGuard::maskCardNumbers(args));
    return (*it)(*m_context, session, parsed);
}

std::optional<VisitorOps::Outgoing> VisitorOps::status(qint64 contactId)
{
    auto chat = m_context->chats.chat(contactId);
    if (!chat)
        return std::nullopt;
    return Outgoing { 0, QString::fromUtf16(visitorevent::ChatStatus), chat->toJson() };
}

void VisitorOps::contactClosed(const QJsonObject &contact)
{
    m_context->surveys->contactClosed(contact);
}

Result<int> VisitorOps::pruneExpired()
{
    int removed = 0;
    const auto r = m_context->write([&]() -> Result<QJsonObject> {
        const QDateTime now = m_context->server.db().now();
        SPOCS_TRY_LET(visitors, m_context->chats.pruneExpired(now));
        SPOCS_TRY_LET(links, m_context->surveys->pruneExpired(now));
        // The report counts self-service answers; what visitors typed is kept for a month only.
        SPOCS_TRY(m_context->server.db().query(
            QStringLiteral("UPDATE faq_self_service SET query = '' WHERE at < ? AND query <> ''"),
            { now.addDays(-kSelfServiceQueryDays).toString(Qt::ISODateWithMs) }, "forget self-service queries"));
        removed = *visitors + *links;
        return QJsonObject {};
    });
    if (!r)
        return r.error();
    return removed;
}

QList<VisitorOps::Outgoing> VisitorOps::translate(qint64 contactId, const QJsonObject &staffEvent)
{
    VisitorContext &c = *m_context;
    const QString kind = staffEvent.value(QStringLiteral("kind")).toString();
    const QJsonObject data = staffEvent.value(QStringLiteral("data")).toObject();
    QList<Outgoing> out;
    if (kind == QStringView(event::ContactUpdated) || kind == QStringView(event::SurveyRecorded)) {
        if (auto chat = status(contactId))
            out.append(*chat);
    } else if (kind == QStringView(event::ContactMessageAdded)) {
        const qint64 messageId
            = data.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInteger();
        if (auto line = c.chats.line(messageId); line && messageId > 0)
            out.append(Outgoing { messageId, QString::fromUtf16(visitorevent::ChatMessage), line->toJson() });
    }
    return out;
}

} // namespace spocs
