#include "coordinator/storage/Database.h"

#include "coordinator/server/Log.h"
#include "core/Try.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QUuid>

// Resources in a static library are registered only when asked to.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace spocs {
namespace {

const QString kMigrationDir = QStringLiteral(":/spocs/migrations");

// Migration files are NNNN_name.sql; the number is the schema version they produce.
int versionOf(const QString &fileName)
{
    return fileName.section(u'_', 0, 0).toInt();
}

// Splits a migration into statements: each ends with ';' at the end of a line.
// CREATE TRIGGER bodies (BEGIN ... END;) are kept whole.
QStringList splitStatements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("--")) || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        current += line + u'\n';
        if (trimmed.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (inTrigger) {
            if (trimmed.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0) {
                out.append(current.trimmed());
                current.clear();
                inTrigger = false;
            }
        } else if (trimmed.endsWith(u';')) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

Error sqlError(const QSqlQuery &query, const char *what)
{
    qCWarning(lcStorage) << what << "failed:" << query.lastError().text();
    return makeError(ErrorCode::Internal, QStringLiteral("storage error"));
}

Error versionConflict(const char *record, qint64 current, qint64 expected)
{
    return makeError(ErrorCode::VersionConflict, QStringLiteral("the %1 changed meanwhile").arg(QLatin1String(record)),
                     QJsonObject { { QStringLiteral("current"), current }, { QStringLiteral("expected"), expected } });
}

bool execWith(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Unavailable, QStringLiteral("cannot create folder %1").arg(info.absolutePath()));

    const QString name = QStringLiteral("spocs-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text()));
    }
    // Durable commits: an acknowledged write survives a crash and a power cut.
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                "PRAGMA temp_store=MEMORY", "PRAGMA mmap_size=268435456" }) {
        SPOCS_TRY(database->exec(QString::fromLatin1(pragma)));
    }
    {
        QSqlQuery mode = database->prepare(QStringLiteral("PRAGMA journal_mode"));
        const bool wal
            = mode.exec() && mode.next() && mode.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
        mode.finish(); // an unfinished statement would block the migrations' COMMIT
        if (!wal)
            return makeError(ErrorCode::Unavailable, QStringLiteral("database %1 cannot use WAL mode").arg(path));
    }
    SPOCS_TRY(database->migrate());
    return database;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    const QString name = QStringLiteral("spocs-read-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, QFileInfo(path).absoluteFilePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(database->path());
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("cannot open database %1 for reading: %2").arg(path, db.lastError().text()));
    }
    SPOCS_TRY(database->exec(QStringLiteral("PRAGMA temp_store=MEMORY")));
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QStringList Database::migrationNames()
{
    static const bool initialised = (initMigrationResources(), true);
    Q_UNUSED(initialised);
    QStringList names = QDir(kMigrationDir).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return versionOf(a) < versionOf(b); });
    return names;
}

int Database::latestSchemaVersion()
{
    const QStringList names = migrationNames();
    return names.isEmpty() ? 0 : versionOf(names.last());
}

int Database::schemaVersion() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        qCWarning(lcStorage) << "prepare failed:" << q.lastError().text() << sql.left(80);
    return q;
}

Result<QSqlQuery> Database::query(const QString &sql, const QVariantList &values, const char *what) const
{
    QSqlQuery q = prepare(sql);
    if (!execWith(q, values))
        return sqlError(q, what);
    return q;
}

Result<QList<qint64>> Database::ids(const QString &sql, const QVariantList &values, const char *what) const
{
    SPOCS_TRY_ASSIGN(QSqlQuery q, query(sql, values, what));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        qCWarning(lcStorage) << "statement failed:" << q.lastError().text() << sql.left(120);
        return makeError(ErrorCode::Internal, QStringLiteral("storage error: %1").arg(q.lastError().text()));
    }
    return {};
}

