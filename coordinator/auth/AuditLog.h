#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

namespace spocs {

class Database;

// Who read or wrote which customer record, when, from which session.
// Writes are audited inside their own transaction (recordNow); reads are buffered and
// flushed in one transaction every 200 ms, so a busy read path does not pay a durable
// commit per read. Never record secrets or card numbers here.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QDateTime at;
        qint64 userId = 0;
        QString sessionId;
        QString action; // "customer.get", "customer.note.add", "auth.login", ...
        QString subject; // "customer:C-1042", "user:agent3", ...
        QString detail;
    };

    explicit AuditLog(Database &db, QObject *parent = nullptr);
    ~AuditLog() override;

    // Inside the caller's write transaction.
    Result<void> recordNow(const Entry &entry);
    // Buffered; flushed soon.
    void record(Entry entry);
    void flush();

private:
    Result<void> insert(const Entry &entry);

    Database &m_db;
    std::vector<Entry> m_buffer;
    QTimer m_flushTimer;
};

} // namespace spocs
