#pragma once

#include "coordinator/storage/Database.h"
#include "core/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

// The migrations live in a .qrc compiled into the static coordinator library; nothing
// references that object file, so register it explicitly (at global scope, as
// Q_INIT_RESOURCE requires).
inline void spocsInitMigrationResources()
{
    static const bool once = [] {
        Q_INIT_RESOURCE(migrations);
        return true;
    }();
    Q_UNUSED(once);
}

namespace spocs::test {

// A fresh coordinator database in its own temporary folder.
struct TempDatabase
{
    TempDatabase()
    {
        spocsInitMigrationResources();
        EXPECT_TRUE(dir.isValid());
        auto opened = Database::open(path());
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? QString() : opened.error().message).toStdString();
        if (opened.ok())
            db = std::move(opened).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("spocs.db")); }
    Database &operator*() { return *db; }
    Database *operator->() { return db.get(); }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = db->prepare(sql);
        EXPECT_TRUE(q.exec() && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

// A settable clock for expiry and lockout tests.
struct TestClock
{
    QDateTime now = QDateTime(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC);
    // This clock as the database's (Database::setClock), which the stores read "now" from.
    std::shared_ptr<const Clock> asClock() const
    {
        class Reader final : public Clock
        {
        public:
            explicit Reader(const TestClock *clock)
                : m_clock(clock)
            { }
            QDateTime now() const override { return m_clock->now; }

        private:
            const TestClock *m_clock;
        };
        return std::make_shared<Reader>(this);
    }
    void advance(qint64 seconds) { now = now.addSecs(seconds); }
};

} // namespace spocs::test
