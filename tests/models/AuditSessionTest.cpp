#include "models/AuditSession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;

TEST(AuditLogModel, RowsShowWhoDidWhatAndKeepTheWireValuesForCsv)
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QJsonArray entries {
        QJsonObject { { QStringLiteral("id"), 12 },
                      { QStringLiteral("at"), QStringLiteral("2026-05-06T10:15:00.000Z") },
                      { QStringLiteral("action"), QStringLiteral("customer.get") },
                      { QStringLiteral("subject"), QStringLiteral("customer:C-1042") },
                      { QStringLiteral("detail"), QString() },
                      { QStringLiteral("user"),
                        QJsonObject { { QStringLiteral("id"), 3 },
                                      { QStringLiteral("login"), QStringLiteral("agent3") },
                                      { QStringLiteral("name"), QStringLiteral("<b>Jonas</b> Weber") } } } },
        QJsonObject { { QStringLiteral("id"), 11 },
                      { QStringLiteral("at"), QStringLiteral("2026-05-06T10:00:00.000Z") },
                      { QStringLiteral("action"), QStringLiteral("admin.user") },
                      { QStringLiteral("subject"), QStringLiteral("user:agent3") },
                      { QStringLiteral("detail"), QStringLiteral("user disable agent3 -> exit 0") } },
    };
    model.setEntries(entries);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), AuditLogModel::ColumnCount);
    EXPECT_EQ(model.index(0, AuditLogModel::User).data().toString(), QStringLiteral("<b>Jonas</b> Weber"));
    EXPECT_EQ(model.index(0, AuditLogModel::User).data(AuditLogModel::RawRole).toString(), QStringLiteral("agent3"));
    EXPECT_EQ(model.index(0, AuditLogModel::At).data(AuditLogModel::RawRole).toString(),
              QStringLiteral("2026-05-06T10:15:00.000Z"));
    EXPECT_EQ(model.index(1, AuditLogModel::User).data().toString(), QString()) << "a CLI action has no user";
    EXPECT_EQ(model.index(1, AuditLogModel::Detail).data().toString(), QStringLiteral("user disable agent3 -> exit 0"));

    AuditSession session(nullptr);
    session.model()->setEntries(entries);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    ASSERT_TRUE(session.exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.contains(QStringLiteral("2026-05-06T10:15:00.000Z,agent3,customer.get,customer:C-1042")))
        << csv.toStdString();
}
