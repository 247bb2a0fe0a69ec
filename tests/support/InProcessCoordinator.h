#pragma once

// Header-only: only the suites that link Spocs::Coordinator (and SQLite::SQLite3, for
// FailingCommits) include it; the shared support library links neither.

#include "coordinator/auth/AuthStore.h"
#include "coordinator/demo/DemoSeeder.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/ServerConfig.h"
#include "coordinator/storage/Database.h"

#include <QByteArray>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>

#include <memory>

namespace spocs::test {

// The real CoordinatorServer in the test's own process: a demo world in a temporary database,
// staff and visitor endpoints on free loopback ports. For the tests that reach into the service
// (its SQLite connection) while real clients talk to it over its sockets; every other test
// starts the binary (CoordinatorProcess).
class InProcessCoordinator
{
public:
    ~InProcessCoordinator()
    {
        m_server.reset(); // commits what is open, while the database is still there
        m_db.reset();
    }

    // `configFile`: an INI file as --config reads it (empty: the defaults). False with the reason.
    bool start(int demoCustomers, const QString &configFile = {}, QString *error = nullptr)
    {
        const auto failed = [error](const QString &why) {
            if (error)
                *error = why;
            return false;
        };
        if (!m_dir.isValid())
            return failed(QStringLiteral("no temporary folder"));
        ServerConfig config;
        if (!configFile.isEmpty()) {
            if (auto r = config.loadFile(configFile); !r)
                return failed(r.error().message);
        }
        if (auto r = config.setListen(QStringLiteral("127.0.0.1:0")); !r)
            return failed(r.error().message);
        config.web.port = 0;
        config.dbPath = m_dir.filePath(QStringLiteral("coordinator.db"));
        auto opened = Database::open(config.dbPath);
        if (!opened)
            return failed(opened.error().message);
        m_db = std::move(opened).value();
        AuthStore auth(*m_db, config.auth);
        if (auto seeded = DemoSeeder::seed(*m_db, auth, demoCustomers); !seeded)
            return failed(seeded.error().message);
        m_server = std::make_unique<CoordinatorServer>(config, *m_db);
        if (auto r = m_server->start(); !r)
            return failed(r.error().message);
        return true;
    }

    CoordinatorServer &server() { return *m_server; }
    Database &db() { return *m_db; }
    QUrl url() const { return m_server->url(); }
    // The web endpoint's visitor WebSocket: ws://127.0.0.1:PORT/visitor.
    QUrl visitorUrl() const
    {
        QUrl url = m_server->webUrl();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/visitor"));
        return url;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CoordinatorServer> m_server;
};

// Turns COMMITs on the coordinator's SQLite connection into rollbacks, as a full disk or a failing
// device would: SQLite's own commit hook (a non-zero return makes the COMMIT fail and roll back),
// set on the handle Qt's driver holds. Either every commit while failEvery() holds, or only those
// of a transaction that prepared a write to one table (the authorizer sees it; the update hook
// would not, it skips WITHOUT ROWID tables such as survey_tokens).
class FailingCommits
{
public:
    explicit FailingCommits(Database &db)
    {
        const QVariant handle = db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        if (!m_handle)
            return;
        sqlite3_commit_hook(m_handle, &FailingCommits::onCommit, this);
        sqlite3_rollback_hook(m_handle, &FailingCommits::onRollback, this);
        sqlite3_set_authorizer(m_handle, &FailingCommits::onPrepare, this);
    }
    ~FailingCommits()
    {
        if (!m_handle)
            return;
        sqlite3_commit_hook(m_handle, nullptr, nullptr);
        sqlite3_rollback_hook(m_handle, nullptr, nullptr);
        sqlite3_set_authorizer(m_handle, nullptr, nullptr);
    }
    FailingCommits(const FailingCommits &) = delete;
    FailingCommits &operator=(const FailingCommits &) = delete;

    bool installed() const { return m_handle != nullptr; }
    void failEvery() { m_every = true; }
    void failWriting(const QByteArray &table) { m_table = table; }
    void stop()
    {
        m_every = false;
        m_table.clear();
    }
    // Commits turned into rollbacks so far.
    int failed() const { return m_failed; }

private:
    static int onCommit(void *self)
    {
        auto *me = static_cast<FailingCommits *>(self);
        const bool fail = me->m_every || (!me->m_table.isEmpty() && me->m_wroteTable);
        me->m_wroteTable = false;
        me->m_failed += fail;
        return fail ? 1 : 0;
    }
    static void onRollback(void *self) { static_cast<FailingCommits *>(self)->m_wroteTable = false; }
    static int onPrepare(void *self, int action, const char *table, const char *, const char *, const char *)
    {
        auto *me = static_cast<FailingCommits *>(self);
        const bool writes = action == SQLITE_INSERT || action == SQLITE_UPDATE || action == SQLITE_DELETE;
        if (writes && !me->m_table.isEmpty() && me->m_table == table)
            me->m_wroteTable = true;
        return SQLITE_OK;
    }

    sqlite3 *m_handle = nullptr;
    bool m_every = false;
    QByteArray m_table;
    bool m_wroteTable = false;
    int m_failed = 0;
};

} // namespace spocs::test
