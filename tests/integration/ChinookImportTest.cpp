// The Chinook sample database, converted to CSV with the sqlite3 CLI, imported with the
// real `spocs-coordinator import`, then read back through the real client.
#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include "coordinator/importing/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

const QString kPassword = QStringLiteral("chinook-secret-1");

// Chinook's sales support agents (Employee 3, 4, 5) become the customers' owners.
const QHash<int, QString> kOwners { { 3, QStringLiteral("jane.peacock") },
                                    { 4, QStringLiteral("margaret.park") },
                                    { 5, QStringLiteral("steve.johnson") } };

// SupportRepId -> owner, Country -> ISO code, ids -> public numbers (docs/import.md).
const char *const kCustomersSql
    = "SELECT 'C-' || (1000 + CustomerId) AS id, FirstName || ' ' || LastName AS name, Company AS company, "
      "Email AS emails, Phone AS phones, Address AS street, City AS city, PostalCode AS postcode, State AS region, "
      "CASE Country WHEN 'Argentina' THEN 'AR' WHEN 'Australia' THEN 'AU' WHEN 'Austria' THEN 'AT' "
      "WHEN 'Belgium' THEN 'BE' WHEN 'Brazil' THEN 'BR' WHEN 'Canada' THEN 'CA' WHEN 'Chile' THEN 'CL' "
      "WHEN 'Czech Republic' THEN 'CZ' WHEN 'Denmark' THEN 'DK' WHEN 'Finland' THEN 'FI' WHEN 'France' THEN 'FR' "
      "WHEN 'Germany' THEN 'DE' WHEN 'Hungary' THEN 'HU' WHEN 'India' THEN 'IN' WHEN 'Ireland' THEN 'IE' "
      "WHEN 'Italy' THEN 'IT' WHEN 'Netherlands' THEN 'NL' WHEN 'Norway' THEN 'NO' WHEN 'Poland' THEN 'PL' "
      "WHEN 'Portugal' THEN 'PT' WHEN 'Spain' THEN 'ES' WHEN 'Sweden' THEN 'SE' WHEN 'United Kingdom' THEN 'GB' "
      "WHEN 'USA' THEN 'US' END AS country, "
      "CASE SupportRepId WHEN 3 THEN 'jane.peacock' WHEN 4 THEN 'margaret.park' WHEN 5 THEN 'steve.johnson' END "
      "AS owner, 'A-' || (101000 + CustomerId) AS account, 'USD' AS currency FROM Customer ORDER BY CustomerId";
// Tracks are digital goods: always in stock.
const char *const kProductsSql
    = "SELECT 'TRK-' || TrackId AS sku, Name AS name, COALESCE(Composer, '') AS description, "
      "printf('%.2f', UnitPrice) AS price, 'USD' AS currency, 1000 AS stock_on_hand "
      "FROM Track ORDER BY TrackId";
// Chinook's invoices are history: paid.
const char *const kInvoicesSql
    = "SELECT 'I-' || (300000 + InvoiceId) AS number, 'C-' || (1000 + CustomerId) AS customer, "
      "InvoiceDate AS issued_on, 'USD' AS currency, 'paid' AS status, "
      "printf('%.2f', Total) AS total FROM Invoice ORDER BY InvoiceId";
const char *const kInvoiceLinesSql
    = "SELECT 'I-' || (300000 + InvoiceId) AS invoice, 'TRK-' || TrackId AS sku, Quantity AS quantity, "
      "printf('%.2f', UnitPrice) AS unit_price FROM InvoiceLine ORDER BY InvoiceLineId";

struct ProcessResult
{
    int code = -1;
    QString out;
    QString err;
};

ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &input = {},
                         const QString &stdoutFile = {})
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return { -1, {}, QStringLiteral("cannot start %1").arg(program) };
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

// Rows of a query on a SQLite file, through the sqlite3 CLI and our own CSV reader.
QList<QStringList> query(const QString &db, const QString &sql)
{
    const ProcessResult r = runProcess(QStringLiteral("sqlite3"), { QStringLiteral("-csv"), db, sql });
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    CsvReader reader(r.out.toUtf8());
    QList<QStringList> rows;
    CsvReader::Record record;
    while (reader.next(record)) {
        EXPECT_TRUE(record.error.isEmpty());
        rows.append(record.fields);
    }
    return rows;
}

