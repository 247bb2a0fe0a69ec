#include "CommerceTestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::commerce;

// Credit notes, refunds (four-eyes above [billing] credit_limit) and disputes, driven by two
// agents and a lead on the real coordinator.
namespace {

class CreditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString config = m_dir.filePath(QStringLiteral("billing.ini"));
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[billing]\ncredit_limit=5.00\n");
        file.close();
        CoordinatorProcess::Options options;
        options.extraArgs = { QStringLiteral("--config"), config };
        ASSERT_TRUE(m_coordinator.start(options)) << m_coordinator.output().toStdString();
        ASSERT_TRUE(loginAndWait(m_agent, m_coordinator.url(), QStringLiteral("agent1")).ok);
        ASSERT_TRUE(loginAndWait(m_other, m_coordinator.url(), QStringLiteral("agent2")).ok);
        ASSERT_TRUE(loginAndWait(m_lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    }

    struct Found
    {
        QString customer;
        QJsonObject invoice; // the summary from customer.get
        QString number() const { return invoice.value(QStringLiteral("number")).toString(); }
        qint64 balance() const { return cents(invoice.value(QStringLiteral("balance"))); }
    };

    // A demo customer's open invoice with at least 50.00 open; overdue or not as asked.
    Found openInvoice(bool overdue, const QString &after = {})
    {
        for (int n = 1000; n < 1200; ++n) {
            const QString id = QStringLiteral("C-%1").arg(n);
            if (!after.isEmpty() && id <= after)
                continue;
            for (const QJsonValue &v : view(m_agent, id).value(QStringLiteral("invoices")).toArray()) {
                const QJsonObject inv = v.toObject();
                if (inv.value(QStringLiteral("status")).toString() == u"open"
                    && inv.value(QStringLiteral("overdue")).toBool() == overdue
                    && cents(inv.value(QStringLiteral("balance"))) >= 5000)
                    return { id, inv };
            }
        }
        ADD_FAILURE() << "no suitable open invoice in the demo data";
        return {};
    }

    Reply credit(Connection &c, const QString &invoice, const QString &amount, const QString &kind = {})
    {
        QJsonObject args { { QStringLiteral("invoice"), invoice },
                           { QStringLiteral("amount"), amount },
                           { QStringLiteral("reason"), QStringLiteral("Router arrived broken") } };
        if (!kind.isEmpty())
            args.insert(QStringLiteral("kind"), kind);
        return callWrite(c, QStringLiteral("invoice.credit"), args);
    }

    Reply decide(Connection &c, qint64 id, bool approve, const QString &note = {})
    {
        QJsonObject args { { QStringLiteral("id"), id }, { QStringLiteral("approve"), approve } };
        if (!note.isEmpty())
            args.insert(QStringLiteral("note"), note);
        return callWrite(c, QStringLiteral("credit.decide"), args);
    }

    qint64 accountBalance(const QString &customer)
    {
        return cents(
            view(m_agent, customer).value(QStringLiteral("balance")).toObject().value(QStringLiteral("amount")));
    }

    // Whether an invoice.updated event whose invoice summary matches has reached the spy.
    static bool waitForInvoiceEvent(const QSignalSpy &events, const std::function<bool(const QJsonObject &)> &matches)
    {
        return QTest::qWaitFor(
            [&] {
                for (const auto &e : eventsOf(events, QStringLiteral("invoice.updated")))
                    if (matches(e.data.value(QStringLiteral("invoice")).toObject()))
                        return true;
                return false;
            },
            10000);
    }

    qint64 count(const QString &sql) { return dbScalar(m_coordinator.dbPath(), sql); }

    static QJsonObject invoiceOf(const Reply &r) { return r.data.value(QStringLiteral("invoice")).toObject(); }
    static QJsonObject creditOf(const Reply &r) { return r.data.value(QStringLiteral("credit")).toObject(); }

    QTemporaryDir m_dir;
    CoordinatorProcess m_coordinator;
    Connection m_agent;
    Connection m_other;
    Connection m_lead;
};

} // namespace

