#include "coordinator/knowledge/KnowledgeStore.h"

#include "coordinator/knowledge/KnowledgeRows.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

// The knowledge store's articles: validation, the live copy and its index, versions, reads and
// proposals. Search, review and feedback live in KnowledgeSearch, KnowledgeReview and
// KnowledgeFeedback.
namespace spocs {
using namespace knowledge;
namespace {

constexpr int kMaxLinks = 20;
constexpr int kMaxLinkLength = 64;

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
    return m_now ? m_now().toUTC() : m_db.now();
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
    SPOCS_TRY_LET(tags, cleanList(c.tags, QStringLiteral("tags")));
    SPOCS_TRY_LET(products, cleanList(c.products, QStringLiteral("products")));
    SPOCS_TRY_LET(reasons, cleanList(c.reasons, QStringLiteral("reasons")));
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
    SPOCS_TRY(m_db.query(
        QStringLiteral(
            "UPDATE kb_articles SET title = ?, body = ?, language = ?, visibility = ?, updated_at = ? WHERE id = ?"),
        { c.title, c.body, c.language, c.visibility, nowStamp(), id }, "update article"));
    const struct
    {
        const char *table;
        const char *column;
        const QStringList &values;
    } links[] = { { "kb_article_tags", "tag", c.tags },
                  { "kb_article_products", "sku", c.products },
                  { "kb_article_reasons", "reason", c.reasons } };
    for (const auto &l : links) {
        SPOCS_TRY(m_db.query(QStringLiteral("DELETE FROM %1 WHERE article_id = ?").arg(QLatin1String(l.table)), { id },
                             "replace article links"));
        QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO %1(article_id, %2) VALUES (?, ?)")
                                         .arg(QLatin1String(l.table), QLatin1String(l.column)));
        for (const QString &v : l.values) {
            ins.bindValue(0, id);
            ins.bindValue(1, v);
            if (!ins.exec())
                return sqlError(ins, "insert article link");
        }
    }
    // The exact and the stemmed index hold the same text.
    const QString plain = plainText(c.body);
    for (const char *table : { "kb_fts", "kb_fts_stem" }) {
        SPOCS_TRY(m_db.query(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(QLatin1String(table)), { id },
                             "reindex article (delete)"));
        SPOCS_TRY(m_db.query(
            QStringLiteral("INSERT INTO %1(rowid, title, body, tags) VALUES (?, ?, ?, ?)").arg(QLatin1String(table)),
            { id, c.title, plain, c.tags.join(u' ') }, "reindex article (insert)"));
    }
    return {};
}

Result<void> KnowledgeStore::insertVersion(qint64 id, qint64 version, const Content &c, qint64 authorUserId,
                                           const QString &changeNote, const QString &status)
{
    QSqlQuery ins = m_db.prepare(
        QStringLiteral("INSERT INTO kb_versions(article_id, version, title, body, tags, products, reasons, language, "
                       "visibility, author_user_id, at, change_note, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"));
    if (!execWith(ins,
                  { id, version, c.title, c.body, toJsonText(c.tags), toJsonText(c.products), toJsonText(c.reasons),
                    c.language, c.visibility,
                    authorUserId > 0 ? QVariant(authorUserId) : QVariant(QMetaType(QMetaType::LongLong)), nowStamp(),
                    changeNote.isNull() ? QStringLiteral("") : changeNote, status })) // optional: never NULL
        return sqlError(ins, "insert article version");
    return {};
}

Result<KnowledgeStore::Content> KnowledgeStore::versionContent(qint64 id, qint64 version)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT title, body, tags, products, reasons, language, visibility "
                                               "FROM kb_versions WHERE article_id = ? AND version = ?"),
                                { id, version }, "read article version"));
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

Result<QJsonArray> KnowledgeStore::listOf(QSqlQuery &list, qint64 articleId, const char *what)
{
    list.bindValue(0, articleId);
    if (!list.exec())
        return sqlError(list, what);
    QJsonArray out;
    while (list.next())
        out.append(list.value(0).toString());
    return out;
}

