#include "coordinator/knowledge/KnowledgeStore.h"

#include "coordinator/customers/CustomerHistory.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/knowledge/KnowledgeRanking.h"
#include "coordinator/knowledge/KnowledgeRows.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

// What agents do with a published article: feedback and sending it to a customer; and the words
// their searches taught it, which a lead reads and undoes.
namespace spocs {
using namespace knowledge;

namespace {

Result<void> requireArticle(Database &db, qint64 id)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     db.query(QStringLiteral("SELECT 1 FROM kb_articles WHERE id = ?"), { id }, "read article"));
    if (!q.next())
        return notFound(id);
    return {};
}

} // namespace

Result<QJsonObject> KnowledgeStore::feedback(const Actor &actor, qint64 id, bool helped, const QString &comment,
                                             const QString &query)
{
    if (comment.size() > 2000)
        return badField(QStringLiteral("comment"), QStringLiteral("the comment is longer than 2000 characters"));
    QJsonObject stats;
    auto r = m_db.write([&]() -> Result<void> {
        QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT INTO kb_feedback(article_id, user_id, helped, comment, at) "
                                                    "SELECT id, ?, ?, ?, ? FROM kb_articles WHERE id = ?"));
        ins.addBindValue(actor.userId);
        ins.addBindValue(helped ? 1 : 0);
        ins.addBindValue(comment.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                     : QVariant(comment.trimmed()));
        if (!execWith(ins, { nowStamp(), id }))
            return sqlError(ins, "article feedback");
        if (ins.numRowsAffected() != 1)
            return notFound(id);
        SPOCS_TRY(learnWords(id, query, helped));
        QSqlQuery up = m_db.prepare(
            helped ? QStringLiteral("UPDATE kb_articles SET helped = helped + 1 WHERE id = ? RETURNING views, sends, "
                                    "helped, not_helped")
                   : QStringLiteral("UPDATE kb_articles SET not_helped = not_helped + 1 WHERE id = ? RETURNING views, "
                                    "sends, helped, not_helped"));
        up.addBindValue(id);
        if (!up.exec() || !up.next())
            return sqlError(up, "count feedback");
        stats = QJsonObject { { QStringLiteral("views"), up.value(0).toLongLong() },
                              { QStringLiteral("sends"), up.value(1).toLongLong() },
                              { QStringLiteral("helped"), up.value(2).toLongLong() },
                              { QStringLiteral("notHelped"), up.value(3).toLongLong() } };
        return {};
    });
    if (!r)
        return r.error();
    return QJsonObject { { QStringLiteral("stats"), stats } };
}

Result<void> KnowledgeStore::learnWords(qint64 id, const QString &query, bool helped)
{
    QSqlQuery learn = m_db.prepare(QStringLiteral(
        "INSERT INTO kb_learned_words(word, article_id, helped, not_helped, shown) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(word, article_id) DO UPDATE SET helped = helped + excluded.helped, not_helped = "
        "not_helped + excluded.not_helped, shown = excluded.shown"));
    for (const KnowledgeRanker::LearnedKey &k : KnowledgeRanker::learnedKeysWithWords(query)) {
        if (!execWith(learn, { k.key, id, helped ? 1 : 0, helped ? 0 : 1, k.word }))
            return sqlError(learn, "learn query words");
    }
    return {};
}

Result<QJsonObject> KnowledgeStore::learnedWords(qint64 id)
{
    SPOCS_TRY(requireArticle(m_db, id));
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("SELECT word, helped, not_helped, COALESCE(shown, word) FROM kb_learned_words WHERE "
                                  "article_id = ? ORDER BY helped - not_helped DESC, helped DESC, word "
                                  "LIMIT %1")
                       .arg(kMaxLearnedListed),
                   { id }, "learned words"));
    QJsonArray words;
    while (q.next()) {
        words.append(QJsonObject { { QStringLiteral("word"), q.value(0).toString() },
                                   { QStringLiteral("helped"), q.value(1).toLongLong() },
                                   { QStringLiteral("notHelped"), q.value(2).toLongLong() },
                                   { QStringLiteral("shown"), q.value(3).toString() } });
    }
    return QJsonObject { { QStringLiteral("articleId"), id }, { QStringLiteral("words"), words } };
}

Result<QJsonObject> KnowledgeStore::forgetLearned(qint64 id, const std::optional<QString> &word)
{
    return m_db.write([&]() -> Result<QJsonObject> {
        SPOCS_TRY(requireArticle(m_db, id));
        SPOCS_TRY_ASSIGN(QSqlQuery del,
                         word ? m_db.query(QStringLiteral("DELETE FROM kb_learned_words WHERE article_id = ? AND "
                                                          "word = ?"),
                                           { id, *word }, "forget learned word")
                              : m_db.query(QStringLiteral("DELETE FROM kb_learned_words WHERE article_id = ?"), { id },
                                           "forget learned words"));
        const int forgotten = del.numRowsAffected();
        SPOCS_TRY_LET(rest, learnedWords(id));
        QJsonObject answer = rest.value();
        answer.insert(QStringLiteral("forgotten"), forgotten);
        return answer;
    });
}

Result<QJsonObject> KnowledgeStore::recordSend(const Actor &actor, qint64 id, const QString &customerId,
                                               const QString &channel, const QString &query)
{
    if (channel != u"email" && channel != u"chat")
        return badField(QStringLiteral("channel"), QStringLiteral("channel must be email or chat"));
    return m_db.write([&]() -> Result<QJsonObject> {
        QJsonObject out;
        SPOCS_TRY_ASSIGN(QSqlQuery a,
                         m_db.query(QStringLiteral("SELECT title, status, visibility FROM kb_articles WHERE id = ?"),
                                    { id }, "read article"));
        if (!a.next())
            return notFound(id);
        const QString title = a.value(0).toString();
        const QString status = a.value(1).toString();
        const QString visibility = a.value(2).toString();
        a.finish();
        if (status != u"published")
            return invalidState(status, { QStringLiteral("published") },
                                QStringLiteral("only a published article can be sent"));
        // Internal articles are for agents; their text must not reach a customer.
        if (visibility != u"public")
            return makeError(ErrorCode::InvalidState,
                             QStringLiteral("an internal article cannot be sent to a customer"),
                             QJsonObject { { QStringLiteral("visibility"), visibility },
                                           { QStringLiteral("allowed"), QJsonArray { QStringLiteral("public") } } });
        const auto rowId = CustomerStore(m_db).rowId(customerId);
        if (!rowId)
            return rowId.error();
        const QString at = nowStamp();
        const QString ref = QStringLiteral("KB-%1").arg(id);
        const QString summary = channel == u"email" ? QStringLiteral("Sent article “%1” by e-mail").arg(title)
                                                    : QStringLiteral("Sent article “%1” in the chat").arg(title);
        SPOCS_TRY_LET(
            sent,
            CustomerHistory(m_db).appendAndBump({ *rowId, at, QStringLiteral("article"), actor.userId, summary, ref }));
        SPOCS_TRY(
            m_db.query(QStringLiteral("UPDATE kb_articles SET sends = sends + 1 WHERE id = ?"), { id }, "count send"));
        SPOCS_TRY(learnWords(id, query, true));
        out = QJsonObject { { QStringLiteral("history"), sent->item.toJson() },
                            { QStringLiteral("customer"), customerId },
                            { QStringLiteral("version"), sent->customerVersion } };
        return out;
    });
}

} // namespace spocs
