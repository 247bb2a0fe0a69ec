#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include "client/TrafficSimulator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>
#include <string>

using namespace spocs;
using namespace spocs::test;

namespace {

std::string str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

// Runs a simulation in this process until it finishes; returns its exit code.
std::optional<int> runSimulation(TrafficSimulator &simulator, QStringList *warnings = nullptr, int timeoutMs = 60000)
{
    std::optional<int> code;
    QObject::connect(&simulator, &TrafficSimulator::finished, &simulator, [&code](int c) { code = c; });
    if (warnings) {
        QObject::connect(&simulator, &TrafficSimulator::warning, &simulator,
                         [warnings](const QString &line) { warnings->append(line); });
    }
    simulator.start();
    (void)QTest::qWaitFor([&] { return code.has_value(); }, timeoutMs);
    return code;
}

TrafficSimulator::Options options(const CoordinatorProcess &coordinator)
{
    TrafficSimulator::Options o;
    o.server = coordinator.url();
    o.user = QStringLiteral("telephony");
    o.password = QStringLiteral("demo");
    o.seed = 42;
    o.summaryIntervalMs = 1000;
    return o;
}

QJsonObject contactById(Connection &lead, qint64 id)
{
    const Reply r = call(lead, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } });
    EXPECT_TRUE(r.ok) << errorName(r).toStdString();
    return r.data.value(QStringLiteral("contact")).toObject();
}

} // namespace

// With agents signed in, the simulated customers' contacts are offered, answered by the
// demo agents and closed with a reason and an outcome, as a lead would see in the queue.
TEST(SimulateIntegration, AgentsAnswerAndCloseSimulatedContacts)
{
    CoordinatorProcess coordinator;
    CoordinatorProcess::Options start;
    start.demoCustomers = 60;
    ASSERT_TRUE(coordinator.start(start)) << coordinator.output().toStdString();

    TrafficSimulator::Options o = options(coordinator);
    o.ratePerMinute = 90;
    o.durationSeconds = 6;
    o.agents = 5;
    o.speed = 40; // handling times of minutes become seconds
    TrafficSimulator simulator(o);
    QStringList lines;
    QObject::connect(&simulator, &TrafficSimulator::message, &simulator,
                     [&lines](const QString &line) { lines.append(line); });
    QStringList warnings;
    const std::optional<int> code = runSimulation(simulator, &warnings);
    ASSERT_TRUE(code.has_value()) << "the simulation did not finish";
    EXPECT_EQ(*code, 0);

    const TrafficSimulator::Stats stats = simulator.stats();
    EXPECT_GE(stats.created, 3);
    EXPECT_EQ(stats.created, stats.phone + stats.chat + stats.email);
    EXPECT_GE(stats.accepted, 1);
    EXPECT_GE(stats.closed, 1);
    EXPECT_GE(stats.tasks, stats.closed);
    EXPECT_EQ(stats.errors, 0) << warnings.join(u'\n').toStdString();
    // A start line, summaries along the way and a final summary.
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.first().contains(QStringLiteral("seed 42")));
    EXPECT_TRUE(lines.last().startsWith(QStringLiteral("simulation finished:"))) << lines.last().toStdString();

    // What the lead sees: the run's contacts are all over, answered ones by the demo agents.
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok);
    int closedByAgents = 0;
    int surveys = 0;
    const QList<qint64> created = simulator.createdContacts();
    ASSERT_EQ(created.size(), stats.created);
    for (qint64 id : created) {
        const QJsonObject contact = contactById(lead, id);
        EXPECT_EQ(str(contact, "state"), "closed") << id;
        const QString owner
            = contact.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString();
        if (owner.isEmpty())
            continue; // the caller hung up before anyone answered
        EXPECT_TRUE(owner.startsWith(QStringLiteral("agent"))) << owner.toStdString();
        EXPECT_LE(owner.mid(5).toInt(), 5) << owner.toStdString();
        EXPECT_FALSE(contact.value(QStringLiteral("reasons")).toArray().isEmpty()) << id;
        const std::string outcome = str(contact, "outcome");
        EXPECT_TRUE(outcome == "resolved" || outcome == "follow_up") << outcome;
        EXPECT_FALSE(str(contact, "answeredAt").empty()) << id;
        EXPECT_FALSE(contact.value(QStringLiteral("tasks")).toArray().isEmpty()) << id;
        surveys += contact.contains(QStringLiteral("survey")) ? 1 : 0;
        ++closedByAgents;
    }
    EXPECT_EQ(closedByAgents, stats.closed);
    EXPECT_EQ(surveys, stats.surveys);

    // The lead's floor counts today's answered contacts (the demo history ends yesterday).
    const Reply snapshot = call(lead, QStringLiteral("lead.snapshot"));
    ASSERT_TRUE(snapshot.ok) << errorName(snapshot).toStdString();
    int answeredToday = 0;
    int abandonedToday = 0;
    for (const QJsonValue &queue : snapshot.data.value(QStringLiteral("queues")).toArray()) {
        answeredToday += queue.toObject().value(QStringLiteral("answeredToday")).toInt();
        abandonedToday += queue.toObject().value(QStringLiteral("abandonedToday")).toInt();
    }
    EXPECT_EQ(answeredToday, stats.accepted);
    EXPECT_EQ(abandonedToday, stats.abandoned);
}

