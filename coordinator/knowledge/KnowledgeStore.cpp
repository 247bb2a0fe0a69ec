#include "coordinator/knowledge/KnowledgeStore.h"

#include "coordinator/customers/CustomerHistory.h"
#include "coordinator/knowledge/FullTextWords.h"
#include "coordinator/knowledge/LineDiff.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace spocs {
namespace {

constexpr int kMaxQueryWords = 12;
constexpr int kMaxWordLength = 64;
constexpr int kMaxLinks = 20;
constexpr int kMaxLinkLength = 64;
constexpr int kSnippetTokens = 16;
constexpr int kPlainPreview = 220;
constexpr int kMaxCounted = 1000;
// Title above tags above body: a question's own words in its title are the best evidence.
const QString kRank = QStringLiteral("bm25(10.0, 1.0, 5.0)");

const QStringList kStatuses { QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("published"),
                              QStringLiteral("archived") };
const QStringList kVisibilities { QStringLiteral("internal"), QStringLiteral("public") };

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no article %1").arg(id),
                     QJsonObject { { QStringLiteral("id"), id } });
}

Error conflict(qint64 current, qint64 expected)
{
    return makeError(ErrorCode::VersionConflict, QStringLiteral("the article changed meanwhile"),
                     QJsonObject { { QStringLiteral("current"), current }, { QStringLiteral("expected"), expected } });
}

Error invalidState(const QString &status, const QStringList &allowed, const QString &message)
{
    return makeError(ErrorCode::InvalidState, message,
                     QJsonObject { { QStringLiteral("status"), status },
                                   { QStringLiteral("allowed"), QJsonArray::fromStringList(allowed) } });
}

// An FTS5 expression: every word quoted; the last one a prefix while it is being typed.
QString matchExpression(const QString &text, bool prefixLast, bool anyWord)
{
    QStringList words = fullTextWords(text);
    if (words.size() > kMaxQueryWords)
        words = words.mid(0, kMaxQueryWords);
    const bool typing = prefixLast && !text.isEmpty() && !text.back().isSpace();
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = words.at(i).left(kMaxWordLength);
        const bool prefix = typing && i == words.size() - 1 && w.size() >= 2;
        terms.append(u'"' + w + (prefix ? QStringLiteral("\"*") : QStringLiteral("\"")));
    }
    return terms.join(anyWord ? QStringLiteral(" OR ") : QStringLiteral(" "));
}

QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QJsonValue userJson(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), q.value(first).toLongLong() },
                         { QStringLiteral("login"), q.value(first + 1).toString() },
                         { QStringLiteral("name"), q.value(first + 2).toString() } };
}

Result<QStringList> cleanList(const QStringList &in, const QString &field)
{
    QStringList out;
    for (const QString &raw : in) {
        const QString v = raw.simplified();
        if (v.isEmpty())
            continue;
        if (v.size() > kMaxLinkLength)
            return badField(field,
                            QStringLiteral("%1 entries are at most %2 characters").arg(field).arg(kMaxLinkLength));
        if (!out.contains(v))
            out.append(v);
    }
    if (out.size() > kMaxLinks)
        return badField(field, QStringLiteral("at most %1 %2").arg(kMaxLinks).arg(field));
    return out;
}

} // namespace

KnowledgeStore::KnowledgeStore(Database &db)
    : m_db(db)
{ }

void KnowledgeStore::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime KnowledgeStore::now() const
{
    return (m_now ? m_now() : QDateTime::currentDateTimeUtc()).toUTC();
}

QString KnowledgeStore::nowStamp() const
{
    return now().toString(Qt::ISODateWithMs);
}

// ---------------------------------------------------------------- content

Result<KnowledgeStore::Content> KnowledgeStore::validate(Content c)
{
    c.title = c.title.simplified();
    c.body = c.body.trimmed();
    if (c.title.isEmpty())
        return badField(QStringLiteral("title"), QStringLiteral("the title is empty"));
    if (c.title.size() > kMaxTitle)
        return badField(QStringLiteral("title"),
                        QStringLiteral("the title is longer than %1 characters").arg(kMaxTitle));
    if (c.body.isEmpty())
        return badField(QStringLiteral("body"), QStringLiteral("the body is empty"));
    if (c.body.size() > kMaxBody)
        return badField(QStringLiteral("body"), QStringLiteral("the body is longer than %1 characters").arg(kMaxBody));
    static const QRegularExpression languageRe(QStringLiteral("^[a-z]{2,3}(-[A-Za-z]{2,4})?$"));
    if (c.language.isEmpty())
        c.language = QStringLiteral("en");
    if (!languageRe.match(c.language).hasMatch())
        return badField(QStringLiteral("language"), QStringLiteral("language must be a code like en or de"));
    if (c.visibility.isEmpty())
        c.visibility = QStringLiteral("internal");
    if (!kVisibilities.contains(c.visibility))
        return badField(QStringLiteral("visibility"), QStringLiteral("visibility must be internal or public"));
    auto tags = cleanList(c.tags, QStringLiteral("tags"));
    if (!tags)
        return tags.error();
    auto products = cleanList(c.products, QStringLiteral("products"));
    if (!products)
        return products.error();
    auto reasons = cleanList(c.reasons, QStringLiteral("reasons"));
    if (!reasons)
        return reasons.error();
    // Tags are matched exactly by filters: one spelling.
    c.tags.clear();
    for (const QString &t : tags.value()) {
        if (!c.tags.contains(t.toLower()))
            c.tags.append(t.toLower());
    }
    c.products = products.value();
    c.reasons = reasons.value();
    return c;
}