Result<QList<QJsonObject>> KnowledgeStore::articles(const QString &whereAndOrder, const QVariantList &binds)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT a.id, a.title, a.body, a.language, a.visibility, a.status, u.id, u.login, "
                       "u.display_name, a.last_reviewed_at, a.version, a.views, a.sends, a.helped, a.not_helped, "
                       "a.created_at, a.updated_at, a.live_version FROM kb_articles a "
                       "LEFT JOIN users u ON u.id = a.owner_user_id ")
        + whereAndOrder);
    if (!execWith(q, binds))
        return sqlError(q, "read articles");
    const QString staleBefore = now().addDays(-kStaleDays).toString(Qt::ISODateWithMs);
    QSqlQuery tags = m_db.prepare(QStringLiteral("SELECT tag FROM kb_article_tags WHERE article_id = ? ORDER BY tag"));
    QSqlQuery products
        = m_db.prepare(QStringLiteral("SELECT sku FROM kb_article_products WHERE article_id = ? ORDER BY sku"));
    QSqlQuery reasons
        = m_db.prepare(QStringLiteral("SELECT reason FROM kb_article_reasons WHERE article_id = ? ORDER BY reason"));
    QList<QJsonObject> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto t = listOf(tags, id, "read article links");
        auto p = listOf(products, id, "read article links");
        auto r = listOf(reasons, id, "read article links");
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
    SPOCS_TRY_LET(list, articles(QStringLiteral("WHERE a.id = ?"), { id }));
    if (list->isEmpty())
        return notFound(id);
    return list->first();
}

Result<QList<QJsonObject>> KnowledgeStore::publicArticles()
{
    SPOCS_TRY_LET(
        list, articles(QStringLiteral("WHERE a.status = 'published' AND a.visibility = 'public' ORDER BY a.id"), {}));
    for (QJsonObject &a : list.value())
        a.insert(QStringLiteral("plain"), plainText(a.value(QStringLiteral("body")).toString()));
    return list;
}

// ---------------------------------------------------------------- writes

Result<qint64> KnowledgeStore::addPublished(const Content &raw, qint64 ownerUserId, const QString &changeNote)
{
    SPOCS_TRY_LET(content, validate(raw));
    return m_db.write([&]() -> Result<qint64> {
        const QString at = nowStamp();
        QSqlQuery ins = m_db.prepare(QStringLiteral(
            "INSERT INTO kb_articles(title, body, language, visibility, status, owner_user_id, last_reviewed_at, "
            "version, live_version, created_at, updated_at) VALUES (?, ?, ?, ?, 'published', ?, ?, 1, 1, ?, ?)"));
        if (!execWith(ins,
                      { content->title, content->body, content->language, content->visibility,
                        ownerUserId > 0 ? QVariant(ownerUserId) : QVariant(QMetaType(QMetaType::LongLong)), at, at,
                        at }))
            return sqlError(ins, "add article");
        const qint64 id = ins.lastInsertId().toLongLong();
        SPOCS_TRY(insertVersion(id, 1, content.value(), ownerUserId, changeNote, QStringLiteral("published")));
        SPOCS_TRY(writeLive(id, content.value()));
        return id;
    });
}

