#include "CommerceTestSupport.h"

#include "core/domain/Commerce.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::commerce;

namespace {

class BillingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_coordinator.start()) << m_coordinator.output().toStdString();
        ASSERT_TRUE(loginAndWait(m_agent, m_coordinator.url(), QStringLiteral("agent1")).ok);
        ASSERT_TRUE(loginAndWait(m_other, m_coordinator.url(), QStringLiteral("agent2")).ok);
    }

    // A demo customer with an open (not disputed) unpaid invoice: {customer, number}.
    std::pair<QString, QJsonObject> unpaidInvoice()
    {
        for (int n = 1000; n < 1200; ++n) {
            const QString id = QStringLiteral("C-%1").arg(n);
            for (const QJsonValue &inv : view(m_agent, id).value(QStringLiteral("invoices")).toArray()) {
                if (inv.toObject().value(QStringLiteral("status")).toString() == u"open"
                    && cents(inv.toObject().value(QStringLiteral("balance"))) >= 200)
                    return { id, inv.toObject() };
            }
        }
        ADD_FAILURE() << "no unpaid invoice in the demo data";
        return {};
    }

    static void expectAddsUp(const QJsonObject &explained)
    {
        const QJsonArray lines = explained.value(QStringLiteral("explanation")).toArray();
        ASSERT_GE(lines.size(), 2);
        qint64 sum = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            sum += cents(lines.at(i).toObject().value(QStringLiteral("amount")));
        const QJsonObject last = lines.last().toObject();
        EXPECT_EQ(last.value(QStringLiteral("label")).toString(), QStringLiteral("Balance"));
        EXPECT_EQ(sum, cents(last.value(QStringLiteral("amount"))));
        EXPECT_EQ(cents(last.value(QStringLiteral("amount"))),
                  cents(explained.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("balance"))));
    }

    CoordinatorProcess m_coordinator;
    Connection m_agent;
    Connection m_other;
};

} // namespace

TEST_F(BillingTest, InvoiceExplanationAddsUpToTheBalance)
{
    int explained = 0;
    for (int n = 1000; n < 1060; ++n) {
        for (const QJsonValue &inv :
             view(m_agent, QStringLiteral("C-%1").arg(n)).value(QStringLiteral("invoices")).toArray()) {
            const Reply r = call(m_agent, QStringLiteral("invoice.explain"),
                                 { { QStringLiteral("number"), inv.toObject().value(QStringLiteral("number")) } });
            ASSERT_TRUE(r.ok) << r.error.message.toStdString();
            expectAddsUp(r.data);
            const QJsonObject invoice = r.data.value(QStringLiteral("invoice")).toObject();
            qint64 lines = 0;
            for (const QJsonValue &l : invoice.value(QStringLiteral("lines")).toArray())
                lines += cents(l.toObject().value(QStringLiteral("lineTotal")));
            EXPECT_EQ(lines, cents(invoice.value(QStringLiteral("total"))));
            ++explained;
        }
    }
    EXPECT_GT(explained, 0);
    // Paid and voided invoices add up too (numbers run from I-300001).
    for (int i = 1; i <= 40; ++i) {
        const Reply r = call(m_agent, QStringLiteral("invoice.explain"),
                             { { QStringLiteral("number"), QStringLiteral("I-%1").arg(300000 + i) } });
        ASSERT_TRUE(r.ok) << r.error.message.toStdString();
        expectAddsUp(r.data);
    }
    EXPECT_EQ(call(m_agent, QStringLiteral("invoice.explain"), { { QStringLiteral("number"), QStringLiteral("I-1") } })
                  .error.code,
              ErrorCode::NotFound);
}

