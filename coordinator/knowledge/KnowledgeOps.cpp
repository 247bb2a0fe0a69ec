#include "coordinator/knowledge/ArticleViewCounter.h"
#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QJsonArray>

// Knowledge base ops: search, suggestions, the review workflow, versions, feedback, sending
// an article to a customer and what the search learned. Publishing and archiving are events on
// topic "kb", so every open knowledge panel updates live.
namespace spocs {
namespace {

const QString kTopic = QStringLiteral("kb");

KnowledgeStore store(RequestHandlers &h)
{
    return KnowledgeStore(h.server().db());
}

KnowledgeStore::Actor actorOf(ClientSession *session)
{
    return KnowledgeStore::Actor { session->userId(), session->session().user.role };
}

QString subject(qint64 id)
{
    return QStringLiteral("kb:%1").arg(id);
}

// Reads the content fields shared by kb.propose (all optional but title and body).
KnowledgeStore::Content readContent(Args &args)
{
    KnowledgeStore::Content c;
    c.title = args.string(QStringLiteral("title"), KnowledgeStore::kMaxTitle);
    c.body = args.string(QStringLiteral("body"), KnowledgeStore::kMaxBody);
    c.tags = args.has(QStringLiteral("tags")) ? args.stringList(QStringLiteral("tags"), 20, 64) : QStringList();
    c.products
        = args.has(QStringLiteral("products")) ? args.stringList(QStringLiteral("products"), 20, 64) : QStringList();
    c.reasons
        = args.has(QStringLiteral("reasons")) ? args.stringList(QStringLiteral("reasons"), 20, 64) : QStringList();
    c.language = args.optString(QStringLiteral("language"), QStringLiteral("en"), 16);
    c.visibility = args.optString(QStringLiteral("visibility"), QStringLiteral("internal"), 16);
    return c;
}

// Audits the write and publishes its event, inside the write's transaction.
Result<QJsonObject> finish(RequestHandlers &h, ClientSession *session, const QString &op, qint64 id,
                           const KnowledgeStore::Change &change)
{
    SPOCS_TRY(h.server().audit().recordNow(
        RequestHandlers::auditEntry(session, op, subject(id), QStringLiteral("version %1").arg(change.version))));
    QJsonObject answer = change.answer;
    Result<qint64> seq = qint64(0);
    switch (change.event) {
    case KnowledgeStore::Change::Event::Published:
        seq = h.server().events().publish(kTopic, QString::fromUtf16(event::KbPublished),
                                          QJsonObject { { QStringLiteral("article"), change.article } });
        break;
    case KnowledgeStore::Change::Event::Archived:
        seq = h.server().events().publish(kTopic, QString::fromUtf16(event::KbArchived),
                                          QJsonObject { { QStringLiteral("id"), id } });
        break;
    case KnowledgeStore::Change::Event::Proposed:
        seq = h.server().events().publish(
            kTopic, QString::fromUtf16(event::KbProposed),
            QJsonObject { { QStringLiteral("id"), id },
                          { QStringLiteral("version"), change.version },
                          { QStringLiteral("title"), change.article.value(QStringLiteral("title")).toString() } });
        break;
    case KnowledgeStore::Change::Event::None:
        return answer;
    }
    if (!seq)
        return seq.error();
    answer.insert(QStringLiteral("seq"), *seq);
    return answer;
}

Result<QJsonObject> kbSearch(RequestHandlers &h, ClientSession *session, Args &args)
{
    KnowledgeStore::SearchQuery q;
    q.text = args.optString(QStringLiteral("q"), {}, 200);
    q.limit = int(args.optInteger(QStringLiteral("limit"), 20, 1, KnowledgeStore::kMaxLimit));
    q.tags = args.has(QStringLiteral("tags")) ? args.stringList(QStringLiteral("tags"), 10, 64) : QStringList();
    q.product = args.optString(QStringLiteral("product"), {}, 64);
    q.reason = args.optString(QStringLiteral("reason"), {}, 64);
    q.visibility = args.optString(QStringLiteral("visibility"), {}, 16);
    q.language = args.optString(QStringLiteral("language"), {}, 16);
    q.status = args.optString(QStringLiteral("status"), QStringLiteral("published"), 16);
    if (!args.ok())
        return args.error();
    auto found = store(h).search(q);
    if (found) {
        h.server().audit().record(RequestHandlers::auditEntry(
            session, QStringLiteral("kb.search"), QStringLiteral("kb"),
            QStringLiteral("%1 results").arg(found->value(QStringLiteral("items")).toArray().size())));
    }
    return found;
}

Result<QJsonObject> kbSuggest(RequestHandlers &h, ClientSession *, Args &args)
{
    const QString reason = args.optString(QStringLiteral("reason"), {}, 64);
    const QString product = args.optString(QStringLiteral("product"), {}, 64);
    const QString text = args.optString(QStringLiteral("text"), {}, 2000);
    const int limit = int(args.optInteger(QStringLiteral("limit"), 5, 1, KnowledgeStore::kMaxLimit));
    if (!args.ok())
        return args.error();
    return store(h).suggest(reason, product, text, limit);
}

Result<QJsonObject> kbGet(RequestHandlers &h, ArticleViewCounter &views, ClientSession *session, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(a, store(h).article(id));
    views.count(id);
    QJsonObject article = a.value();
    QJsonObject stats = article.value(QStringLiteral("stats")).toObject();
    stats.insert(QStringLiteral("views"), stats.value(QStringLiteral("views")).toInteger() + views.pending(id));
    article.insert(QStringLiteral("stats"), stats);
    h.server().audit().record(RequestHandlers::auditEntry(session, QStringLiteral("kb.get"), subject(id)));
    return QJsonObject { { QStringLiteral("article"), article } };
}

Result<QJsonObject> kbPropose(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const bool hasId = args.has(QStringLiteral("id"));
    const qint64 id = hasId ? args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger) : 0;
    const qint64 version = hasId ? args.integer(QStringLiteral("version"), 1, protocol::MaxSafeInteger) : 0;
    const std::optional<qint64> base = hasId && args.has(QStringLiteral("base"))
        ? std::optional<qint64>(args.integer(QStringLiteral("base"), 1, protocol::MaxSafeInteger))
        : std::nullopt;
    const KnowledgeStore::Content content = readContent(args);
    const QString note = args.optString(QStringLiteral("changeNote"), {}, 500);
    const bool draft = args.optBool(QStringLiteral("draft"), false);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::KbPropose);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(change,
                      store(h).propose(actorOf(session), hasId ? std::optional<qint64>(id) : std::nullopt, version,
                                       content, note, draft, base));
        return finish(h, session, op, change->article.value(QStringLiteral("id")).toInteger(), change.value());
    });
}

