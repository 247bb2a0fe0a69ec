#include "models/AuditSession.h"

#include "core/AuditDetail.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
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

TEST(AuditLogModel, ASearchCountReadsInTheUsersWordsAndOtherDetailsStayAsStored)
{
    EXPECT_EQ(auditdetail::resultCountOf(auditdetail::resultCount(1)), 1);
    EXPECT_EQ(auditdetail::resultCountOf(QStringLiteral("20 results")), 20);
    EXPECT_EQ(auditdetail::resultCountOf(QStringLiteral("-1 results")), std::nullopt);
    EXPECT_EQ(auditdetail::resultCountOf(QStringLiteral(" results")), std::nullopt);
    EXPECT_EQ(auditdetail::resultCountOf(QStringLiteral("from 127.0.0.1")), std::nullopt);

    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries({ QJsonObject { { QStringLiteral("action"), QStringLiteral("customer.search") },
                                     { QStringLiteral("detail"), QStringLiteral("3 results") } },
                       QJsonObject { { QStringLiteral("action"), QStringLiteral("auth.login") },
                                     { QStringLiteral("detail"), QStringLiteral("from 127.0.0.1") } } });
    const QModelIndex count = model.index(0, AuditLogModel::Detail);
    EXPECT_EQ(count.data().toString(), QCoreApplication::translate("spocs::AuditLogModel", "%n result(s)", nullptr, 3));
    EXPECT_EQ(count.data(AuditLogModel::RawRole).toString(), QStringLiteral("3 results"));
    EXPECT_EQ(model.index(1, AuditLogModel::Detail).data().toString(), QStringLiteral("from 127.0.0.1"));
}
