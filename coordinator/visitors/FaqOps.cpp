#include "coordinator/channels/HtmlSanitizer.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/knowledge/KbExport.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/storage/Database.h"
#include "coordinator/visitors/VisitorContext.h"
#include "coordinator/visitors/VisitorOps.h"
#include "coordinator/visitors/VisitorSession.h"
#include "coordinator/visitors/WebSettings.h"
#include "core/Args.h"
#include "core/Protocol.h"
#include "core/Try.h"

#include <QJsonArray>
#include <QSqlQuery>

// The public FAQ and the chat's topics: what a visitor reads before (or instead of) asking.
namespace spocs {
namespace {

constexpr int kMaxQuery = 200;
constexpr int kMaxHits = 5;
// What faq_self_service keeps of the visitor's words: enough to see what was asked.
constexpr int kMaxStoredQuery = 100;
const QString kHelpedKind = QStringLiteral("faq.helped");

// A published public article, or not_found: internal articles do not exist for visitors.
Result<QJsonObject> publicArticle(VisitorContext &c, qint64 id)
{
    auto article = c.knowledge.article(id);
    if (!article || article->value(QStringLiteral("visibility")).toString() != u"public"
        || article->value(QStringLiteral("status")).toString() != u"published")
        return makeError(ErrorCode::NotFound, QStringLiteral("no article %1").arg(id),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("id") } });
    return article;
}

Result<QJsonObject> search(VisitorContext &c, VisitorSession *, Args &args)
{
    const QString q = args.string(QStringLiteral("q"), kMaxQuery);
    if (!args.ok())
        return args.error();
    KnowledgeStore::SearchQuery query;
    query.text = q.simplified();
    query.limit = kMaxHits;
    query.visibility = QStringLiteral("public");
    query.status = QStringLiteral("published");
    if (query.text.isEmpty())
        return QJsonObject { { QStringLiteral("items"), QJsonArray() } };
    SPOCS_TRY_LET(found, c.knowledge.search(query));
    QJsonArray items;
    for (const QJsonValue &hit : found->value(QStringLiteral("items")).toArray()) {
        const QJsonObject h = hit.toObject();
        // The snippet's highlight markers are private-use characters: plain text for the page.
        QString snippet = h.value(QStringLiteral("snippet")).toString();
        snippet.remove(QChar(KnowledgeStore::kMarkStart)).remove(QChar(KnowledgeStore::kMarkEnd));
        items.append(QJsonObject { { QStringLiteral("id"), h.value(QStringLiteral("id")) },
                                   { QStringLiteral("title"), h.value(QStringLiteral("title")) },
                                   { QStringLiteral("snippet"), snippet } });
        if (items.size() >= kMaxHits)
            break;
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

Result<QJsonObject> get(VisitorContext &c, VisitorSession *, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(article, publicArticle(c, id));
    const QString html = HtmlSanitizer::sanitize(
        kbexport::markdownToHtml(article->value(QStringLiteral("body")).toString(), kbexport::publicLink));
    return QJsonObject { { QStringLiteral("article"),
                           QJsonObject { { QStringLiteral("id"), id },
                                         { QStringLiteral("title"), article->value(QStringLiteral("title")) },
                                         { QStringLiteral("html"), html } } } };
}

// The lead's report counts these as questions answered without a contact, so one visitor counts
// once per article: a second "helped" on this connection is answered and not counted again, and
// an address counts at most [web] actions_per_address_per_hour a hour.
Result<QJsonObject> helped(VisitorContext &c, VisitorSession *session, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString q = args.optString(QStringLiteral("q"), {}, kMaxQuery);
    if (!args.ok())
        return args.error();
    SPOCS_TRY(publicArticle(c, id));
    if (session->helpedArticles.contains(id))
        return QJsonObject {};
    SPOCS_TRY(c.withinHourlyLimit(session, kHelpedKind, c.settings.actionsPerAddressPerHour));
    auto written = c.write([&]() -> Result<QJsonObject> {
        QSqlQuery insert = c.server.db().prepare(
            QStringLiteral("INSERT INTO faq_self_service (article_id, query, at) VALUES (?, ?, ?)"));
        // An absent q is a null string, which would bind as NULL: store it as ''.
        const QString query = q.isNull() ? QStringLiteral("") : q.simplified().left(kMaxStoredQuery);
        if (!execWith(insert, { id, query, c.server.db().nowStamp() }))
            return sqlError(insert, "self-service answer");
        return QJsonObject {};
    });
    if (written) {
        session->helpedArticles.insert(id);
        // Per address only: visitor_actions holds chats, messages and transcripts.
        c.addressLimits.record(session->addressKey, kHelpedKind, c.server.db().now());
    }
    return written;
}

Result<QJsonObject> topics(VisitorContext &c, VisitorSession *, Args &)
{
    const bool open = c.settings.hours.isOpen(c.server.db().now());
    SPOCS_TRY_LET(list, c.chats.topics());
    QJsonArray out;
    for (const ChatStore::Topic &topic : *list) {
        bool available = false;
        if (open) {
            SPOCS_TRY_LET(can, c.router.canServeNow(RoutingPolicy::Channel::Chat, topic.queue));
            available = *can;
        }
        out.append(QJsonObject { { QStringLiteral("id"), topic.id },
                                 { QStringLiteral("name"), topic.name },
                                 { QStringLiteral("available"), available } });
    }
    return QJsonObject { { QStringLiteral("open"), open },
                         { QStringLiteral("hours"), c.settings.hours.text() },
                         { QStringLiteral("topics"), out } };
}

} // namespace

void registerFaqOps(VisitorOpTable &table)
{
    table.insert(QString::fromUtf16(visitorop::FaqSearch), search);
    table.insert(QString::fromUtf16(visitorop::FaqGet), get);
    table.insert(QString::fromUtf16(visitorop::FaqHelped), helped);
    table.insert(QString::fromUtf16(visitorop::ChatTopics), topics);
}

} // namespace spocs
