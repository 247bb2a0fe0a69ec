#include "TestDatabase.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/importing/ImportCommand.h"
#include "coordinator/importing/Importer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace spocs;
using namespace spocs::test;

namespace {

class ImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        AuthStore auth(*db);
        ASSERT_TRUE(auth.addUserWithHash(QStringLiteral("agent3"), QStringLiteral("Agent Three"), Role::Agent,
                                         QStringLiteral("x")));
        ASSERT_TRUE(auth.addUserWithHash(QStringLiteral("agent4"), QStringLiteral("Agent Four"), Role::Agent,
                                         QStringLiteral("x")));
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = db.dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        return path;
    }

    Importer::Files smallWorld(const QByteArray &extraCustomer = {})
    {
        Importer::Files files;
        files.customers = file(
            QStringLiteral("customers.csv"),
            "\xEF\xBB\xBFid,name,company,emails,phones,street,city,postcode,country,owner,backup,flags,account,"
            "currency,language\r\n"
            "C-1,Fran\xC3\xA7ois Tremblay,\"Tremblay, Fils & \"\"Cie\"\"\",ftremblay@apple.example,"
            "+1 (514) 721-4711,1498 rue B\xC3\xA9langer,Montr\xC3\xA9\x61l,H2G 1A7,CA,agent3,agent4,vip,A-101001,USD,fr"
            "\r\n"
            "C-2,Bj\xC3\xB8rn Hansen,,\"bjorn@example.no; bh@work.example\",+47 22 44 22 22,Ullev\xC3\xA5lsveien 14,"
            "Oslo,0171,NO,agent4,,,A-101002,NOK,no\r\n"
                + extraCustomer);
        files.products = file(QStringLiteral("products.csv"),
                              "sku,name,description,price,currency,stock_on_hand,lead_time_days,discontinued\n"
                              "TRK-1,For Those About To Rock,\"AC/DC, 1981\",0.99,USD,1000,0,0\n"
                              "P-2,Headset,,49.9,USD,5,3,false\n");
        files.orders = file(QStringLiteral("orders.csv"),
                            "number,customer,status,currency,created_at,promised_on,shipping,tax\n"
                            "O-200001,C-1,delivered,USD,2024-03-01 10:00:00,2024-03-05,4.90,1.00\n");
        files.orderLines = file(QStringLiteral("order-lines.csv"),
                                "order,sku,quantity,unit_price\n"
                                "O-200001,TRK-1,2,\n"
                                "O-200001,P-2,1,45.00\n");
        files.invoices = file(QStringLiteral("invoices.csv"),
                              "number,customer,order,issued_on,due_on,currency,status,total,balance\n"
                              "I-300001,C-1,O-200001,2024-03-02,,USD,open,46.98,\n"
                              "I-300002,C-2,,2024-04-01T08:00:00Z,2024-05-01,NOK,paid,,\n"
                              "I-300003,C-2,,2024-04-02,,NOK,open,10.00,4.00\n");
        files.invoiceLines = file(QStringLiteral("invoice-lines.csv"),
                                  "invoice,line_no,sku,description,quantity,unit_price\n"
                                  "I-300001,1,TRK-1,,2,\n"
                                  "I-300001,2,P-2,,1,45.00\n"
                                  "I-300002,,,Consulting hour,3,80.00\n");
        return files;
    }

    TempDatabase db;
};

bool contains(const QStringList &problems, const QString &text)
{
    for (const QString &p : problems) {
        if (p.contains(text))
            return true;
    }
    return false;
}

QString joined(const QStringList &problems)
{
    return problems.join(u'\n');
}

} // namespace

