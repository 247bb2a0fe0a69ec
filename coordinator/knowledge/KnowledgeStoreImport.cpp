#include "coordinator/knowledge/KnowledgeStore.h"

#include "coordinator/knowledge/KnowledgeRows.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QSqlQuery>

// The knowledge store's side of kb-import: articles keyed by where they came from, so a second
// import of the same FAQ updates them instead of adding copies.
namespace spocs {
using namespace knowledge;

Result<qint64> KnowledgeStore::articleFromSource(const QString &source)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("SELECT id FROM kb_articles WHERE source = ?"), { source }, "find imported article"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<KnowledgeStore::Imported> KnowledgeStore::importArticle(const Content &raw, qint64 ownerUserId)
{
    SPOCS_TRY_LET(content, validate(raw));
    if (content->source.isEmpty())
        return badField(QStringLiteral("source"), QStringLiteral("an imported article needs its source"));
    return m_db.write([&]() -> Result<Imported> {
        Imported result;
        SPOCS_TRY_LET(existing, articleFromSource(content->source));
        if (existing.value() == 0) {
            SPOCS_TRY_LET(id, addPublished(content.value(), ownerUserId, QStringLiteral("Imported")));
            SPOCS_TRY(m_db.query(QStringLiteral("UPDATE kb_articles SET source = ? WHERE id = ?"),
                                 { content->source, id.value() }, "record article source"));
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
        SPOCS_TRY_LET(current, versionContent(id, live));
        const Content &c = content.value();
        if (status == u"published" && current->title == c.title && current->body == c.body && current->tags == c.tags
            && current->language == c.language && current->visibility == c.visibility) {
            result = Imported { id, ImportOutcome::Unchanged };
            return result;
        }
        // The source changed: its text is published as a new version, replacing open proposals.
        const qint64 next = version + 1;
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE kb_versions SET status = 'superseded' WHERE article_id = ? AND "
                                            "status IN ('draft', 'in_review')"),
                             { id }, "supersede proposals"));
        if (auto v
            = insertVersion(id, next, c, ownerUserId, QStringLiteral("Imported again"), QStringLiteral("published"));
            !v)
            return v.error();
        SPOCS_TRY(writeLive(id, c));
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE kb_articles SET version = ?, live_version = ?, status = "
                                            "'published', last_reviewed_at = ? WHERE id = ?"),
                             { next, next, nowStamp(), id }, "update imported article"));
        result = Imported { id, ImportOutcome::Updated };
        return result;
    });
}

Result<void> KnowledgeStore::replaceImportedBody(qint64 id, const QString &body)
{
    return m_db.write([&]() -> Result<void> {
        SPOCS_TRY_ASSIGN(QSqlQuery cur,
                         m_db.query(QStringLiteral("SELECT live_version FROM kb_articles WHERE id = ?"), { id },
                                    "read imported article"));
        if (!cur.next())
            return notFound(id);
        const qint64 live = cur.value(0).toLongLong();
        cur.finish();
        SPOCS_TRY_LET(content, versionContent(id, live));
        Content c = content.value();
        c.body = body;
        SPOCS_TRY_LET(valid, validate(c));
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE kb_versions SET body = ? WHERE article_id = ? AND version = ?"),
                             { valid->body, id, live }, "rewrite imported body"));
        return writeLive(id, valid.value());
    });
}

} // namespace spocs