QString KnowledgeStore::plainText(const QString &markdown)
{
    static const QRegularExpression fence(QStringLiteral("^\\s*(```|~~~)"));
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+"));
    static const QRegularExpression quote(QStringLiteral("^\\s*(>\\s?)+"));
    static const QRegularExpression listMarker(QStringLiteral("^\\s*([-*+]|\\d{1,9}[.)])\\s+"));
    static const QRegularExpression rule(QStringLiteral("^\\s*([-*_]\\s*){3,}$"));
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\((<[^>]*>|[^)\\s]*)(\\s+\"[^\"]*\")?\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(?<!\\\\)(\\*\\*|__|\\*|`+)"));
    static const QRegularExpression escaped(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])"));
    QStringList out;
    bool inCode = false;
    for (QString line : markdown.split(u'\n')) {
        if (fence.match(line).hasMatch()) {
            inCode = !inCode;
            continue;
        }
        if (!inCode) {
            if (rule.match(line).hasMatch())
                continue;
            line.remove(heading);
            line.remove(quote);
            line.remove(listMarker);
            line.replace(image, QStringLiteral("\\1"));
            line.replace(link, QStringLiteral("\\1"));
            line.remove(emphasis);
            line.replace(escaped, QStringLiteral("\\1"));
        }
        out.append(line);
    }
    return out.join(u' ').simplified();
}

Result<void> KnowledgeStore::writeLive(qint64 id, const Content &c)
{
    QSqlQuery up = m_db.prepare(QStringLiteral(
        "UPDATE kb_articles SET title = ?, body = ?, language = ?, visibility = ?, updated_at = ? WHERE id = ?"));
    up.addBindValue(c.title);
    up.addBindValue(c.body);
    up.addBindValue(c.language);
    up.addBindValue(c.visibility);
    up.addBindValue(nowStamp());
    up.addBindValue(id);
    if (!up.exec())
        return sqlError(up, "update article");
    const struct
    {
        const char *table;
        const char *column;
        const QStringList &values;
    } links[] = { { "kb_article_tags", "tag", c.tags },
                  { "kb_article_products", "sku", c.products },
                  { "kb_article_reasons", "reason", c.reasons } };
    for (const auto &l : links) {
        QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE article_id = ?").arg(QLatin1String(l.table)));
        del.addBindValue(id);
        if (!del.exec())
            return sqlError(del, "replace article links");
        QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO %1(article_id, %2) VALUES (?, ?)")
                                         .arg(QLatin1String(l.table), QLatin1String(l.column)));
        for (const QString &v : l.values) {
            ins.bindValue(0, id);
            ins.bindValue(1, v);
            if (!ins.exec())
                return sqlError(ins, "insert article link");
        }
    }
    QSqlQuery delFts = m_db.prepare(QStringLiteral("DELETE FROM kb_fts WHERE rowid = ?"));
    delFts.addBindValue(id);
    if (!delFts.exec())
        return sqlError(delFts, "reindex article (delete)");
    QSqlQuery insFts = m_db.prepare(QStringLiteral("INSERT INTO kb_fts(rowid, title, body, tags) VALUES (?, ?, ?, ?)"));
    insFts.addBindValue(id);
    insFts.addBindValue(c.title);
    insFts.addBindValue(plainText(c.body));
    insFts.addBindValue(c.tags.join(u' '));
    if (!insFts.exec())
        return sqlError(insFts, "reindex article (insert)");
    return {};
}

Result<void> KnowledgeStore::insertVersion(qint64 id, qint64 version, const Content &c, qint64 authorUserId,
                                           const QString &changeNote, const QString &status)
{
    QSqlQuery ins = m_db.prepare(
        QStringLiteral("INSERT INTO kb_versions(article_id, version, title, body, tags, products, reasons, language, "
                       "visibility, author_user_id, at, change_note, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"));
    ins.addBindValue(id);
    ins.addBindValue(version);
    ins.addBindValue(c.title);
    ins.addBindValue(c.body);
    ins.addBindValue(toJsonText(c.tags));
    ins.addBindValue(toJsonText(c.products));
    ins.addBindValue(toJsonText(c.reasons));
    ins.addBindValue(c.language);
    ins.addBindValue(c.visibility);
    ins.addBindValue(authorUserId > 0 ? QVariant(authorUserId) : QVariant(QMetaType(QMetaType::LongLong)));
    ins.addBindValue(nowStamp());
    ins.addBindValue(changeNote);
    ins.addBindValue(status);
    if (!ins.exec())
        return sqlError(ins, "insert article version");
    return {};
}

