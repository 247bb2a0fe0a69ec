#include "coordinator/auth/AuditLog.h"

#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>

namespace spocs {
namespace {

// The chained content of a row: every column but the hashes, length-prefixed so no two
// different rows serialise alike.
QByteArray canonical(qint64 id, const QString &at, qint64 userId, const QString &sessionId, const QString &action,
                     const QString &subject, const QString &detail)
{
    QByteArray out;
    const auto add = [&out](const QString &field) {
        const QByteArray utf8 = field.toUtf8();
        out += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    };
    add(QString::number(id));
    add(at);
    add(QString::number(userId));
    add(sessionId);
    add(action);
    add(subject);
    add(detail);
    return out;
}

QString chainHash(const QString &previous, const QByteArray &content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(content);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

AuditLog::AuditLog(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(200);
    connect(&m_flushTimer, &QTimer::timeout, this, &AuditLog::flush);
}

AuditLog::~AuditLog()
{
    flush();
}

Result<void> AuditLog::insert(const Entry &e)
{
    // The chain head, read under the write lock: no other writer can append in between.
    // A recorded head past the newest row means rows were cut from the end: the new row goes
    // after the recorded head, so the gap stays for `audit verify` to report.
    QSqlQuery head = m_db.prepare(QStringLiteral(
        "SELECT MAX(COALESCE((SELECT id FROM audit_log ORDER BY id DESC LIMIT 1), 0), "
        "COALESCE((SELECT head_id FROM audit_chain), 0)), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"));
    if (!head.exec() || !head.next())
        return sqlError(head, "audit chain head");
    const qint64 id = head.value(0).toLongLong() + 1;
    const QString previous = head.value(1).toString();
    head.finish();
    const QString at = (e.at.isValid() ? e.at : m_db.now()).toUTC().toString(Qt::ISODateWithMs);
    const QString hash = chainHash(previous, canonical(id, at, e.userId, e.sessionId, e.action, e.subject, e.detail));
    SPOCS_TRY(m_db.query(QStringLiteral("INSERT INTO audit_log(id, at, user_id, session_id, action, subject, "
                                        "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         { id, at, e.userId, e.sessionId, e.action, e.subject, e.detail, previous, hash }, "audit"));
    // The anchor, in the same transaction: the chain's first row once, its head always.
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE audit_chain SET first_prev_hash = CASE WHEN first_id IS NULL THEN ? "
                                        "ELSE first_prev_hash END, first_id = COALESCE(first_id, ?), head_id = ?, "
                                        "head_hash = ? WHERE id = 1"),
                         { previous, id, id, hash }, "audit chain head"));
    return {};
}

Result<void> AuditLog::recordNow(const Entry &entry)
{
    return m_db.write([&] { return insert(entry); });
}

void AuditLog::record(Entry entry)
{
    m_buffer.push_back(std::move(entry));
    if (m_buffer.size() >= 500)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

Result<void> AuditLog::writePending()
{
    m_flushTimer.stop();
    for (const Entry &e : m_buffer) {
        if (auto ok = insert(e); !ok)
            return ok; // the caller's savepoint rolls the partial batch back
    }
    m_buffer.clear();
    return {};
}

void AuditLog::flush()
{
    if (m_buffer.empty())
        return;
    const size_t count = m_buffer.size();
    if (const auto r = m_db.write([this] { return writePending(); }); !r)
        qCCritical(lcAudit) << "could not store" << count << "audit entries";
}

Result<AuditLog::Verification> AuditLog::verify(Database &db)
{
    Verification v;
    QSqlQuery anchor = db.prepare(
        QStringLiteral("SELECT first_id, COALESCE(first_prev_hash, ''), head_id, head_hash FROM audit_chain"));
    if (!anchor.exec())
        return sqlError(anchor, "read audit chain anchor");
    // Ids start at 1: 0 is "not recorded yet".
    const bool anchored = anchor.next();
    const qint64 firstId = anchored ? anchor.value(0).toLongLong() : 0;
    const QString firstPrevHash = anchored ? anchor.value(1).toString() : QString();
    const qint64 headId = anchored ? anchor.value(2).toLongLong() : 0;
    const QString headHash = anchored ? anchor.value(3).toString() : QString();
    anchor.finish();

    QSqlQuery q = db.prepare(QStringLiteral("SELECT id, at, user_id, session_id, action, subject, detail, prev_hash, "
                                            "hash FROM audit_log ORDER BY id"));
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, "read audit log");
    bool chained = false;
    QString previous;
    qint64 previousId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString prevHash = q.value(7).toString();
        const QString hash = q.value(8).toString();
        const auto bad = [&](const QString &problem) {
            v.firstBadRow = id;
            v.problem = problem;
        };
        if (!chained && hash.isEmpty() && (firstId == 0 || id < firstId)) {
            ++v.unchained; // before the chain existed
            previousId = id;
            continue;
        }
        if (hash.isEmpty()) {
            bad(QStringLiteral("row %1 has no hash: inserted behind the coordinator's back").arg(id));
            break;
        }
        if (!chained) {
            // The first chained row is the one the anchor names, chained to what it names.
            if (!anchored || firstId == 0) {
                bad(QStringLiteral("row %1 is chained but the chain's recorded start is gone").arg(id));
                break;
            }
            if (id != firstId) {
                bad(id > firstId ? QStringLiteral("rows %1 to %2 are missing: the oldest rows were deleted")
                                       .arg(firstId)
                                       .arg(id - 1)
                                 : QStringLiteral("row %1 lies before the chain's first row %2: inserted behind "
                                                  "the coordinator's back")
                                       .arg(id)
                                       .arg(firstId));
                break;
            }
            if (prevHash != firstPrevHash) {
                bad(QStringLiteral("row %1 does not start the chain: the rows before it were replaced").arg(id));
                break;
            }
        }
        if (chained && id != previousId + 1) {
            bad(QStringLiteral("rows %1 to %2 are missing: deleted").arg(previousId + 1).arg(id - 1));
            break;
        }
        if (chained && prevHash != previous) {
            bad(QStringLiteral("row %1 does not follow row %2: a row before it was replaced").arg(id).arg(previousId));
            break;
        }
        const QString expected
            = chainHash(prevHash,
                        canonical(id, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                                  q.value(4).toString(), q.value(5).toString(), q.value(6).toString()));
        if (expected != hash) {
            bad(QStringLiteral("row %1 was edited (its content does not match its hash)").arg(id));
            break;
        }
        chained = true;
        previous = hash;
        previousId = id;
        ++v.rows;
    }
    if (chained) {
        v.headId = previousId;
        v.headHash = previous;
    }
    if (v.firstBadRow)
        return v;
    // The newest rows: the chain must end where the last audit write left its head.
    if (!anchored) {
        v.firstBadRow = chained ? previousId : 0;
        v.problem = QStringLiteral("the chain's recorded start and head are gone");
    } else if (headId > 0 && (!chained || previousId < headId)) {
        v.firstBadRow = chained ? previousId + 1 : (firstId > 0 ? firstId : headId);
        v.problem
            = QStringLiteral("rows %1 to %2 are missing: the newest rows were deleted").arg(*v.firstBadRow).arg(headId);
    } else if (chained && previousId > headId) {
        v.firstBadRow = headId > 0 ? headId + 1 : previousId;
        v.problem = QStringLiteral("row %1 was added behind the coordinator's back (after the recorded head)")
                        .arg(*v.firstBadRow);
    } else if (chained && previous != headHash) {
        v.firstBadRow = previousId;
        v.problem = QStringLiteral("row %1 is not the recorded head: it was replaced").arg(previousId);
    }
    return v;
}

Result<QJsonArray> AuditLog::query(Database &db, const Query &query)
{
    QString sql = QStringLiteral("SELECT a.id, a.at, a.user_id, u.login, u.display_name, a.session_id, a.action, "
                                 "a.subject, a.detail FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                                 "WHERE a.at >= ? AND a.at < ?");
    if (!query.customer.isEmpty())
        sql += QStringLiteral(" AND a.subject = ?");
    if (query.userId > 0)
        sql += QStringLiteral(" AND a.user_id = ?");
    sql += QStringLiteral(" ORDER BY a.id DESC LIMIT ?");
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(query.from.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(query.to.toUTC().toString(Qt::ISODateWithMs));
    if (!query.customer.isEmpty())
        q.addBindValue(QString(QStringLiteral("customer:") + query.customer));
    if (query.userId > 0)
        q.addBindValue(query.userId);
    if (!execWith(q, { query.limit }))
        return sqlError(q, "query audit log");
    QJsonArray rows;
    while (q.next()) {
        QJsonObject row {
            { QStringLiteral("id"), q.value(0).toLongLong() },   { QStringLiteral("at"), q.value(1).toString() },
            { QStringLiteral("action"), q.value(6).toString() }, { QStringLiteral("subject"), q.value(7).toString() },
            { QStringLiteral("detail"), q.value(8).toString() }, { QStringLiteral("session"), q.value(5).toString() }
        };
        if (q.value(2).toLongLong() > 0)
            row.insert(QStringLiteral("user"),
                       QJsonObject { { QStringLiteral("id"), q.value(2).toLongLong() },
                                     { QStringLiteral("login"), q.value(3).toString() },
                                     { QStringLiteral("name"), q.value(4).toString() } });
        rows.append(row);
    }
    return rows;
}

} // namespace spocs
