#include "coordinator/auth/AuditLog.h"

#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"

#include <QSqlQuery>

namespace spocs {

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
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO audit_log(at, user_id, session_id, action, subject, detail) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.at.toString(Qt::ISODateWithMs));
    q.addBindValue(e.userId);
    q.addBindValue(e.sessionId);
    q.addBindValue(e.action);
    q.addBindValue(e.subject);
    q.addBindValue(e.detail);
    if (!q.exec())
        return sqlError(q, "audit");
    return {};
}

Result<void> AuditLog::recordNow(const Entry &entry)
{
    return insert(entry);
}

void AuditLog::record(Entry entry)
{
    m_buffer.push_back(std::move(entry));
    if (m_buffer.size() >= 500)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void AuditLog::flush()
{
    if (m_buffer.empty())
        return;
    std::vector<Entry> batch;
    batch.swap(m_buffer);
    const auto r = m_db.write([&]() -> Result<void> {
        for (const Entry &e : batch) {
            if (auto ok = insert(e); !ok)
                return ok;
        }
        return {};
    });
    if (!r)
        qCCritical(lcAudit) << "could not store" << batch.size() << "audit entries";
}

} // namespace spocs
