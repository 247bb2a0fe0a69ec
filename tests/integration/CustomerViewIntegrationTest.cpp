#include "CommerceTestSupport.h"

#include "core/AuditDetail.h"

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::commerce;

namespace {

class CustomerViewTest : public ::testing::Test
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
    void SetUp() override
    {
        ASSERT_TRUE(loginAndWait(m_agent, s_coordinator->url(), QStringLiteral("agent1")).ok);
        ASSERT_TRUE(loginAndWait(m_other, s_coordinator->url(), QStringLiteral("agent2")).ok);
    }
    static CoordinatorProcess *s_coordinator;
    Connection m_agent;
    Connection m_other;
};
CoordinatorProcess *CustomerViewTest::s_coordinator = nullptr;

QStringList viewerLogins(const QJsonArray &viewers)
{
    QStringList out;
    for (const QJsonValue &v : viewers)
        out.append(v.toObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString());
    return out;
}

} // namespace

TEST_F(CustomerViewTest, GetReturnsTheWholeUnifiedViewInOneResponse)
{
    // A customer with unpaid invoices and orders.
    QJsonObject v;
    QString id;
    for (int n = 1000; n < 1200 && id.isEmpty(); ++n) {
        const QJsonObject candidate = view(m_agent, QStringLiteral("C-%1").arg(n));
        if (!candidate.value(QStringLiteral("invoices")).toArray().isEmpty()
            && candidate.value(QStringLiteral("orders")).toArray().size() >= 2) {
            v = candidate;
            id = QStringLiteral("C-%1").arg(n);
        }
    }
    ASSERT_FALSE(id.isEmpty());
    const QJsonObject customer = v.value(QStringLiteral("customer")).toObject();
    for (const char *key :
         { "id", "name", "company", "emails", "phones", "address", "language", "flags", "notes", "preferredChannel",
           "expectedResponseHours", "version", "createdAt", "updatedAt", "owner", "backup", "account" })
        EXPECT_TRUE(customer.contains(QLatin1String(key))) << key;
    for (const char *key : { "owner", "backup" }) {
        const QJsonObject person = customer.value(QLatin1String(key)).toObject();
        EXPECT_FALSE(person.value(QStringLiteral("login")).toString().isEmpty()) << key;
        EXPECT_FALSE(person.value(QStringLiteral("presence")).toString().isEmpty()) << key;
    }
    const QJsonObject account = customer.value(QStringLiteral("account")).toObject();
    for (const char *key : { "number", "status", "plan", "creditLimit", "balance", "currency", "openedOn" })
        EXPECT_TRUE(account.contains(QLatin1String(key))) << key;
    for (const char *key :
         { "openOrders", "orders", "invoices", "balance", "cards", "recentHistory", "openContacts", "viewers" })
        EXPECT_TRUE(v.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(v.value(QStringLiteral("openContacts")).toArray().isEmpty());
    EXPECT_LE(v.value(QStringLiteral("orders")).toArray().size(), 20);
    EXPECT_LE(v.value(QStringLiteral("recentHistory")).toArray().size(), 50);

    // Orders newest first, with their line counts.
    const QJsonArray orders = v.value(QStringLiteral("orders")).toArray();
    for (qsizetype i = 1; i < orders.size(); ++i)
        EXPECT_GE(orders.at(i - 1).toObject().value(QStringLiteral("createdAt")).toString(),
                  orders.at(i).toObject().value(QStringLiteral("createdAt")).toString());
    EXPECT_GT(orders.first().toObject().value(QStringLiteral("lineCount")).toInteger(), 0);
    // Unpaid invoices, oldest due first; the balance's overdue part adds up from them.
    const QJsonArray invoices = v.value(QStringLiteral("invoices")).toArray();
    qint64 overdue = 0;
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const QJsonObject inv = invoices.at(i).toObject();
        EXPECT_GT(cents(inv.value(QStringLiteral("balance"))), 0);
        if (i > 0) {
            EXPECT_GE(inv.value(QStringLiteral("dueOn")).toString(),
                      invoices.at(i - 1).toObject().value(QStringLiteral("dueOn")).toString());
        }
        if (inv.value(QStringLiteral("overdue")).toBool())
            overdue += cents(inv.value(QStringLiteral("balance")));
    }
    const QJsonObject balance = v.value(QStringLiteral("balance")).toObject();
    EXPECT_EQ(cents(balance.value(QStringLiteral("overdue"))), overdue);
    EXPECT_EQ(balance.value(QStringLiteral("amount")), account.value(QStringLiteral("balance")));
    EXPECT_EQ(balance.value(QStringLiteral("currency")), account.value(QStringLiteral("currency")));

    // Owner presence is live: the owner logs in and goes on break.
    const QString ownerLogin
        = customer.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString();
    Connection owner;
    ASSERT_TRUE(loginAndWait(owner, s_coordinator->url(), ownerLogin).ok);
    ASSERT_TRUE(
        call(owner, QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("break") } }).ok);
    EXPECT_EQ(view(m_agent, id)
                  .value(QStringLiteral("customer"))
                  .toObject()
                  .value(QStringLiteral("owner"))
                  .toObject()
                  .value(QStringLiteral("presence"))
                  .toString(),
              QStringLiteral("break"));

    // Cards are masked: brand, BIN and last four only.
    bool sawCard = false;
    for (int n = 1000; n < 1200 && !sawCard; ++n) {
        for (const QJsonValue &c :
             view(m_agent, QStringLiteral("C-%1").arg(n)).value(QStringLiteral("cards")).toArray()) {
            const QJsonObject card = c.toObject();
            EXPECT_EQ(card.keys(),
                      (QStringList { QStringLiteral("bin"), QStringLiteral("brand"), QStringLiteral("last4") }));
            EXPECT_EQ(card.value(QStringLiteral("bin")).toString().size(), 6);
            EXPECT_EQ(card.value(QStringLiteral("last4")).toString().size(), 4);
            sawCard = true;
        }
    }
    EXPECT_TRUE(sawCard) << "the demo world has customers who paid by card";
}