Result<KnowledgeStore::Content> KnowledgeStore::versionContent(qint64 id, qint64 version)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT title, body, tags, products, reasons, language, visibility "
                                              "FROM kb_versions WHERE article_id = ? AND version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    if (!q.exec())
        return sqlError(q, "read article version");
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("article %1 has no version %2").arg(id).arg(version),
                         QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), version } });
    Content c;
    c.title = q.value(0).toString();
    c.body = q.value(1).toString();
    c.tags = fromJsonText(q.value(2).toString());
    c.products = fromJsonText(q.value(3).toString());
    c.reasons = fromJsonText(q.value(4).toString());
    c.language = q.value(5).toString();
    c.visibility = q.value(6).toString();
    return c;
}

// ---------------------------------------------------------------- reads

Result<QList<QJsonObject>> KnowledgeStore::articles(const QString &whereAndOrder, const QVariantList &binds)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT a.id, a.title, a.body, a.language, a.visibility, a.status, u.id, u.login, "
                       "u.display_name, a.last_reviewed_at, a.version, a.views, a.sends, a.helped, a.not_helped, "
                       "a.created_at, a.updated_at, a.live_version FROM kb_articles a "
                       "LEFT JOIN users u ON u.id = a.owner_user_id ")
        + whereAndOrder);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, "read articles");
    const QString staleBefore = now().addDays(-kStaleDays).toString(Qt::ISODateWithMs);
    QSqlQuery tags = m_db.prepare(QStringLiteral("SELECT tag FROM kb_article_tags WHERE article_id = ? ORDER BY tag"));
    QSqlQuery products
        = m_db.prepare(QStringLiteral("SELECT sku FROM kb_article_products WHERE article_id = ? ORDER BY sku"));
    QSqlQuery reasons
        = m_db.prepare(QStringLiteral("SELECT reason FROM kb_article_reasons WHERE article_id = ? ORDER BY reason"));
    const auto listOf = [](QSqlQuery &l, qint64 id) -> Result<QJsonArray> {
        l.bindValue(0, id);
        if (!l.exec())
            return sqlError(l, "read article links");
        QJsonArray out;
        while (l.next())
            out.append(l.value(0).toString());
        return out;
    };
    QList<QJsonObject> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto t = listOf(tags, id);
        auto p = listOf(products, id);
        auto r = listOf(reasons, id);
        if (!t || !p || !r)
            return !t ? t.error() : (!p ? p.error() : r.error());
        const QString status = q.value(5).toString();
        const QVariant reviewed = q.value(9);
        const bool stale = status == u"published" && (reviewed.isNull() || reviewed.toString() < staleBefore);
        out.append(QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("title"), q.value(1).toString() },
            { QStringLiteral("body"), q.value(2).toString() },
            { QStringLiteral("tags"), t.value() },
            { QStringLiteral("products"), p.value() },
            { QStringLiteral("reasons"), r.value() },
            { QStringLiteral("language"), q.value(3).toString() },
            { QStringLiteral("visibility"), q.value(4).toString() },
            { QStringLiteral("status"), status },
            { QStringLiteral("owner"), userJson(q, 6) },
            { QStringLiteral("lastReviewedAt"),
              reviewed.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(reviewed.toString()) },
            { QStringLiteral("stale"), stale },
            { QStringLiteral("version"), q.value(10).toLongLong() },
            { QStringLiteral("liveVersion"), q.value(17).toLongLong() },
            { QStringLiteral("stats"),
              QJsonObject { { QStringLiteral("views"), q.value(11).toLongLong() },
                            { QStringLiteral("sends"), q.value(12).toLongLong() },
                            { QStringLiteral("helped"), q.value(13).toLongLong() },
                            { QStringLiteral("notHelped"), q.value(14).toLongLong() } } },
            { QStringLiteral("createdAt"), q.value(15).toString() },
            { QStringLiteral("updatedAt"), q.value(16).toString() },
        });
    }
    return out;
}