TEST_F(ImporterTest, ImportsAllSixFilesWithTotalsBalancesAndSearchIndex)
{
    Importer importer(*db);
    const auto report = importer.run(smallWorld(), false);
    ASSERT_TRUE(report.committed) << joined(report.problems).toStdString();
    EXPECT_EQ(report.badRows, 0);
    EXPECT_EQ(report.customers, 2);
    EXPECT_EQ(report.products, 2);
    EXPECT_EQ(report.orders, 1);
    EXPECT_EQ(report.orderLines, 2);
    EXPECT_EQ(report.invoices, 3);
    EXPECT_EQ(report.invoiceLines, 3);
    EXPECT_EQ(report.summary(),
              QStringLiteral("imported: 2 customers, 2 products, 1 orders, 2 order lines, 3 invoices, 3 invoice lines; "
                             "skipped: 0 rows"));

    // Order: 2 x 0.99 + 45.00 = 46.98, plus shipping 4.90 and tax 1.00.
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT subtotal_cents FROM orders WHERE number = 'O-200001'")), 4698);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT total_cents FROM orders WHERE number = 'O-200001'")), 5288);
    // Invoice totals from lines; balances follow the status unless given.
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT balance_cents FROM invoices WHERE number = 'I-300001'")), 4698);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT total_cents FROM invoices WHERE number = 'I-300002'")), 24000);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT balance_cents FROM invoices WHERE number = 'I-300002'")), 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT balance_cents FROM invoices WHERE number = 'I-300003'")), 400);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT julianday(due_on) - julianday(issued_on) FROM invoices "
                                       "WHERE number = 'I-300001'")),
              30);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT balance_cents FROM accounts WHERE number = 'A-101001'")), 4698);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT balance_cents FROM accounts WHERE number = 'A-101002'")), 400);

    CustomerStore store(*db);
    auto view = store.get(QStringLiteral("C-1"));
    ASSERT_TRUE(view);
    const domain::Customer &c = view->customer;
    EXPECT_EQ(c.name, QString::fromUtf8("François Tremblay"));
    EXPECT_EQ(c.company, QStringLiteral("Tremblay, Fils & \"Cie\""));
    ASSERT_TRUE(c.owner && c.backup);
    EXPECT_EQ(c.owner->login, QStringLiteral("agent3"));
    EXPECT_EQ(c.backup->login, QStringLiteral("agent4"));
    EXPECT_EQ(c.language, QStringLiteral("fr"));
    ASSERT_TRUE(c.address);
    EXPECT_EQ(c.address->city, QString::fromUtf8("Montréal"));
    EXPECT_EQ(c.flags.value(0), QStringLiteral("vip"));
    const auto two = store.get(QStringLiteral("C-2"));
    ASSERT_TRUE(two);
    EXPECT_EQ(two->customer.emails.size(), 2);

    for (const auto &[query, id] : { std::pair { QStringLiteral("franc"), QStringLiteral("C-1") },
                                     std::pair { QStringLiteral("bjorn"), QStringLiteral("C-2") },
                                     std::pair { QStringLiteral("4711"), QStringLiteral("C-1") },
                                     std::pair { QStringLiteral("A-101002"), QStringLiteral("C-2") } }) {
        auto found = store.search(query, 10);
        ASSERT_TRUE(found);
        const QJsonArray items = found->value(QStringLiteral("items")).toArray();
        ASSERT_FALSE(items.isEmpty()) << query.toStdString();
        EXPECT_EQ(items.first().toObject().value(QStringLiteral("id")).toString(), id) << query.toStdString();
    }
}

TEST_F(ImporterTest, OneBadRowChangesNothingAndIsReportedWithFileAndLine)
{
    Importer importer(*db);
    const auto files = smallWorld("C-3,Nobody's Customer,,,,,,,,nobody,,,,,\r\n");
    const auto report = importer.run(files, false);
    EXPECT_FALSE(report.committed);
    EXPECT_EQ(report.badRows, 1) << joined(report.problems).toStdString();
    EXPECT_EQ(report.problems,
              QStringList { files.customers
                            + QStringLiteral(":4: owner \"nobody\" is not a user "
                                             "(add it with: user add)") });
    EXPECT_TRUE(report.summary().startsWith(QStringLiteral("nothing imported")));
    for (const char *table : { "customers", "products", "orders", "order_lines", "invoices", "invoice_lines",
                               "customer_search", "accounts", "customer_emails" })
        EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0) << table;
}

TEST_F(ImporterTest, SkipBadRowsImportsTheRestAndSkipsRowsThatDependOnBadOnes)
{
    Importer importer(*db);
    Importer::Files files = smallWorld("C-3,Nobody's Customer,,,,,,,,nobody,,,,,\r\n");
    files.invoices = file(QStringLiteral("invoices.csv"),
                          "number,customer,issued_on,currency,total\n"
                          "I-300001,C-1,2024-03-02,USD,5.00\n"
                          "I-300009,C-3,2024-03-02,USD,5.00\n");
    files.invoiceLines.clear();
    const auto report = importer.run(files, true);
    ASSERT_TRUE(report.committed);
    EXPECT_EQ(report.customers, 2);
    EXPECT_EQ(report.invoices, 1);
    EXPECT_EQ(report.badRows, 2);
    EXPECT_TRUE(contains(report.problems, files.customers + QStringLiteral(":4: owner")));
    EXPECT_TRUE(contains(report.problems, files.invoices + QStringLiteral(":3: customer C-3 does not exist")));
    EXPECT_TRUE(report.summary().endsWith(QStringLiteral("skipped: 2 rows")));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customer_search")), 2);
}