Result<QJsonObject> kbDraftFromText(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString question = args.string(QStringLiteral("question"), 2000);
    const QString answer = args.string(QStringLiteral("answer"), 20000);
    const QStringList tags
        = args.has(QStringLiteral("tags")) ? args.stringList(QStringLiteral("tags"), 20, 64) : QStringList();
    const QStringList reasons
        = args.has(QStringLiteral("reasons")) ? args.stringList(QStringLiteral("reasons"), 20, 64) : QStringList();
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::KbDraftFromText);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(change, store(h).draftFromText(actorOf(session), question, answer, tags, reasons));
        return finish(h, session, op, change->article.value(QStringLiteral("id")).toInteger(), change.value());
    });
}

Result<QJsonObject> kbReview(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const qint64 version = args.integer(QStringLiteral("version"), 1, protocol::MaxSafeInteger);
    const QString action = args.string(QStringLiteral("action"), 32);
    const QString comment = args.optString(QStringLiteral("comment"), {}, 2000);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::KbReview);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(change, store(h).review(actorOf(session), id, version, action, comment));
        return finish(h, session, op, id, change.value());
    });
}

Result<QJsonObject> kbVersions(RequestHandlers &h, ClientSession *, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    return store(h).versions(id);
}

Result<QJsonObject> kbDiff(RequestHandlers &h, ClientSession *, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const qint64 from = args.integer(QStringLiteral("from"), 1, protocol::MaxSafeInteger);
    const qint64 to = args.integer(QStringLiteral("to"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    return store(h).diff(id, from, to);
}

Result<QJsonObject> kbRollback(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const qint64 version = args.integer(QStringLiteral("version"), 1, protocol::MaxSafeInteger);
    const qint64 to = args.integer(QStringLiteral("to"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::KbRollback);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(change, store(h).rollback(actorOf(session), id, version, to));
        return finish(h, session, op, id, change.value());
    });
}

Result<QJsonObject> kbFeedback(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    if (!args.has(QStringLiteral("helped")))
        return makeError(ErrorCode::BadRequest, QStringLiteral("helped is required"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("helped") } });
    const bool helped = args.optBool(QStringLiteral("helped"), false);
    const QString comment = args.optString(QStringLiteral("comment"), {}, 2000);
    const QString query = args.optString(QStringLiteral("query"), {}, 500);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::KbFeedback);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(stats, store(h).feedback(actorOf(session), id, helped, comment, query));
        SPOCS_TRY(h.server().audit().recordNow(RequestHandlers::auditEntry(
            session, op, subject(id), helped ? QStringLiteral("helped") : QStringLiteral("did not help"))));
        return stats;
    });
}