TEST_F(CustomerViewTest, SecondDesktopOpeningTheCustomerRaisesTheViewersEvent)
{
    const QString id = QStringLiteral("C-1020");
    QSignalSpy first(&m_agent, &Connection::eventReceived);
    m_agent.subscribe(protocol::customerTopic(id));
    // Alone on the customer: no banner, no event (nobody else to tell).
    QTest::qWait(500);
    EXPECT_TRUE(eventsOf(first, QStringLiteral("customer.viewers")).isEmpty());

    m_other.subscribe(protocol::customerTopic(id));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto e = eventsOf(first, QStringLiteral("customer.viewers"));
            return !e.isEmpty()
                && viewerLogins(e.last().data.value(QStringLiteral("viewers")).toArray())
                       .contains(QStringLiteral("agent2"));
        },
        10000));
    const auto e = eventsOf(first, QStringLiteral("customer.viewers")).last();
    EXPECT_EQ(e.topic, protocol::customerTopic(id));
    EXPECT_EQ(e.data.value(QStringLiteral("customer")).toString(), id);
    EXPECT_EQ(viewerLogins(e.data.value(QStringLiteral("viewers")).toArray()),
              (QStringList { QStringLiteral("agent1"), QStringLiteral("agent2") }));
    EXPECT_FALSE(e.data.value(QStringLiteral("viewers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("onContact"))
                     .toBool());

    // customer.get names the OTHER viewers.
    EXPECT_EQ(viewerLogins(view(m_other, id).value(QStringLiteral("viewers")).toArray()),
              QStringList { QStringLiteral("agent1") });
    EXPECT_EQ(viewerLogins(view(m_agent, id).value(QStringLiteral("viewers")).toArray()),
              QStringList { QStringLiteral("agent2") });

    // Leaving (unsubscribe or disconnect) updates the banner.
    first.clear();
    m_other.disconnectFromServer();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto e = eventsOf(first, QStringLiteral("customer.viewers"));
            return !e.isEmpty()
                && viewerLogins(e.last().data.value(QStringLiteral("viewers")).toArray())
                == QStringList { QStringLiteral("agent1") };
        },
        10000));
    EXPECT_TRUE(view(m_agent, id).value(QStringLiteral("viewers")).toArray().isEmpty());
}

