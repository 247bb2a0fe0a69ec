#include "models/ReportCsv.h"
#include "models/ReportModels.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST(ReportCsv, WriterQuotesOnlyWhatNeedsItAndTheReaderGivesItBack)
{
    const reportcsv::Table table {
        { QStringLiteral("Reason"), QStringLiteral("Contacts"), QStringLiteral("Share") },
        { QStringLiteral("Where is my order?"), QStringLiteral("12"), QStringLiteral("0.4") },
        { QStringLiteral("Billing, \"disputes\""), QStringLiteral("3"), QString() },
        { QStringLiteral("two\r\nlines"), QStringLiteral(" padded "), QStringLiteral("Ümlaut – €") },
    };
    const QString csv = reportcsv::write(table);
    EXPECT_TRUE(csv.startsWith(QStringLiteral("Reason,Contacts,Share\r\nWhere is my order?,12,0.4\r\n")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"Billing, \"\"disputes\"\"\",3,\r\n")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"two\r\nlines\",\" padded \",Ümlaut – €\r\n")));
    EXPECT_TRUE(csv.endsWith(QStringLiteral("\r\n")));

    QString error;
    const auto back = reportcsv::read(csv, &error);
    ASSERT_TRUE(back.has_value()) << qPrintable(error);
    EXPECT_EQ(*back, table);
}

TEST(ReportCsv, ReaderAcceptsLfAndAMissingFinalLineBreak)
{
    const auto rows = reportcsv::read(QStringLiteral("a,b\n1,\"x\"\n,"));
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(1), (QStringList { QStringLiteral("1"), QStringLiteral("x") }));
    EXPECT_EQ(rows->at(2), (QStringList { QString(), QString() }));
    EXPECT_TRUE(reportcsv::read(QString())->isEmpty());
}