Result<QJsonObject> kbSend(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QString customer = args.string(QStringLiteral("customer"), 64);
    const QString channel = args.optString(QStringLiteral("channel"), QStringLiteral("email"), 16);
    const QString query = args.optString(QStringLiteral("query"), {}, 500);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::KbSend);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(sent, store(h).recordSend(actorOf(session), id, customer, channel, query));
        // A customer write: audited against the customer, and every open view of it updates.
        SPOCS_TRY(h.server().audit().recordNow(
            RequestHandlers::auditEntry(session, op, protocol::customerTopic(customer), subject(id))));
        return h.server().events().publishAndAnswer(protocol::customerTopic(customer),
                                                    QString::fromUtf16(event::CustomerHistoryAdded), sent.value());
    });
}

Result<QJsonObject> kbReviewQueue(RequestHandlers &h, ClientSession *, Args &)
{
    return store(h).reviewQueue();
}

Result<QJsonObject> kbLearned(RequestHandlers &h, ClientSession *, Args &args)
{
    const qint64 id = args.integer(QStringLiteral("articleId"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    return store(h).learnedWords(id);
}

// Without "word" every learned word of the article goes. A null or empty word is an error, never
// "all": a client's bug must not wipe what the search learned.
Result<QJsonObject> kbLearnedForget(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("articleId"), 1, protocol::MaxSafeInteger);
    std::optional<QString> word;
    if (args.has(QStringLiteral("word"))) {
        word = args.string(QStringLiteral("word"), 64);
        if (args.ok() && word->isEmpty())
            return badField(QStringLiteral("word"), QStringLiteral("word must not be empty"));
    }
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::KbLearnedForget);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(rest, store(h).forgetLearned(id, word));
        // The count, not the word: an agent may have searched with a customer's name.
        const qint64 forgotten = rest->value(QStringLiteral("forgotten")).toInteger();
        SPOCS_TRY(h.server().audit().recordNow(RequestHandlers::auditEntry(
            session, op, subject(id),
            word ? (forgotten > 0 ? QStringLiteral("forgot one learned word") : QStringLiteral("no such learned word"))
                 : QStringLiteral("forgot all %1 learned words").arg(forgotten))));
        return rest;
    });
}

QJsonObject synonymsJson(const QList<QStringList> &groups)
{
    QJsonArray out;
    for (const QStringList &g : groups)
        out.append(QJsonArray::fromStringList(g));
    return QJsonObject { { QStringLiteral("groups"), out } };
}

Result<QJsonObject> kbSynonymsGet(RequestHandlers &h, ClientSession *, Args &)
{
    SPOCS_TRY_LET(groups, KnowledgeSynonyms(h.server().db()).groups());
    return synonymsJson(groups.value());
}

