#include "coordinator/knowledge/KnowledgeStore.h"

#include "coordinator/knowledge/KnowledgeRows.h"
#include "coordinator/knowledge/LineDiff.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

// The review workflow of the knowledge store: versions, diffs, reviews, rollbacks and the queue.
namespace spocs {
using namespace knowledge;

namespace {

// What review and rollback check first: the article's version, status, owner and live version, and
// its current version's status and author.
struct ArticleHead
{
    qint64 version = 0;
    QString status;
    qint64 owner = 0;
    qint64 live = 0;
    QString versionStatus;
    qint64 author = 0;
};

Result<ArticleHead> articleHead(Database &db, qint64 id)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        db.query(
            QStringLiteral("SELECT a.version, a.status, a.owner_user_id, a.live_version, v.status, v.author_user_id "
                           "FROM kb_articles a "
                           "LEFT JOIN kb_versions v ON v.article_id = a.id AND v.version = a.version WHERE a.id = ?"),
            { id }, "read article"));
    if (!q.next())
        return notFound(id);
    return ArticleHead { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong() };
}

} // namespace

Result<QJsonObject> KnowledgeStore::versions(qint64 id)
{
    SPOCS_TRY(article(id));
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral(
                "SELECT v.version, u.login, u.display_name, v.at, v.change_note, v.status, v.title, v.review_comment "
                "FROM kb_versions v LEFT JOIN users u ON u.id = v.author_user_id WHERE v.article_id = ? "
                "ORDER BY v.version DESC"),
            { id }, "article versions"));
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
    SPOCS_TRY_LET(from, versionContent(id, fromVersion));
    SPOCS_TRY_LET(to, versionContent(id, toVersion));
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
        SPOCS_TRY_LET(a, article(p.id));
        proposals.append(QJsonObject { { QStringLiteral("article"), a.value() },
                                       { QStringLiteral("version"), p.version },
                                       { QStringLiteral("author"), p.author },
                                       { QStringLiteral("changeNote"), p.note },
                                       { QStringLiteral("at"), p.at } });
    }
    // Worst: most "did not help" per "helped" (smoothed so one vote is not the whole story).
    SPOCS_TRY_LET(worst,
                  articles(QStringLiteral("WHERE a.status = 'published' AND a.not_helped > 0 "
                                          "ORDER BY (a.not_helped + 1.0) / (a.helped + 1.0) DESC, a.not_helped DESC, "
                                          "a.id LIMIT 20"),
                           {}));
    const QString staleBefore = now().addDays(-kStaleDays).toString(Qt::ISODateWithMs);
    SPOCS_TRY_LET(stale,
                  articles(QStringLiteral("WHERE a.status = 'published' AND (a.last_reviewed_at IS NULL OR "
                                          "a.last_reviewed_at < ?) ORDER BY a.last_reviewed_at IS NOT NULL, "
                                          "a.last_reviewed_at, a.id LIMIT 50"),
                           { staleBefore }));
    QJsonArray w, s;
    for (const QJsonObject &o : worst.value())
        w.append(o);
    for (const QJsonObject &o : stale.value())
        s.append(o);
    return QJsonObject { { QStringLiteral("proposals"), proposals },
                         { QStringLiteral("worst"), w },
                         { QStringLiteral("stale"), s } };
}