// Nobody answers: every caller eventually hangs up, and the contacts end abandoned.
TEST(SimulateIntegration, CallersWithoutAgentsAbandon)
{
    CoordinatorProcess coordinator;
    CoordinatorProcess::Options start;
    start.demoCustomers = 60;
    ASSERT_TRUE(coordinator.start(start)) << coordinator.output().toStdString();

    TrafficSimulator::Options o = options(coordinator);
    o.ratePerMinute = 120;
    o.durationSeconds = 4;
    o.speed = 30; // patience of a minute becomes two seconds
    TrafficSimulator simulator(o);
    QStringList warnings;
    const std::optional<int> code = runSimulation(simulator, &warnings);
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(*code, 0);
    const TrafficSimulator::Stats stats = simulator.stats();
    ASSERT_GE(stats.created, 2);
    EXPECT_EQ(stats.errors, 0) << warnings.join(u'\n').toStdString();
    EXPECT_EQ(stats.accepted, 0);
    EXPECT_EQ(stats.waiting, 0);

    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok);
    int abandoned = 0;
    for (qint64 id : simulator.createdContacts()) {
        const QJsonObject contact = contactById(lead, id);
        if (str(contact, "channel") == "email") {
            EXPECT_EQ(str(contact, "state"), "closed") << "closed at the end of the run";
            continue;
        }
        EXPECT_EQ(str(contact, "state"), "closed") << id;
        EXPECT_TRUE(contact.value(QStringLiteral("abandoned")).toBool()) << id;
        ++abandoned;
    }
    EXPECT_EQ(abandoned, stats.phone + stats.chat);
    EXPECT_EQ(stats.abandoned, stats.created);
}

// The command line: `spocs-coordinator simulate` signs in, prints its lines and exits 0;
// a wrong password ends it with exit code 1 and a message.
TEST(SimulateIntegration, CommandLineRunsAndExits)
{
    CoordinatorProcess coordinator;
    CoordinatorProcess::Options start;
    start.demoCustomers = 40;
    ASSERT_TRUE(coordinator.start(start)) << coordinator.output().toStdString();
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("demo\n");
    }
    QProcess process;
    process.start(QStringLiteral(SPOCS_COORDINATOR_BIN),
                  { QStringLiteral("simulate"), QStringLiteral("--server"), coordinator.url().toString(),
                    QStringLiteral("--password-file"), passwordFile, QStringLiteral("--rate"), QStringLiteral("60"),
                    QStringLiteral("--duration"), QStringLiteral("3"), QStringLiteral("--agents"), QStringLiteral("2"),
                    QStringLiteral("--speed"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("7") });
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("seed 7"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("simulation finished:"))) << out.toStdString();

    {
        QFile file(passwordFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("wrong\n");
    }
    process.start(QStringLiteral(SPOCS_COORDINATOR_BIN),
                  { QStringLiteral("simulate"), QStringLiteral("--server"), coordinator.url().toString(),
                    QStringLiteral("--password-file"), passwordFile, QStringLiteral("--duration"),
                    QStringLiteral("2") });
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("cannot sign in")));
}