qint64 cents(const QString &amount)
{
    return qRound64(amount.toDouble() * 100);
}

class ChinookImportTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        // Never write to shared/: work on a copy.
        s_chinook = s_dir->filePath(QStringLiteral("chinook.sqlite"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(SPOCS_SHARED_DATA_DIR "/chinook/Chinook_Sqlite.sqlite"), s_chinook));
        QFile::setPermissions(s_chinook, QFile::ReadOwner | QFile::WriteOwner);
        const QList<std::pair<QString, const char *>> exports {
            { QStringLiteral("customers.csv"), kCustomersSql },
            { QStringLiteral("products.csv"), kProductsSql },
            { QStringLiteral("invoices.csv"), kInvoicesSql },
            { QStringLiteral("invoice-lines.csv"), kInvoiceLinesSql },
        };
        for (const auto &[name, sql] : exports) {
            const ProcessResult r
                = runProcess(QStringLiteral("sqlite3"),
                             { QStringLiteral("-csv"), QStringLiteral("-header"), s_chinook, QString::fromUtf8(sql) },
                             {}, csv(name));
            ASSERT_EQ(r.code, 0) << name.toStdString() << ": " << r.err.toStdString();
        }
        // The same customers plus one whose owner does not exist.
        QFile good(csv(QStringLiteral("customers.csv")));
        ASSERT_TRUE(good.open(QIODevice::ReadOnly));
        const QByteArray goodCustomers = good.readAll();
        s_badLine = int(goodCustomers.count('\n')) + 1;
        QStringList badRow(13);
        badRow[0] = QStringLiteral("C-1999");
        badRow[1] = QStringLiteral("Bad Row");
        badRow[10] = QStringLiteral("nobody");
        QFile bad(csv(QStringLiteral("customers-bad.csv")));
        ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
        bad.write(goodCustomers + badRow.join(u',').toUtf8() + "\r\n");
        bad.close();

        s_db = s_dir->filePath(QStringLiteral("spocs.db"));
        addOwners(s_db);

        // One bad row: nothing is imported, the row is named.
        const ProcessResult rejected = import(s_db, QStringLiteral("customers-bad.csv"), false);
        s_rejected = new ProcessResult(rejected);

        const ProcessResult imported = import(s_db, QStringLiteral("customers.csv"), false);
        ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
        s_imported = new ProcessResult(imported);

        const QString config = s_dir->filePath(QStringLiteral("coordinator.conf"));
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // The test reads every invoice on one connection; the flood limit is not under test.
        file.write("[limits]\nrequests_per_second=100000\nrequest_burst=100000\n");
        file.close();
        s_coordinator = new CoordinatorProcess;
        CoordinatorProcess::Options options;
        options.databasePath = s_db;
        options.extraArgs = { QStringLiteral("--config"), config };
        ASSERT_TRUE(s_coordinator->start(options)) << s_coordinator->output().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_coordinator;
        delete s_rejected;
        delete s_imported;
        delete s_dir;
        s_coordinator = nullptr;
        s_rejected = s_imported = nullptr;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        ASSERT_NE(s_coordinator, nullptr);
        ASSERT_TRUE(loginAndWait(m_agent, s_coordinator->url(), QStringLiteral("jane.peacock"), kPassword).ok);
    }

    static QString csv(const QString &name) { return s_dir->filePath(name); }

    // The owners are created through the CLI, as an administrator would.
    static void addOwners(const QString &db)
    {
        const QList<std::pair<QString, QString>> users {
            { QStringLiteral("jane.peacock"), QStringLiteral("Jane Peacock") },
            { QStringLiteral("margaret.park"), QStringLiteral("Margaret Park") },
            { QStringLiteral("steve.johnson"), QStringLiteral("Steve Johnson") }
        };
        for (const auto &[login, name] : users) {
            const ProcessResult r
                = runProcess(QStringLiteral(SPOCS_COORDINATOR_BIN),
                             { QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), login,
                               QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--name"), name },
                             (kPassword + u'\n').toUtf8());
            ASSERT_EQ(r.code, 0) << r.err.toStdString();
        }
    }

    static ProcessResult import(const QString &db, const QString &customers, bool skipBadRows)
    {
        QStringList args { QStringLiteral("--db"),
                           db,
                           QStringLiteral("import"),
                           QStringLiteral("--customers"),
                           csv(customers),
                           QStringLiteral("--products"),
                           csv(QStringLiteral("products.csv")),
                           QStringLiteral("--invoices"),
                           csv(QStringLiteral("invoices.csv")),
                           QStringLiteral("--invoice-lines"),
                           csv(QStringLiteral("invoice-lines.csv")) };
        if (skipBadRows)
            args << QStringLiteral("--skip-bad-rows");
        return runProcess(QStringLiteral(SPOCS_COORDINATOR_BIN), args);
    }

    static QTemporaryDir *s_dir;
    static QString s_chinook;
    static QString s_db;
    static int s_badLine;
    static ProcessResult *s_rejected;
    static ProcessResult *s_imported;
    static CoordinatorProcess *s_coordinator;
    Connection m_agent;
};
QTemporaryDir *ChinookImportTest::s_dir = nullptr;
QString ChinookImportTest::s_chinook;
QString ChinookImportTest::s_db;
int ChinookImportTest::s_badLine = 0;
ProcessResult *ChinookImportTest::s_rejected = nullptr;
ProcessResult *ChinookImportTest::s_imported = nullptr;
CoordinatorProcess *ChinookImportTest::s_coordinator = nullptr;