TEST_F(CreditTest, CreditWithinTheLimitIsAppliedAtOnceAndEveryViewSeesTheNewTotals)
{
    const Found found = openInvoice(false);
    const qint64 accountBefore = accountBalance(found.customer);
    QSignalSpy events(&m_other, &Connection::eventReceived);
    m_other.subscribe(protocol::customerTopic(found.customer));
    QTest::qWait(300);

    const Reply r = credit(m_agent, found.number(), QStringLiteral("5.00"));
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(creditOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QString note = creditOf(r).value(QStringLiteral("creditNote")).toString();
    EXPECT_TRUE(note.startsWith(QStringLiteral("CN-")));
    EXPECT_EQ(cents(invoiceOf(r).value(QStringLiteral("balance"))), found.balance() - 500);
    EXPECT_EQ(cents(r.data.value(QStringLiteral("balance")).toObject().value(QStringLiteral("amount"))),
              accountBefore - 500);
    const QJsonArray notes = invoiceOf(r).value(QStringLiteral("creditNotes")).toArray();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.at(0).toObject().value(QStringLiteral("number")).toString(), note);
    EXPECT_EQ(notes.at(0).toObject().value(QStringLiteral("reason")).toString(),
              QStringLiteral("Router arrived broken"));
    EXPECT_EQ(accountBalance(found.customer), accountBefore - 500);

    // The other agent's open view hears of it.
    EXPECT_TRUE(waitForInvoiceEvent(events, [&](const QJsonObject &invoice) {
        return cents(invoice.value(QStringLiteral("balance"))) == found.balance() - 500;
    }));
    // History and audit.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM history WHERE ref = '%1' AND type = 'invoice' AND summary "
                                   "LIKE 'Credit note of 5.00%% applied%%'")
                        .arg(found.number())),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invoice.credit' AND subject = "
                                   "'customer:%1' AND detail LIKE '%2%%'")
                        .arg(found.customer, found.number())),
              1);
}