TEST_F(BillingTest, CardPaymentKeepsOnlyTheMaskedCardAndUpdatesEveryone)
{
    const auto [customer, invoice] = unpaidInvoice();
    const QString number = invoice.value(QStringLiteral("number")).toString();
    const qint64 balance = cents(invoice.value(QStringLiteral("balance")));
    const qint64 accountBefore
        = cents(view(m_agent, customer).value(QStringLiteral("balance")).toObject().value(QStringLiteral("amount")));
    QSignalSpy events(&m_other, &Connection::eventReceived);
    m_other.subscribe(protocol::customerTopic(customer));
    QTest::qWait(300);

    const Reply r = callWrite(m_agent, QStringLiteral("payment.record"),
                              { { QStringLiteral("invoice"), number },
                                { QStringLiteral("amount"), QStringLiteral("1.00") },
                                { QStringLiteral("method"), QStringLiteral("card") },
                                { QStringLiteral("card"),
                                  QJsonObject { { QStringLiteral("brand"), QStringLiteral("visa") },
                                                { QStringLiteral("bin"), QStringLiteral("400000") },
                                                { QStringLiteral("last4"), QStringLiteral("0002") } } } });
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    expectAddsUp(r.data);
    EXPECT_EQ(cents(r.data.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("balance"))),
              balance - 100);
    bool labelled = false;
    bool paymentLine = false;
    for (const QJsonValue &l : r.data.value(QStringLiteral("explanation")).toArray()) {
        labelled = labelled
            || l.toObject().value(QStringLiteral("label")).toString().contains(QStringLiteral("card ending 0002"));
        // The desktop words the line itself (in the agent's language) from its kind and payment.
        const auto line = domain::ExplanationLine::fromJson(l.toObject());
        paymentLine = paymentLine
            || (line.kind == domain::ExplanationKind::Payment && line.payment && line.payment->card
                && line.payment->card->last4 == u"0002" && line.amount == domain::Money { -100 });
    }
    EXPECT_TRUE(labelled);
    EXPECT_TRUE(paymentLine);

    const QJsonObject v = view(m_agent, customer);
    EXPECT_EQ(cents(v.value(QStringLiteral("balance")).toObject().value(QStringLiteral("amount"))),
              accountBefore - 100);
    bool hasCard = false;
    for (const QJsonValue &c : v.value(QStringLiteral("cards")).toArray())
        hasCard = hasCard
            || c.toObject()
                == QJsonObject { { QStringLiteral("brand"), QStringLiteral("visa") },
                                 { QStringLiteral("bin"), QStringLiteral("400000") },
                                 { QStringLiteral("last4"), QStringLiteral("0002") } };
    EXPECT_TRUE(hasCard);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !eventsOf(events, QStringLiteral("invoice.updated")).isEmpty(); }, 10000));
    const auto e = eventsOf(events, QStringLiteral("invoice.updated")).last();
    EXPECT_EQ(e.data.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("number")).toString(), number);
    EXPECT_EQ(cents(e.data.value(QStringLiteral("balance")).toObject().value(QStringLiteral("amount"))),
              accountBefore - 100);

    // Overpaying or paying a paid invoice is refused.
    EXPECT_EQ(callWrite(m_agent, QStringLiteral("payment.record"),
                        { { QStringLiteral("invoice"), number },
                          { QStringLiteral("amount"), QStringLiteral("99999999.00") },
                          { QStringLiteral("method"), QStringLiteral("transfer") } })
                  .error.code,
              ErrorCode::BadRequest);
    const Reply rest
        = callWrite(m_agent, QStringLiteral("payment.record"),
                    { { QStringLiteral("invoice"), number },
                      { QStringLiteral("amount"),
                        r.data.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("balance")) },
                      { QStringLiteral("method"), QStringLiteral("transfer") } });
    ASSERT_TRUE(rest.ok) << rest.error.message.toStdString();
    EXPECT_EQ(rest.data.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("paid"));
    const Reply again = callWrite(m_agent, QStringLiteral("payment.record"),
                                  { { QStringLiteral("invoice"), number },
                                    { QStringLiteral("amount"), QStringLiteral("1.00") },
                                    { QStringLiteral("method"), QStringLiteral("cash") } });
    EXPECT_EQ(again.error.code, ErrorCode::InvalidState);
    EXPECT_EQ(again.error.details.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
}

