#include "client/OfflineOutbox.h"

#include "client/Log.h"
#include "core/Ops.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <array>

#include <algorithm>

namespace spocs {
namespace {

Error storageError(const QString &what, const QSqlError &error)
{
    // The driver's text names the file and the failure, never a record's content.
    return makeError(ErrorCode::Internal, QStringLiteral("offline outbox: %1: %2").arg(what, error.text()));
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

OfflineOutbox::OfflineOutbox(QObject *parent)
    : QObject(parent)
{ }

OfflineOutbox::~OfflineOutbox()
{
    close();
}

bool OfflineOutbox::keepsAcrossRestart(const QString &op, const QJsonObject &args)
{
    if (op == QStringView(op::FollowUpUpdate) && args.value(QStringLiteral("outbound")).toBool())
        return false;
    static constexpr std::array kOps { op::CustomerNoteAdd, op::ContactNotesSet,    op::OrderPlace,
                                       op::OrderChange,     op::OrderCancel,        op::AccountUpdate,
                                       op::ContactTaskAdd,  op::ContactTaskResolve, op::FollowUpUpdate,
                                       op::FollowUpDone };
    for (const char16_t *name : kOps) {
        if (op == QStringView(name))
            return true;
    }
    return false;
}

QString OfflineOutbox::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("outbox"));
}

QString OfflineOutbox::fileName(const QUrl &server, const QString &login)
{
    // Only characters every file system accepts; the port keeps two coordinators on one host apart.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    const auto safe = [](QString part) {
        return part.replace(unsafe, QStringLiteral("_"));
    };
    return QStringLiteral("%1@%2_%3.sqlite").arg(safe(login), safe(server.host())).arg(server.port(0));
}

Result<void> OfflineOutbox::open(const QString &filePath)
{
    close();
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Internal, QStringLiteral("offline outbox: cannot create its folder"));
    if (!info.exists()) {
        // Notes may hold personal data: the file is readable by its owner only, before anything is in it.
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Internal, QStringLiteral("offline outbox: cannot create the file"));
        file.close();
        QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString name = QStringLiteral("spocs-outbox-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        if (!db.open()) {
            const Error error = storageError(QStringLiteral("open"), db.lastError());
            db = {};
            QSqlDatabase::removeDatabase(name);
            return error;
        }
    }
    m_connectionName = name;
    m_filePath = filePath;
    if (auto loaded = load(); !loaded) {
        close();
        return loaded;
    }
    holdStaleWrites(QDateTime::currentDateTimeUtc());
    qCInfo(lcClient) << "offline outbox open with" << m_entries.size() << "writes";
    Q_EMIT changed();
    return {};
}

void OfflineOutbox::holdStaleWrites(const QDateTime &now)
{
    const QDateTime oldest = now.addDays(-kMaxReplayDays);
    const QList<Entry> entries = m_entries;
    for (const Entry &e : entries) {
        if (e.rejection || !e.createdAt.isValid() || e.createdAt >= oldest)
            continue;
        markRejected(
            e.cid,
            makeError(
                ErrorCode::InvalidState,
                QStringLiteral("kept unsent for more than %1 days: the server may have applied it").arg(kMaxReplayDays),
                QJsonObject { { QStringLiteral("heldDays"), kMaxReplayDays } }));
    }
}

Result<void> OfflineOutbox::load()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    // FULL: a write the agent saw as saved must survive a power cut too; one insert per user action is cheap.
    for (const QString &sql : { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                                QStringLiteral("CREATE TABLE IF NOT EXISTS outbox ("
                                               " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                               " cid TEXT NOT NULL UNIQUE,"
                                               " op TEXT NOT NULL,"
                                               " args TEXT NOT NULL,"
                                               " created_at TEXT NOT NULL,"
                                               " rejection TEXT)") }) {
        if (!q.exec(sql))
            return storageError(QStringLiteral("prepare"), q.lastError());
    }
    if (!q.exec(QStringLiteral("SELECT seq, cid, op, args, created_at, rejection FROM outbox ORDER BY seq")))
        return storageError(QStringLiteral("load"), q.lastError());
    m_entries.clear();
    while (q.next()) {
        Entry e;
        e.seq = q.value(0).toLongLong();
        e.cid = q.value(1).toString();
        e.op = q.value(2).toString();
        e.args = toObject(q.value(3).toString());
        e.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        if (!q.value(5).isNull())
            e.rejection = Error::fromJson(toObject(q.value(5).toString()));
        m_entries.append(e);
    }
    return {};
}

void OfflineOutbox::close()
{
    if (m_connectionName.isEmpty())
        return;
    const bool hadEntries = !m_entries.isEmpty();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_filePath.clear();
    m_entries.clear();
    if (hadEntries)
        Q_EMIT changed();
}

Result<OfflineOutbox::Entry> OfflineOutbox::append(const QString &op, const QJsonObject &args)
{
    if (!isOpen())
        return makeError(ErrorCode::Internal, QStringLiteral("offline outbox: not open"));
    Entry e;
    e.cid = args.value(QStringLiteral("cid")).toString();
    e.op = op;
    e.args = args;
    e.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO outbox(cid, op, args, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(e.cid);
    q.addBindValue(op);
    q.addBindValue(toText(args));
    q.addBindValue(e.createdAt.toString(Qt::ISODateWithMs));
    if (e.cid.isEmpty() || !q.exec())
        return storageError(QStringLiteral("append"), q.lastError());
    e.seq = q.lastInsertId().toLongLong();
    m_entries.append(e);
    Q_EMIT changed();
    return e;
}

bool OfflineOutbox::remove(const QString &cid)
{
    const int i = indexOf(cid);
    if (i < 0)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE cid = ?"));
    q.addBindValue(cid);
    if (!q.exec())
        qCWarning(lcClient) << "offline outbox: cannot remove a write:" << q.lastError().text();
    m_entries.removeAt(i);
    Q_EMIT changed();
    return true;
}

bool OfflineOutbox::markRejected(const QString &cid, const Error &error)
{
    const int i = indexOf(cid);
    if (i < 0)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE outbox SET rejection = ? WHERE cid = ?"));
    q.addBindValue(toText(error.toJson()));
    q.addBindValue(cid);
    if (!q.exec())
        qCWarning(lcClient) << "offline outbox: cannot record a rejection:" << q.lastError().text();
    m_entries[i].rejection = error;
    Q_EMIT changed();
    return true;
}

bool OfflineOutbox::retry(const QString &cid, const QJsonObject &args)
{
    const int i = indexOf(cid);
    const QString newCid = args.value(QStringLiteral("cid")).toString();
    if (i < 0 || newCid.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE outbox SET cid = ?, args = ?, rejection = NULL WHERE cid = ?"));
    q.addBindValue(newCid);
    q.addBindValue(toText(args));
    q.addBindValue(cid);
    if (!q.exec()) {
        qCWarning(lcClient) << "offline outbox: cannot retry a write:" << q.lastError().text();
        return false;
    }
    Entry &e = m_entries[i];
    e.cid = newCid;
    e.args = args;
    e.rejection.reset();
    Q_EMIT changed();
    return true;
}

std::optional<OfflineOutbox::Entry> OfflineOutbox::find(const QString &cid) const
{
    const int i = indexOf(cid);
    if (i < 0)
        return std::nullopt;
    return m_entries.at(i);
}

int OfflineOutbox::pendingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return !e.rejection; }));
}

int OfflineOutbox::rejectedCount() const
{
    return int(m_entries.size()) - pendingCount();
}

int OfflineOutbox::indexOf(const QString &cid) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).cid == cid)
            return i;
    }
    return -1;
}

} // namespace spocs