// Opening a customer is a read: the viewers event is ephemeral (seq 0), never stored in the
// event log, so it costs no durable write and a reconnecting desktop is not replayed stale banners.
TEST_F(CustomerViewTest, ViewersEventIsEphemeralAndWritesNothing)
{
    const QString id = QStringLiteral("C-1022");
    const QString countViewers = QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'customer.viewers'");
    const qint64 storedBefore = dbScalar(s_coordinator->dbPath(), countViewers);
    QSignalSpy first(&m_agent, &Connection::eventReceived);
    m_agent.subscribe(protocol::customerTopic(id));
    m_other.subscribe(protocol::customerTopic(id));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto e = eventsOf(first, QStringLiteral("customer.viewers"));
            return !e.isEmpty()
                && viewerLogins(e.last().data.value(QStringLiteral("viewers")).toArray())
                       .contains(QStringLiteral("agent2"));
        },
        10000));
    const auto e = eventsOf(first, QStringLiteral("customer.viewers")).last();
    EXPECT_EQ(e.seq, 0);
    EXPECT_EQ(dbScalar(s_coordinator->dbPath(), countViewers), storedBefore);

    // A later durable event on the same topic still arrives with its seq: the ephemeral one
    // did not move the client's position in the log.
    first.clear();
    ASSERT_TRUE(callWrite(m_other, QStringLiteral("customer.note.add"),
                          { { QStringLiteral("customer"), id }, { QStringLiteral("text"), QStringLiteral("seen") } })
                    .ok);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !eventsOf(first, QStringLiteral("customer.note.added")).isEmpty(); }, 10000));
    EXPECT_GT(eventsOf(first, QStringLiteral("customer.note.added")).first().seq, 0);
}

