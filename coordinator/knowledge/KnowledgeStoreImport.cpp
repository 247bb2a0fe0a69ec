#include "coordinator/knowledge/KnowledgeStore.h"

#include "coordinator/knowledge/KnowledgeRows.h"
#include "coordinator/storage/Database.h"

#include <QSqlQuery>

// The knowledge store's side of kb-import: articles keyed by where they came from, so a second
// import of the same FAQ updates them instead of adding copies.
namespace spocs {
using namespace knowledge;

Result<qint64> KnowledgeStore::articleFromSource(const QString &source)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM kb_articles WHERE source = ?"));
    if (!execWith(q, { source }))
        return sqlError(q, "find imported article");
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<KnowledgeStore::Imported> KnowledgeStore::importArticle(const Content &raw, qint64 ownerUserId)
{
    auto content = validate(raw);
    if (!content)
        return content.error();
    if (content->source.isEmpty())
        return badField(QStringLiteral("source"), QStringLiteral("an imported article needs its source"));
    return m_db.write([&]() -> Result<Imported> {
        Imported result;
        auto existing = articleFromSource(content->source);
        if (!existing)
            return existing.error();
        if (existing.value() == 0) {
            auto id = addPublished(content.value(), ownerUserId, QStringLiteral("Imported"));
            if (!id)
                return id.error();
            QSqlQuery up = m_db.prepare(QStringLiteral("UPDATE kb_articles SET source = ? WHERE id = ?"));
            if (!execWith(up, { content->source, id.value() }))
                return sqlError(up, "record article source");
            result = Imported { id.value(), ImportOutcome::Created };
            return result;
        }
        const qint64 id = existing.value();
        QSqlQuery cur
            = m_db.prepare(QStringLiteral("SELECT version, live_version, status FROM kb_articles WHERE id = ?"));
        cur.addBindValue(id);
        if (!cur.exec() || !cur.next())
            return sqlError(cur, "read imported article");
        const qint64 version = cur.value(0).toLongLong();
        const qint64 live = cur.value(1).toLongLong();
        const QString status = cur.value(2).toString();
        cur.finish();
        auto current = versionContent(id, live);
        if (!current)
            return current.error();
        const Content &c = content.value();
        if (status == u"published" && current->title == c.title && current->body == c.body && current->tags == c.tags
            && current->language == c.language && current->visibility == c.visibility) {
            result = Imported { id, ImportOutcome::Unchanged };
            return result;
        }
        // The source changed: its text is published as a new version, replacing open proposals.
        const qint64 next = version + 1;
        QSqlQuery supersede = m_db.prepare(QStringLiteral(
            "UPDATE kb_versions SET status = 'superseded' WHERE article_id = ? AND status IN ('draft', 'in_review')"));
        if (!execWith(supersede, { id }))
            return sqlError(supersede, "supersede proposals");
        if (auto v
            = insertVersion(id, next, c, ownerUserId, QStringLiteral("Imported again"), QStringLiteral("published"));
            !v)
            return v.error();
        if (auto w = writeLive(id, c); !w)
            return w.error();
        QSqlQuery up = m_db.prepare(QStringLiteral("UPDATE kb_articles SET version = ?, live_version = ?, status = "
                                                   "'published', last_reviewed_at = ? WHERE id = ?"));
        if (!execWith(up, { next, next, nowStamp(), id }))
            return sqlError(up, "update imported article");
        result = Imported { id, ImportOutcome::Updated };
        return result;
    });
}

Result<void> KnowledgeStore::replaceImportedBody(qint64 id, const QString &body)
{
    return m_db.write([&]() -> Result<void> {
        QSqlQuery cur = m_db.prepare(QStringLiteral("SELECT live_version FROM kb_articles WHERE id = ?"));
        if (!execWith(cur, { id }))
            return sqlError(cur, "read imported article");
        if (!cur.next())
            return notFound(id);
        const qint64 live = cur.value(0).toLongLong();
        cur.finish();
        auto content = versionContent(id, live);
        if (!content)
            return content.error();
        Content c = content.value();
        c.body = body;
        auto valid = validate(c);
        if (!valid)
            return valid.error();
        QSqlQuery up
            = m_db.prepare(QStringLiteral("UPDATE kb_versions SET body = ? WHERE article_id = ? AND version = ?"));
        if (!execWith(up, { valid->body, id, live }))
            return sqlError(up, "rewrite imported body");
        return writeLive(id, valid.value());
    });
}

} // namespace spocs
