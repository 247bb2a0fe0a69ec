#include "coordinator/contacts/ContactStore.h"

#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Args.h"
#include "core/Try.h"

#include <QSqlQuery>
#include <QVariant>

// The reason tree and the skills (= queues) that contacts are classified and routed by:
// reason.list/save, skill.list, user.skills and the demo's reason tree.
namespace spocs {

using namespace sqlvalues;

namespace {

constexpr auto kReasonColumns = "SELECT r.id, r.parent_id, r.code, r.label, r.demand_class, r.forward_only, r.skill, "
                                "u.id, u.login, u.display_name, r.archived FROM contact_reasons r "
                                "LEFT JOIN users u ON u.id = r.forward_to_user_id ";

QJsonObject reasonFrom(const QSqlQuery &q, const QList<domain::ArticleRef> &articles)
{
    domain::Reason reason;
    reason.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        reason.parent = q.value(1).toLongLong();
    reason.code = q.value(2).toString();
    reason.label = q.value(3).toString();
    domain::fromWireName(q.value(4).toString(), &reason.demandClass);
    reason.forwardOnly = q.value(5).toBool();
    reason.skill = optText(q, 6);
    reason.forwardTo = personAt(q, 7);
    reason.archived = q.value(10).toBool();
    reason.articles = articles;
    return reason.toJson();
}

} // namespace

// Published articles linked to each reason code (kb_article_reasons).
static Result<QHash<QString, QList<domain::ArticleRef>>> reasonArticles(Database &db, const QString &code = {})
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        db.query(
            QStringLiteral(
                "SELECT ar.reason, a.id, a.title FROM kb_article_reasons ar JOIN kb_articles a ON a.id = ar.article_id "
                "WHERE a.status = 'published' AND (? = '' OR ar.reason = ?) ORDER BY a.id"),
            { code, code }, "reason articles"));
    QHash<QString, QList<domain::ArticleRef>> out;
    while (q.next())
        out[q.value(0).toString()].append(domain::ArticleRef { q.value(1).toLongLong(), q.value(2).toString() });
    return out;
}

Result<QJsonArray> ContactStore::reasons()
{
    SPOCS_TRY_LET(articles, reasonArticles(m_db));
    QSqlQuery q = m_db.prepare(QString::fromLatin1(kReasonColumns)
                               + QStringLiteral("ORDER BY COALESCE(r.parent_id, 0), r.position, r.id"));
    if (!q.exec())
        return sqlError(q, "reasons");
    QJsonArray out;
    while (q.next())
        out.append(reasonFrom(q, articles->value(q.value(2).toString())));
    return out;
}

Result<QJsonObject> ContactStore::reasonJson(qint64 reasonId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QString::fromLatin1(kReasonColumns) + QStringLiteral("WHERE r.id = ?"), { reasonId }, "reason"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no reason %1").arg(reasonId),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("id") } });
    const QString code = q.value(2).toString();
    SPOCS_TRY_LET(articles, reasonArticles(m_db, code));
    return reasonFrom(q, articles->value(code));
}

Result<std::optional<ContactStore::ReasonInfo>> ContactStore::reason(const QString &code)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT id, code, label, skill, forward_to_user_id, forward_only, "
                                               "archived FROM contact_reasons WHERE code = ?"),
                                { code }, "find reason"));
    if (!q.next())
        return std::optional<ReasonInfo> {};
    ReasonInfo info;
    info.id = q.value(0).toLongLong();
    info.code = q.value(1).toString();
    info.label = q.value(2).toString();
    info.skill = q.value(3).toString();
    if (!q.value(4).isNull())
        info.forwardTo = q.value(4).toLongLong();
    info.forwardOnly = q.value(5).toBool();
    info.archived = q.value(6).toBool();
    return std::optional<ReasonInfo> { info };
}

