#include "models/DemandClassText.h"
#include "models/ReportModels.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

int columnOf(const QAbstractItemModel &model, const char *key)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal, ReportFiguresModel::RawRole).toString() == QLatin1String(key))
            return c;
    }
    return -1;
}

QJsonObject agentRow(const char *login, const char *name, const char *team, int handled, QJsonValue fcr, double aht,
                     int onTime, int due)
{
    return QJsonObject { { QStringLiteral("agent"), 1 },
                         { QStringLiteral("login"), QString::fromLatin1(login) },
                         { QStringLiteral("label"), QString::fromUtf8(name) },
                         { QStringLiteral("team"), QString::fromLatin1(team) },
                         { QStringLiteral("contacts"), handled },
                         { QStringLiteral("handled"), handled },
                         { QStringLiteral("outbound"), 1 },
                         { QStringLiteral("fcrRate"), fcr },
                         { QStringLiteral("ahtSec"), aht },
                         { QStringLiteral("asaSec"), 20.0 },
                         { QStringLiteral("transfersPerContact"), 0.3333 },
                         { QStringLiteral("consultsPerContact"), 1.0 },
                         { QStringLiteral("followUpsOnTime"), onTime },
                         { QStringLiteral("followUpsDue"), due },
                         { QStringLiteral("followUpOnTimeRate"),
                           due > 0 ? QJsonValue(double(onTime) / due) : QJsonValue(QJsonValue::Null) },
                         { QStringLiteral("csatAvg"), 4.0 },
                         { QStringLiteral("csatCount"), 2 },
                         { QStringLiteral("nps"), 33 },
                         { QStringLiteral("npsCount"), 3 } };
}

QJsonObject reportWithAgents()
{
    return QJsonObject {
        { QStringLiteral("from"), QStringLiteral("2026-03-02") },
        { QStringLiteral("to"), QStringLiteral("2026-03-03") },
        { QStringLiteral("totals"), QJsonObject { { QStringLiteral("contacts"), 7 } } },
        { QStringLiteral("byAgent"),
          QJsonArray { agentRow("agent1", "Anna Berger", "North", 3, 0.6667, 366.7, 1, 1),
                       agentRow("agent2", "Tomasz Nowicki", "North", 12, QJsonValue(), 120.0, 0, 0),
                       agentRow("agent3", "Léa Martin", "North", 7, 0.5, 200.0, 1, 2) } },
        { QStringLiteral("avoidableDemand"),
          QJsonObject { { QStringLiteral("contacts"), 4 },
                        { QStringLiteral("classified"), 6 },
                        { QStringLiteral("share"), 0.6667 } } },
        { QStringLiteral("team"), QStringLiteral("North") },
    };
}

} // namespace

TEST(AgentReportModel, ShowsOneRowPerAgentWithTheirFigures)
{
    ReportLoader loader;
    ReportFiguresModel *agents = loader.byAgent();
    QAbstractItemModelTester tester(agents, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(agents, &QAbstractItemModel::modelReset);
    loader.applyReport(reportWithAgents());
    EXPECT_EQ(reset.count(), 1);

    ASSERT_EQ(agents->rowCount(), 3) << "no totals row in the per-agent table";
    EXPECT_EQ(agents->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Agent"));
    EXPECT_EQ(cell(*agents, 0, 0), QStringLiteral("Anna Berger"));
    EXPECT_EQ(agents->data(agents->index(0, 0), ReportFiguresModel::KeyRole).toString(), QStringLiteral("agent1"));
    EXPECT_EQ(cell(*agents, 0, columnOf(*agents, "team")), QStringLiteral("North"));
    EXPECT_EQ(cell(*agents, 0, columnOf(*agents, "handled")), QStringLiteral("3"));
    EXPECT_EQ(cell(*agents, 0, columnOf(*agents, "outbound")), QStringLiteral("1")) << "calls and e-mails they started";
    EXPECT_EQ(agents->headerData(columnOf(*agents, "outbound"), Qt::Horizontal).toString(), QStringLiteral("Outbound"));
    EXPECT_TRUE(cell(*agents, 0, columnOf(*agents, "fcrRate")).startsWith(QStringLiteral("66.7")));
    EXPECT_EQ(cell(*agents, 0, columnOf(*agents, "ahtSec")), QStringLiteral("6:07")) << "366.7 s";
    EXPECT_EQ(cell(*agents, 0, columnOf(*agents, "followUpsOnTime")), QStringLiteral("1"));
    EXPECT_EQ(cell(*agents, 0, columnOf(*agents, "followUpsDue")), QStringLiteral("1"));
    EXPECT_EQ(cell(*agents, 0, columnOf(*agents, "nps")), QStringLiteral("33"));
    EXPECT_EQ(cell(*agents, 1, columnOf(*agents, "fcrRate")), QStringLiteral("–")) << "null: no figure";
    EXPECT_EQ(cell(*agents, 1, columnOf(*agents, "followUpOnTimeRate")), QStringLiteral("–"));
    // Columns the floor has but an agent does not (abandoned, service level) are not shown.
    EXPECT_EQ(columnOf(*agents, "abandoned"), -1);
    EXPECT_EQ(columnOf(*agents, "serviceLevel"), -1);

    EXPECT_EQ(loader.team(), QStringLiteral("North"));
    const ReportLoader::AvoidableDemand avoidable = loader.avoidableDemand();
    EXPECT_EQ(avoidable.contacts, 4);
    EXPECT_EQ(avoidable.classified, 6);
    EXPECT_DOUBLE_EQ(avoidable.share.value_or(-1), 0.6667);

    loader.clear();
    EXPECT_EQ(agents->rowCount(), 0);
    EXPECT_FALSE(loader.avoidableDemand().share.has_value());
}

TEST(AgentReportModel, SortsByNumberNotByText)
{
    ReportLoader loader;
    loader.applyReport(reportWithAgents());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(loader.byAgent());
    sorted.setSortRole(ReportFiguresModel::SortRole);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Handled 3, 12, 7: as text "12" would come before "3".
    sorted.sort(columnOf(*loader.byAgent(), "handled"), Qt::DescendingOrder);
    EXPECT_EQ(cell(sorted, 0, 0), QStringLiteral("Tomasz Nowicki"));
    EXPECT_EQ(cell(sorted, 1, 0), QStringLiteral("Léa Martin"));
    EXPECT_EQ(cell(sorted, 2, 0), QStringLiteral("Anna Berger"));

    // A missing FCR sorts below every real one.
    sorted.sort(columnOf(*loader.byAgent(), "fcrRate"), Qt::AscendingOrder);
    EXPECT_EQ(cell(sorted, 0, 0), QStringLiteral("Tomasz Nowicki"));
    EXPECT_EQ(cell(sorted, 2, 0), QStringLiteral("Anna Berger"));
}

TEST(AgentReportModel, DemandClassesSayWhatTheMethodMeans)
{
    EXPECT_TRUE(demandclass::shortText(QStringLiteral("a")).contains(QStringLiteral("avoidable")));
    EXPECT_TRUE(demandclass::shortText(QStringLiteral("b")).contains(QStringLiteral("immediate")));
    EXPECT_TRUE(demandclass::shortText(QStringLiteral("c")).contains(QStringLiteral("can wait")));
    EXPECT_TRUE(demandclass::description(QStringLiteral("a")).contains(QStringLiteral("eliminated at the root")));
    EXPECT_EQ(demandclass::shortText(QString()), QStringLiteral("–"));
}
