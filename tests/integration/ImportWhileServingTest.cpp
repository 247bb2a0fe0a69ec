#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include "coordinator/storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

// A large CSV import into the database a running coordinator serves: the import checks every
// row before it writes and then writes in short batches, so the desktops' writes are answered
// while it runs (instead of waiting for one long transaction and failing with a busy database),
// and every imported row arrives.

namespace {

constexpr int kImportedCustomers = 20000;

QString writeCustomersCsv(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("name,emails,phones,street,city,postcode,country,account,currency\n");
    for (int i = 0; i < kImportedCustomers; ++i) {
        file.write(QStringLiteral("Imported Person %1,imported%1@example.test,+49 30 %2,Main St %1,Berlin,10115,DE,"
                                  "A-7%3,EUR\n")
                       .arg(i)
                       .arg(10000000 + i)
                       .arg(i, 6, 10, QLatin1Char('0'))
                       .toUtf8());
    }
    return path;
}

qint64 countOf(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST(ImportWhileServing, DesktopWritesAreAnsweredDuringALargeImportAndEveryRowArrives)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start({ 50, {} })) << coordinator.output().toStdString();
    Connection agent;
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok);
    QTemporaryDir dir;
    const QString csv = writeCustomersCsv(dir);
    ASSERT_FALSE(csv.isEmpty());

    QProcess import;
    import.start(
        QStringLiteral(SPOCS_COORDINATOR_BIN),
        { QStringLiteral("--db"), coordinator.dbPath(), QStringLiteral("import"), QStringLiteral("--customers"), csv });
    ASSERT_TRUE(import.waitForStarted());

    // Notes on a customer and new customers (whose numbers the import has planned for its own
    // rows too), one after the other for as long as the import runs.
    int answeredDuringImport = 0;
    int created = 0;
    QStringList refused;
    // The loop ends when the import does (the test's time-out bounds it).
    for (int i = 0; import.state() != QProcess::NotRunning; ++i) {
        const Reply reply = i % 2 == 0
            ? callWrite(agent, QStringLiteral("customer.note.add"),
                        { { QStringLiteral("customer"), QStringLiteral("C-1001") },
                          { QStringLiteral("text"), QStringLiteral("note %1 during the import").arg(i) } })
            : call(agent, QStringLiteral("customer.create"),
                   { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                     { QStringLiteral("name"), QStringLiteral("Walk-in %1").arg(i) },
                     { QStringLiteral("force"), true } });
        const bool importStillRunning = import.state() != QProcess::NotRunning;
        if (!reply.ok)
            refused.append(QStringLiteral("%1 #%2: %3 %4")
                               .arg(QLatin1String(i % 2 == 0 ? "note" : "create"))
                               .arg(i)
                               .arg(errorName(reply), reply.error.message));
        else if (importStillRunning)
            ++answeredDuringImport;
        if (reply.ok && i % 2 == 1)
            ++created;
    }
    ASSERT_EQ(import.exitStatus(), QProcess::NormalExit);
    const QString out = QString::fromUtf8(import.readAllStandardOutput());
    const QString err = QString::fromUtf8(import.readAllStandardError());
    EXPECT_EQ(import.exitCode(), 0) << err.toStdString();
    EXPECT_TRUE(out.startsWith(QStringLiteral("imported: %1 customers").arg(kImportedCustomers))) << out.toStdString();
    EXPECT_TRUE(refused.isEmpty()) << refused.join(u'\n').toStdString() << "\n"
                                   << coordinator.output().right(3000).toStdString();
    // An import in one transaction leaves only its start-up for the writes (measured: 9 answered
    // and the rest refused as a busy database); in batches about 100 are answered here.
    EXPECT_GE(answeredDuringImport, 30);

    // Every imported customer is there, findable, with the new customers made meanwhile beside them.
    auto db = Database::openReadOnly(coordinator.dbPath());
    ASSERT_TRUE(db);
    EXPECT_EQ(countOf(**db,
                      QStringLiteral("SELECT COUNT(*) FROM customers c JOIN customer_emails e ON e.customer_id = c.id "
                                     "JOIN accounts a ON a.customer_id = c.id WHERE e.email LIKE 'imported%'")),
              kImportedCustomers);
    EXPECT_EQ(countOf(**db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name LIKE 'Walk-in %'")), created);
    EXPECT_EQ(countOf(**db, QStringLiteral("SELECT COUNT(*) FROM customers")), 50 + kImportedCustomers + created);
    EXPECT_EQ(countOf(**db, QStringLiteral("SELECT COUNT(*) FROM customer_search")), 50 + kImportedCustomers + created);
    const QString last = QStringLiteral("imported%1@example.test").arg(kImportedCustomers - 1);
    const Reply found = call(agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), last } });
    ASSERT_TRUE(found.ok) << found.error.message.toStdString();
    const QJsonArray items = found.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    EXPECT_EQ(items.first().toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Imported Person %1").arg(kImportedCustomers - 1));
}