Result<void> Database::write(const std::function<Result<void>()> &fn)
{
    if (m_depth > 0) {
        ++m_depth;
        auto r = fn();
        --m_depth;
        return r;
    }
    if (m_groupOpen) {
        SPOCS_TRY(exec(QStringLiteral("SAVEPOINT spocs_write")));
        ++m_depth;
        Result<void> result = fn();
        --m_depth;
        if (!result)
            exec(QStringLiteral("ROLLBACK TO spocs_write"));
        if (auto r = exec(QStringLiteral("RELEASE spocs_write")); !r && result)
            return r;
        return result;
    }
    SPOCS_TRY(exec(QStringLiteral("BEGIN IMMEDIATE")));
    ++m_depth;
    Result<void> result = fn();
    --m_depth;
    if (!result) {
        exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto r = exec(QStringLiteral("COMMIT")); !r) {
        exec(QStringLiteral("ROLLBACK"));
        return r;
    }
    return {};
}

Result<void> Database::beginGroup()
{
    Q_ASSERT(!m_groupOpen && m_depth == 0);
    SPOCS_TRY(exec(QStringLiteral("BEGIN IMMEDIATE")));
    m_groupOpen = true;
    return {};
}

Result<void> Database::commitGroup()
{
    if (!m_groupOpen)
        return {};
    m_groupOpen = false;
    if (auto r = exec(QStringLiteral("COMMIT")); !r) {
        exec(QStringLiteral("ROLLBACK"));
        return r;
    }
    return {};
}

Result<void> Database::migrate()
{
    SPOCS_TRY(exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                  "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")));
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (latest == 0)
        return makeError(ErrorCode::Internal, QStringLiteral("this binary has no schema migrations compiled in"));
    if (current > latest) {
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("database %1 has schema version %2, newer than this spocs-coordinator "
                                        "understands (%3); upgrade spocs-coordinator or use a backup")
                             .arg(m_path)
                             .arg(current)
                             .arg(latest));
    }
    // Every migration not yet recorded runs, not only those above the highest recorded: two
    // branches may add 0011 and 0012 and land in either order, and a database made in between
    // must still get the one that landed second.
    QHash<int, QString> ours;
    for (const QString &name : migrationNames())
        ours.insert(versionOf(name), name);
    QSet<int> applied;
    {
        QSqlQuery q = prepare(QStringLiteral("SELECT version, name FROM schema_migrations"));
        if (!q.exec())
            return sqlError(q, "applied migrations");
        while (q.next()) {
            const int version = q.value(0).toInt();
            const QString recorded = q.value(1).toString();
            // Another change under the same number (a build of a branch whose migration was renumbered
            // when it landed): running on would skip this binary's migration without a word.
            if (ours.contains(version) && ours.value(version) != recorded) {
                return makeError(ErrorCode::Unavailable,
                                 QStringLiteral("database %1 has migration %2 as %3, but this spocs-coordinator has "
                                                "%4 under that number: another build changed it; use a backup or a "
                                                "new database")
                                     .arg(m_path)
                                     .arg(version)
                                     .arg(recorded, ours.value(version)));
            }
            applied.insert(version);
        }
    }
    for (const QString &name : migrationNames()) {
        const int version = versionOf(name);
        if (applied.contains(version))
            continue;
        QFile file(kMigrationDir + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Internal, QStringLiteral("missing migration %1").arg(name));
        const QString sql = QString::fromUtf8(file.readAll());
        auto applied = write([&]() -> Result<void> {
            for (const QString &statement : splitStatements(sql)) {
                if (auto r = exec(statement); !r)
                    return makeError(ErrorCode::Internal,
                                     QStringLiteral("migration %1 failed: %2").arg(name, r.error().message));
            }
            QSqlQuery record = prepare(QStringLiteral("INSERT INTO schema_migrations(version, name, applied_at) "
                                                      "VALUES (?, ?, ?)"));
            if (!execWith(record, { version, name, nowStamp() }))
                return sqlError(record, "record migration");
            return {};
        });
        if (!applied)
            return applied;
        qCInfo(lcStorage) << "applied migration" << name;
    }
    return {};
}

} // namespace spocs
