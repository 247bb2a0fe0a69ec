#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

class CustomerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_coordinator = new CoordinatorProcess;
        ASSERT_TRUE(s_coordinator->start()) << s_coordinator->output().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_coordinator;
        s_coordinator = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(loginAndWait(m_agent, s_coordinator->url(), QStringLiteral("agent1")).ok); }
    static CoordinatorProcess *s_coordinator;
    Connection m_agent;
};
CoordinatorProcess *CustomerTest::s_coordinator = nullptr;

QJsonObject customerOf(const Reply &r)
{
    return r.data.value(QStringLiteral("customer")).toObject();
}

} // namespace

TEST_F(CustomerTest, SearchByNamePrefixThenGetTheUnifiedProfile)
{
    const Reply first
        = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1000") } });
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    const QString name = customerOf(first).value(QStringLiteral("name")).toString();
    ASSERT_FALSE(name.isEmpty());

    const QString prefix = name.split(u' ').last().left(4);
    const Reply search = call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), prefix } });
    ASSERT_TRUE(search.ok) << search.error.message.toStdString();
    const QJsonArray items = search.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    bool found = false;
    for (const QJsonValue &item : items)
        found = found || item.toObject().value(QStringLiteral("id")).toString() == u"C-1000";
    EXPECT_TRUE(found) << "searching " << prefix.toStdString() << " should find " << name.toStdString();

    const QJsonObject customer = customerOf(first);
    EXPECT_FALSE(
        customer.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString().isEmpty());
    EXPECT_FALSE(
        customer.value(QStringLiteral("owner")).toObject().value(QStringLiteral("presence")).toString().isEmpty());
    EXPECT_FALSE(
        customer.value(QStringLiteral("account")).toObject().value(QStringLiteral("number")).toString().isEmpty());
}

TEST_F(CustomerTest, ExactAccountNumberRanksFirst)
{
    const Reply get
        = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1010") } });
    ASSERT_TRUE(get.ok);
    const QString account
        = customerOf(get).value(QStringLiteral("account")).toObject().value(QStringLiteral("number")).toString();
    const Reply search = call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), account } });
    ASSERT_TRUE(search.ok);
    const QJsonArray items = search.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    EXPECT_EQ(items.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("C-1010"));
}

// Type-ahead of a customer number ("C-1", "c-11"): the customers whose number starts so, in
// number order, with the total counted; an account number prefix finds its customers too.
TEST_F(CustomerTest, ShortNumberPrefixListsTheCustomersWithThatNumber)
{
    for (const QString &q : { QStringLiteral("C-1"), QStringLiteral("c-11") }) {
        const Reply search = call(m_agent, QStringLiteral("customer.search"),
                                  { { QStringLiteral("q"), q }, { QStringLiteral("limit"), 5 } });
        ASSERT_TRUE(search.ok) << search.error.message.toStdString();
        const QJsonArray items = search.data.value(QStringLiteral("items")).toArray();
        ASSERT_EQ(items.size(), 5) << q.toStdString();
        QString previous;
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            EXPECT_TRUE(id.startsWith(q.toUpper())) << id.toStdString();
            EXPECT_EQ(item.toObject().value(QStringLiteral("match")).toString(), QStringLiteral("id"));
            EXPECT_LT(previous, id);
            previous = id;
        }
        EXPECT_GE(search.data.value(QStringLiteral("total")).toInt(), 5);
    }
    // The demo has customers C-1000 ... C-1199: "C-11" matches the hundred from C-1100 (and C-11 itself
    // if it existed), never C-1000.
    const Reply eleven
        = call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), QStringLiteral("C-11") } });
    ASSERT_TRUE(eleven.ok);
    EXPECT_EQ(eleven.data.value(QStringLiteral("total")).toInt(), 100);

    const Reply get
        = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1010") } });
    ASSERT_TRUE(get.ok);
    const QString account
        = customerOf(get).value(QStringLiteral("account")).toObject().value(QStringLiteral("number")).toString();
    const Reply byAccount = call(m_agent, QStringLiteral("customer.search"),
                                 { { QStringLiteral("q"), account.left(3) }, { QStringLiteral("limit"), 50 } });
    ASSERT_TRUE(byAccount.ok);
    const QJsonArray accounts = byAccount.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(accounts.isEmpty());
    for (const QJsonValue &item : accounts)
        EXPECT_TRUE(item.toObject().value(QStringLiteral("account")).toString().startsWith(account.left(3)));
}

TEST_F(CustomerTest, UnknownCustomerIsNotFoundAndBadArgsAreBadRequest)
{
    EXPECT_EQ(call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-999999") } })
                  .error.code,
              ErrorCode::NotFound);
    EXPECT_EQ(call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), 42 } }).error.code,
              ErrorCode::BadRequest);
    EXPECT_EQ(
        call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), QString(500, u'x') } }).error.code,
        ErrorCode::BadRequest);
    EXPECT_EQ(call(m_agent, QStringLiteral("no.such.op")).error.code, ErrorCode::UnknownOp);
}

TEST_F(CustomerTest, RetriedWriteWithTheSameCidIsAppliedOnce)
{
    const QJsonObject args { { QStringLiteral("customer"), QStringLiteral("C-1001") },
                             { QStringLiteral("text"), QStringLiteral("Called about the invoice, resent it.") },
                             { QStringLiteral("cid"), QStringLiteral("retry-test-0001") } };
    const Reply first = call(m_agent, QStringLiteral("customer.note.add"), args);
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    const Reply retry = call(m_agent, QStringLiteral("customer.note.add"), args);
    ASSERT_TRUE(retry.ok);
    EXPECT_EQ(retry.data, first.data) << "a retry gets the original answer";

    const Reply view
        = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1001") } });
    int copies = 0;
    for (const QJsonValue &item : view.data.value(QStringLiteral("recentHistory")).toArray())
        copies += item.toObject().value(QStringLiteral("text")).toString() == u"Called about the invoice, resent it.";
    EXPECT_EQ(copies, 1);
}

TEST_F(CustomerTest, StaleVersionGetsVersionConflictNotAnOverwrite)
{
    const Reply view
        = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1002") } });
    const qint64 version = customerOf(view).value(QStringLiteral("version")).toInteger();
    ASSERT_GT(version, 0);
    const Reply ok = callWrite(m_agent, QStringLiteral("customer.note.add"),
                               { { QStringLiteral("customer"), QStringLiteral("C-1002") },
                                 { QStringLiteral("text"), QStringLiteral("first") },
                                 { QStringLiteral("version"), version } });
    ASSERT_TRUE(ok.ok) << ok.error.message.toStdString();
    const Reply stale = callWrite(m_agent, QStringLiteral("customer.note.add"),
                                  { { QStringLiteral("customer"), QStringLiteral("C-1002") },
                                    { QStringLiteral("text"), QStringLiteral("second, from a stale screen") },
                                    { QStringLiteral("version"), version } });
    EXPECT_EQ(stale.error.code, ErrorCode::VersionConflict);
    EXPECT_EQ(stale.error.details.value(QStringLiteral("current")).toInteger(), version + 1);
}

TEST_F(CustomerTest, WriteWithoutCidIsRejected)
{
    const Reply r = call(
        m_agent, QStringLiteral("customer.note.add"),
        { { QStringLiteral("customer"), QStringLiteral("C-1003") }, { QStringLiteral("text"), QStringLiteral("x") } });
    EXPECT_EQ(r.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(r.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("cid"));
}
