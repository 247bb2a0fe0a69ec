// Team → Reassign Customers… against the scripted peer: the lead picks the leaver, sees their
// open follow-ups, picks the new owner and moves everything with Alt+R.
#include "support/ClientHelpers.h"
#include "support/ScriptedPeer.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "widgets/ReassignDialog.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;
using namespace spocs::test;

namespace {

QJsonObject userRow(qint64 id, const QString &login, const QString &name, const QString &role)
{
    return { { QStringLiteral("user"),
               QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("login"), login },
                             { QStringLiteral("name"), name },
                             { QStringLiteral("role"), role } } },
             { QStringLiteral("state"), QStringLiteral("available") } };
}

QJsonObject person(qint64 id, const QString &name)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("login"), QStringLiteral("u%1").arg(id) },
             { QStringLiteral("name"), name } };
}

QJsonObject followUp(qint64 contactId, const QString &customer)
{
    return { { QStringLiteral("contact"),
               QJsonObject { { QStringLiteral("id"), contactId },
                             { QStringLiteral("channel"), QStringLiteral("phone") },
                             { QStringLiteral("customer"),
                               QJsonObject { { QStringLiteral("id"), QStringLiteral("C-%1").arg(contactId) },
                                             { QStringLiteral("name"), customer } } },
                             { QStringLiteral("reasons"), QJsonArray {} } } },
             { QStringLiteral("due"), QStringLiteral("2030-01-15") },
             { QStringLiteral("owner"), person(14, QStringLiteral("Lea Ving")) },
             { QStringLiteral("doneAt"), QJsonValue(QJsonValue::Null) },
             { QStringLiteral("updates"), QJsonArray {} } };
}

} // namespace

TEST(ReassignDialog, LeadMovesALeaversCustomersAndFollowUpsToAColleague)
{
    ScriptedPeer peer;
    peer.user = QJsonObject { { QStringLiteral("id"), 30 },
                              { QStringLiteral("login"), QStringLiteral("lead1") },
                              { QStringLiteral("name"), QStringLiteral("Lead One") },
                              { QStringLiteral("role"), QStringLiteral("lead") } };
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("lead1")).ok);
    peer.answer(QString::fromUtf16(op::PresenceList),
                QJsonObject {
                    { QStringLiteral("users"),
                      QJsonArray {
                          userRow(12, QStringLiteral("agent12"), QStringLiteral("Hei Ress"), QStringLiteral("agent")),
                          userRow(14, QStringLiteral("agent14"), QStringLiteral("Lea Ving"), QStringLiteral("agent")),
                          userRow(40, QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("admin")) } } });
    const QString listOp = QString::fromUtf16(op::FollowUpList);
    peer.answer(listOp,
                QJsonObject { { QStringLiteral("followUps"),
                                QJsonArray { followUp(41, QStringLiteral("Ann Customer")),
                                             followUp(57, QStringLiteral("Ben Customer")) } } });
    peer.answer(listOp, QJsonObject { { QStringLiteral("followUps"), QJsonArray {} } });
    const QString reassignOp = QString::fromUtf16(op::CustomerReassign);
    peer.answer(reassignOp,
                QJsonObject { { QStringLiteral("customers"),
                                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("C-41") } },
                                             QJsonObject { { QStringLiteral("id"), QStringLiteral("C-57") } } } },
                              { QStringLiteral("followUps"), QJsonArray { 41, 57 } },
                              { QStringLiteral("from"), person(14, QStringLiteral("Lea Ving")) },
                              { QStringLiteral("owner"), person(12, QStringLiteral("Hei Ress")) },
                              { QStringLiteral("backup"), QJsonValue::Null },
                              { QStringLiteral("by"), person(30, QStringLiteral("Lead One")) } });

    ReassignDialog dialog(&connection);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *from = dialog.findChild<QComboBox *>(QStringLiteral("reassignFromCombo"));
    auto *to = dialog.findChild<QComboBox *>(QStringLiteral("reassignToCombo"));
    auto *list = dialog.findChild<QTreeView *>(QStringLiteral("reassignFollowUps"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("reassignButton"));
    ASSERT_TRUE(from && to && list && button);
    ASSERT_TRUE(QTest::qWaitFor([&] { return from->count() == 3; }, 5000)) << "the two agents, not the admin";
    EXPECT_FALSE(button->isEnabled());

    dialog.setFrom(14);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 2; }, 5000));
    EXPECT_EQ(peer.requestsFor(listOp).last().request.args.value(QStringLiteral("owner")).toInteger(), 14);
    EXPECT_FALSE(button->isEnabled()) << "no new owner yet";
    to->setCurrentIndex(to->findData(qint64(14)));
    EXPECT_FALSE(button->isEnabled()) << "not to themselves";
    to->setCurrentIndex(to->findData(qint64(12)));
    ASSERT_TRUE(button->isEnabled());
    if (const QString shot = qEnvironmentVariable("SPOCS_REASSIGN_SCREENSHOT"); !shot.isEmpty()) {
        EXPECT_TRUE(dialog.grab().save(shot));
        std::cout << "screenshot: " << qPrintable(shot) << std::endl;
    }

    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.statusText().contains(QStringLiteral("Hei Ress")); }, 5000))
        << qPrintable(dialog.statusText());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Moved 2"))) << qPrintable(dialog.statusText());
    const QJsonObject args = peer.requestsFor(reassignOp).last().request.args;
    EXPECT_EQ(args.value(QStringLiteral("from")).toInteger(), 14);
    EXPECT_EQ(args.value(QStringLiteral("owner")).toInteger(), 12);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 0; }, 5000)) << "nothing left with them";
}