TEST_F(CreditTest, RefundPaysBackWhatWasPaidAndLeavesTheBalance)
{
    const Found found = openInvoice(false);
    const Reply paid = callWrite(m_agent, QStringLiteral("payment.record"),
                                 { { QStringLiteral("invoice"), found.number() },
                                   { QStringLiteral("amount"), QStringLiteral("3.00") },
                                   { QStringLiteral("method"), QStringLiteral("cash") } });
    ASSERT_TRUE(paid.ok) << paid.error.message.toStdString();
    const qint64 accountBefore = accountBalance(found.customer);

    const Reply tooMuch = credit(m_agent, found.number(), QStringLiteral("3.01"), QStringLiteral("refund"));
    EXPECT_EQ(tooMuch.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(tooMuch.error.details.value(QStringLiteral("available")).toString(), QStringLiteral("3.00"));

    const Reply r = credit(m_agent, found.number(), QStringLiteral("2.00"), QStringLiteral("refund"));
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(creditOf(r).value(QStringLiteral("kind")).toString(), QStringLiteral("refund"));
    EXPECT_EQ(cents(invoiceOf(r).value(QStringLiteral("balance"))), found.balance() - 300);
    EXPECT_EQ(accountBalance(found.customer), accountBefore);
    const QJsonArray lines = r.data.value(QStringLiteral("explanation")).toArray();
    qint64 sum = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        sum += cents(lines.at(i).toObject().value(QStringLiteral("amount")));
    EXPECT_EQ(sum, found.balance() - 300);
    // Only the rest of what was paid can still go back.
    EXPECT_EQ(credit(m_agent, found.number(), QStringLiteral("1.01"), QStringLiteral("refund")).error.code,
              ErrorCode::BadRequest);
}

TEST_F(CreditTest, CreditAboveTheLimitWaitsForALeadWhoApprovesIt)
{
    const Found found = openInvoice(false);
    const qint64 accountBefore = accountBalance(found.customer);
    QSignalSpy leadEvents(&m_lead, &Connection::eventReceived);
    m_lead.subscribe(QStringLiteral("credits"));
    QTest::qWait(300);

    const Reply r = credit(m_agent, found.number(), QStringLiteral("20.00"));
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    const QJsonObject request = creditOf(r);
    const qint64 id = request.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(request.value(QStringLiteral("status")).toString(), QStringLiteral("pending_approval"));
    EXPECT_EQ(request.value(QStringLiteral("requestedBy")).toString(), QStringLiteral("agent1"));
    EXPECT_EQ(cents(invoiceOf(r).value(QStringLiteral("balance"))), found.balance());
    EXPECT_EQ(invoiceOf(r).value(QStringLiteral("pendingCredit")).toString(), QStringLiteral("20.00"));
    EXPECT_EQ(accountBalance(found.customer), accountBefore);
    // The customer's invoice list shows it as pending.
    bool pendingShown = false;
    for (const QJsonValue &v : view(m_other, found.customer).value(QStringLiteral("invoices")).toArray())
        pendingShown = pendingShown
            || (v.toObject().value(QStringLiteral("number")).toString() == found.number()
                && v.toObject().value(QStringLiteral("pendingCredit")).toString() == u"20.00");
    EXPECT_TRUE(pendingShown);

    // The lead's queue has it, live and on request; agents may neither list nor decide.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !eventsOf(leadEvents, QStringLiteral("credit.updated")).isEmpty(); }, 10000));
    EXPECT_EQ(eventsOf(leadEvents, QStringLiteral("credit.updated"))
                  .last()
                  .data.value(QStringLiteral("credit"))
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toInteger(),
              id);
    const Reply queue = call(m_lead, QStringLiteral("credit.list"),
                             { { QStringLiteral("status"), QStringLiteral("pending_approval") } });
    ASSERT_TRUE(queue.ok) << queue.error.message.toStdString();
    ASSERT_EQ(queue.data.value(QStringLiteral("items")).toArray().size(), 1);
    // Reading the queue is a read of that customer's billing, and audited as one.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'credit.list' AND subject = "
                                        "'customer:%1'")
                             .arg(found.customer))
                == 1;
        },
        10000));
    EXPECT_EQ(call(m_agent, QStringLiteral("credit.list")).error.code, ErrorCode::Forbidden);
    EXPECT_EQ(decide(m_agent, id, true).error.code, ErrorCode::Forbidden);
    EXPECT_EQ(decide(m_other, id, true).error.code, ErrorCode::Forbidden);
    const Reply stale = callWrite(
        m_lead, QStringLiteral("credit.decide"),
        { { QStringLiteral("id"), id }, { QStringLiteral("approve"), true }, { QStringLiteral("version"), 7 } });
    EXPECT_EQ(stale.error.code, ErrorCode::VersionConflict);

    // The requester hears of the decision.
    const qint64 agentId = call(m_agent, QStringLiteral("session.me"))
                               .data.value(QStringLiteral("user"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    QSignalSpy agentEvents(&m_agent, &Connection::eventReceived);
    m_agent.subscribe(QStringLiteral("user:%1").arg(agentId));
    QTest::qWait(300);
    const Reply approved = decide(m_lead, id, true, QStringLiteral("photo attached"));
    ASSERT_TRUE(approved.ok) << approved.error.message.toStdString();
    EXPECT_EQ(creditOf(approved).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    EXPECT_EQ(creditOf(approved).value(QStringLiteral("decidedBy")).toString(), QStringLiteral("lead1"));
    EXPECT_TRUE(creditOf(approved).value(QStringLiteral("creditNote")).toString().startsWith(QStringLiteral("CN-")));
    EXPECT_EQ(cents(invoiceOf(approved).value(QStringLiteral("balance"))), found.balance() - 2000);
    EXPECT_EQ(invoiceOf(approved).value(QStringLiteral("pendingCredit")).toString(), QStringLiteral("0.00"));
    EXPECT_EQ(accountBalance(found.customer), accountBefore - 2000);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !eventsOf(agentEvents, QStringLiteral("credit.updated")).isEmpty(); }, 10000));
    // Decided once only.
    EXPECT_EQ(decide(m_lead, id, false).error.code, ErrorCode::InvalidState);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM history WHERE ref = '%1' AND (summary LIKE '%%waiting for a "
                                   "team lead%%' OR summary LIKE '%%approved and applied: photo attached')")
                        .arg(found.number())),
              2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'credit.decide' AND subject = "
                                   "'customer:%1'")
                        .arg(found.customer)),
              1);
}