Result<QJsonObject> KnowledgeStore::article(qint64 id)
{
    auto list = articles(QStringLiteral("WHERE a.id = ?"), { id });
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound(id);
    return list->first();
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
        tags.bindValue(0, id);
        if (!tags.exec())
            return sqlError(tags, "hit tags");
        QJsonArray tagList;
        while (tags.next())
            tagList.append(tags.value(0).toString());
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("title"), q.value(1).toString() },
                             { QStringLiteral("snippet"), q.value(2).toString() },
                             { QStringLiteral("tags"), tagList },
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
            auto hit = hitFrom(q, 0.0);
            if (!hit)
                return hit.error();
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

    // All words first; when nothing has them all, any of them (bm25 still puts the best first).
    // CROSS JOIN keeps the full-text index as the outer loop: otherwise SQLite may walk every
    // published article and probe the index once per row (0.6 s instead of 5 ms at 10,000).
    for (const bool anyWord : { false, true }) {
        const QString match = matchExpression(text, true, anyWord);
        // Counted up to kMaxCounted: beyond that nobody pages, and counting costs a row per match.
        QSqlQuery count
            = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM kb_fts CROSS JOIN kb_articles a "
                                          "ON a.id = kb_fts.rowid WHERE kb_fts MATCH ?")
                           + filters + QStringLiteral(" LIMIT %1)").arg(kMaxCounted));
        count.addBindValue(match);
        for (const QVariant &b : std::as_const(binds))
            count.addBindValue(b);
        if (!count.exec() || !count.next())
            return sqlError(count, "count search");
        total = count.value(0).toLongLong();
        if (total == 0 && !anyWord && fullTextWords(text).size() > 1)
            continue;
        if (total == 0)
            break;
        // ORDER BY rank with LIMIT lets FTS5 sort by rank itself, so snippets are made
        // for the returned rows only.
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT a.id, a.title, snippet(kb_fts, 1, ?, ?, '…', %1), a.visibility, a.status, "
                           "a.language, kb_fts.rank FROM kb_fts CROSS JOIN kb_articles a ON a.id = kb_fts.rowid "
                           "WHERE kb_fts MATCH ? AND kb_fts.rank MATCH '%2'")
                .arg(kSnippetTokens)
                .arg(kRank)
            + filters + QStringLiteral(" ORDER BY kb_fts.rank LIMIT ?"));
        q.addBindValue(QString(QChar(kMarkStart)));
        q.addBindValue(QString(QChar(kMarkEnd)));
        q.addBindValue(match);
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        q.addBindValue(limit);
        if (!q.exec())
            return sqlError(q, "search articles");
        while (q.next()) {
            auto hit = hitFrom(q, -q.value(6).toDouble());
            if (!hit)
                return hit.error();
            items.append(hit.value());
        }
        break;
    }
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
        SearchQuery q;
        q.text = text.left(200);
        q.limit = kMaxLimit;
        // Free text from a customer's problem: any word counts, none is being typed.
        q.text += u' ';
        const QString match = matchExpression(q.text, false, true);
        QSqlQuery s = m_db.prepare(
            QStringLiteral("SELECT a.id, a.title, snippet(kb_fts, 1, ?, ?, '…', %1), a.visibility, a.status, "
                           "a.language, kb_fts.rank FROM kb_fts CROSS JOIN kb_articles a ON a.id = kb_fts.rowid "
                           "WHERE kb_fts MATCH ? AND kb_fts.rank MATCH '%2' AND a.status = 'published' "
                           "ORDER BY kb_fts.rank LIMIT ?")
                .arg(kSnippetTokens)
                .arg(kRank));
        s.addBindValue(QString(QChar(kMarkStart)));
        s.addBindValue(QString(QChar(kMarkEnd)));
        s.addBindValue(match);
        s.addBindValue(kMaxLimit);
        if (!s.exec())
            return sqlError(s, "suggest by text");
        while (s.next()) {
            const qint64 id = s.value(0).toLongLong();
            textPos.insert(id, int(textHits.size()));
            textHits.append(
                QJsonObject { { QStringLiteral("id"), id },
                              { QStringLiteral("title"), s.value(1).toString() },
                              { QStringLiteral("snippet"), s.value(2).toString() },
                              { QStringLiteral("visibility"), s.value(3).toString() },
                              { QStringLiteral("status"), s.value(4).toString() },
                              { QStringLiteral("language"), s.value(5).toString() },
                              { QStringLiteral("score"), std::round(-s.value(6).toDouble() * 1000.0) / 1000.0 } });
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
        tags.bindValue(0, h.value(QStringLiteral("id")).toInteger());
        if (!tags.exec())
            return sqlError(tags, "suggest tags");
        QJsonArray tagList;
        while (tags.next())
            tagList.append(tags.value(0).toString());
        h.insert(QStringLiteral("tags"), tagList);
        items.append(h);
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

Result<QJsonObject> KnowledgeStore::versions(qint64 id)
{
    if (auto a = article(id); !a)
        return a.error();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT v.version, u.login, u.display_name, v.at, v.change_note, v.status, v.title, v.review_comment "
        "FROM kb_versions v LEFT JOIN users u ON u.id = v.author_user_id WHERE v.article_id = ? "
        "ORDER BY v.version DESC"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "article versions");
    QJsonArray out;
    while (q.next()) {
        QJsonObject v { { QStringLiteral("version"), q.value(0).toLongLong() },
                        { QStringLiteral("author"),
                          q.value(1).isNull()
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QJsonObject { { QStringLiteral("login"), q.value(1).toString() },
                                                         { QStringLiteral("name"), q.value(2).toString() } }) },
                        { QStringLiteral("at"), q.value(3).toString() },
                        { QStringLiteral("changeNote"), q.value(4).toString() },
                        { QStringLiteral("status"), q.value(5).toString() },
                        { QStringLiteral("title"), q.value(6).toString() } };
        if (!q.value(7).isNull())
            v.insert(QStringLiteral("reviewComment"), q.value(7).toString());
        out.append(v);
    }
    return QJsonObject { { QStringLiteral("versions"), out } };
}

