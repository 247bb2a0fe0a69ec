#include "coordinator/knowledge/KnowledgeStore.h"

#include "coordinator/knowledge/FullTextWords.h"
#include "coordinator/knowledge/KnowledgeRanking.h"
#include "coordinator/knowledge/KnowledgeRows.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

// Full-text search and suggestions of the knowledge store.
namespace spocs {
using namespace knowledge;
namespace {

constexpr int kPlainPreview = 220;

} // namespace

Result<QList<QJsonObject>> KnowledgeStore::rankedHits(const KnowledgeRanker::Ranking &ranking)
{
    QStringList ids;
    for (const KnowledgeRanker::Hit &h : ranking.hits)
        ids.append(QString::number(h.id));
    QHash<qint64, QJsonObject> byId;
    if (!ids.isEmpty()) {
        QSqlQuery q
            = m_db.prepare(QStringLiteral("SELECT a.id, a.title, a.visibility, a.status, a.language FROM kb_articles a "
                                          "WHERE a.id IN (%1)")
                               .arg(ids.join(u',')));
        if (!q.exec())
            return sqlError(q, "search hits");
        while (q.next()) {
            byId.insert(q.value(0).toLongLong(),
                        QJsonObject { { QStringLiteral("id"), q.value(0).toLongLong() },
                                      { QStringLiteral("title"), q.value(1).toString() },
                                      { QStringLiteral("visibility"), q.value(2).toString() },
                                      { QStringLiteral("status"), q.value(3).toString() },
                                      { QStringLiteral("language"), q.value(4).toString() } });
        }
    }
    QSqlQuery tags = m_db.prepare(QStringLiteral("SELECT tag FROM kb_article_tags WHERE article_id = ? ORDER BY tag"));
    QList<QJsonObject> out;
    for (const KnowledgeRanker::Hit &h : ranking.hits) {
        QJsonObject hit = byId.value(h.id);
        SPOCS_TRY_LET(tagList, listOf(tags, h.id, "hit tags"));
        hit.insert(QStringLiteral("snippet"), h.snippet);
        hit.insert(QStringLiteral("tags"), *tagList);
        hit.insert(QStringLiteral("score"), std::round(h.score * 1000.0) / 1000.0);
        hit.insert(QStringLiteral("learned"), h.learned);
        out.append(hit);
    }
    return out;
}

Result<QJsonObject> KnowledgeStore::search(const SearchQuery &query)
{
    const int limit = std::clamp(query.limit, 1, kMaxLimit);
    if (query.status != u"any" && !kStatuses.contains(query.status))
        return badField(QStringLiteral("status"),
                        QStringLiteral("status must be draft, in_review, published, archived or any"));
    if (!query.visibility.isEmpty() && !kVisibilities.contains(query.visibility))
        return badField(QStringLiteral("visibility"), QStringLiteral("visibility must be internal or public"));

    QString filters;
    QVariantList binds;
    if (query.status != u"any") {
        filters += QStringLiteral(" AND a.status = ?");
        binds.append(query.status);
    }
    if (!query.visibility.isEmpty()) {
        filters += QStringLiteral(" AND a.visibility = ?");
        binds.append(query.visibility);
    }
    if (!query.language.isEmpty()) {
        filters += QStringLiteral(" AND a.language = ?");
        binds.append(query.language);
    }
    for (const QString &tag : query.tags) {
        filters
            += QStringLiteral(" AND EXISTS (SELECT 1 FROM kb_article_tags t WHERE t.tag = ? AND t.article_id = a.id)");
        binds.append(tag.simplified().toLower());
    }
    if (!query.product.isEmpty()) {
        filters += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM kb_article_products p WHERE p.sku = ? AND p.article_id = a.id)");
        binds.append(query.product);
    }
    if (!query.reason.isEmpty()) {
        filters += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM kb_article_reasons r WHERE r.reason = ? AND r.article_id = a.id)");
        binds.append(query.reason);
    }

    QSqlQuery tags = m_db.prepare(QStringLiteral("SELECT tag FROM kb_article_tags WHERE article_id = ? ORDER BY tag"));
    const auto hitFrom = [&](const QSqlQuery &q, double score) -> Result<QJsonObject> {
        const qint64 id = q.value(0).toLongLong();
        SPOCS_TRY_LET(tagList, listOf(tags, id, "hit tags"));
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("title"), q.value(1).toString() },
                             { QStringLiteral("snippet"), q.value(2).toString() },
                             { QStringLiteral("tags"), *tagList },
                             { QStringLiteral("visibility"), q.value(3).toString() },
                             { QStringLiteral("status"), q.value(4).toString() },
                             { QStringLiteral("language"), q.value(5).toString() },
                             { QStringLiteral("score"), std::round(score * 1000.0) / 1000.0 } };
    };

    QJsonArray items;
    qint64 total = 0;
    const QString text = query.text.left(200);
    if (fullTextWords(text).isEmpty()) {
        // Browsing: the most recently changed articles.
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT a.id, a.title, substr(f.body, 1, %1), a.visibility, a.status, a.language "
                           "FROM kb_articles a LEFT JOIN kb_fts f ON f.rowid = a.id WHERE 1")
                .arg(kPlainPreview)
            + filters + QStringLiteral(" ORDER BY a.updated_at DESC, a.id DESC LIMIT ?"));
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        q.addBindValue(limit);
        if (!q.exec())
            return sqlError(q, "list articles");
        while (q.next()) {
            SPOCS_TRY_LET(hit, hitFrom(q, 0.0));
            items.append(hit.value());
        }
        QSqlQuery count = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM kb_articles a WHERE 1") + filters);
        for (const QVariant &b : std::as_const(binds))
            count.addBindValue(b);
        if (!count.exec() || !count.next())
            return sqlError(count, "count articles");
        total = count.value(0).toLongLong();
        return QJsonObject { { QStringLiteral("items"), items }, { QStringLiteral("total"), total } };
    }

    const bool typing = !text.isEmpty() && !text.back().isSpace();
    SPOCS_TRY_LET(ranking,
                  KnowledgeRanker(m_db).rank(text, typing, filters, binds, limit, QChar(kMarkStart), QChar(kMarkEnd)));
    SPOCS_TRY_LET(hits, rankedHits(ranking.value()));
    for (const QJsonObject &h : hits.value())
        items.append(h);
    total = ranking->total;
    return QJsonObject { { QStringLiteral("items"), items }, { QStringLiteral("total"), total } };
}