TEST_F(CustomerViewTest, AccountUpdateBumpsTheVersionAndReachesTheOtherDesktop)
{
    const QString id = QStringLiteral("C-1021");
    QSignalSpy events(&m_other, &Connection::eventReceived);
    m_other.subscribe(protocol::customerTopic(id));
    const qint64 version
        = view(m_agent, id).value(QStringLiteral("customer")).toObject().value(QStringLiteral("version")).toInteger();

    const QJsonObject changes { { QStringLiteral("phones"), QJsonArray { QStringLiteral("+49 30 5550 1234") } },
                                { QStringLiteral("emails"), QJsonArray { QStringLiteral("new.address@example.org") } },
                                { QStringLiteral("plan"), QStringLiteral("premium") },
                                { QStringLiteral("preferredChannel"), QStringLiteral("email") },
                                { QStringLiteral("flags"),
                                  QJsonArray { QStringLiteral("vip"), QStringLiteral("at_risk") } },
                                { QStringLiteral("address"),
                                  QJsonObject { { QStringLiteral("street"), QStringLiteral("Gartenweg 2") },
                                                { QStringLiteral("city"), QStringLiteral("Köln") },
                                                { QStringLiteral("postcode"), QStringLiteral("50667") },
                                                { QStringLiteral("country"), QStringLiteral("DE") } } } };
    const Reply r = callWrite(m_agent, QStringLiteral("account.update"),
                              { { QStringLiteral("customer"), id },
                                { QStringLiteral("version"), version },
                                { QStringLiteral("changes"), changes } });
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    const QJsonObject customer = r.data.value(QStringLiteral("customer")).toObject();
    EXPECT_EQ(customer.value(QStringLiteral("version")).toInteger(), version + 1);
    EXPECT_EQ(customer.value(QStringLiteral("account")).toObject().value(QStringLiteral("plan")).toString(),
              QStringLiteral("premium"));
    EXPECT_EQ(customer.value(QStringLiteral("phones")).toArray(), QJsonArray { QStringLiteral("+49 30 5550 1234") });
    EXPECT_EQ(customer.value(QStringLiteral("address")).toObject().value(QStringLiteral("city")).toString(),
              QStringLiteral("Köln"));
    EXPECT_FALSE(
        customer.value(QStringLiteral("owner")).toObject().value(QStringLiteral("presence")).toString().isEmpty());

    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !eventsOf(events, QStringLiteral("customer.updated")).isEmpty(); }, 10000));
    const auto updated = eventsOf(events, QStringLiteral("customer.updated")).last();
    EXPECT_EQ(updated.data.value(QStringLiteral("version")).toInteger(), version + 1);
    EXPECT_EQ(
        updated.data.value(QStringLiteral("customer")).toObject().value(QStringLiteral("preferredChannel")).toString(),
        QStringLiteral("email"));

    // The new phone and e-mail are searchable at once (phone by a digit suffix).
    const Reply byPhone
        = call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), QStringLiteral("55501234") } });
    ASSERT_TRUE(byPhone.ok);
    EXPECT_EQ(
        byPhone.data.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
        id);

    // A stale version and bad fields are refused; nothing changes.
    const Reply stale = callWrite(
        m_agent, QStringLiteral("account.update"),
        { { QStringLiteral("customer"), id },
          { QStringLiteral("version"), version },
          { QStringLiteral("changes"), QJsonObject { { QStringLiteral("plan"), QStringLiteral("basic") } } } });
    EXPECT_EQ(stale.error.code, ErrorCode::VersionConflict);
    EXPECT_EQ(stale.error.details.value(QStringLiteral("current")).toInteger(), version + 1);
    for (const auto &[field, value] : std::initializer_list<std::pair<QString, QJsonValue>> {
             { QStringLiteral("plan"), QStringLiteral("gold") },
             { QStringLiteral("emails"), QJsonArray { QStringLiteral("not-an-address") } },
             { QStringLiteral("phones"), QJsonArray { QStringLiteral("call me") } },
             { QStringLiteral("preferredChannel"), QStringLiteral("pigeon") },
             { QStringLiteral("flags"), QJsonArray { QStringLiteral("royalty") } } }) {
        const Reply bad = callWrite(m_agent, QStringLiteral("account.update"),
                                    { { QStringLiteral("customer"), id },
                                      { QStringLiteral("version"), version + 1 },
                                      { QStringLiteral("changes"), QJsonObject { { field, value } } } });
        EXPECT_EQ(bad.error.code, ErrorCode::BadRequest) << field.toStdString();
        EXPECT_EQ(bad.error.details.value(QStringLiteral("field")).toString(), field);
    }
    EXPECT_EQ(
        callWrite(m_agent, QStringLiteral("account.update"),
                  { { QStringLiteral("customer"), id },
                    { QStringLiteral("version"), version + 1 },
                    { QStringLiteral("changes"), QJsonObject { { QStringLiteral("owner"), QStringLiteral("me") } } } })
            .error.code,
        ErrorCode::BadRequest);
    EXPECT_EQ(
        view(m_agent, id).value(QStringLiteral("customer")).toObject().value(QStringLiteral("version")).toInteger(),
        version + 1);
}

TEST_F(CustomerViewTest, SearchFindsOrderAndInvoiceNumbersAndPhoneSuffixesExactFirst)
{
    QString orderNumber, invoiceNumber, phone, owner;
    for (int n = 1100; n < 1200 && (orderNumber.isEmpty() || invoiceNumber.isEmpty()); ++n) {
        const QString id = QStringLiteral("C-%1").arg(n);
        const QJsonObject v = view(m_agent, id);
        const QJsonArray orders = v.value(QStringLiteral("orders")).toArray();
        const QJsonArray invoices = v.value(QStringLiteral("invoices")).toArray();
        if (!orders.isEmpty() && !invoices.isEmpty()) {
            orderNumber = orders.first().toObject().value(QStringLiteral("number")).toString();
            invoiceNumber = invoices.first().toObject().value(QStringLiteral("number")).toString();
            phone = v.value(QStringLiteral("customer"))
                        .toObject()
                        .value(QStringLiteral("phones"))
                        .toArray()
                        .first()
                        .toString();
            owner = id;
        }
    }
    ASSERT_FALSE(owner.isEmpty());
    const auto first = [&](const QString &q) {
        const Reply r = call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), q } });
        EXPECT_TRUE(r.ok) << r.error.message.toStdString();
        return r.data.value(QStringLiteral("items")).toArray().first().toObject();
    };
    EXPECT_EQ(first(orderNumber).value(QStringLiteral("id")).toString(), owner);
    EXPECT_EQ(first(orderNumber).value(QStringLiteral("match")).toString(), QStringLiteral("order"));
    EXPECT_EQ(first(invoiceNumber).value(QStringLiteral("id")).toString(), owner);
    EXPECT_EQ(first(invoiceNumber).value(QStringLiteral("match")).toString(), QStringLiteral("invoice"));
    // The number without its letter.
    EXPECT_EQ(first(orderNumber.mid(2)).value(QStringLiteral("id")).toString(), owner);
    // Any 4+ digit suffix of a phone number.
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits += c;
    bool found = false;
    const Reply suffix = call(m_agent, QStringLiteral("customer.search"),
                              { { QStringLiteral("q"), digits.right(7) }, { QStringLiteral("limit"), 50 } });
    for (const QJsonValue &item : suffix.data.value(QStringLiteral("items")).toArray())
        found = found || item.toObject().value(QStringLiteral("id")).toString() == owner;
    EXPECT_TRUE(found) << digits.right(7).toStdString();

    // A broad prefix: the count is capped, not computed over everything.
    const Reply broad
        = call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), QStringLiteral("ma") } });
    ASSERT_TRUE(broad.ok);
    EXPECT_LE(broad.data.value(QStringLiteral("total")).toInteger(), 1000);
}