Result<QJsonObject> KnowledgeStore::diff(qint64 id, qint64 fromVersion, qint64 toVersion)
{
    auto from = versionContent(id, fromVersion);
    if (!from)
        return from.error();
    auto to = versionContent(id, toVersion);
    if (!to)
        return to.error();
    QJsonArray lines;
    for (const DiffLine &l : lineDiff(from->body.split(u'\n'), to->body.split(u'\n'))) {
        lines.append(QJsonObject { { QStringLiteral("op"), QString(l.op) }, { QStringLiteral("text"), l.text } });
    }
    return QJsonObject { { QStringLiteral("from"), fromVersion },
                         { QStringLiteral("to"), toVersion },
                         { QStringLiteral("title"),
                           QJsonObject { { QStringLiteral("from"), from->title },
                                         { QStringLiteral("to"), to->title } } },
                         { QStringLiteral("lines"), lines } };
}

Result<QJsonObject> KnowledgeStore::reviewQueue()
{
    QJsonArray proposals;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT v.article_id, v.version, u.id, u.login, u.display_name, v.change_note, v.at "
                       "FROM kb_versions v LEFT JOIN users u ON u.id = v.author_user_id "
                       "WHERE v.status = 'in_review' ORDER BY v.at, v.article_id LIMIT 200"));
    if (!q.exec())
        return sqlError(q, "review queue");
    struct P
    {
        qint64 id, version;
        QJsonValue author;
        QString note, at;
    };
    QList<P> pending;
    while (q.next())
        pending.append(P { q.value(0).toLongLong(), q.value(1).toLongLong(), userJson(q, 2), q.value(5).toString(),
                           q.value(6).toString() });
    q.finish();
    for (const P &p : std::as_const(pending)) {
        auto a = article(p.id);
        if (!a)
            return a.error();
        proposals.append(QJsonObject { { QStringLiteral("article"), a.value() },
                                       { QStringLiteral("version"), p.version },
                                       { QStringLiteral("author"), p.author },
                                       { QStringLiteral("changeNote"), p.note },
                                       { QStringLiteral("at"), p.at } });
    }
    // Worst: most "did not help" per "helped" (smoothed so one vote is not the whole story).
    auto worst = articles(QStringLiteral("WHERE a.status = 'published' AND a.not_helped > 0 "
                                         "ORDER BY (a.not_helped + 1.0) / (a.helped + 1.0) DESC, a.not_helped DESC, "
                                         "a.id LIMIT 20"),
                          {});
    if (!worst)
        return worst.error();
    const QString staleBefore = now().addDays(-kStaleDays).toString(Qt::ISODateWithMs);
    auto stale = articles(QStringLiteral("WHERE a.status = 'published' AND (a.last_reviewed_at IS NULL OR "
                                         "a.last_reviewed_at < ?) ORDER BY a.last_reviewed_at IS NOT NULL, "
                                         "a.last_reviewed_at, a.id LIMIT 50"),
                          { staleBefore });
    if (!stale)
        return stale.error();
    QJsonArray w, s;
    for (const QJsonObject &o : worst.value())
        w.append(o);
    for (const QJsonObject &o : stale.value())
        s.append(o);
    return QJsonObject { { QStringLiteral("proposals"), proposals },
                         { QStringLiteral("worst"), w },
                         { QStringLiteral("stale"), s } };
}

Result<QList<QJsonObject>> KnowledgeStore::publicArticles()
{
    auto list = articles(QStringLiteral("WHERE a.status = 'published' AND a.visibility = 'public' ORDER BY a.id"), {});
    if (!list)
        return list.error();
    for (QJsonObject &a : list.value())
        a.insert(QStringLiteral("plain"), plainText(a.value(QStringLiteral("body")).toString()));
    return list;
}

// ---------------------------------------------------------------- writes