Result<qint64> ContactStore::saveReason(const ReasonEdit &e)
{
    if (e.id) {
        SPOCS_TRY_ASSIGN(
            QSqlQuery x,
            m_db.query(QStringLiteral("SELECT 1 FROM contact_reasons WHERE id = ?"), { *e.id }, "find reason"));
        if (!x.next())
            return makeError(ErrorCode::NotFound, QStringLiteral("no reason %1").arg(*e.id),
                             QJsonObject { { QStringLiteral("field"), QStringLiteral("id") } });
    }
    // The code is unique across the tree (also archived reasons: old contacts keep it).
    SPOCS_TRY_ASSIGN(QSqlQuery dup,
                     m_db.query(QStringLiteral("SELECT id FROM contact_reasons WHERE code = ? AND id <> ?"),
                                { e.code, e.id.value_or(0) }, "reason code"));
    if (dup.next())
        return makeError(ErrorCode::Conflict, QStringLiteral("reason code %1 exists already").arg(e.code),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("code") },
                                       { QStringLiteral("id"), dup.value(0).toLongLong() } });
    if (e.parent) {
        // Walk up from the new parent: reaching this reason would close a cycle.
        qint64 at = *e.parent;
        for (int depth = 0;; ++depth) {
            if (e.id && at == *e.id)
                return badField(QStringLiteral("parent"), QStringLiteral("a reason cannot sit below itself"));
            if (depth > 64)
                return badField(QStringLiteral("parent"), QStringLiteral("the reason tree is too deep"));
            SPOCS_TRY_ASSIGN(QSqlQuery p,
                             m_db.query(QStringLiteral("SELECT parent_id FROM contact_reasons WHERE id = ?"), { at },
                                        "reason parent"));
            if (!p.next())
                return badField(QStringLiteral("parent"), QStringLiteral("no reason %1").arg(at));
            if (p.value(0).isNull())
                break;
            at = p.value(0).toLongLong();
        }
    }
    if (!e.skill.isEmpty()) {
        SPOCS_TRY_LET(known, skillExists(e.skill));
        if (!*known)
            return badField(QStringLiteral("skill"), QStringLiteral("no skill %1").arg(e.skill.left(64)));
    }
    if (e.forwardTo) {
        SPOCS_TRY_ASSIGN(QSqlQuery u,
                         m_db.query(QStringLiteral("SELECT 1 FROM users WHERE id = ?"), { *e.forwardTo }, "find user"));
        if (!u.next())
            return badField(QStringLiteral("forwardTo"), QStringLiteral("no user %1").arg(*e.forwardTo));
    }
    QSqlQuery q = m_db.prepare(
        e.id ? QStringLiteral("UPDATE contact_reasons SET parent_id = ?, code = ?, label = ?, demand_class = ?, "
                              "forward_only = ?, skill = ?, forward_to_user_id = ?, archived = ? WHERE id = ?")
             : QStringLiteral("INSERT INTO contact_reasons(parent_id, code, label, demand_class, forward_only, skill, "
                              "forward_to_user_id, archived, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                              "(SELECT COALESCE(MAX(position), -1) + 1 FROM contact_reasons))"));
    q.addBindValue(nullableId(e.parent));
    q.addBindValue(e.code);
    q.addBindValue(e.label);
    q.addBindValue(e.demandClass);
    q.addBindValue(e.forwardOnly ? 1 : 0);
    q.addBindValue(e.skill.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.skill));
    q.addBindValue(nullableId(e.forwardTo));
    q.addBindValue(e.archived ? 1 : 0);
    if (e.id)
        q.addBindValue(*e.id);
    if (!q.exec())
        return sqlError(q, "save reason");
    return e.id ? *e.id : q.lastInsertId().toLongLong();
}

Result<bool> ContactStore::skillExists(const QString &code)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT 1 FROM skills WHERE code = ?"), { code }, "find skill"));
    return q.next();
}

Result<QJsonArray> ContactStore::skills()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT code, label FROM skills ORDER BY position, code"));
    if (!q.exec())
        return sqlError(q, "skills");
    QJsonArray out;
    while (q.next())
        out.append(domain::Skill { q.value(0).toString(), q.value(1).toString() }.toJson());
    return out;
}

QString ContactStore::waitStartSql(const QString &k)
{
    return QStringLiteral("(SELECT min(w.at) FROM contact_transitions w WHERE w.contact_id = %1.id AND w.id > "
                          "(SELECT coalesce(max(p.id), 0) FROM contact_transitions p WHERE p.contact_id = %1.id "
                          "AND p.state NOT IN ('queued', 'offered')))")
        .arg(k);
}