QString customerIdOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("id")).toString() : value.toString();
}

} // namespace

TEST_F(ChinookImportTest, ImportReportsWhatItImported)
{
    EXPECT_EQ(s_imported->out.trimmed(),
              QStringLiteral("imported: 59 customers, 3503 products, 0 orders, 0 order lines, 412 invoices, "
                             "2240 invoice lines; skipped: 0 rows"));
}

TEST_F(ChinookImportTest, ImportWithOneBadRowChangesNothingAndNamesTheRow)
{
    EXPECT_EQ(s_rejected->code, 1);
    const QString expected = csv(QStringLiteral("customers-bad.csv"))
        + QStringLiteral(":%1: owner \"nobody\" is not a user").arg(s_badLine);
    EXPECT_TRUE(s_rejected->err.contains(expected)) << s_rejected->err.toStdString();
    EXPECT_TRUE(s_rejected->err.contains(QStringLiteral("nothing imported")));
    // The rejected run came first and left nothing: the counts are exactly Chinook's.
    EXPECT_EQ(query(s_db, QStringLiteral("SELECT COUNT(*) FROM customers")).value(0).value(0), QStringLiteral("59"));
    EXPECT_EQ(query(s_db, QStringLiteral("SELECT COUNT(*) FROM products")).value(0).value(0), QStringLiteral("3503"));
    EXPECT_EQ(query(s_db, QStringLiteral("SELECT COUNT(*) FROM invoices")).value(0).value(0), QStringLiteral("412"));
    const Reply missing
        = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1999") } });
    EXPECT_EQ(errorName(missing), QStringLiteral("not_found"));
}

TEST_F(ChinookImportTest, SkipBadRowsImportsTheRestAndListsTheSkippedRow)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("skip.db"));
    addOwners(db);
    const ProcessResult r = import(db, QStringLiteral("customers-bad.csv"), true);
    EXPECT_EQ(r.code, 1) << "bad rows were skipped: the exit code says so";
    EXPECT_EQ(r.out.trimmed(),
              QStringLiteral("imported: 59 customers, 3503 products, 0 orders, 0 order lines, "
                             "412 invoices, 2240 invoice lines; skipped: 1 rows"));
    EXPECT_TRUE(r.err.contains(csv(QStringLiteral("customers-bad.csv")) + QStringLiteral(":%1: owner").arg(s_badLine)));
    EXPECT_EQ(query(db, QStringLiteral("SELECT COUNT(*) FROM customers")).value(0).value(0), QStringLiteral("59"));
}

TEST_F(ChinookImportTest, EveryCustomerHasItsNameAndOwner)
{
    const auto customers = query(
        s_chinook, QStringLiteral("SELECT CustomerId, FirstName || ' ' || LastName, SupportRepId FROM Customer"));
    ASSERT_EQ(customers.size(), 59);
    for (const QStringList &row : customers) {
        const QString id = QStringLiteral("C-%1").arg(1000 + row.at(0).toInt());
        const Reply r = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), id } });
        ASSERT_TRUE(r.ok) << id.toStdString() << ": " << r.error.message.toStdString();
        const QJsonObject c = r.data.value(QStringLiteral("customer")).toObject();
        EXPECT_EQ(c.value(QStringLiteral("name")).toString().toUtf8(), row.at(1).toUtf8()) << id.toStdString();
        EXPECT_EQ(c.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString(),
                  kOwners.value(row.at(2).toInt()))
            << id.toStdString();
        EXPECT_EQ(c.value(QStringLiteral("account")).toObject().value(QStringLiteral("number")).toString(),
                  QStringLiteral("A-%1").arg(101000 + row.at(0).toInt()));
    }
    const Reply none
        = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1060") } });
    EXPECT_EQ(errorName(none), QStringLiteral("not_found"));
}