// A fresh demo world already has a month of history: the lead's report shows contacts every day, abandoned
// callers, surveys and a Pareto of reasons; skills and the forward-only investor relations reason are set up.
TEST(SimulateIntegration, DemoHistoryFillsTheLeadsReport)
{
    CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start()) << coordinator.output().toStdString();
    Connection lead;
    ASSERT_TRUE(loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok);

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const Reply report = call(lead, QStringLiteral("report.get"),
                              { { QStringLiteral("from"), today.addDays(-30).toString(Qt::ISODate) },
                                { QStringLiteral("to"), today.addDays(-1).toString(Qt::ISODate) } });
    ASSERT_TRUE(report.ok) << errorName(report).toStdString();
    const QJsonObject totals = report.data.value(QStringLiteral("totals")).toObject();
    EXPECT_GE(totals.value(QStringLiteral("contacts")).toInt(), 30 * 30);
    EXPECT_GT(totals.value(QStringLiteral("abandoned")).toInt(), 0);
    EXPECT_GT(totals.value(QStringLiteral("csatCount")).toInt(), 100);
    EXPECT_GT(totals.value(QStringLiteral("transfersPerContact")).toDouble(), 0.0);
    EXPECT_GT(totals.value(QStringLiteral("consultsPerContact")).toDouble(), 0.0);
    EXPECT_GT(totals.value(QStringLiteral("repeatContacts")).toInt(), 0);
    const double serviceLevel = totals.value(QStringLiteral("serviceLevel")).toDouble();
    EXPECT_GT(serviceLevel, 0.5);
    EXPECT_LT(serviceLevel, 1.0);
    const double fcr = totals.value(QStringLiteral("fcrRate")).toDouble();
    EXPECT_GT(fcr, 0.7);
    EXPECT_LT(fcr, 0.95);
    const QJsonArray daily = report.data.value(QStringLiteral("daily")).toArray();
    ASSERT_EQ(daily.size(), 30);
    for (const QJsonValue &day : daily)
        EXPECT_GT(day.toObject().value(QStringLiteral("contacts")).toInt(), 10) << str(day.toObject(), "date");
    EXPECT_GE(report.data.value(QStringLiteral("byQueue")).toArray().size(), 4);
    const QJsonArray byReason = report.data.value(QStringLiteral("byReason")).toArray();
    ASSERT_GE(byReason.size(), 10);
    // Pareto-like: the top reason alone is a large share.
    EXPECT_GT(byReason.first().toObject().value(QStringLiteral("share")).toDouble(), 0.2);

    // Today is left to live traffic.
    const Reply now = call(lead, QStringLiteral("report.get"),
                           { { QStringLiteral("from"), today.toString(Qt::ISODate) },
                             { QStringLiteral("to"), today.toString(Qt::ISODate) } });
    ASSERT_TRUE(now.ok);
    EXPECT_EQ(now.data.value(QStringLiteral("totals")).toObject().value(QStringLiteral("contacts")).toInt(), 0);

    const Reply skills = call(lead, QStringLiteral("skill.list"));
    ASSERT_TRUE(skills.ok);
    QStringList codes;
    for (const QJsonValue &skill : skills.data.value(QStringLiteral("skills")).toArray())
        codes.append(skill.toObject().value(QStringLiteral("code")).toString());
    for (const char *code : { "general", "orders", "billing", "returns", "technical", "investor_relations" })
        EXPECT_TRUE(codes.contains(QLatin1String(code))) << code;

    const Reply reasons = call(lead, QStringLiteral("reason.list"));
    ASSERT_TRUE(reasons.ok);
    bool investorRelations = false;
    for (const QJsonValue &value : reasons.data.value(QStringLiteral("reasons")).toArray()) {
        const QJsonObject reason = value.toObject();
        if (str(reason, "code") == "orders.where") {
            EXPECT_EQ(str(reason, "skill"), "orders");
        }
        if (str(reason, "code") != "investor_relations")
            continue;
        investorRelations = true;
        EXPECT_TRUE(reason.value(QStringLiteral("forwardOnly")).toBool());
        EXPECT_EQ(str(reason, "skill"), "investor_relations");
        EXPECT_EQ(str(reason.value(QStringLiteral("forwardTo")).toObject(), "login"), "lead1");
    }
    EXPECT_TRUE(investorRelations);
}
