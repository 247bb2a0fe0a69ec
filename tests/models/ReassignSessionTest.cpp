#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/FollowUpModel.h"
#include "models/ReassignSession.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

using namespace spocs;
using namespace spocs::test;

namespace {

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
             { QStringLiteral("owner"), QJsonObject { { QStringLiteral("id"), 14 } } },
             { QStringLiteral("doneAt"), QJsonValue(QJsonValue::Null) },
             { QStringLiteral("updates"), QJsonArray {} } };
}

QJsonObject person(qint64 id, const QString &name)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("login"), QStringLiteral("u%1").arg(id) },
             { QStringLiteral("name"), name } };
}

class ReassignSessionTest : public ScriptedSessionTest
{
protected:
    const QString listOp = QString::fromUtf16(op::FollowUpList);
    const QString reassignOp = QString::fromUtf16(op::CustomerReassign);
};

} // namespace

TEST_F(ReassignSessionTest, ALeaversFollowUpsAreShownThenAllMoveToTheNewOwner)
{
    peer.answer(
        listOp,
        QJsonObject { { QStringLiteral("followUps"),
                        QJsonArray { followUp(41, QStringLiteral("Ann")), followUp(57, QStringLiteral("Ben")) } } });
    peer.answer(listOp, QJsonObject { { QStringLiteral("followUps"), QJsonArray {} } });
    peer.answer(reassignOp,
                QJsonObject { { QStringLiteral("customers"),
                                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("C-41") } },
                                             QJsonObject { { QStringLiteral("id"), QStringLiteral("C-57") } },
                                             QJsonObject { { QStringLiteral("id"), QStringLiteral("C-60") } } } },
                              { QStringLiteral("followUps"), QJsonArray { 41, 57 } },
                              { QStringLiteral("from"), person(14, QStringLiteral("Lea Ving")) },
                              { QStringLiteral("owner"), person(12, QStringLiteral("Hei Ress")) },
                              { QStringLiteral("backup"), QJsonValue::Null },
                              { QStringLiteral("by"), person(30, QStringLiteral("Lead")) } });
    ReassignSession session(&connection);
    QAbstractItemModelTester tester(session.followUps(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&session, &ReassignSession::followUpsLoaded);
    QSignalSpy moved(&session, &ReassignSession::reassigned);

    session.loadFollowUps(14);
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_EQ(loaded.at(0).at(0).toInt(), 2);
    EXPECT_EQ(lastArgs(listOp).value(QStringLiteral("owner")).toInteger(), 14);
    EXPECT_EQ(session.followUps()->rowCount(), 2);

    session.reassignAll(14, 12, 13);
    EXPECT_TRUE(session.isBusy());
    ASSERT_TRUE(moved.wait(5000));
    EXPECT_EQ(moved.at(0).at(0).toInt(), 3);
    EXPECT_EQ(moved.at(0).at(1).toInt(), 2);
    EXPECT_EQ(session.lastReassignment().owner.name, QStringLiteral("Hei Ress"));
    const QJsonObject args = lastArgs(reassignOp);
    EXPECT_EQ(args.value(QStringLiteral("from")).toInteger(), 14);
    EXPECT_EQ(args.value(QStringLiteral("owner")).toInteger(), 12);
    EXPECT_EQ(args.value(QStringLiteral("backup")).toInteger(), 13);
    EXPECT_FALSE(args.contains(QStringLiteral("customers")));
    // What is left with the leaver is loaded again: nothing.
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_EQ(session.followUps()->rowCount(), 0);
    EXPECT_FALSE(session.isBusy());
}

TEST_F(ReassignSessionTest, ARefusalIsReportedAndNothingChangesHere)
{
    peer.answer(listOp,
                QJsonObject { { QStringLiteral("followUps"), QJsonArray { followUp(41, QStringLiteral("Ann")) } } });
    peer.fail(reassignOp, ErrorCode::BadRequest, QJsonObject { { QStringLiteral("field"), QStringLiteral("owner") } });
    ReassignSession session(&connection);
    QSignalSpy loaded(&session, &ReassignSession::followUpsLoaded);
    QSignalSpy failed(&session, &ReassignSession::failed);
    QSignalSpy moved(&session, &ReassignSession::reassigned);
    session.loadFollowUps(14);
    ASSERT_TRUE(loaded.wait(5000));
    session.reassignAll(14, 99, std::nullopt);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().details.value(QStringLiteral("field")).toString(),
              QStringLiteral("owner"));
    EXPECT_TRUE(moved.isEmpty());
    EXPECT_FALSE(lastArgs(reassignOp).contains(QStringLiteral("backup")));
    EXPECT_EQ(session.followUps()->rowCount(), 1);
}