TEST_F(ImporterTest, EveryKindOfBadValueIsReportedOnItsOwnLine)
{
    Importer::Files files;
    files.customers = file(QStringLiteral("c.csv"),
                           "id,name,emails,phones,country,street,account,currency,created_at\n"
                           "C-10,Good One,,,,,,,\n"
                           "C-10,Duplicate,,,,,,,\n"
                           "X-11,Bad Id,,,,,,,\n"
                           "C-12,Bad Mail,not-an-address,,,,,,\n"
                           "C-13,Bad Phone,,12,,,,,\n"
                           "C-14,No Country,,,,Main St 1,,,\n"
                           "C-15,Account Without Currency,,,,,A-1,,\n"
                           "C-16,Bad Date,,,,,,,2024-02-30\n"
                           "C-17,Too,Few\n"
                           "C-18,Bad \xFF Name,,,,,,,\n"
                           ",,,,,,,,\n");
    files.products = file(QStringLiteral("p.csv"),
                          "sku,name,price,currency,stock_on_hand\n"
                          "S-1,Thing,\"12,50\",EUR,1\n"
                          "S-2,Thing,12.50,euro,1\n"
                          "S-3,Thing,12.50,EUR,-1\n"
                          "S-4,Thing,12.555,EUR,1\n");
    files.orders = file(QStringLiteral("o.csv"),
                        "number,customer,status,currency\n"
                        "O-1,C-10,lost,EUR\n"
                        "O-2,C-99,placed,EUR\n"
                        "O-3,C-10,placed,EUR\n");
    files.orderLines = file(QStringLiteral("ol.csv"),
                            "order,sku,quantity\n"
                            "O-3,NOPE,1\n"
                            "O-3,S-9,1\n"
                            "O-9,S-1,1\n");
    Importer importer(*db);
    const auto report = importer.run(files, false);
    EXPECT_FALSE(report.committed);
    const QStringList expected {
        files.customers + QStringLiteral(":3: customer C-10 already exists"),
        files.customers + QStringLiteral(":4: id \"X-11\" is not a customer number"),
        files.customers + QStringLiteral(":5: e-mail address \"not-an-address\" is not valid"),
        files.customers + QStringLiteral(":6: phone \"12\" needs 4 to 20 digits"),
        files.customers + QStringLiteral(":7: an address needs a country"),
        files.customers + QStringLiteral(":8: an account needs a currency"),
        files.customers + QStringLiteral(":9: created_at \"2024-02-30\" is not a date"),
        files.customers + QStringLiteral(":10: 3 fields, the header has 9"),
        files.customers + QStringLiteral(":11: invalid UTF-8"),
        files.customers + QStringLiteral(":12: name is empty"),
        files.products + QStringLiteral(":2: price \"12,50\" is not an amount"),
        files.products + QStringLiteral(":3: currency \"euro\""),
        files.products + QStringLiteral(":4: stock_on_hand \"-1\""),
        files.products + QStringLiteral(":5: price \"12.555\""),
        files.orders + QStringLiteral(":2: status \"lost\" is not one of"),
        files.orders + QStringLiteral(":3: customer C-99 does not exist"),
        files.orderLines + QStringLiteral(":2: product NOPE does not exist"),
        files.orderLines + QStringLiteral(":3: product S-9 does not exist"),
        files.orderLines + QStringLiteral(":4: order O-9 does not exist"),
        // With --skip-bad-rows O-3 would not be imported without its bad lines.
        files.orders + QStringLiteral(":4: order left out with all its lines: its line at ") + files.orderLines
            + QStringLiteral(":2 is bad"),
    };
    ASSERT_EQ(report.problems.size(), expected.size()) << joined(report.problems).toStdString();
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_TRUE(report.problems.at(i).startsWith(expected.at(i))) << report.problems.at(i).toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

TEST_F(ImporterTest, HeaderProblemsStopTheImportEvenWhenSkippingBadRows)
{
    Importer importer(*db);
    Importer::Files unknown;
    unknown.customers = file(QStringLiteral("u.csv"), "name,shoe_size\nAnna,38\n");
    auto report = importer.run(unknown, true);
    EXPECT_FALSE(report.committed);
    EXPECT_TRUE(report.fatal);
    EXPECT_TRUE(contains(report.problems, unknown.customers + QStringLiteral(":1: unknown column \"shoe_size\"")));

    Importer::Files missing;
    missing.products = file(QStringLiteral("m.csv"), "sku,name,currency\nS-1,Thing,EUR\n");
    report = importer.run(missing, true);
    EXPECT_FALSE(report.committed);
    EXPECT_TRUE(contains(report.problems, missing.products + QStringLiteral(":1: required column \"price\"")));

    Importer::Files absent;
    absent.products = db.dir.filePath(QStringLiteral("does-not-exist.csv"));
    report = importer.run(absent, true);
    EXPECT_FALSE(report.committed);
    EXPECT_TRUE(contains(report.problems, absent.products + QStringLiteral(": cannot read")));
}

TEST_F(ImporterTest, InvoiceTotalThatDisagreesWithItsLinesIsABadRow)
{
    Importer importer(*db);
    Importer::Files files = smallWorld();
    files.invoices = file(QStringLiteral("invoices.csv"),
                          "number,customer,issued_on,currency,total\n"
                          "I-300001,C-1,2024-03-02,USD,46.97\n"
                          "I-300002,C-1,2024-03-02,USD,\n");
    files.invoiceLines = file(QStringLiteral("invoice-lines.csv"),
                              "invoice,sku,quantity\n"
                              "I-300001,TRK-1,2\n"
                              "I-300001,P-2,1\n");
    auto report = importer.run(files, false);
    EXPECT_FALSE(report.committed);
    EXPECT_TRUE(
        contains(report.problems,
                 files.invoices + QStringLiteral(":2: total 46.97 does not match the sum of its lines (51.88)")))
        << joined(report.problems).toStdString();
    EXPECT_TRUE(contains(report.problems, files.invoices + QStringLiteral(":3: invoice I-300002 has neither")));

    report = importer.run(files, true);
    ASSERT_TRUE(report.committed);
    EXPECT_EQ(report.invoices, 0);
    EXPECT_EQ(report.invoiceLines, 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_lines")), 0);
}

TEST_F(ImporterTest, CustomersWithoutIdContinueAfterTheHighestNumber)
{
    Importer importer(*db);
    Importer::Files files;
    files.customers = file(QStringLiteral("c.csv"), "id,name\nC-1500,Given\n,First New\n,Second New\n");
    const auto report = importer.run(files, false);
    ASSERT_TRUE(report.committed) << joined(report.problems).toStdString();
    CustomerStore store(*db);
    EXPECT_TRUE(store.exists(QStringLiteral("C-1501")));
    EXPECT_TRUE(store.exists(QStringLiteral("C-1502")));
}

TEST_F(ImporterTest, CommandExitCodesAndSummary)
{
    const auto run = [&](const QStringList &args, QString *outText = nullptr, QString *errText = nullptr) {
        QString o, e;
        QTextStream out(&o), err(&e);
        const int code = runImportCommand(args, *db, out, err);
        if (outText)
            *outText = o;
        if (errText)
            *errText = e;
        return code;
    };
    EXPECT_EQ(run({}), 2);
    EXPECT_EQ(run({ QStringLiteral("--shoes"), QStringLiteral("x.csv") }), 2);
    EXPECT_EQ(run({ QStringLiteral("--customers") }), 2);

    const auto good = smallWorld();
    const QString bad = file(QStringLiteral("bad.csv"), "id,name,owner\nC-77,Someone,nobody\n");
    QString out, err;
    EXPECT_EQ(run({ QStringLiteral("--customers"), bad }, &out, &err), 1);
    EXPECT_TRUE(err.contains(bad + QStringLiteral(":2: owner \"nobody\""))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("nothing imported")));

    EXPECT_EQ(run({ QStringLiteral("--customers"), good.customers, QStringLiteral("--products=") + good.products,
                    QStringLiteral("--invoices"), good.invoices, QStringLiteral("--invoice-lines"), good.invoiceLines,
                    QStringLiteral("--orders"), good.orders, QStringLiteral("--order-lines"), good.orderLines },
                  &out, &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(out.startsWith(QStringLiteral("imported: 2 customers, 2 products, 1 orders"))) << out.toStdString();

    EXPECT_EQ(run({ QStringLiteral("--customers"), bad, QStringLiteral("--skip-bad-rows") }, &out, &err), 1);
    EXPECT_TRUE(out.contains(QStringLiteral("skipped: 1 rows"))) << out.toStdString();
}

TEST_F(ImporterTest, ABatchTheDatabaseRefusesStopsTheImportAndKeepsTheBatchesBeforeIt)
{
    // 1,200 customers are three batches (500, 500, 200); the database refuses C-1700, in the second.
    QByteArray csv = "id,name,emails\n";
    for (int i = 0; i < 1200; ++i)
        csv += QStringLiteral("C-%1,Person %1,p%1@example.test\n").arg(1000 + i).toUtf8();
    Importer::Files files;
    files.customers = file(QStringLiteral("many.csv"), csv);
    ASSERT_TRUE(db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON customers "
                                        "WHEN NEW.public_id = 'C-1700' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    Importer importer(*db);
    const auto report = importer.run(files, false);
    EXPECT_FALSE(report.committed);
    EXPECT_TRUE(report.stopped);
    EXPECT_EQ(report.customers, 500);
    EXPECT_EQ(report.batches, 1);
    ASSERT_EQ(report.problems.size(), 1);
    // C-1700 is on line 702; the refused batch starts with the 501st row, on line 502.
    EXPECT_TRUE(report.problems.first().startsWith(files.customers + QStringLiteral(":702: the database refused")))
        << report.problems.first().toStdString();
    EXPECT_TRUE(
        report.problems.first().contains(QStringLiteral("the rows before %1:502 were imported").arg(files.customers)))
        << report.problems.first().toStdString();
    EXPECT_TRUE(report.summary().startsWith(QStringLiteral("partly imported before the error above: 500 customers")));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 500);
    CustomerStore store(*db);
    EXPECT_TRUE(store.exists(QStringLiteral("C-1499")));
    EXPECT_FALSE(store.exists(QStringLiteral("C-1500")));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customer_search")), 500);

    // Run again without the cause, skipping what is there: the rest arrives.
    ASSERT_TRUE(db->exec(QStringLiteral("DROP TRIGGER refuse_one")));
    const auto again = importer.run(files, true);
    EXPECT_TRUE(again.committed);
    EXPECT_EQ(again.customers, 700);
    EXPECT_EQ(again.badRows, 500);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 1200);
}

// Regression: with --skip-bad-rows a bad line was left out and its order or invoice imported
// all the same, its totals short by that line.
TEST_F(ImporterTest, ABadLineLeavesItsOrderOrInvoiceOutWithAllItsLines)
{
    Importer::Files files = smallWorld();
    files.orderLines = file(QStringLiteral("order-lines.csv"),
                            "order,sku,quantity,unit_price\n"
                            "O-200001,TRK-1,2,\n"
                            "O-200001,NO-SUCH,1,\n"
                            "O-200001,P-2,1,45.00\n");
    files.invoiceLines = file(QStringLiteral("invoice-lines.csv"),
                              "invoice,line_no,sku,description,quantity,unit_price\n"
                              "I-300002,,,Consulting hour,3,80.00\n"
                              "I-300002,,,Travel,many,20.00\n");
    Importer importer(*db);
    const auto report = importer.run(files, true);
    ASSERT_TRUE(report.committed) << joined(report.problems).toStdString();
    const QString problems = joined(report.problems);
    EXPECT_TRUE(contains(report.problems,
                         files.orders + QStringLiteral(":2: order left out with all its lines: its line at ")
                             + files.orderLines + QStringLiteral(":3 is bad")))
        << problems.toStdString();
    EXPECT_TRUE(contains(report.problems, files.invoices + QStringLiteral(":3: invoice left out with all its lines")))
        << problems.toStdString();
    // I-300001 belongs to the order that was left out.
    EXPECT_TRUE(contains(report.problems, QStringLiteral("order O-200001 is left out"))) << problems.toStdString();
    EXPECT_EQ(report.orders, 0);
    EXPECT_EQ(report.orderLines, 0);
    EXPECT_EQ(report.invoices, 1) << "I-300003, which has no lines";
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines")), 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE number = 'I-300002'")), 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_lines")), 0);
    // The bad order line, the order and its two good lines; the bad invoice line, I-300002 and its
    // good line; I-300001 (its order is left out; it has no lines in these files).
    EXPECT_EQ(report.badRows, 4 + 3 + 1) << problems.toStdString();
}