TEST_F(ChinookImportTest, NonAsciiNamesComeBackByteIdenticalAndAreFoundFolded)
{
    const QList<std::pair<QString, QString>> names {
        { QStringLiteral("C-1003"), QString::fromUtf8("François Tremblay") },
        { QStringLiteral("C-1004"), QString::fromUtf8("Bjørn Hansen") },
        { QStringLiteral("C-1034"), QString::fromUtf8("João Fernandes") },
        { QStringLiteral("C-1005"), QString::fromUtf8("František Wichterlová") },
        { QStringLiteral("C-1006"), QString::fromUtf8("Helena Holý") },
    };
    for (const auto &[id, name] : names) {
        const Reply r = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), id } });
        ASSERT_TRUE(r.ok) << id.toStdString();
        EXPECT_EQ(r.data.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString().toUtf8(),
                  name.toUtf8());
    }
    const QList<std::pair<QString, QString>> searches { { QStringLiteral("franc"), QStringLiteral("C-1003") },
                                                        { QStringLiteral("bjorn"), QStringLiteral("C-1004") },
                                                        { QStringLiteral("joão"), QStringLiteral("C-1034") },
                                                        { QStringLiteral("wichterlova"), QStringLiteral("C-1005") } };
    for (const auto &[q, id] : searches) {
        const Reply r = call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), q } });
        ASSERT_TRUE(r.ok) << q.toStdString();
        bool found = false;
        for (const QJsonValue &item : r.data.value(QStringLiteral("items")).toArray())
            found = found || item.toObject().value(QStringLiteral("id")).toString() == id;
        EXPECT_TRUE(found) << "searching " << q.toStdString() << " should find " << id.toStdString();
    }
}

TEST_F(ChinookImportTest, InvoiceTotalsPerCustomerMatchChinook)
{
    QHash<QString, qint64> expected;
    for (const QStringList &row : query(s_chinook,
                                        QStringLiteral("SELECT CustomerId, printf('%.2f', SUM(Total)) "
                                                       "FROM Invoice GROUP BY CustomerId")))
        expected.insert(QStringLiteral("C-%1").arg(1000 + row.at(0).toInt()), cents(row.at(1)));
    ASSERT_EQ(expected.size(), 59);

    // Stored totals, straight from the imported database.
    QHash<QString, qint64> stored;
    for (const QStringList &row :
         query(s_db,
               QStringLiteral("SELECT c.public_id, SUM(i.total_cents) FROM invoices i "
                              "JOIN customers c ON c.id = i.customer_id GROUP BY c.public_id")))
        stored.insert(row.at(0), row.at(1).toLongLong());
    EXPECT_EQ(stored, expected);

    // And what an agent sees: every invoice through invoice.explain.
    const auto invoices = query(s_chinook, QStringLiteral("SELECT InvoiceId FROM Invoice ORDER BY InvoiceId"));
    ASSERT_EQ(invoices.size(), 412);
    QHash<QString, qint64> seen;
    int lines = 0;
    for (const QStringList &row : invoices) {
        const QString number = QStringLiteral("I-%1").arg(300000 + row.at(0).toInt());
        const Reply r = call(m_agent, QStringLiteral("invoice.explain"), { { QStringLiteral("number"), number } });
        ASSERT_TRUE(r.ok) << number.toStdString() << ": " << r.error.message.toStdString();
        const QJsonObject invoice = r.data.value(QStringLiteral("invoice")).toObject();
        seen[customerIdOf(invoice.value(QStringLiteral("customer")))]
            += cents(invoice.value(QStringLiteral("total")).toString());
        lines += int(invoice.value(QStringLiteral("lines")).toArray().size());
        EXPECT_EQ(invoice.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    }
    EXPECT_EQ(lines, 2240);
    EXPECT_EQ(seen, expected);
}