TEST_F(CustomerViewTest, ReadsAndWritesOfACustomerAreAudited)
{
    const QString id = QStringLiteral("C-1022");
    const QJsonObject v = view(m_agent, id);
    const qint64 version = v.value(QStringLiteral("customer")).toObject().value(QStringLiteral("version")).toInteger();
    ASSERT_TRUE(callWrite(m_other, QStringLiteral("account.update"),
                          { { QStringLiteral("customer"), id },
                            { QStringLiteral("version"), version },
                            { QStringLiteral("changes"),
                              QJsonObject { { QStringLiteral("language"), QStringLiteral("fr") } } } })
                    .ok);
    const QString subject = protocol::customerTopic(id);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return dbScalar(s_coordinator->dbPath(),
                            QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.user_id WHERE "
                                           "a.subject = '%1' AND a.action = 'customer.get' AND u.login = 'agent1' "
                                           "AND a.session_id IS NOT NULL")
                                .arg(subject))
                >= 1;
        },
        10000));
    EXPECT_EQ(dbScalar(s_coordinator->dbPath(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.user_id WHERE "
                                      "a.subject = '%1' AND a.action = 'account.update' AND u.login = 'agent2' "
                                      "AND a.detail LIKE '%language%' AND a.detail NOT LIKE '%fr%'")
                           .arg(subject)),
              1);
}

// Following customer:<id> delivers the customer's profile, addresses and notes as they change:
// a read of that customer, audited once per session like customer.get.
TEST_F(CustomerViewTest, FollowingACustomerTopicIsAuditedAsARead)
{
    const QString subject = protocol::customerTopic(QStringLiteral("C-1033"));
    const auto follows = [&] {
        return dbScalar(s_coordinator->dbPath(),
                        QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.user_id WHERE "
                                       "a.subject = '%1' AND a.action = 'events.subscribe' AND u.login = 'agent2' "
                                       "AND a.session_id IS NOT NULL")
                            .arg(subject));
    };
    const Reply r = call(m_other, QStringLiteral("events.subscribe"),
                         { { QStringLiteral("topics"), QJsonArray { subject, QStringLiteral("product:P-10001") } } });
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return follows() == 1; }, 5000)) << follows();
    // Following it again in the same session reads nothing new; a product is no customer.
    ASSERT_TRUE(
        call(m_other, QStringLiteral("events.subscribe"), { { QStringLiteral("topics"), QJsonArray { subject } } }).ok);
    ASSERT_TRUE(
        call(m_other, QStringLiteral("customer.get"), { { QStringLiteral("id"), QStringLiteral("C-1034") } }).ok);
    EXPECT_EQ(follows(), 1);
    EXPECT_EQ(dbScalar(s_coordinator->dbPath(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject LIKE 'product:%'")),
              0);

    // A desktop that follows the customer from its hello (as after a reconnect) reads it too.
    Connection resumed;
    resumed.subscribe(protocol::customerTopic(QStringLiteral("C-1035")));
    ASSERT_TRUE(loginAndWait(resumed, s_coordinator->url(), QStringLiteral("agent3")).ok);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return dbScalar(s_coordinator->dbPath(),
                            QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.user_id WHERE "
                                           "a.subject = 'customer:C-1035' AND a.action = 'events.subscribe' "
                                           "AND u.login = 'agent3'"))
                == 1;
        },
        5000));
}

