#include "TestDatabase.h"

#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/RequestHandlers.h"
#include "core/Ops.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

// The handler set exactly as the running coordinator registers it.
struct RealHandlers
{
    test::TempDatabase db;
    ServerConfig config;
    std::unique_ptr<CoordinatorServer> server = std::make_unique<CoordinatorServer>(config, *db);
    RequestHandlers &handlers() { return server->handlers(); }
};

QStringList tableOps()
{
    QStringList ops;
    for (const OpInfo &info : allOps())
        ops.append(QString::fromUtf16(info.name));
    return ops;
}

std::string joined(const QStringList &list)
{
    return list.join(QStringLiteral(", ")).toStdString();
}

} // namespace

// An op listed in core/Ops.cpp without a handler would answer every caller "not implemented".
TEST(OpTable, EveryListedOpHasAHandler)
{
    RealHandlers real;
    const QStringList handled = real.handlers().handledOps();
    QStringList missing;
    for (const QString &op : tableOps()) {
        if (!handled.contains(op))
            missing.append(op);
    }
    EXPECT_TRUE(missing.isEmpty()) << "listed in core/Ops.cpp but no handler registered: " << joined(missing);
}

// A handler for an op missing from the table is unreachable: the dispatcher refuses the op first.
TEST(OpTable, EveryHandlerIsListedOnce)
{
    RealHandlers real;
    EXPECT_TRUE(real.handlers().unlistedOps().isEmpty())
        << "handlers registered for ops missing from core/Ops.cpp: " << joined(real.handlers().unlistedOps());
    EXPECT_TRUE(real.handlers().duplicateOps().isEmpty())
        << "ops registered twice: " << joined(real.handlers().duplicateOps());
    const QStringList table = tableOps();
    for (const QString &op : real.handlers().handledOps())
        EXPECT_TRUE(table.contains(op)) << op.toStdString();
}

// The check itself notices a handler for an op nobody listed, and one registered twice.
TEST(OpTable, RegistrationMistakesAreReported)
{
    RealHandlers real;
    const auto nothing = [](ClientSession *, Args &) -> Result<QJsonObject> {
        return QJsonObject {};
    };
    real.handlers().registerOp(QStringLiteral("customer.teleport"), nothing);
    real.handlers().registerOp(QString::fromUtf16(op::CustomerGet), nothing);
    EXPECT_EQ(real.handlers().unlistedOps(), QStringList { QStringLiteral("customer.teleport") });
    EXPECT_EQ(real.handlers().duplicateOps(), QStringList { QString::fromUtf16(op::CustomerGet) });
}

// Heavy reads (run on the read worker) are registered and checked like every other op.
TEST(OpTable, ReadsAreHandledOpsAndTheirMistakesAreReportedToo)
{
    RealHandlers real;
    EXPECT_TRUE(real.handlers().handledOps().contains(QString::fromUtf16(op::ReportGet)));
    const auto read = [](ClientSession *, Args &) -> Result<ReadWorker::Job> {
        return ReadWorker::Job([](Database &) -> Result<QJsonObject> { return QJsonObject {}; });
    };
    real.handlers().registerRead(QStringLiteral("report.teleport"), read);
    real.handlers().registerRead(QString::fromUtf16(op::CustomerGet), read);
    EXPECT_EQ(real.handlers().unlistedOps(), QStringList { QStringLiteral("report.teleport") });
    EXPECT_EQ(real.handlers().duplicateOps(), QStringList { QString::fromUtf16(op::CustomerGet) });
}

// Names are unique, lower-case and dotted, so clients and docs can rely on them.
TEST(OpTable, OpNamesAreUniqueAndDotted)
{
    const QRegularExpression shape(QStringLiteral("^[a-z]+(\\.[a-z][A-Za-z]*)+$"));
    QSet<QString> seen;
    for (const QString &op : tableOps()) {
        EXPECT_TRUE(shape.match(op).hasMatch()) << op.toStdString();
        EXPECT_FALSE(seen.contains(op)) << "listed twice: " << op.toStdString();
        seen.insert(op);
        EXPECT_NE(findOp(op), nullptr) << op.toStdString();
    }
}