Result<KnowledgeStore::Change> KnowledgeStore::propose(const Actor &actor, std::optional<qint64> id,
                                                       qint64 expectedVersion, const Content &raw,
                                                       const QString &changeNote, bool draft,
                                                       std::optional<qint64> base)
{
    SPOCS_TRY_LET(content, validate(raw));
    const QString versionStatus = draft ? QStringLiteral("draft") : QStringLiteral("in_review");
    return m_db.write([&]() -> Result<Change> {
        Change change;
        qint64 articleId = 0;
        qint64 version = 1;
        if (!id) {
            const QString at = nowStamp();
            QSqlQuery ins = m_db.prepare(QStringLiteral(
                "INSERT INTO kb_articles(title, body, language, visibility, status, owner_user_id, version, "
                "live_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, ?)"));
            if (!execWith(ins,
                          { content->title, content->body, content->language, content->visibility, versionStatus,
                            actor.userId, at, at }))
                return sqlError(ins, "propose article");
            articleId = ins.lastInsertId().toLongLong();
            SPOCS_TRY(insertVersion(articleId, 1, content.value(), actor.userId, changeNote, versionStatus));
            SPOCS_TRY(writeLive(articleId, content.value()));
        } else {
            articleId = *id;
            SPOCS_TRY_ASSIGN(
                QSqlQuery cur,
                m_db.query(QStringLiteral("SELECT version, status, live_version FROM kb_articles WHERE id = ?"),
                           { articleId }, "read article"));
            if (!cur.next())
                return notFound(articleId);
            const qint64 current = cur.value(0).toLongLong();
            const QString status = cur.value(1).toString();
            const qint64 live = cur.value(2).toLongLong();
            cur.finish();
            if (current != expectedVersion)
                return versionConflict("article", current, expectedVersion);
            // Only the newest proposal can be reviewed, so a new one replaces the open one. That is
            // only for someone who edited it or knowingly replaces it (base = its version): one who
            // edited the live text has not seen it, and would silently throw it away.
            SPOCS_TRY_ASSIGN(
                QSqlQuery open,
                m_db.query(QStringLiteral("SELECT v.version, u.id, u.login, u.display_name, v.at, v.change_note "
                                          "FROM kb_versions v LEFT JOIN users u ON u.id = v.author_user_id "
                                          "WHERE v.article_id = ? AND v.status IN ('draft', 'in_review') "
                                          "ORDER BY v.version DESC LIMIT 1"),
                           { articleId }, "read open proposal"));
            if (open.next() && open.value(0).toLongLong() != base.value_or(live)) {
                const qint64 openVersion = open.value(0).toLongLong();
                Error conflict = versionConflict("article", current, expectedVersion);
                conflict.message = QStringLiteral("version %1 is an open proposal the new one would replace; propose "
                                                  "with base %1 to replace it")
                                       .arg(openVersion);
                conflict.details.insert(QStringLiteral("base"), base.value_or(live));
                conflict.details.insert(QStringLiteral("openProposal"),
                                        QJsonObject { { QStringLiteral("version"), openVersion },
                                                      { QStringLiteral("author"), userJson(open, 1) },
                                                      { QStringLiteral("at"), open.value(4).toString() },
                                                      { QStringLiteral("changeNote"), open.value(5).toString() } });
                return conflict;
            }
            open.finish();
            version = current + 1;
            SPOCS_TRY(m_db.query(
                QStringLiteral(
                    "UPDATE kb_versions SET status = 'superseded' WHERE article_id = ? AND status IN ('draft', "
                    "'in_review')"),
                { articleId }, "supersede proposals"));
            SPOCS_TRY(insertVersion(articleId, version, content.value(), actor.userId, changeNote, versionStatus));
            // A published article stays live until the proposal is reviewed; one that never
            // was shows the newest proposal.
            SPOCS_TRY(m_db.query(
                status == u"published"
                    ? QStringLiteral("UPDATE kb_articles SET version = ?, updated_at = ? WHERE id = ?")
                    : QStringLiteral("UPDATE kb_articles SET version = ?, updated_at = ?, live_version = version + 1, "
                                     "status = '%1' WHERE id = ?")
                          .arg(versionStatus),
                { version, nowStamp(), articleId }, "bump article version"));
            if (status != u"published") {
                SPOCS_TRY(writeLive(articleId, content.value()));
            }
        }
        SPOCS_TRY_LET(a, article(articleId));
        change.article = a.value();
        change.version = version;
        change.event = draft ? Change::Event::None : Change::Event::Proposed;
        change.answer = QJsonObject { { QStringLiteral("article"), change.article },
                                      { QStringLiteral("proposal"),
                                        QJsonObject { { QStringLiteral("version"), version },
                                                      { QStringLiteral("status"), versionStatus } } } };
        return change;
    });
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
    SPOCS_TRY_LET(change,
                  propose(actor, std::nullopt, 0, c, QStringLiteral("Drafted from a question and an answer"), true));
    change.value().answer = QJsonObject { { QStringLiteral("article"), change->article } };
    return change;
}

} // namespace spocs