// The limit is on what an invoice gets without a lead, not on each request: three small
// requests under other cids must not add up to a large credit nobody approved.
TEST_F(CreditTest, SplittingACreditAboveTheLimitStillWaitsForALead)
{
    const Found found = openInvoice(false);
    const auto status = [](const Reply &r) {
        return creditOf(r).value(QStringLiteral("status")).toString();
    };
    const Reply first = credit(m_agent, found.number(), QStringLiteral("3.00"));
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    EXPECT_EQ(status(first), QStringLiteral("applied"));
    const Reply second = credit(m_other, found.number(), QStringLiteral("2.00"));
    ASSERT_TRUE(second.ok) << second.error.message.toStdString();
    EXPECT_EQ(status(second), QStringLiteral("applied")) << "5.00 in all is still within the limit";
    const Reply third = credit(m_agent, found.number(), QStringLiteral("1.00"));
    ASSERT_TRUE(third.ok) << third.error.message.toStdString();
    EXPECT_EQ(status(third), QStringLiteral("pending_approval")) << "6.00 without a lead is past the limit";
    EXPECT_EQ(cents(invoiceOf(third).value(QStringLiteral("balance"))), found.balance() - 500);
    // What waits counts too.
    const Reply fourth = credit(m_other, found.number(), QStringLiteral("0.50"));
    ASSERT_TRUE(fourth.ok) << fourth.error.message.toStdString();
    EXPECT_EQ(status(fourth), QStringLiteral("pending_approval"));

    // Refunds have a sum of their own, apart from credits.
    const Reply paid = callWrite(m_agent, QStringLiteral("payment.record"),
                                 { { QStringLiteral("invoice"), found.number() },
                                   { QStringLiteral("amount"), QStringLiteral("20.00") },
                                   { QStringLiteral("method"), QStringLiteral("cash") } });
    ASSERT_TRUE(paid.ok) << paid.error.message.toStdString();
    const Reply refund = credit(m_agent, found.number(), QStringLiteral("4.00"), QStringLiteral("refund"));
    ASSERT_TRUE(refund.ok) << refund.error.message.toStdString();
    EXPECT_EQ(status(refund), QStringLiteral("applied"));
    const Reply moreRefund = credit(m_other, found.number(), QStringLiteral("4.00"), QStringLiteral("refund"));
    ASSERT_TRUE(moreRefund.ok) << moreRefund.error.message.toStdString();
    EXPECT_EQ(status(moreRefund), QStringLiteral("pending_approval"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM credit_requests WHERE status = 'pending_approval'")), 3);
}

TEST_F(CreditTest, ALeadRejectsAndNobodyDecidesTheirOwnRequest)
{
    const Found found = openInvoice(false);
    const Reply asked = credit(m_other, found.number(), QStringLiteral("12.00"));
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 id = creditOf(asked).value(QStringLiteral("id")).toInteger();
    // What is pending counts against the open balance.
    const Reply more = credit(m_agent, found.number(), QString::number(double(found.balance() - 1100) / 100, 'f', 2));
    EXPECT_EQ(more.error.code, ErrorCode::BadRequest);

    const Reply rejected = decide(m_lead, id, false, QStringLiteral("no proof"));
    ASSERT_TRUE(rejected.ok) << rejected.error.message.toStdString();
    EXPECT_EQ(creditOf(rejected).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(creditOf(rejected).value(QStringLiteral("note")).toString(), QStringLiteral("no proof"));
    EXPECT_EQ(cents(invoiceOf(rejected).value(QStringLiteral("balance"))), found.balance());
    EXPECT_EQ(invoiceOf(rejected).value(QStringLiteral("pendingCredit")).toString(), QStringLiteral("0.00"));
    EXPECT_TRUE(invoiceOf(rejected).value(QStringLiteral("creditNotes")).toArray().isEmpty());

    // A lead's own request above the limit waits too, for another lead.
    const Reply own = credit(m_lead, found.number(), QStringLiteral("12.00"));
    ASSERT_TRUE(own.ok) << own.error.message.toStdString();
    EXPECT_EQ(creditOf(own).value(QStringLiteral("status")).toString(), QStringLiteral("pending_approval"));
    const Reply self = decide(m_lead, creditOf(own).value(QStringLiteral("id")).toInteger(), true);
    EXPECT_EQ(self.error.code, ErrorCode::Forbidden);
    EXPECT_EQ(self.error.details.value(QStringLiteral("reason")).toString(), QStringLiteral("four_eyes"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM credit_requests WHERE status = 'pending_approval'")), 1);
}

TEST_F(CreditTest, DisputeTakesTheInvoiceOutOfDunningUntilWithdrawn)
{
    const Found found = openInvoice(true);
    ASSERT_TRUE(found.invoice.value(QStringLiteral("overdue")).toBool());
    const auto overdue = [&] {
        return cents(
            view(m_agent, found.customer).value(QStringLiteral("balance")).toObject().value(QStringLiteral("overdue")));
    };
    const qint64 overdueBefore = overdue();
    ASSERT_GE(overdueBefore, found.balance());
    const qint64 version
        = call(m_agent, QStringLiteral("invoice.explain"), { { QStringLiteral("number"), found.number() } })
              .data.value(QStringLiteral("invoice"))
              .toObject()
              .value(QStringLiteral("version"))
              .toInteger();
    QSignalSpy events(&m_other, &Connection::eventReceived);
    m_other.subscribe(protocol::customerTopic(found.customer));
    QTest::qWait(300);

    const Reply stale = callWrite(m_agent, QStringLiteral("invoice.dispute"),
                                  { { QStringLiteral("invoice"), found.number() },
                                    { QStringLiteral("reason"), QStringLiteral("Never received the router") },
                                    { QStringLiteral("version"), version + 1 } });
    EXPECT_EQ(stale.error.code, ErrorCode::VersionConflict);
    const Reply disputed = callWrite(m_agent, QStringLiteral("invoice.dispute"),
                                     { { QStringLiteral("invoice"), found.number() },
                                       { QStringLiteral("reason"), QStringLiteral("Never received the router") },
                                       { QStringLiteral("version"), version } });
    ASSERT_TRUE(disputed.ok) << disputed.error.message.toStdString();
    EXPECT_EQ(invoiceOf(disputed).value(QStringLiteral("status")).toString(), QStringLiteral("disputed"));
    EXPECT_FALSE(invoiceOf(disputed).value(QStringLiteral("overdue")).toBool());
    EXPECT_EQ(invoiceOf(disputed).value(QStringLiteral("disputeReason")).toString(),
              QStringLiteral("Never received the router"));
    EXPECT_EQ(invoiceOf(disputed).value(QStringLiteral("version")).toInteger(), version + 1);
    EXPECT_EQ(overdue(), overdueBefore - found.balance());
    EXPECT_TRUE(waitForInvoiceEvent(events, [](const QJsonObject &invoice) {
        return invoice.value(QStringLiteral("status")).toString() == u"disputed";
    }));
    EXPECT_EQ(
        callWrite(m_other, QStringLiteral("invoice.dispute"),
                  { { QStringLiteral("invoice"), found.number() }, { QStringLiteral("reason"), QStringLiteral("x") } })
            .error.code,
        ErrorCode::InvalidState);

    const Reply withdrawn
        = callWrite(m_other, QStringLiteral("invoice.undispute"), { { QStringLiteral("invoice"), found.number() } });
    ASSERT_TRUE(withdrawn.ok) << withdrawn.error.message.toStdString();
    EXPECT_EQ(invoiceOf(withdrawn).value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_TRUE(invoiceOf(withdrawn).value(QStringLiteral("overdue")).toBool());
    EXPECT_EQ(overdue(), overdueBefore);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM history WHERE ref = '%1' AND (summary LIKE '%%disputed%%' OR "
                                   "summary LIKE 'Dispute of%% withdrawn%%')")
                        .arg(found.number())),
              2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('invoice.dispute', "
                                   "'invoice.undispute') AND subject = 'customer:%1'")
                        .arg(found.customer)),
              2);
}

TEST_F(CreditTest, BadInputGetsTypedErrorsAndChangesNothing)
{
    const Found found = openInvoice(false);
    const auto field = [](const Reply &r) {
        return r.error.details.value(QStringLiteral("field")).toString();
    };
    Reply r = credit(m_agent, found.number(), QStringLiteral("-5.00"));
    EXPECT_EQ(r.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(field(r), QStringLiteral("amount"));
    r = credit(m_agent, found.number(), QStringLiteral("0.00"));
    EXPECT_EQ(field(r), QStringLiteral("amount"));
    r = credit(m_agent, found.number(), QString::number(double(found.balance() + 1) / 100, 'f', 2));
    EXPECT_EQ(r.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(cents(r.error.details.value(QStringLiteral("available"))), found.balance());
    EXPECT_EQ(credit(m_agent, QStringLiteral("I-1"), QStringLiteral("1.00")).error.code, ErrorCode::NotFound);
    EXPECT_EQ(field(credit(m_agent, found.number(), QStringLiteral("1.00"), QStringLiteral("chargeback"))),
              QStringLiteral("kind"));
    r = callWrite(m_agent, QStringLiteral("invoice.credit"),
                  { { QStringLiteral("invoice"), found.number() },
                    { QStringLiteral("amount"), 5 },
                    { QStringLiteral("reason"), QStringLiteral("x") } });
    EXPECT_EQ(field(r), QStringLiteral("amount"));
    r = callWrite(m_agent, QStringLiteral("invoice.credit"),
                  { { QStringLiteral("invoice"), found.number() },
                    { QStringLiteral("amount"), QStringLiteral("1.00") },
                    { QStringLiteral("reason"), QStringLiteral("  ") } });
    EXPECT_EQ(field(r), QStringLiteral("reason"));
    r = callWrite(m_lead, QStringLiteral("credit.decide"),
                  { { QStringLiteral("id"), 1 }, { QStringLiteral("approve"), QStringLiteral("yes") } });
    EXPECT_EQ(field(r), QStringLiteral("approve"));
    EXPECT_EQ(decide(m_lead, 999999, true).error.code, ErrorCode::NotFound);
    EXPECT_EQ(call(m_lead, QStringLiteral("credit.list"), { { QStringLiteral("status"), QStringLiteral("open") } })
                  .error.code,
              ErrorCode::BadRequest);
    EXPECT_EQ(
        field(callWrite(m_agent, QStringLiteral("invoice.dispute"), { { QStringLiteral("invoice"), found.number() } })),
        QStringLiteral("reason"));
    // Agents may not follow the approval queue.
    const Reply subscribe = call(m_agent, QStringLiteral("events.subscribe"),
                                 { { QStringLiteral("topics"), QJsonArray { QStringLiteral("credits") } } });
    EXPECT_EQ(subscribe.error.code, ErrorCode::Forbidden);

    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM credit_requests")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM credit_notes")), 0);
    // The invoice is as it was, and the coordinator still serves everyone.
    const Reply after
        = call(m_other, QStringLiteral("invoice.explain"), { { QStringLiteral("number"), found.number() } });
    ASSERT_TRUE(after.ok) << after.error.message.toStdString();
    EXPECT_EQ(cents(invoiceOf(after).value(QStringLiteral("balance"))), found.balance());
}