Result<KnowledgeStore::Change> KnowledgeStore::review(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                      const QString &action, const QString &comment)
{
    static const QStringList actions { QStringLiteral("publish"), QStringLiteral("request_changes"),
                                       QStringLiteral("archive"), QStringLiteral("reject") };
    if (!actions.contains(action))
        return badField(QStringLiteral("action"),
                        QStringLiteral("action must be publish, request_changes, archive or reject"));
    return m_db.write([&]() -> Result<Change> {
        Change change;
        const auto head = articleHead(m_db, id);
        if (!head)
            return head.error();
        const qint64 current = head->version;
        const QString status = head->status;
        const qint64 owner = head->owner;
        const qint64 live = head->live;
        const QString versionStatus = head->versionStatus;
        const qint64 author = head->author;
        if (actor.role != Role::Lead && actor.userId != owner)
            return makeError(ErrorCode::Forbidden, QStringLiteral("only a lead or the article's owner may review it"));
        // Four eyes: a lead, or an expert who did not write this version, publishes it.
        if (action == u"publish" && actor.role != Role::Lead && (actor.role != Role::Expert || actor.userId == author))
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("a lead, or an expert who is not the author, publishes an article"));
        // Nobody publishes a version they wrote, leads included. A site with one lead would never see
        // that lead's own proposals published (only leads and owners review), so there the lead may.
        if (action == u"publish" && actor.userId == author) {
            SPOCS_TRY_ASSIGN(
                QSqlQuery leads,
                m_db.query(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'lead' AND disabled = 0 "
                                          "AND id <> ?"),
                           { actor.userId }, "count other leads"));
            if (!leads.next() || leads.value(0).toLongLong() > 0)
                return makeError(ErrorCode::Forbidden,
                                 QStringLiteral("nobody publishes their own proposal: another lead reviews it"));
        }
        if (current != expectedVersion)
            return versionConflict("article", current, expectedVersion);
        const bool liveIsCurrent = status == u"published" && live == current;

        const auto setVersion = [&](const QString &newStatus) -> Result<void> {
            QSqlQuery up = m_db.prepare(QStringLiteral(
                "UPDATE kb_versions SET status = ?, review_comment = ? WHERE article_id = ? AND version = ?"));
            if (!execWith(up,
                          { newStatus, comment.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(comment),
                            id, current }))
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
            if (!execWith(up, { id }))
                return sqlError(up, "review article");
            return {};
        };

        if (action == u"publish") {
            // Publishing the live version again confirms it is still right (clears "stale").
            if (!liveIsCurrent) {
                SPOCS_TRY_LET(content, versionContent(id, current));
                SPOCS_TRY(writeLive(id, content.value()));
            }
            SPOCS_TRY(setVersion(QStringLiteral("published")));
            SPOCS_TRY(setArticle(QStringLiteral("published"), true));
            change.event = Change::Event::Published;
        } else if (action == u"archive") {
            if (status == u"archived")
                return invalidState(
                    status, { QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("published") },
                    QStringLiteral("the article is archived already"));
            SPOCS_TRY(setArticle(QStringLiteral("archived"), false));
            change.event = Change::Event::Archived;
        } else {
            // request_changes / reject: only for an open proposal.
            if (liveIsCurrent || (versionStatus != u"in_review" && versionStatus != u"draft"))
                return invalidState(versionStatus, { QStringLiteral("in_review"), QStringLiteral("draft") },
                                    QStringLiteral("version %1 is not an open proposal").arg(current));
            const bool reject = action == u"reject";
            SPOCS_TRY(setVersion(reject ? QStringLiteral("rejected") : QStringLiteral("changes_requested")));
            if (status != u"published") {
                SPOCS_TRY(setArticle(reject ? QStringLiteral("archived") : QStringLiteral("draft"), false));
            }
        }
        SPOCS_TRY_LET(a, article(id));
        change.article = a.value();
        change.version = current;
        change.answer = QJsonObject { { QStringLiteral("article"), change.article } };
        return change;
    });
}

Result<KnowledgeStore::Change> KnowledgeStore::rollback(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                        qint64 toVersion)
{
    return m_db.write([&]() -> Result<Change> {
        Change change;
        const auto head = articleHead(m_db, id);
        if (!head)
            return head.error();
        // A rollback publishes without a review, so only those who may publish roll back: a lead, or
        // the expert who owns the article. An agent who owns one proposes the old text instead.
        if (actor.role != Role::Lead && (actor.role != Role::Expert || actor.userId != head->owner))
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("only a lead, or an expert who owns the article, may roll it back"));
        if (head->version != expectedVersion)
            return versionConflict("article", head->version, expectedVersion);
        if (head->status != u"published")
            return invalidState(head->status, { QStringLiteral("published") },
                                QStringLiteral("only a published article can be rolled back"));
        if (toVersion >= head->version)
            return badField(QStringLiteral("to"), QStringLiteral("to must be an earlier version"));
        // Only text a reviewer once published comes back: never a proposal that was superseded,
        // rejected or never reviewed.
        SPOCS_TRY_ASSIGN(
            QSqlQuery target,
            m_db.query(QStringLiteral("SELECT status FROM kb_versions WHERE article_id = ? AND version = ?"),
                       { id, toVersion }, "read rollback target"));
        if (!target.next())
            return makeError(ErrorCode::NotFound, QStringLiteral("article %1 has no version %2").arg(id).arg(toVersion),
                             QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), toVersion } });
        const QString targetStatus = target.value(0).toString();
        target.finish();
        if (targetStatus != u"published")
            return invalidState(targetStatus, { QStringLiteral("published") },
                                QStringLiteral("version %1 was never published").arg(toVersion));
        SPOCS_TRY_LET(content, versionContent(id, toVersion));
        const qint64 version = head->version + 1;
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE kb_versions SET status = 'superseded' WHERE article_id = ? AND "
                                            "status IN ('draft', 'in_review')"),
                             { id }, "supersede proposals"));
        if (auto v
            = insertVersion(id, version, content.value(), actor.userId,
                            QStringLiteral("Rolled back to version %1").arg(toVersion), QStringLiteral("published"));
            !v)
            return v.error();
        SPOCS_TRY(writeLive(id, content.value()));
        SPOCS_TRY(m_db.query(QStringLiteral("UPDATE kb_articles SET version = ?, live_version = ?, "
                                            "last_reviewed_at = ? WHERE id = ?"),
                             { version, version, nowStamp(), id }, "roll back article"));
        SPOCS_TRY_LET(a, article(id));
        change.article = a.value();
        change.version = version;
        change.event = Change::Event::Published;
        change.answer = QJsonObject { { QStringLiteral("article"), change.article } };
        return change;
    });
}

} // namespace spocs
