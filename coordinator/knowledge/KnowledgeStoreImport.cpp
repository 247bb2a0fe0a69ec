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

Result<qint64> KnowledgeStore::adoptSource(const QString &source, const QString &legacySource)
{
    SPOCS_TRY_LET(id, articleFromSource(source));
    if (id.value() != 0 || legacySource == source)
        return id;
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE kb_articles SET source = ? WHERE source = ?"), { source, legacySource },
                         "rekey imported article"));
    return articleFromSource(source);
}

namespace {

// The change notes of the versions an import writes (addPublished's, then importArticle's).
const QString kImportedNote = QStringLiteral("Imported");
const QString kImportedAgainNote = QStringLiteral("Imported again");

} // namespace

Result<KnowledgeStore::ImportOutcome> KnowledgeStore::importSkip(qint64 id)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery cur,
        m_db.query(QStringLiteral("SELECT a.status, v.change_note, u.role, "
                                  "EXISTS (SELECT 1 FROM kb_versions o WHERE o.article_id = a.id AND "
                                  "o.status IN ('draft', 'in_review')) "
                                  "FROM kb_articles a "
                                  "LEFT JOIN kb_versions v ON v.article_id = a.id AND v.version = a.live_version "
                                  "LEFT JOIN users u ON u.id = v.author_user_id WHERE a.id = ?"),
                   { id }, "read imported article"));
    if (!cur.next())
        return notFound(id);
    if (cur.value(0).toString() == u"archived")
        return ImportOutcome::SkippedArchived;
    if (cur.value(3).toBool())
        return ImportOutcome::SkippedProposal;
    // Staff cannot write a version without a review, and admins (who import) cannot propose: a live
    // version an import wrote has its note and no author or an admin one. Anything else (a published
    // proposal, a rollback) is staff's text.
    const QString note = cur.value(1).toString();
    const bool byImport = (note == kImportedNote || note == kImportedAgainNote)
        && (cur.value(2).isNull() || cur.value(2).toString() == u"admin");
    return byImport ? ImportOutcome::Updated : ImportOutcome::SkippedEdited;
}

Result<KnowledgeStore::Imported> KnowledgeStore::importArticle(const Content &raw, qint64 ownerUserId)
{
    if (raw.source.isEmpty())
        return badField(QStringLiteral("source"), QStringLiteral("an imported article needs its source"));
    return m_db.write([&]() -> Result<Imported> {
        Imported result;
        SPOCS_TRY_LET(existing, articleFromSource(raw.source));
        if (existing.value() == 0) {
            SPOCS_TRY_LET(content, validate(raw));
            SPOCS_TRY_LET(id, addPublished(content.value(), ownerUserId, kImportedNote));
            SPOCS_TRY(m_db.query(QStringLiteral("UPDATE kb_articles SET source = ? WHERE id = ?"),
                                 { content->source, id.value() }, "record article source"));
            result = Imported { id.value(), ImportOutcome::Created };
            return result;
        }
        const qint64 id = existing.value();
        SPOCS_TRY_LET(skip, importSkip(id));
        if (skip.value() != ImportOutcome::Updated) {
            // Only worth a word when the source moved on from what the import last wrote.
            SPOCS_TRY_ASSIGN(QSqlQuery last,
                             m_db.query(QStringLiteral("SELECT MAX(v.version) FROM kb_versions v "
                                                       "LEFT JOIN users u ON u.id = v.author_user_id "
                                                       "WHERE v.article_id = ? AND v.change_note IN (?, ?) AND "
                                                       "(u.id IS NULL OR u.role = 'admin')"),
                                        { id, kImportedNote, kImportedAgainNote }, "read last imported version"));
            bool unchanged = false;
            if (last.next() && !last.value(0).isNull()) {
                const qint64 lastVersion = last.value(0).toLongLong();
                last.finish();
                SPOCS_TRY_LET(before, versionContent(id, lastVersion));
                Content c = raw;
                if (c.visibility.isEmpty())
                    c.visibility = before->visibility;
                SPOCS_TRY_LET(valid, validate(c));
                unchanged = before->title == valid->title && before->body == valid->body && before->tags == valid->tags
                    && before->language == valid->language && before->visibility == valid->visibility;
            }
            result = Imported { id, unchanged ? ImportOutcome::Unchanged : skip.value() };
            return result;
        }
        QSqlQuery cur = m_db.prepare(
            QStringLiteral("SELECT version, live_version, status, visibility FROM kb_articles WHERE id = ?"));
        cur.addBindValue(id);
        if (!cur.exec() || !cur.next())
            return sqlError(cur, "read imported article");
        const qint64 version = cur.value(0).toLongLong();
        const qint64 live = cur.value(1).toLongLong();
        const QString status = cur.value(2).toString();
        Content keep = raw;
        if (keep.visibility.isEmpty())
            keep.visibility = cur.value(3).toString();
        cur.finish();
        SPOCS_TRY_LET(content, validate(keep));
        SPOCS_TRY_LET(current, versionContent(id, live));
        const Content &c = content.value();
        if (status == u"published" && current->title == c.title && current->body == c.body && current->tags == c.tags
            && current->language == c.language && current->visibility == c.visibility) {
            result = Imported { id, ImportOutcome::Unchanged };
            return result;
        }
        // The source changed and nobody touched the imported text: its new text is published.
        const qint64 next = version + 1;
        if (auto v = insertVersion(id, next, c, ownerUserId, kImportedAgainNote, QStringLiteral("published")); !v)
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
