#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>
#include <vector>

namespace spocs {

class Database;

// Who read or wrote which customer record, who signed in or failed to, and every admin
// action, when, from which session. Never record secrets or card numbers here.
//
// The log is append-only (triggers refuse UPDATE and DELETE) and hash-chained: each row
// stores SHA-256 over its content and the previous row's hash, so `audit verify` finds the
// first row that was edited, inserted or deleted behind the coordinator's back. The chain
// head is read inside each write transaction, so the admin CLI (another process) and the
// service append to one chain. Table audit_chain keeps the chain's first row and its head,
// written with each insert, so rows cut from either end show too; someone who can rewrite the
// whole file can rewrite those as well, which only a head saved elsewhere reveals.
//
// Writes are audited inside their own transaction (recordNow). Reads are buffered (record)
// and the server writes the buffer into its commit group before it answers, holding the
// answer until that group is durable: a read the user saw is audited, and the reads that
// arrive together share one commit instead of paying one each.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QDateTime at; // unset: the database's clock when the row is written
        qint64 userId = 0;
        QString sessionId;
        QString action; // "customer.get", "customer.note.add", "auth.login", ...
        QString subject; // "customer:C-1042", "user:agent3", ...
        QString detail;
    };
    struct Verification
    {
        qint64 rows = 0; // chained rows checked
        qint64 unchained = 0; // rows written before the chain existed
        std::optional<qint64> firstBadRow; // id of the first row that does not fit the chain
        QString problem;
        qint64 headId = 0; // the newest chained row, to compare with a copy kept elsewhere
        QString headHash;
    };
    struct Query
    {
        QString customer; // "C-1042": rows whose subject is that customer
        qint64 userId = 0;
        QDateTime from;
        QDateTime to;
        int limit = 200;
    };

    explicit AuditLog(Database &db, QObject *parent = nullptr);
    ~AuditLog() override;

    // Inside the caller's write transaction (opens its own when there is none).
    Result<void> recordNow(const Entry &entry);
    // Buffered; flushed before the answer leaves, or within 200 ms.
    void record(Entry entry);
    bool hasPending() const { return !m_buffer.empty(); }
    // Inside the caller's transaction: the buffered entries, all or none (kept for the next
    // try when the insert fails).
    Result<void> writePending();
    // In a transaction of its own (or the open commit group).
    void flush();

    // Walks the whole chain.
    static Result<Verification> verify(Database &db);
    // Newest first.
    static Result<QJsonArray> query(Database &db, const Query &query);

private:
    Result<void> insert(const Entry &entry);

    Database &m_db;
    std::vector<Entry> m_buffer;
    QTimer m_flushTimer;
};

} // namespace spocs