// A search shows each hit's name and contact details: each customer shown gets a read in the
// audit log (found by an audit query for that customer); the query text is not stored.
TEST_F(CustomerViewTest, SearchAuditNamesEachCustomerShown)
{
    const QString name = view(m_agent, QStringLiteral("C-1077"))
                             .value(QStringLiteral("customer"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
    ASSERT_FALSE(name.isEmpty());
    const QString query = name.split(u' ').last();
    const Reply r = call(m_other, QStringLiteral("customer.search"),
                         { { QStringLiteral("q"), query }, { QStringLiteral("limit"), 10 } });
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    const QJsonArray items = r.data.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    for (const QJsonValue &item : items) {
        const QString subject = protocol::customerTopic(item.toObject().value(QStringLiteral("id")).toString());
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                return dbScalar(s_coordinator->dbPath(),
                                QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.user_id "
                                               "WHERE a.subject = '%1' AND a.action = 'customer.search' "
                                               "AND u.login = 'agent2'")
                                    .arg(subject))
                    >= 1;
            },
            5000))
            << subject.toStdString();
    }
    // The count row stays as it was, and what was typed is nowhere in the log.
    EXPECT_GE(dbScalar(s_coordinator->dbPath(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = 'search' AND detail = '%1'")
                           .arg(auditdetail::resultCount(items.size()))),
              1);
    QString escaped = query;
    escaped.replace(u'\'', QStringLiteral("''"));
    EXPECT_EQ(dbScalar(s_coordinator->dbPath(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE instr(detail, '%1') > 0").arg(escaped)),
              0);
}

namespace {

// Writes `text` into `dir` as `name`; the file's path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return file.fileName();
}

QStringList numbersOf(const QJsonArray &orders)
{
    QStringList out;
    for (const QJsonValue &o : orders)
        out.append(o.toObject().value(QStringLiteral("number")).toString());
    return out;
}

} // namespace

// A long-standing customer: customer.get shows the newest 20 orders and 50 history items and says
// there is more; customer.orders and customer.history page back through the rest, newest first,
// each order and item exactly once, and a search by an old order's number names it.
TEST_F(CustomerViewTest, OlderOrdersAndHistoryPageBackWithNothingLostOrShownTwice)
{
    const QString id = QStringLiteral("C-990001");
    constexpr int kOrders = 45;
    QTemporaryDir dir;
    QString orders = QStringLiteral("number,customer,status,currency,created_at\n");
    QString lines = QStringLiteral("order,sku,quantity\n");
    for (int i = 0; i < kOrders; ++i) {
        // Orders 10 to 12 were placed in the same second: the page boundary must not split or repeat them.
        const int day = i >= 10 && i <= 12 ? 10 : i;
        const QString placed = QDate(2024, 1, 1).addDays(day).toString(Qt::ISODate) + QStringLiteral("T08:00:00Z");
        orders += QStringLiteral("O-9900%1,%2,delivered,EUR,%3\n").arg(i, 2, 10, QLatin1Char('0')).arg(id, placed);
        lines += QStringLiteral("O-9900%1,PAGE-1,1\n").arg(i, 2, 10, QLatin1Char('0'));
    }
    const CliResult imported = runCli(
        { QStringLiteral("--db"), s_coordinator->dbPath(), QStringLiteral("import"), QStringLiteral("--customers"),
          writeFile(dir, QStringLiteral("customers.csv"),
                    QStringLiteral("id,name,account,currency\n%1,Paging Customer,A-990001,EUR\n").arg(id)),
          QStringLiteral("--products"),
          writeFile(dir, QStringLiteral("products.csv"),
                    QStringLiteral("sku,name,price,currency,stock_on_hand\nPAGE-1,Paging part,1.00,EUR,10\n")),
          QStringLiteral("--orders"), writeFile(dir, QStringLiteral("orders.csv"), orders),
          QStringLiteral("--order-lines"), writeFile(dir, QStringLiteral("order-lines.csv"), lines) });
    ASSERT_EQ(imported.exitCode, 0) << imported.out.toStdString() << imported.err.toStdString();
    for (int i = 0; i < 55; ++i) {
        ASSERT_TRUE(callWrite(m_agent, QStringLiteral("customer.note.add"),
                              { { QStringLiteral("customer"), id },
                                { QStringLiteral("text"), QStringLiteral("note %1").arg(i) } })
                        .ok);
    }

    const QJsonObject v = view(m_agent, id);
    QStringList shown = numbersOf(v.value(QStringLiteral("orders")).toArray());
    ASSERT_EQ(shown.size(), 20);
    EXPECT_EQ(shown.first(), QStringLiteral("O-990044"));
    EXPECT_TRUE(v.value(QStringLiteral("moreOrders")).toBool());
    for (bool more = true; more;) {
        const Reply page = call(m_agent, QStringLiteral("customer.orders"),
                                { { QStringLiteral("customer"), id },
                                  { QStringLiteral("before"), shown.last() },
                                  { QStringLiteral("limit"), 7 } });
        ASSERT_TRUE(page.ok) << page.error.message.toStdString();
        const QStringList numbers = numbersOf(page.data.value(QStringLiteral("orders")).toArray());
        ASSERT_LE(numbers.size(), 7);
        ASSERT_FALSE(numbers.isEmpty());
        shown += numbers;
        more = page.data.value(QStringLiteral("more")).toBool();
    }
    // Newest first: the same day's three by number, like the view.
    QStringList expected;
    for (int i = kOrders - 1; i >= 0; --i)
        expected.append(QStringLiteral("O-9900%1").arg(i, 2, 10, QLatin1Char('0')));
    EXPECT_EQ(shown, expected);

    // Another customer's order is no place to start from.
    const Reply foreign = call(m_agent, QStringLiteral("customer.orders"),
                               { { QStringLiteral("customer"), QStringLiteral("C-1001") },
                                 { QStringLiteral("before"), QStringLiteral("O-990001") } });
    EXPECT_EQ(foreign.error.code, ErrorCode::BadRequest);
    EXPECT_EQ(foreign.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("before"));

    // History: the 50 newest, then the rest.
    QJsonArray items = v.value(QStringLiteral("recentHistory")).toArray();
    ASSERT_EQ(items.size(), 50);
    EXPECT_TRUE(v.value(QStringLiteral("moreHistory")).toBool());
    const Reply older = call(m_agent, QStringLiteral("customer.history"),
                             { { QStringLiteral("customer"), id },
                               { QStringLiteral("before"), items.last().toObject().value(QStringLiteral("id")) } });
    ASSERT_TRUE(older.ok) << older.error.message.toStdString();
    EXPECT_FALSE(older.data.value(QStringLiteral("more")).toBool());
    for (const QJsonValue &item : older.data.value(QStringLiteral("items")).toArray())
        items.append(item);
    QSet<qint64> ids;
    QSet<QString> notes;
    for (const QJsonValue &item : std::as_const(items)) {
        ids.insert(item.toObject().value(QStringLiteral("id")).toInteger());
        notes.insert(item.toObject().value(QStringLiteral("text")).toString());
    }
    EXPECT_EQ(ids.size(), items.size()) << "an item shown twice";
    for (int i = 0; i < 55; ++i)
        EXPECT_TRUE(notes.contains(QStringLiteral("note %1").arg(i))) << i;

    // Each page is a read of the customer.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return dbScalar(s_coordinator->dbPath(),
                            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject = '%1' AND action IN "
                                           "('customer.orders', 'customer.history')")
                                .arg(protocol::customerTopic(id)))
                >= 2;
        },
        10000));

    // A search by the oldest order's number names the order, so the desktop can open it.
    const Reply search
        = call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), QStringLiteral("O-990000") } });
    ASSERT_TRUE(search.ok);
    const QJsonObject hit = search.data.value(QStringLiteral("items")).toArray().first().toObject();
    EXPECT_EQ(hit.value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(hit.value(QStringLiteral("match")).toString(), QStringLiteral("order"));
    EXPECT_EQ(hit.value(QStringLiteral("number")).toString(), QStringLiteral("O-990000"));
}