// Regression: orders went in batches before their lines, so a stop between them left orders
// without lines that running the import again could not add ("not part of this import").
TEST_F(ImporterTest, AStopNeverLeavesAnOrderWithoutItsLines)
{
    QByteArray orders = "number,customer,status,currency,created_at\n";
    QByteArray lines = "order,sku,quantity\n";
    for (int i = 0; i < 600; ++i) {
        orders += QStringLiteral("O-%1,C-1,delivered,USD,2024-03-01\n").arg(210000 + i).toUtf8();
        lines += QStringLiteral("O-%1,P-2,1\n").arg(210000 + i).toUtf8();
    }
    Importer::Files files = smallWorld();
    files.orders = file(QStringLiteral("orders.csv"), orders);
    files.orderLines = file(QStringLiteral("order-lines.csv"), lines);
    files.invoices.clear();
    files.invoiceLines.clear();
    ASSERT_TRUE(
        db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse_line BEFORE INSERT ON order_lines WHEN NEW.order_id "
                                "= (SELECT id FROM orders WHERE number = 'O-210599') BEGIN "
                                "SELECT RAISE(ABORT, 'refused'); END")));
    Importer importer(*db);
    const auto report = importer.run(files, false);
    EXPECT_TRUE(report.stopped);
    EXPECT_GT(db.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 0) << "the batches before the stop stay";
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS "
                                       "(SELECT 1 FROM order_lines l WHERE l.order_id = o.id)")),
              0);

    // Without the cause, the same files again: the rest arrives, each order with its line.
    ASSERT_TRUE(db->exec(QStringLiteral("DROP TRIGGER refuse_line")));
    const auto again = importer.run(files, true);
    EXPECT_TRUE(again.committed) << joined(again.problems).toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE number LIKE 'O-21%'")), 600);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines")), 600);
}