TEST_F(BillingTest, FullCardNumberIsRejectedAndNeverStoredOrLogged)
{
    const auto [customer, invoice] = unpaidInvoice();
    const QString number = invoice.value(QStringLiteral("number")).toString();
    const qint64 version = view(m_agent, customer)
                               .value(QStringLiteral("customer"))
                               .toObject()
                               .value(QStringLiteral("version"))
                               .toInteger();

    // In a note.
    const Reply note
        = callWrite(m_agent, QStringLiteral("customer.note.add"),
                    { { QStringLiteral("customer"), customer },
                      { QStringLiteral("text"), QStringLiteral("Customer read out 4111 1111 1111 1111 exp 12/29") } });
    EXPECT_EQ(note.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(note.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("text"));
    EXPECT_FALSE(note.error.message.contains(QStringLiteral("4111")));
    // In a payment's card.
    const Reply payment
        = callWrite(m_agent, QStringLiteral("payment.record"),
                    { { QStringLiteral("invoice"), number },
                      { QStringLiteral("amount"), QStringLiteral("1.00") },
                      { QStringLiteral("method"), QStringLiteral("card") },
                      { QStringLiteral("card"),
                        QJsonObject { { QStringLiteral("brand"), QStringLiteral("mastercard") },
                                      { QStringLiteral("number"), QStringLiteral("5555-5555-5555-4444") } } } });
    EXPECT_EQ(payment.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(payment.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("number"));
    // In account notes and an order cancellation reason.
    const Reply account
        = callWrite(m_agent, QStringLiteral("account.update"),
                    { { QStringLiteral("customer"), customer },
                      { QStringLiteral("version"), version },
                      { QStringLiteral("changes"),
                        QJsonObject { { QStringLiteral("notes"), QStringLiteral("amex 378282246310005") } } } });
    EXPECT_EQ(account.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(account.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("notes"));
    // Phone numbers are not card fields.
    const Reply phones = callWrite(
        m_agent, QStringLiteral("account.update"),
        { { QStringLiteral("customer"), customer },
          { QStringLiteral("version"), version },
          { QStringLiteral("changes"),
            QJsonObject { { QStringLiteral("phones"), QJsonArray { QStringLiteral("+1 555 0100 4242") } } } } });
    EXPECT_TRUE(phones.ok) << phones.error.message.toStdString();
    EXPECT_EQ(view(m_agent, customer)
                  .value(QStringLiteral("customer"))
                  .toObject()
                  .value(QStringLiteral("version"))
                  .toInteger(),
              version + 1);

    // Nothing of them in the database files (main, WAL) or in the coordinator's log.
    m_agent.disconnectFromServer();
    m_other.disconnectFromServer();
    m_coordinator.stop();
    const QDir dir = QFileInfo(m_coordinator.dbPath()).dir();
    int scanned = 0;
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const char *pan : { "4111 1111 1111 1111", "4111111111111111", "5555-5555-5555-4444", "5555555555554444",
                                 "378282246310005" }) {
            EXPECT_FALSE(bytes.contains(pan)) << pan << " found in " << name.toStdString();
        }
        ++scanned;
    }
    EXPECT_GE(scanned, 1);
    for (const char *pan : { "4111 1111", "4111111111", "5555-5555", "378282246310005" })
        EXPECT_FALSE(m_coordinator.output().contains(QLatin1String(pan))) << pan;
    // And nothing of them in any row (sqlite3 reads the database as any tool would).
    EXPECT_EQ(
        dbScalar(m_coordinator.dbPath(), QStringLiteral("SELECT COUNT(*) FROM history WHERE summary LIKE '%4111%'")),
        0);
}