Result<qint64> KnowledgeStore::addPublished(const Content &raw, qint64 ownerUserId, const QString &changeNote)
{
    auto content = validate(raw);
    if (!content)
        return content.error();
    qint64 id = 0;
    auto r = m_db.write([&]() -> Result<void> {
        const QString at = nowStamp();
        QSqlQuery ins = m_db.prepare(QStringLiteral(
            "INSERT INTO kb_articles(title, body, language, visibility, status, owner_user_id, last_reviewed_at, "
            "version, live_version, created_at, updated_at) VALUES (?, ?, ?, ?, 'published', ?, ?, 1, 1, ?, ?)"));
        ins.addBindValue(content->title);
        ins.addBindValue(content->body);
        ins.addBindValue(content->language);
        ins.addBindValue(content->visibility);
        ins.addBindValue(ownerUserId > 0 ? QVariant(ownerUserId) : QVariant(QMetaType(QMetaType::LongLong)));
        ins.addBindValue(at);
        ins.addBindValue(at);
        ins.addBindValue(at);
        if (!ins.exec())
            return sqlError(ins, "add article");
        id = ins.lastInsertId().toLongLong();
        if (auto v = insertVersion(id, 1, content.value(), ownerUserId, changeNote, QStringLiteral("published")); !v)
            return v;
        return writeLive(id, content.value());
    });
    if (!r)
        return r.error();
    return id;
}

Result<KnowledgeStore::Change> KnowledgeStore::propose(const Actor &actor, std::optional<qint64> id,
                                                       qint64 expectedVersion, const Content &raw,
                                                       const QString &changeNote, bool draft)
{
    auto content = validate(raw);
    if (!content)
        return content.error();
    const QString versionStatus = draft ? QStringLiteral("draft") : QStringLiteral("in_review");
    Change change;
    auto r = m_db.write([&]() -> Result<void> {
        qint64 articleId = 0;
        qint64 version = 1;
        if (!id) {
            const QString at = nowStamp();
            QSqlQuery ins = m_db.prepare(QStringLiteral(
                "INSERT INTO kb_articles(title, body, language, visibility, status, owner_user_id, version, "
                "live_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, ?)"));
            ins.addBindValue(content->title);
            ins.addBindValue(content->body);
            ins.addBindValue(content->language);
            ins.addBindValue(content->visibility);
            ins.addBindValue(versionStatus);
            ins.addBindValue(actor.userId);
            ins.addBindValue(at);
            ins.addBindValue(at);
            if (!ins.exec())
                return sqlError(ins, "propose article");
            articleId = ins.lastInsertId().toLongLong();
            if (auto v = insertVersion(articleId, 1, content.value(), actor.userId, changeNote, versionStatus); !v)
                return v;
            if (auto w = writeLive(articleId, content.value()); !w)
                return w;
        } else {
            articleId = *id;
            QSqlQuery cur = m_db.prepare(QStringLiteral("SELECT version, status FROM kb_articles WHERE id = ?"));
            cur.addBindValue(articleId);
            if (!cur.exec())
                return sqlError(cur, "read article");
            if (!cur.next())
                return notFound(articleId);
            const qint64 current = cur.value(0).toLongLong();
            const QString status = cur.value(1).toString();
            cur.finish();
            if (current != expectedVersion)
                return conflict(current, expectedVersion);
            version = current + 1;
            // Only the newest proposal can be reviewed; older open ones are replaced.
            QSqlQuery supersede = m_db.prepare(QStringLiteral(
                "UPDATE kb_versions SET status = 'superseded' WHERE article_id = ? AND status IN ('draft', "
                "'in_review')"));
            supersede.addBindValue(articleId);
            if (!supersede.exec())
                return sqlError(supersede, "supersede proposals");
            if (auto v = insertVersion(articleId, version, content.value(), actor.userId, changeNote, versionStatus);
                !v)
                return v;
            // A published article stays live until the proposal is reviewed; one that never
            // was shows the newest proposal.
            QSqlQuery up = m_db.prepare(
                status == u"published"
                    ? QStringLiteral("UPDATE kb_articles SET version = ?, updated_at = ? WHERE id = ?")
                    : QStringLiteral("UPDATE kb_articles SET version = ?, updated_at = ?, live_version = version + 1, "
                                     "status = '%1' WHERE id = ?")
                          .arg(versionStatus));
            up.addBindValue(version);
            up.addBindValue(nowStamp());
            up.addBindValue(articleId);
            if (!up.exec())
                return sqlError(up, "bump article version");
            if (status != u"published") {
                if (auto w = writeLive(articleId, content.value()); !w)
                    return w;
            }
        }
        auto a = article(articleId);
        if (!a)
            return a.error();
        change.article = a.value();
        change.version = version;
        change.event = draft ? Change::Event::None : Change::Event::Proposed;
        change.answer = QJsonObject { { QStringLiteral("article"), change.article },
                                      { QStringLiteral("proposal"),
                                        QJsonObject { { QStringLiteral("version"), version },
                                                      { QStringLiteral("status"), versionStatus } } } };
        return {};
    });
    if (!r)
        return r.error();
    return change;
}

