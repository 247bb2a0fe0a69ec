#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace spocs {

template<typename R> inline constexpr bool isResultOfValue = false;
template<typename T> inline constexpr bool isResultOfValue<Result<T>> = !std::is_void_v<T>;

// The coordinator's one SQLite connection. Opening sets WAL, synchronous=FULL,
// foreign keys and a busy time-out, then applies the migrations compiled in as
// resources (:/spocs/migrations/NNNN_name.sql) in order, recording each in
// schema_migrations. A database written by a newer coordinator is refused.
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // A second, read-only connection to a database the service has open (and migrated):
    // in WAL mode it reads the last committed state while the writer goes on. Use it only
    // on the thread that opened it.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // Migration file names known to this binary, in the order they apply.
    static QStringList migrationNames();

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT (so two writers never deadlock on a
    // lock upgrade); rolls back when fn returns an error or the commit fails.
    // Nested calls join the outer transaction. Inside a commit group, fn runs in a
    // savepoint instead: all-or-nothing on its own, durable when the group commits.
    Result<void> write(const std::function<Result<void>()> &fn);
    // The same for work that produces a value: fn returns Result<T>; the value comes back once
    // the transaction commits, fn's error (or the commit's) otherwise.
    template<typename Fn>
    requires isResultOfValue<std::invoke_result_t<Fn &>> std::invoke_result_t<Fn &> write(Fn &&fn)
    {
        std::optional<std::invoke_result_t<Fn &>> out;
        const Result<void> written = write([&]() -> Result<void> {
            auto value = fn();
            if (!value)
                return value.error();
            out.emplace(std::move(value));
            return {};
        });
        if (!written)
            return written.error();
        return std::move(*out);
    }
    bool inTransaction() const { return m_depth > 0; }

    // The clock every stored timestamp and every "today" comes from: the wall clock unless the
    // coordinator was started with a test clock (ServerConfig::clockStart) or a test set one.
    const Clock &clock() const { return *m_clock; }
    QDateTime now() const { return m_clock->now(); }
    // now() as the *_at columns store it.
    QString nowStamp() const { return now().toString(Qt::ISODateWithMs); }
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    // The same clock, for a second connection (the read worker's): its "now" is this one's.
    std::shared_ptr<const Clock> sharedClock() const { return m_clock; }

    // Group commit: many writes, one transaction and one fsync. Between beginGroup() and
    // commitGroup() every write() is a savepoint in the group's transaction; nothing in it
    // is durable (so nothing may be acknowledged) before commitGroup() succeeds.
    Result<void> beginGroup();
    Result<void> commitGroup();
    bool inGroup() const { return m_groupOpen; }

    // A prepared query on this connection; a failed prepare is a bug and is logged.
    QSqlQuery prepare(const QString &sql) const;
    // Prepares sql, binds values to its placeholders in order and runs it: the query, to read its
    // rows, or the internal error of sqlError(query, what).
    Result<QSqlQuery> query(const QString &sql, const QVariantList &values, const char *what) const;
    // query() for one integer column (row or user ids), read in row order.
    Result<QList<qint64>> ids(const QString &sql, const QVariantList &values, const char *what) const;
    // Executes one statement; returns an internal error with the driver's text on failure.
    Result<void> exec(const QString &sql);

private:
    explicit Database(QString connectionName, QString path);
    Result<void> migrate();

    QString m_connectionName;
    QString m_path;
    int m_depth = 0;
    std::shared_ptr<const Clock> m_clock = Clock::system();
    bool m_groupOpen = false;
};

// Turns a failed QSqlQuery into an internal error (logs the driver text, not the values).
Error sqlError(const QSqlQuery &query, const char *what);

// version_conflict: "the <record> changed meanwhile", details {"current", "expected"} for the client's refetch.
Error versionConflict(const char *record, qint64 current, qint64 expected);

// Binds values to a prepared query's placeholders in order and executes it; false when it fails
// (sqlError(query, ...) then says why).
bool execWith(QSqlQuery &query, const QVariantList &values);

} // namespace spocs