Result<QJsonObject> KnowledgeStore::suggest(const QString &reason, const QString &product, const QString &text,
                                            int limit)
{
    limit = std::clamp(limit, 1, kMaxLimit);
    struct Candidate
    {
        QJsonObject hit;
        int links = 0;
        int textPos = -1; // position among the text hits, -1: not a text hit
        qint64 merit = 0; // helped - not helped
    };
    QList<Candidate> linked;
    QHash<qint64, int> textPos;
    QList<QJsonObject> textHits;

    if (!fullTextWords(text).isEmpty()) {
        // Free text from a customer's problem: any word counts, none is being typed.
        SPOCS_TRY_LET(ranking,
                      KnowledgeRanker(m_db).rank(text.left(200), false, QStringLiteral(" AND a.status = 'published'"),
                                                 {}, kMaxLimit, QChar(kMarkStart), QChar(kMarkEnd)));
        SPOCS_TRY_LET(hits, rankedHits(ranking.value()));
        for (const QJsonObject &h : hits.value()) {
            textPos.insert(h.value(QStringLiteral("id")).toInteger(), int(textHits.size()));
            textHits.append(h);
        }
    }

    if (!reason.isEmpty() || !product.isEmpty()) {
        QSqlQuery l = m_db.prepare(
            QStringLiteral(
                "SELECT a.id, a.title, substr(f.body, 1, %1), a.visibility, a.status, a.language, "
                "(EXISTS (SELECT 1 FROM kb_article_reasons r WHERE r.reason = ? AND r.article_id = a.id)) + "
                "(EXISTS (SELECT 1 FROM kb_article_products p WHERE p.sku = ? AND p.article_id = a.id)) AS links, "
                "a.helped - a.not_helped FROM kb_articles a LEFT JOIN kb_fts f ON f.rowid = a.id "
                "WHERE a.status = 'published' AND (a.id IN (SELECT article_id FROM kb_article_reasons WHERE reason = "
                "?) "
                "OR a.id IN (SELECT article_id FROM kb_article_products WHERE sku = ?)) "
                "ORDER BY links DESC, a.helped - a.not_helped DESC, a.views + a.sends DESC, a.id LIMIT 200")
                .arg(kPlainPreview));
        l.addBindValue(reason);
        l.addBindValue(product);
        l.addBindValue(reason);
        l.addBindValue(product);
        if (!l.exec())
            return sqlError(l, "suggest by link");
        while (l.next()) {
            const qint64 id = l.value(0).toLongLong();
            Candidate c;
            c.links = l.value(6).toInt();
            c.merit = l.value(7).toLongLong();
            c.textPos = textPos.value(id, -1);
            if (c.textPos >= 0) {
                c.hit = textHits.at(c.textPos);
            } else {
                c.hit = QJsonObject { { QStringLiteral("id"), id },
                                      { QStringLiteral("title"), l.value(1).toString() },
                                      { QStringLiteral("snippet"), l.value(2).toString() },
                                      { QStringLiteral("visibility"), l.value(3).toString() },
                                      { QStringLiteral("status"), l.value(4).toString() },
                                      { QStringLiteral("language"), l.value(5).toString() },
                                      { QStringLiteral("score"), 0.0 } };
            }
            linked.append(c);
        }
        // More links first; among equals, what also matches the text, then by feedback.
        std::stable_sort(linked.begin(), linked.end(), [](const Candidate &a, const Candidate &b) {
            if (a.links != b.links)
                return a.links > b.links;
            const int pa = a.textPos < 0 ? INT_MAX : a.textPos;
            const int pb = b.textPos < 0 ? INT_MAX : b.textPos;
            if (pa != pb)
                return pa < pb;
            return a.merit > b.merit;
        });
    }

    QList<QJsonObject> chosen;
    QSet<qint64> seen;
    for (const Candidate &c : std::as_const(linked)) {
        if (chosen.size() >= limit)
            break;
        chosen.append(c.hit);
        seen.insert(c.hit.value(QStringLiteral("id")).toInteger());
    }
    for (const QJsonObject &h : std::as_const(textHits)) {
        if (chosen.size() >= limit)
            break;
        if (!seen.contains(h.value(QStringLiteral("id")).toInteger()))
            chosen.append(h);
    }
    QSqlQuery tags = m_db.prepare(QStringLiteral("SELECT tag FROM kb_article_tags WHERE article_id = ? ORDER BY tag"));
    QJsonArray items;
    for (QJsonObject h : std::as_const(chosen)) {
        SPOCS_TRY_LET(tagList, listOf(tags, h.value(QStringLiteral("id")).toInteger(), "suggest tags"));
        h.insert(QStringLiteral("tags"), *tagList);
        items.append(h);
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

} // namespace spocs