Result<KnowledgeStore::Change> KnowledgeStore::draftFromText(const Actor &actor, const QString &question,
                                                             const QString &answer, const QStringList &tags,
                                                             const QStringList &reasons)
{
    const QString q = question.trimmed();
    const QString a = answer.trimmed();
    if (q.isEmpty())
        return badField(QStringLiteral("question"), QStringLiteral("the question is empty"));
    if (a.isEmpty())
        return badField(QStringLiteral("answer"), QStringLiteral("the answer is empty"));
    Content c;
    c.title = q.simplified().left(kMaxTitle);
    c.body = QStringLiteral("## Question\n%1\n\n## Answer\n%2").arg(q, a);
    c.tags = tags;
    c.reasons = reasons;
    auto change = propose(actor, std::nullopt, 0, c, QStringLiteral("Drafted from a question and an answer"), true);
    if (!change)
        return change.error();
    change.value().answer = QJsonObject { { QStringLiteral("article"), change->article } };
    return change;
}

Result<KnowledgeStore::Change> KnowledgeStore::review(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                      const QString &action, const QString &comment)
{
    static const QStringList actions { QStringLiteral("publish"), QStringLiteral("request_changes"),
                                       QStringLiteral("archive"), QStringLiteral("reject") };
    if (!actions.contains(action))
        return badField(QStringLiteral("action"),
                        QStringLiteral("action must be publish, request_changes, archive or reject"));
    Change change;
    auto r = m_db.write([&]() -> Result<void> {
        QSqlQuery cur = m_db.prepare(
            QStringLiteral("SELECT a.version, a.status, a.owner_user_id, a.live_version, v.status FROM kb_articles a "
                           "LEFT JOIN kb_versions v ON v.article_id = a.id AND v.version = a.version WHERE a.id = ?"));
        cur.addBindValue(id);
        if (!cur.exec())
            return sqlError(cur, "read article");
        if (!cur.next())
            return notFound(id);
        const qint64 current = cur.value(0).toLongLong();
        const QString status = cur.value(1).toString();
        const qint64 owner = cur.value(2).toLongLong();
        const qint64 live = cur.value(3).toLongLong();
        const QString versionStatus = cur.value(4).toString();
        cur.finish();
        if (actor.role != Role::Lead && actor.userId != owner)
            return makeError(ErrorCode::Forbidden, QStringLiteral("only a lead or the article's owner may review it"));
        if (current != expectedVersion)
            return conflict(current, expectedVersion);
        const bool liveIsCurrent = status == u"published" && live == current;

        const auto setVersion = [&](const QString &newStatus) -> Result<void> {
            QSqlQuery up = m_db.prepare(QStringLiteral(
                "UPDATE kb_versions SET status = ?, review_comment = ? WHERE article_id = ? AND version = ?"));
            up.addBindValue(newStatus);
            up.addBindValue(comment.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(comment));
            up.addBindValue(id);
            up.addBindValue(current);
            if (!up.exec())
                return sqlError(up, "review version");
            return {};
        };
        const auto setArticle = [&](const QString &newStatus, bool reviewed) -> Result<void> {
            QSqlQuery up = m_db.prepare(
                reviewed ? QStringLiteral("UPDATE kb_articles SET status = ?, updated_at = ?, last_reviewed_at = ?, "
                                          "live_version = version WHERE id = ?")
                         : QStringLiteral("UPDATE kb_articles SET status = ?, updated_at = ? WHERE id = ?"));
            up.addBindValue(newStatus);
            up.addBindValue(nowStamp());
            if (reviewed)
                up.addBindValue(nowStamp());
            up.addBindValue(id);
            if (!up.exec())
                return sqlError(up, "review article");
            return {};
        };

        if (action == u"publish") {
            // Publishing the live version again confirms it is still right (clears "stale").
            if (!liveIsCurrent) {
                auto content = versionContent(id, current);
                if (!content)
                    return content.error();
                if (auto w = writeLive(id, content.value()); !w)
                    return w;
            }
            if (auto v = setVersion(QStringLiteral("published")); !v)
                return v;
            if (auto a = setArticle(QStringLiteral("published"), true); !a)
                return a;
            change.event = Change::Event::Published;
        } else if (action == u"archive") {
            if (status == u"archived")
                return invalidState(
                    status, { QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("published") },
                    QStringLiteral("the article is archived already"));
            if (auto a = setArticle(QStringLiteral("archived"), false); !a)
                return a;
            change.event = Change::Event::Archived;
        } else {
            // request_changes / reject: only for an open proposal.
            if (liveIsCurrent || (versionStatus != u"in_review" && versionStatus != u"draft"))
                return invalidState(versionStatus, { QStringLiteral("in_review"), QStringLiteral("draft") },
                                    QStringLiteral("version %1 is not an open proposal").arg(current));
            const bool reject = action == u"reject";
            if (auto v = setVersion(reject ? QStringLiteral("rejected") : QStringLiteral("changes_requested")); !v)
                return v;
            if (status != u"published") {
                if (auto a = setArticle(reject ? QStringLiteral("archived") : QStringLiteral("draft"), false); !a)
                    return a;
            }
        }
        auto a = article(id);
        if (!a)
            return a.error();
        change.article = a.value();
        change.version = current;
        change.answer = QJsonObject { { QStringLiteral("article"), change.article } };
        return {};
    });
    if (!r)
        return r.error();
    return change;
}

