#pragma once

#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

// Helpers shared by the commerce integration tests (customer view, orders, billing).
namespace spocs::test::commerce {

inline QList<protocol::Event> eventsOf(const QSignalSpy &spy, const QString &kind = {})
{
    QList<protocol::Event> out;
    for (const auto &args : spy) {
        const auto e = args.at(0).value<protocol::Event>();
        if (kind.isEmpty() || e.kind == kind)
            out.append(e);
    }
    return out;
}

inline QJsonObject product(Connection &c, const QString &sku)
{
    const Reply r = call(c, QStringLiteral("product.get"), { { QStringLiteral("sku"), sku } });
    EXPECT_TRUE(r.ok) << sku.toStdString() << ": " << r.error.message.toStdString();
    return r.data.value(QStringLiteral("product")).toObject();
}

inline QJsonObject view(Connection &c, const QString &customer)
{
    const Reply r = call(c, QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } });
    EXPECT_TRUE(r.ok) << customer.toStdString() << ": " << r.error.message.toStdString();
    return r.data;
}

inline qint64 cents(const QJsonValue &money)
{
    const QString s = money.toString();
    const bool negative = s.startsWith(u'-');
    const QStringList parts = s.mid(negative ? 1 : 0).split(u'.');
    const qint64 v = parts.value(0).toLongLong() * 100 + parts.value(1).leftJustified(2, u'0').toLongLong();
    return negative ? -v : v;
}

inline QString freshCid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A read-only look at the coordinator's database (WAL allows a concurrent reader).
inline qint64 dbScalar(const QString &dbPath, const QString &sql)
{
    const QString name = QStringLiteral("commerce-test-") + freshCid();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace spocs::test::commerce