Result<QList<ContactStore::QueueWaiting>> ContactStore::waitingByQueue()
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT s.code, s.label, COUNT(k.id), MIN(%1) FROM skills s "
                                      "LEFT JOIN contacts k ON k.queue = s.code AND k.state IN ('queued', 'offered') "
                                      "GROUP BY s.code ORDER BY s.position, s.code")
                           .arg(waitStartSql(QStringLiteral("k"))));
    if (!q.exec())
        return sqlError(q, "waiting by queue");
    QList<QueueWaiting> out;
    while (q.next())
        out.append(
            QueueWaiting { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString() });
    return out;
}

Result<QJsonArray> ContactStore::userSkills(qint64 userId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT skill, level FROM user_skills WHERE user_id = ? ORDER BY skill"),
                                { userId }, "user skills"));
    QJsonArray out;
    while (q.next())
        out.append(domain::SkillLevel { q.value(0).toString(), q.value(1).toInt() }.toJson());
    return out;
}

Result<QHash<qint64, QSet<QString>>> ContactStore::skillSets()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT user_id, skill FROM user_skills"));
    if (!q.exec())
        return sqlError(q, "skill sets");
    QHash<qint64, QSet<QString>> out;
    while (q.next())
        out[q.value(0).toLongLong()].insert(q.value(1).toString());
    return out;
}

Result<void> ContactStore::setUserSkills(qint64 userId, const QList<QPair<QString, int>> &skills)
{
    SPOCS_TRY(m_db.query(QStringLiteral("DELETE FROM user_skills WHERE user_id = ?"), { userId }, "clear user skills"));
    for (const auto &[skill, level] : skills) {
        SPOCS_TRY(
            m_db.query(QStringLiteral("INSERT OR REPLACE INTO user_skills(user_id, skill, level) VALUES (?, ?, ?)"),
                       { userId, skill, level }, "set user skill"));
    }
    return {};
}

Result<int> ContactStore::seedDemoReasons(Database &db)
{
    QSqlQuery count = db.prepare(QStringLiteral("SELECT count(*) FROM contact_reasons"));
    if (!count.exec() || !count.next())
        return sqlError(count, "count reasons");
    if (count.value(0).toInt() > 0)
        return 0;
    struct Seed
    {
        const char *code;
        const char *parent;
        const char *label;
        const char *demand;
        bool forwardOnly;
    };
    // Labels are data an admin edits, not UI strings. Demand classes as the method means them:
    // a: avoidable, the cause can be eliminated at the root (work that should not exist);
    // b: unavoidable, needs an immediate, complete answer (the business we are here for); c: can wait.
    static const Seed seeds[] = {
        { "orders", nullptr, "Orders", "b", false },
        { "orders.new", "orders", "New order", "b", false },
        { "orders.change", "orders", "Change an order", "b", false },
        { "orders.where", "orders", "Where is my order?", "a", false },
        { "orders.damaged", "orders", "Damaged or wrong delivery", "a", false },
        { "billing", nullptr, "Billing", "a", false },
        { "billing.explain", "billing", "Explain an invoice", "a", false },
        { "billing.payment", "billing", "Payment and dunning", "b", false },
        { "billing.dispute", "billing", "Disputed charge", "a", true },
        { "account", nullptr, "Account", "c", false },
        { "account.update", "account", "Update details", "c", false },
        { "account.close", "account", "Close the account", "c", true },
        { "product", nullptr, "Products", "b", false },
        { "product.price", "product", "Availability and price", "b", false },
        { "product.technical", "product", "Technical question", "b", true },
        { "other", nullptr, "Other", "c", false },
    };
    return db.write([&]() -> Result<int> {
        int n = 0;
        int position = 0;
        for (const Seed &s : seeds) {
            QSqlQuery q = db.prepare(QStringLiteral(
                "INSERT INTO contact_reasons(parent_id, code, label, demand_class, forward_only, position) "
                "VALUES ((SELECT id FROM contact_reasons WHERE code = ?), ?, ?, ?, ?, ?)"));
            if (!execWith(q,
                          { s.parent ? QString::fromLatin1(s.parent) : QString(), QString::fromLatin1(s.code),
                            QString::fromLatin1(s.label), QString::fromLatin1(s.demand), s.forwardOnly ? 1 : 0,
                            position++ }))
                return sqlError(q, "seed reason");
            ++n;
        }
        return n;
    });
}

} // namespace spocs