// A stop after customers without an id were imported: running the same file again would add them
// a second time (nothing tells them from new ones), so the message says what to run instead.
TEST_F(ImporterTest, AStopAfterCustomersWithoutAnIdSaysHowToGoOnWithoutAddingThemTwice)
{
    QByteArray csv = "name\n";
    for (int i = 0; i < 700; ++i)
        csv += QStringLiteral("Person %1\n").arg(i).toUtf8();
    Importer::Files files;
    files.customers = file(QStringLiteral("new.csv"), csv);
    ASSERT_TRUE(db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON customers "
                                        "WHEN NEW.name = 'Person 600' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    Importer importer(*db);
    const auto report = importer.run(files, false);
    ASSERT_TRUE(report.stopped);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_TRUE(report.problems.first().contains(
        QStringLiteral("Customers without an id were given numbers: run the import again with only the customers "
                       "from %1:502 on")
            .arg(files.customers)))
        << report.problems.first().toStdString();
}

TEST_F(ImporterTest, ANumberTheCoordinatorGaveAwayDuringTheImportIsNotReused)
{
    // A walk-in customer gets C-1001 while the import writes: the import had planned that
    // number for its second row, which takes the next free one instead.
    ASSERT_TRUE(db->exec(QStringLiteral(
        "CREATE TEMP TRIGGER walk_in AFTER INSERT ON customers WHEN NEW.public_id = 'C-1000' BEGIN "
        "INSERT INTO customers(public_id, name, created_at, updated_at) VALUES ('C-1001', 'Walk-in', '', ''); END")));
    Importer::Files files;
    files.customers = file(QStringLiteral("c.csv"), "name\nFirst New\nSecond New\nThird New\n");
    Importer importer(*db);
    const auto report = importer.run(files, false);
    ASSERT_TRUE(report.committed) << joined(report.problems).toStdString();
    EXPECT_EQ(report.customers, 3);
    CustomerStore store(*db);
    const auto walkIn = store.get(QStringLiteral("C-1001"));
    ASSERT_TRUE(walkIn);
    EXPECT_EQ(walkIn->customer.name, QStringLiteral("Walk-in"));
    for (const auto &[id, name] : { std::pair { "C-1000", "First New" }, std::pair { "C-1002", "Third New" },
                                    std::pair { "C-1003", "Second New" } }) {
        const auto c = store.get(QString::fromLatin1(id));
        ASSERT_TRUE(c) << id;
        EXPECT_EQ(c->customer.name, QString::fromLatin1(name)) << id;
    }
}
