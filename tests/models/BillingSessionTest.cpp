#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/BillingSession.h"
#include "models/CreditQueueModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

using namespace spocs;
using namespace spocs::test;

namespace {

domain::Invoice openInvoice(qint64 version)
{
    domain::Invoice invoice;
    invoice.number = QStringLiteral("I-300120");
    invoice.customer = QStringLiteral("C-1042");
    invoice.status = domain::InvoiceStatus::Open;
    invoice.total = domain::Money { 10000 };
    invoice.balance = domain::Money { 10000 };
    invoice.currency = QStringLiteral("EUR");
    invoice.version = version;
    return invoice;
}

domain::CreditRequest request(qint64 id, const QString &by, domain::CreditStatus status, qint64 version = 1)
{
    domain::CreditRequest r;
    r.id = id;
    r.customer = QStringLiteral("C-1042");
    r.invoice = QStringLiteral("I-300120");
    r.amount = domain::Money { 8000 };
    r.currency = QStringLiteral("EUR");
    r.reason = QStringLiteral("Broken on arrival");
    r.status = status;
    r.requestedBy = by;
    r.requestedAt = QStringLiteral("2026-12-06T10:00:00.000Z");
    r.version = version;
    return r;
}

class BillingSessionTest : public ScriptedSessionTest
{
protected:
    const QString creditOp = QString::fromUtf16(op::InvoiceCredit);
    const QString explainOp = QString::fromUtf16(op::InvoiceExplain);
    const QString listOp = QString::fromUtf16(op::CreditList);
    const QString decideOp = QString::fromUtf16(op::CreditDecide);
};

} // namespace

TEST_F(BillingSessionTest, CreditAboveTheLimitComesBackPendingWithTheNewInvoice)
{
    domain::Invoice after = openInvoice(4);
    after.pendingCredit = domain::Money { 8000 };
    after.creditRequests = { request(7, QStringLiteral("agent1"), domain::CreditStatus::PendingApproval) };
    peer.answer(creditOp,
                QJsonObject { { QStringLiteral("invoice"), after.toJson() },
                              { QStringLiteral("credit"), after.creditRequests.at(0).toJson() } });
    BillingSession session(&connection);
    session.setInvoice(openInvoice(3));
    ASSERT_TRUE(session.canCredit());
    ASSERT_TRUE(session.canDispute());
    EXPECT_FALSE(session.canWithdrawDispute());
    QSignalSpy saved(&session, &BillingSession::saved);
    QSignalSpy requested(&session, &BillingSession::creditRequested);

    session.requestCredit(domain::CreditKind::Credit, QStringLiteral(" 80.00 "), QStringLiteral("Broken on arrival"));
    EXPECT_TRUE(session.isBusy());
    ASSERT_TRUE(saved.wait(5000));
    const QJsonObject sent = lastArgs(creditOp);
    EXPECT_EQ(sent.value(QStringLiteral("invoice")).toString(), QStringLiteral("I-300120"));
    EXPECT_EQ(sent.value(QStringLiteral("amount")).toString(), QStringLiteral("80.00"));
    EXPECT_EQ(sent.value(QStringLiteral("kind")).toString(), QStringLiteral("credit"));
    EXPECT_EQ(sent.value(QStringLiteral("version")).toInteger(), 3);
    EXPECT_FALSE(sent.value(QStringLiteral("cid")).toString().isEmpty());
    ASSERT_EQ(requested.size(), 1);
    EXPECT_TRUE(requested.at(0).at(0).value<domain::CreditRequest>().isPending());
    EXPECT_EQ(session.invoice().version, 4);
    EXPECT_EQ(session.invoice().pendingCredit, domain::Money { 8000 });
    EXPECT_FALSE(session.isBusy());
}

TEST_F(BillingSessionTest, StaleVersionLoadsTheCurrentInvoiceAndSendingAgainUsesIt)
{
    domain::Invoice theirs = openInvoice(5);
    theirs.balance = domain::Money { 4000 };
    peer.fail(QString::fromUtf16(op::InvoiceDispute), ErrorCode::VersionConflict,
              QJsonObject { { QStringLiteral("current"), 5 } });
    peer.answer(explainOp, QJsonObject { { QStringLiteral("invoice"), theirs.toJson() } });
    BillingSession session(&connection);
    session.setInvoice(openInvoice(3));
    QSignalSpy conflict(&session, &BillingSession::conflict);
    QSignalSpy failed(&session, &BillingSession::failed);

    session.dispute(QStringLiteral("Never received it"));
    ASSERT_TRUE(conflict.wait(5000));
    EXPECT_EQ(failed.size(), 0);
    EXPECT_EQ(session.invoice().version, 5);
    EXPECT_EQ(session.invoice().balance, domain::Money { 4000 });

    domain::Invoice disputed = theirs;
    disputed.status = domain::InvoiceStatus::Disputed;
    disputed.version = 6;
    peer.forgetAnswers(QString::fromUtf16(op::InvoiceDispute));
    peer.answer(QString::fromUtf16(op::InvoiceDispute),
                QJsonObject { { QStringLiteral("invoice"), disputed.toJson() } });
    QSignalSpy saved(&session, &BillingSession::saved);
    session.dispute(QStringLiteral("Never received it"));
    ASSERT_TRUE(saved.wait(5000));
    EXPECT_EQ(lastArgs(QString::fromUtf16(op::InvoiceDispute)).value(QStringLiteral("version")).toInteger(), 5);
    EXPECT_TRUE(session.canWithdrawDispute());
    EXPECT_FALSE(session.canDispute());
}