// Replaces the whole list: the admin's editor sends what it shows.
Result<QJsonObject> kbSynonymsSet(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    if (!args.ok())
        return args.error();
    const QJsonValue value = args.value(QStringLiteral("groups"));
    if (!value.isArray())
        return makeError(ErrorCode::BadRequest, QStringLiteral("groups must be an array of arrays of words"),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("groups") } });
    QList<QStringList> groups;
    const QJsonArray array = value.toArray();
    if (array.size() > KnowledgeSynonyms::kMaxGroups)
        return makeError(ErrorCode::TooLarge, QStringLiteral("at most %1 groups").arg(KnowledgeSynonyms::kMaxGroups),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("groups") } });
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("groups[%1]").arg(i);
        if (!array.at(i).isArray())
            return makeError(ErrorCode::BadRequest, QStringLiteral("%1 must be an array of words").arg(field),
                             QJsonObject { { QStringLiteral("field"), field } });
        QStringList group;
        for (const QJsonValue &w : array.at(i).toArray()) {
            if (!w.isString())
                return makeError(ErrorCode::BadRequest, QStringLiteral("%1 must hold strings").arg(field),
                                 QJsonObject { { QStringLiteral("field"), field } });
            group.append(w.toString());
        }
        groups.append(group);
    }
    const QString op = QString::fromUtf16(op::KbSynonymsSet);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        Result<QList<QStringList>> saved = QList<QStringList>();
        auto r = h.server().db().write([&]() -> Result<void> {
            saved = KnowledgeSynonyms(h.server().db()).setGroups(groups);
            if (!saved)
                return saved.error();
            return h.server().audit().recordNow(
                RequestHandlers::auditEntry(session, op, kTopic, QStringLiteral("%1 groups").arg(saved->size())));
        });
        if (!r)
            return r.error();
        return synonymsJson(saved.value());
    });
}

} // namespace

void registerKnowledgeOps(RequestHandlers &handlers)
{
    auto bind = [&handlers](auto fn) {
        return [&handlers, fn](ClientSession *s, Args &a) {
            return fn(handlers, s, a);
        };
    };
    handlers.registerOp(QString::fromUtf16(op::KbSearch), bind(kbSearch));
    handlers.registerOp(QString::fromUtf16(op::KbSuggest), bind(kbSuggest));
    // Owned by the server, so counts still pending are stored when it stops.
    auto *views = new ArticleViewCounter(handlers.server().db(), &handlers.server());
    handlers.registerOp(QString::fromUtf16(op::KbGet),
                        [&handlers, views](ClientSession *s, Args &a) { return kbGet(handlers, *views, s, a); });
    handlers.registerOp(QString::fromUtf16(op::KbPropose), bind(kbPropose));
    handlers.registerOp(QString::fromUtf16(op::KbDraftFromText), bind(kbDraftFromText));
    handlers.registerOp(QString::fromUtf16(op::KbReview), bind(kbReview));
    handlers.registerOp(QString::fromUtf16(op::KbVersions), bind(kbVersions));
    handlers.registerOp(QString::fromUtf16(op::KbDiff), bind(kbDiff));
    handlers.registerOp(QString::fromUtf16(op::KbRollback), bind(kbRollback));
    handlers.registerOp(QString::fromUtf16(op::KbFeedback), bind(kbFeedback));
    handlers.registerOp(QString::fromUtf16(op::KbSend), bind(kbSend));
    handlers.registerOp(QString::fromUtf16(op::KbReviewQueue), bind(kbReviewQueue));
    handlers.registerOp(QString::fromUtf16(op::KbSynonymsGet), bind(kbSynonymsGet));
    handlers.registerOp(QString::fromUtf16(op::KbSynonymsSet), bind(kbSynonymsSet));
    handlers.registerOp(QString::fromUtf16(op::KbLearned), bind(kbLearned));
    handlers.registerOp(QString::fromUtf16(op::KbLearnedForget), bind(kbLearnedForget));
}

} // namespace spocs