Result<KnowledgeStore::Change> KnowledgeStore::rollback(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                        qint64 toVersion)
{
    Change change;
    auto r = m_db.write([&]() -> Result<void> {
        QSqlQuery cur
            = m_db.prepare(QStringLiteral("SELECT version, status, owner_user_id FROM kb_articles WHERE id = ?"));
        cur.addBindValue(id);
        if (!cur.exec())
            return sqlError(cur, "read article");
        if (!cur.next())
            return notFound(id);
        const qint64 current = cur.value(0).toLongLong();
        const QString status = cur.value(1).toString();
        const qint64 owner = cur.value(2).toLongLong();
        cur.finish();
        if (actor.role != Role::Lead && actor.userId != owner)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("only a lead or the article's owner may roll it back"));
        if (current != expectedVersion)
            return conflict(current, expectedVersion);
        if (status != u"published")
            return invalidState(status, { QStringLiteral("published") },
                                QStringLiteral("only a published article can be rolled back"));
        if (toVersion >= current)
            return badField(QStringLiteral("to"), QStringLiteral("to must be an earlier version"));
        auto content = versionContent(id, toVersion);
        if (!content)
            return content.error();
        const qint64 version = current + 1;
        QSqlQuery supersede = m_db.prepare(QStringLiteral(
            "UPDATE kb_versions SET status = 'superseded' WHERE article_id = ? AND status IN ('draft', 'in_review')"));
        supersede.addBindValue(id);
        if (!supersede.exec())
            return sqlError(supersede, "supersede proposals");
        if (auto v
            = insertVersion(id, version, content.value(), actor.userId,
                            QStringLiteral("Rolled back to version %1").arg(toVersion), QStringLiteral("published"));
            !v)
            return v;
        if (auto w = writeLive(id, content.value()); !w)
            return w;
        QSqlQuery up = m_db.prepare(QStringLiteral("UPDATE kb_articles SET version = ?, live_version = ?, "
                                                   "last_reviewed_at = ? WHERE id = ?"));
        up.addBindValue(version);
        up.addBindValue(version);
        up.addBindValue(nowStamp());
        up.addBindValue(id);
        if (!up.exec())
            return sqlError(up, "roll back article");
        auto a = article(id);
        if (!a)
            return a.error();
        change.article = a.value();
        change.version = version;
        change.event = Change::Event::Published;
        change.answer = QJsonObject { { QStringLiteral("article"), change.article } };
        return {};
    });
    if (!r)
        return r.error();
    return change;
}

Result<QJsonObject> KnowledgeStore::feedback(const Actor &actor, qint64 id, bool helped, const QString &comment)
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
        ins.addBindValue(nowStamp());
        ins.addBindValue(id);
        if (!ins.exec())
            return sqlError(ins, "article feedback");
        if (ins.numRowsAffected() != 1)
            return notFound(id);
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

Result<QJsonObject> KnowledgeStore::recordSend(const Actor &actor, qint64 id, const QString &customerId,
                                               const QString &channel)
{
    if (channel != u"email" && channel != u"chat")
        return badField(QStringLiteral("channel"), QStringLiteral("channel must be email or chat"));
    QJsonObject out;
    auto r = m_db.write([&]() -> Result<void> {
        QSqlQuery a = m_db.prepare(QStringLiteral("SELECT title, status, visibility FROM kb_articles WHERE id = ?"));
        a.addBindValue(id);
        if (!a.exec())
            return sqlError(a, "read article");
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
        QSqlQuery c = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE public_id = ?"));
        c.addBindValue(customerId);
        if (!c.exec())
            return sqlError(c, "find customer");
        if (!c.next())
            return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customerId.left(32)),
                             QJsonObject { { QStringLiteral("id"), customerId.left(32) } });
        const qint64 rowId = c.value(0).toLongLong();
        c.finish();
        const QString at = nowStamp();
        const QString ref = QStringLiteral("KB-%1").arg(id);
        const QString summary = channel == u"email" ? QStringLiteral("Sent article “%1” by e-mail").arg(title)
                                                    : QStringLiteral("Sent article “%1” in the chat").arg(title);
        auto sent
            = CustomerHistory(m_db).appendAndBump({ rowId, at, QStringLiteral("article"), actor.userId, summary, ref });
        if (!sent)
            return sent.error();
        QSqlQuery sends = m_db.prepare(QStringLiteral("UPDATE kb_articles SET sends = sends + 1 WHERE id = ?"));
        sends.addBindValue(id);
        if (!sends.exec())
            return sqlError(sends, "count send");
        out = QJsonObject { { QStringLiteral("history"), sent->item.toJson() },
                            { QStringLiteral("customer"), customerId },
                            { QStringLiteral("version"), sent->customerVersion } };
        return {};
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace spocs