TEST_F(BillingSessionTest, RefusalIsReportedAndNothingChanges)
{
    peer.fail(creditOp, ErrorCode::BadRequest,
              QJsonObject { { QStringLiteral("field"), QStringLiteral("amount") },
                            { QStringLiteral("available"), QStringLiteral("100.00") } });
    BillingSession session(&connection);
    session.setInvoice(openInvoice(3));
    QSignalSpy failed(&session, &BillingSession::failed);
    session.requestCredit(domain::CreditKind::Refund, QStringLiteral("500.00"), QStringLiteral("x"));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, ErrorCode::BadRequest);
    EXPECT_EQ(session.invoice().version, 3);
    EXPECT_EQ(sent(explainOp), 0);
}

TEST_F(BillingSessionTest, ApprovalQueueNamesWhoAskedNotTheirLogin)
{
    peer.answer(
        listOp,
        QJsonObject {
            { QStringLiteral("items"),
              QJsonArray { request(7, QStringLiteral("agent2"), domain::CreditStatus::PendingApproval).toJson(),
                           request(8, QStringLiteral("agent9"), domain::CreditStatus::PendingApproval).toJson() } } });
    peer.answer(QString::fromUtf16(op::PresenceList),
                QJsonObject { { QStringLiteral("users"),
                                QJsonArray { QJsonObject {
                                    { QStringLiteral("user"),
                                      QJsonObject { { QStringLiteral("id"), 2 },
                                                    { QStringLiteral("login"), QStringLiteral("agent2") },
                                                    { QStringLiteral("name"), QStringLiteral("Ben Ortiz") },
                                                    { QStringLiteral("role"), QStringLiteral("agent") } } },
                                    { QStringLiteral("state"), QStringLiteral("available") } } } } });
    BillingSession session(&connection);
    QAbstractItemModelTester tester(session.approvals(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&session, &BillingSession::approvalsLoaded);
    session.followApprovals();
    ASSERT_TRUE(loaded.wait(5000));
    const auto who = [&](qint64 id) {
        return session.approvals()->index(session.approvals()->rowOf(id), CreditQueueModel::RequestedByColumn).data();
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return who(7).toString() == QStringLiteral("Ben Ortiz"); }, 5000))
        << qPrintable(who(7).toString());
    EXPECT_EQ(who(8).toString(), QStringLiteral("agent9")) << "someone not listed keeps the login";
    const QModelIndex first = session.approvals()->index(session.approvals()->rowOf(7), 0);
    EXPECT_EQ(first.data(CreditQueueModel::RequestedByRole).toString(), QStringLiteral("agent2"));
}

TEST_F(BillingSessionTest, ApprovalQueueFollowsDecisionsAndEvents)
{
    peer.answer(
        listOp,
        QJsonObject {
            { QStringLiteral("items"),
              QJsonArray { request(7, QStringLiteral("agent2"), domain::CreditStatus::PendingApproval).toJson(),
                           request(8, QStringLiteral("agent3"), domain::CreditStatus::PendingApproval).toJson() } } });
    domain::CreditRequest applied = request(7, QStringLiteral("agent2"), domain::CreditStatus::Applied, 2);
    applied.decidedBy = QStringLiteral("agent1");
    peer.answer(decideOp, QJsonObject { { QStringLiteral("credit"), applied.toJson() } });
    BillingSession session(&connection);
    QAbstractItemModelTester tester(session.approvals(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&session, &BillingSession::approvalsLoaded);
    QSignalSpy decided(&session, &BillingSession::decided);

    session.followApprovals();
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_EQ(lastArgs(listOp).value(QStringLiteral("status")).toString(), QStringLiteral("pending_approval"));
    ASSERT_EQ(session.approvals()->rowCount(), 2);
    EXPECT_EQ(session.approvals()->index(0, CreditQueueModel::AmountColumn).data().toString().contains(u"80"), true);

    session.decide(7, true, QStringLiteral(" ok "));
    ASSERT_TRUE(decided.wait(5000));
    const QJsonObject args = lastArgs(decideOp);
    EXPECT_EQ(args.value(QStringLiteral("id")).toInteger(), 7);
    EXPECT_TRUE(args.value(QStringLiteral("approve")).toBool());
    EXPECT_EQ(args.value(QStringLiteral("note")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(args.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_EQ(session.approvals()->rowCount(), 1);
    EXPECT_EQ(session.approvals()->rowOf(7), -1);

    // Another lead's decision and a new request arrive as events.
    peer.publish(
        QStringLiteral("credits"), QString::fromUtf16(event::CreditUpdated),
        QJsonObject { { QStringLiteral("credit"),
                        request(9, QStringLiteral("agent4"), domain::CreditStatus::PendingApproval).toJson() } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.approvals()->rowOf(9) >= 0; }, 5000));
    peer.publish(QStringLiteral("credits"), QString::fromUtf16(event::CreditUpdated),
                 QJsonObject { { QStringLiteral("credit"),
                                 request(8, QStringLiteral("agent3"), domain::CreditStatus::Rejected, 2).toJson() } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.approvals()->rowOf(8) < 0; }, 5000));
    EXPECT_EQ(session.approvals()->rowCount(), 1);
}