TEST(ReportCsv, ReaderRejectsBrokenCsv)
{
    QString error;
    EXPECT_FALSE(reportcsv::read(QStringLiteral("a,\"open\r\n"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("line 1"))) << qPrintable(error);
    EXPECT_FALSE(reportcsv::read(QStringLiteral("a,b\r\nx\"y,z\r\n"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("line 2"))) << qPrintable(error);
    EXPECT_FALSE(reportcsv::read(QStringLiteral("\"a\"b\r\n")).has_value());
}

TEST(ReportCsv, EveryReportTableIsExportedAndParsesBackToTheShownFigures)
{
    ReportLoader loader;
    QJsonObject totals { { QStringLiteral("contacts"), 4 },
                         { QStringLiteral("answered"), 3 },
                         { QStringLiteral("handled"), 3 },
                         { QStringLiteral("abandoned"), 1 },
                         { QStringLiteral("fcrRate"), 2.0 / 3.0 },
                         { QStringLiteral("ahtSec"), 245.5 },
                         { QStringLiteral("asaSec"), 9.25 },
                         { QStringLiteral("serviceLevel"), 0.75 },
                         { QStringLiteral("abandonRate"), 0.25 },
                         { QStringLiteral("transfersPerContact"), 0.0 },
                         { QStringLiteral("consultsPerContact"), 1.0 / 3.0 },
                         { QStringLiteral("repeatContacts"), 1 },
                         { QStringLiteral("repeatRate"), 0.25 },
                         { QStringLiteral("csatAvg"), QJsonValue() },
                         { QStringLiteral("csatCount"), 0 },
                         { QStringLiteral("nps"), QJsonValue() },
                         { QStringLiteral("npsCount"), 0 } };
    QJsonObject general = totals;
    general.insert(QStringLiteral("queue"), QStringLiteral("general"));
    general.insert(QStringLiteral("label"), QStringLiteral("General, all agents"));
    QJsonObject day = totals;
    day.insert(QStringLiteral("date"), QStringLiteral("2026-11-21"));
    loader.applyReport(QJsonObject {
        { QStringLiteral("from"), QStringLiteral("2026-11-21") },
        { QStringLiteral("to"), QStringLiteral("2026-11-21") },
        { QStringLiteral("totals"), totals },
        { QStringLiteral("byQueue"), QJsonArray { general } },
        { QStringLiteral("daily"), QJsonArray { day } },
        { QStringLiteral("byReason"),
          QJsonArray { QJsonObject { { QStringLiteral("code"), QStringLiteral("billing.explain") },
                                     { QStringLiteral("label"), QStringLiteral("Explain the \"invoice\"") },
                                     { QStringLiteral("demandClass"), QStringLiteral("a") },
                                     { QStringLiteral("count"), 3 },
                                     { QStringLiteral("share"), 0.75 },
                                     { QStringLiteral("cumulativeShare"), 0.75 } } } },
        { QStringLiteral("byDemandClass"),
          QJsonArray { QJsonObject { { QStringLiteral("demandClass"), QStringLiteral("a") },
                                     { QStringLiteral("count"), 3 },
                                     { QStringLiteral("share"), 0.75 } } } },
    });

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    // By queue, with the totals row.
    const QString queuesPath = dir.filePath(QStringLiteral("queues.csv"));
    ASSERT_TRUE(reportcsv::writeFile(queuesPath, reportcsv::fromModel(*loader.byQueue(), ReportFiguresModel::RawRole)));
    auto queues = reportcsv::read(readAll(queuesPath));
    ASSERT_TRUE(queues.has_value());
    ASSERT_EQ(queues->size(), 3) << "header, general, total";
    EXPECT_EQ(queues->at(0).size(), 18);
    EXPECT_EQ(queues->at(0).at(0), QStringLiteral("Queue"));
    EXPECT_EQ(queues->at(0).at(5), QStringLiteral("FCR"));
    EXPECT_EQ(queues->at(1).at(0), QStringLiteral("general"));
    EXPECT_EQ(queues->at(1).at(1), QStringLiteral("4"));
    EXPECT_NEAR(queues->at(1).at(5).toDouble(), 2.0 / 3.0, 1e-9) << "rates are raw, not 66.7 %";
    EXPECT_EQ(queues->at(1).at(6), QStringLiteral("245.5")) << "seconds, not 4:06";
    EXPECT_EQ(queues->at(1).at(14), QString()) << "no CSAT: an empty cell";
    EXPECT_EQ(queues->at(2).at(0), QStringLiteral("Total"));

    // Daily.
    const QString dailyPath = dir.filePath(QStringLiteral("daily.csv"));
    ASSERT_TRUE(reportcsv::writeFile(dailyPath, reportcsv::fromModel(*loader.daily(), ReportFiguresModel::RawRole)));
    auto daily = reportcsv::read(readAll(dailyPath));
    ASSERT_TRUE(daily.has_value());
    ASSERT_EQ(daily->size(), 2);
    EXPECT_EQ(daily->at(1).at(0), QStringLiteral("2026-11-21"));
    EXPECT_EQ(daily->at(1).at(7), QStringLiteral("9.25"));

    // Pareto of reasons: the label with quotes survives.
    const QString reasonsPath = dir.filePath(QStringLiteral("reasons.csv"));
    ASSERT_TRUE(
        reportcsv::writeFile(reasonsPath, reportcsv::fromModel(*loader.byReason(), ReasonParetoModel::RawRole)));
    auto reasons = reportcsv::read(readAll(reasonsPath));
    ASSERT_TRUE(reasons.has_value());
    ASSERT_EQ(reasons->size(), 2);
    EXPECT_EQ(
        reasons->at(1),
        (QStringList { QStringLiteral("Explain the \"invoice\""), QStringLiteral("billing.explain"),
                       QStringLiteral("a"), QStringLiteral("3"), QStringLiteral("0.75"), QStringLiteral("0.75") }));

    // Demand classes.
    const QString classesPath = dir.filePath(QStringLiteral("classes.csv"));
    ASSERT_TRUE(
        reportcsv::writeFile(classesPath, reportcsv::fromModel(*loader.byDemandClass(), DemandClassModel::RawRole)));
    auto classes = reportcsv::read(readAll(classesPath));
    ASSERT_TRUE(classes.has_value());
    EXPECT_EQ(classes->at(1), (QStringList { QStringLiteral("a"), QStringLiteral("3"), QStringLiteral("0.75") }));

    QString error;
    EXPECT_FALSE(reportcsv::writeFile(dir.filePath(QStringLiteral("missing/dir/x.csv")), {}, &error));
    EXPECT_FALSE(error.isEmpty());
}
