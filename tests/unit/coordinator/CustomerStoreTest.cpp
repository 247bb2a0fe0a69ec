#include "TestDatabase.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/customers/CustomerStore.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace spocs;
using namespace spocs::test;

namespace {

class CustomerStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auth = std::make_unique<AuthStore>(*db);
        store = std::make_unique<CustomerStore>(*db);
        db->setClock(clock);
        owner = auth->addUserWithHash(QStringLiteral("agent3"), QStringLiteral("Agent Three"), Role::Agent,
                                      QStringLiteral("x"))
                    .value();
        backup = auth->addUserWithHash(QStringLiteral("agent4"), QStringLiteral("Agent Four"), Role::Agent,
                                       QStringLiteral("x"))
                     .value();
        add(1042, QStringLiteral("Jürgen Müller"), QStringLiteral("Müller GmbH"),
            QStringLiteral("j.mueller@example.de"), QStringLiteral("+49 30 1234567"), 75000);
        add(1043, QStringLiteral("Józef Łukasiewicz"), QString(), QStringLiteral("jozef@post.example"),
            QStringLiteral("+48 22 7654321"), 0);
        add(1044, QStringLiteral("Søren Ångström"), QStringLiteral("Nordlys ApS"), QStringLiteral("s@nordlys.example"),
            QStringLiteral("+45 3312 4455"), -1250);
        add(1045, QStringLiteral("Nguyễn Thị Hoa"), QString(), QStringLiteral("hoa@mail.example"),
            QStringLiteral("+84 24 5550101"), 10);
        add(1046, QStringLiteral("王伟"), QStringLiteral("王氏贸易有限公司"), QStringLiteral("wang.wei@mail.example"),
            QStringLiteral("+86 10 88886666"), 0);
        add(1047, QStringLiteral("Zoë Mueller"), QString(), QStringLiteral("zoe@mail.example"),
            QStringLiteral("+44 20 79460000"), 0);
    }

    // One customer with one e-mail, phone, address and account, indexed like the store does.
    qint64 add(int number, const QString &name, const QString &company, const QString &email, const QString &phone,
               qint64 balanceCents)
    {
        const qint64 id = number;
        const auto run = [&](const QString &sql, const QVariantList &values) {
            QSqlQuery q = db->prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            EXPECT_TRUE(q.exec()) << sql.toStdString();
        };
        const QString stamp = QStringLiteral("2024-01-01T10:00:00.000Z");
        run(QStringLiteral("INSERT INTO customers(id, public_id, name, company, language, owner_user_id, "
                           "backup_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, 'de', ?, ?, ?, ?)"),
            { id, QStringLiteral("C-%1").arg(number), name, company.isEmpty() ? QVariant() : QVariant(company),
              owner.id, backup.id, stamp, stamp });
        run(QStringLiteral("INSERT INTO customer_emails(customer_id, email) VALUES (?, ?)"), { id, email });
        const QString digits = CustomerStore::digitsOf(phone);
        QString rev = digits;
        std::reverse(rev.begin(), rev.end());
        run(QStringLiteral(
                "INSERT INTO customer_phones(customer_id, raw, digits, digits_reversed) VALUES (?, ?, ?, ?)"),
            { id, phone, digits, rev });
        run(QStringLiteral("INSERT INTO addresses(customer_id, street, city, postcode, country) "
                           "VALUES (?, 'Hauptstraße 5', 'Köln', '50667', 'DE')"),
            { id });
        run(QStringLiteral("INSERT INTO accounts(number, customer_id, status, plan, credit_limit_cents, balance_cents, "
                           "currency, opened_on) VALUES (?, ?, 'active', 'premium', 100000, ?, 'EUR', '2020-01-01')"),
            { QStringLiteral("A-%1").arg(100000 + number), id, balanceCents });
        EXPECT_TRUE(store->reindex(id).ok());
        return id;
    }

    QStringList ids(const QJsonObject &result)
    {
        QStringList out;
        for (const QJsonValue &item : result.value(QStringLiteral("items")).toArray())
            out.append(item.toObject().value(QStringLiteral("id")).toString());
        return out;
    }

    QJsonObject search(const QString &q, int limit = 20)
    {
        auto r = store->search(q, limit);
        EXPECT_TRUE(r.ok()) << q.toStdString() << ": " << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : QJsonObject {};
    }

    TempDatabase db;
    std::shared_ptr<ManualClock> clock
        = std::make_shared<ManualClock>(QDateTime(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC));
    std::unique_ptr<AuthStore> auth;
    std::unique_ptr<CustomerStore> store;
    UserInfo owner;
    UserInfo backup;
};

} // namespace

TEST_F(CustomerStoreTest, PrefixOfSurnameFindsCustomer)
{
    const QJsonObject r = search(QStringLiteral("Mül"));
    EXPECT_EQ(ids(r), QStringList { QStringLiteral("C-1042") });
    const QJsonObject item = r.value(QStringLiteral("items")).toArray().first().toObject();
    EXPECT_EQ(item.value(QStringLiteral("name")).toString(), QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(item.value(QStringLiteral("company")).toString(), QStringLiteral("Müller GmbH"));
    EXPECT_EQ(item.value(QStringLiteral("email")).toString(), QStringLiteral("j.mueller@example.de"));
    EXPECT_EQ(item.value(QStringLiteral("phone")).toString(), QStringLiteral("+49 30 1234567"));
    EXPECT_EQ(item.value(QStringLiteral("account")).toString(), QStringLiteral("A-101042"));
    EXPECT_EQ(item.value(QStringLiteral("match")).toString(), QStringLiteral("name"));
    const QJsonObject o = item.value(QStringLiteral("owner")).toObject();
    EXPECT_EQ(o.value(QStringLiteral("id")).toInteger(), owner.id);
    EXPECT_EQ(o.value(QStringLiteral("login")).toString(), QStringLiteral("agent3"));
    EXPECT_EQ(o.value(QStringLiteral("name")).toString(), QStringLiteral("Agent Three"));
    EXPECT_EQ(r.value(QStringLiteral("total")).toInteger(), 1);
}

TEST_F(CustomerStoreTest, SearchIgnoresDiacriticsAndCase)
{
    EXPECT_TRUE(ids(search(QStringLiteral("muller"))).contains(QStringLiteral("C-1042")));
    EXPECT_TRUE(ids(search(QStringLiteral("MÜLLER"))).contains(QStringLiteral("C-1042")));
    EXPECT_EQ(ids(search(QStringLiteral("jurgen mul"))), QStringList { QStringLiteral("C-1042") });
    EXPECT_EQ(ids(search(QStringLiteral("lukasiewicz"))), QStringList { QStringLiteral("C-1043") });
    EXPECT_EQ(ids(search(QStringLiteral("soren angst"))), QStringList { QStringLiteral("C-1044") });
    EXPECT_EQ(ids(search(QStringLiteral("nguyen hoa"))), QStringList { QStringLiteral("C-1045") });
    EXPECT_EQ(ids(search(QStringLiteral("Nguyễn"))), QStringList { QStringLiteral("C-1045") });
    EXPECT_EQ(ids(search(QStringLiteral("王"))), QStringList { QStringLiteral("C-1046") });
    EXPECT_EQ(ids(search(QStringLiteral("zoe"))), QStringList { QStringLiteral("C-1047") });
}

TEST_F(CustomerStoreTest, CompanyAndEmailWordsAreSearchable)
{
    const QJsonObject r = search(QStringLiteral("nordl"));
    EXPECT_EQ(ids(r), QStringList { QStringLiteral("C-1044") });
    EXPECT_EQ(r.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("match")).toString(),
              QStringLiteral("company"));
    // "mueller" is Zoë's surname and Jürgen's e-mail; both are found.
    const QStringList both = ids(search(QStringLiteral("mueller")));
    EXPECT_TRUE(both.contains(QStringLiteral("C-1042")));
    EXPECT_TRUE(both.contains(QStringLiteral("C-1047")));
}

TEST_F(CustomerStoreTest, ExactNumbersRankFirst)
{
    const QJsonObject account = search(QStringLiteral("A-101044"));
    ASSERT_FALSE(ids(account).isEmpty());
    EXPECT_EQ(ids(account).first(), QStringLiteral("C-1044"));
    EXPECT_EQ(
        account.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("match")).toString(),
        QStringLiteral("account"));
    EXPECT_EQ(ids(search(QStringLiteral("a-101044"))).first(), QStringLiteral("C-1044"));

    const QJsonObject customer = search(QStringLiteral("C-1043"));
    EXPECT_EQ(ids(customer).first(), QStringLiteral("C-1043"));
    EXPECT_EQ(
        customer.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("match")).toString(),
        QStringLiteral("id"));

    const QJsonObject email = search(QStringLiteral("J.Mueller@example.de"));
    EXPECT_EQ(ids(email).first(), QStringLiteral("C-1042"));
    EXPECT_EQ(
        email.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("match")).toString(),
        QStringLiteral("email"));
}

TEST_F(CustomerStoreTest, OrderAndInvoiceNumbersFindTheirCustomer)
{
    const auto run = [&](const QString &sql) {
        ASSERT_TRUE(db->exec(sql).ok()) << sql.toStdString();
    };
    run(QStringLiteral("INSERT INTO orders(number, customer_id, status, currency, created_at, updated_at) "
                       "VALUES ('O-200077', 1045, 'placed', 'EUR', '2024-05-01T10:00:00.000Z', "
                       "'2024-05-01T10:00:00.000Z')"));
    run(QStringLiteral("INSERT INTO invoices(number, customer_id, issued_on, due_on, total_cents, balance_cents, "
                       "currency, status) VALUES ('I-300099', 1043, '2024-05-01', '2024-05-31', 100, 100, 'EUR', "
                       "'open')"));
    const QJsonObject order = search(QStringLiteral("O-200077"));
    EXPECT_EQ(ids(order).value(0), QStringLiteral("C-1045"));
    EXPECT_EQ(order.value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("match")).toString(),
              QStringLiteral("order"));
    const QJsonObject invoice = search(QStringLiteral("i-300099"));
    EXPECT_EQ(ids(invoice).value(0), QStringLiteral("C-1043"));
    EXPECT_EQ(invoice.value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("match")).toString(),
              QStringLiteral("invoice"));
}

TEST_F(CustomerStoreTest, PhoneDigitsSuffixFindsCustomer)
{
    for (const QString &q : { QStringLiteral("1234567"), QStringLiteral("4567"), QStringLiteral("030 1234567"),
                              QStringLiteral("+49 30 123-4567"), QStringLiteral("0049301234567") }) {
        const QJsonObject r = search(q);
        ASSERT_FALSE(ids(r).isEmpty()) << q.toStdString();
        EXPECT_EQ(ids(r).first(), QStringLiteral("C-1042")) << q.toStdString();
        EXPECT_EQ(r.value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("match")).toString(),
                  QStringLiteral("phone"))
            << q.toStdString();
    }
    EXPECT_TRUE(ids(search(QStringLiteral("999999999"))).isEmpty());
}

TEST_F(CustomerStoreTest, EmptyQueryGivesNoItems)
{
    for (const QString &q : { QString(), QStringLiteral("   "), QStringLiteral("\t\n") }) {
        const QJsonObject r = search(q);
        EXPECT_TRUE(r.value(QStringLiteral("items")).toArray().isEmpty());
        EXPECT_EQ(r.value(QStringLiteral("total")).toInteger(), 0);
    }
}

TEST_F(CustomerStoreTest, HostileQueriesAreSafe)
{
    for (const QString &q :
         { QStringLiteral("\""), QStringLiteral("AND ("), QStringLiteral("*"),
           QStringLiteral("'; DROP TABLE customers; --"), QStringLiteral("NEAR(a b)"), QStringLiteral("name:muller"),
           QStringLiteral("^mul"), QStringLiteral("a OR"), QStringLiteral("\"unterminated"),
           QStringLiteral("{name company}: x"), QStringLiteral("- + ( ) :"), QStringLiteral("NOT"), QString(300, u'x'),
           QStringLiteral("%_\\") }) {
        auto r = store->search(q, 20);
        EXPECT_TRUE(r.ok()) << q.toStdString() << ": " << (r.ok() ? "" : r.error().message.toStdString());
    }
    EXPECT_EQ(ids(search(QStringLiteral("\"Müller"))).value(0), QStringLiteral("C-1042"));
    EXPECT_TRUE(store->exists(QStringLiteral("C-1042")));
}

TEST_F(CustomerStoreTest, AnEmailAddressBeingTypedFindsItsCustomersByPrefixInAnyCase)
{
    for (const QString &typed :
         { QStringLiteral("j.mueller@"), QStringLiteral("J.Mueller@Exa"), QStringLiteral("j.mueller@example.de") }) {
        const QJsonObject r = search(typed);
        EXPECT_EQ(ids(r), QStringList { QStringLiteral("C-1042") }) << typed.toStdString();
        EXPECT_EQ(r.value(QStringLiteral("total")).toInteger(), 1) << typed.toStdString();
        EXPECT_EQ(
            r.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("match")).toString(),
            QStringLiteral("email"));
    }
    // Only addresses that start so: the domain's words in other customers' addresses do not count.
    EXPECT_EQ(ids(search(QStringLiteral("zoe@mail"))), QStringList { QStringLiteral("C-1047") });
    EXPECT_TRUE(ids(search(QStringLiteral("zoe@post"))).isEmpty());
    EXPECT_TRUE(ids(search(QStringLiteral("j.mueller@example.de.x"))).isEmpty());
}

TEST_F(CustomerStoreTest, SearchRespectsLimit)
{
    const QJsonObject r = search(QStringLiteral("mail"), 2); // hoa@, wang.wei@, zoe@mail.example
    EXPECT_EQ(r.value(QStringLiteral("items")).toArray().size(), 2);
    EXPECT_EQ(r.value(QStringLiteral("total")).toInteger(), 3);
}

TEST_F(CustomerStoreTest, GetReturnsUnifiedView)
{
    auto r = store->get(QStringLiteral("C-1042"));
    ASSERT_TRUE(r.ok());
    const QJsonObject c = r->toJson().value(QStringLiteral("customer")).toObject();
    EXPECT_EQ(c.value(QStringLiteral("id")).toString(), QStringLiteral("C-1042"));
    EXPECT_EQ(c.value(QStringLiteral("name")).toString(), QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(c.value(QStringLiteral("emails")).toArray(), QJsonArray { QStringLiteral("j.mueller@example.de") });
    EXPECT_EQ(c.value(QStringLiteral("phones")).toArray(), QJsonArray { QStringLiteral("+49 30 1234567") });
    EXPECT_EQ(c.value(QStringLiteral("address")).toObject().value(QStringLiteral("city")).toString(),
              QStringLiteral("Köln"));
    EXPECT_EQ(c.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    EXPECT_EQ(c.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_EQ(c.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString(),
              QStringLiteral("agent3"));
    EXPECT_EQ(c.value(QStringLiteral("backup")).toObject().value(QStringLiteral("login")).toString(),
              QStringLiteral("agent4"));
    EXPECT_EQ(c.value(QStringLiteral("backup")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Agent Four"));
    const QJsonObject account = c.value(QStringLiteral("account")).toObject();
    EXPECT_EQ(account.value(QStringLiteral("number")).toString(), QStringLiteral("A-101042"));
    EXPECT_EQ(account.value(QStringLiteral("balance")).toString(), QStringLiteral("750.00"));
    EXPECT_EQ(account.value(QStringLiteral("creditLimit")).toString(), QStringLiteral("1000.00"));
    EXPECT_EQ(account.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_TRUE(r->toJson().value(QStringLiteral("openOrders")).isArray());
    EXPECT_TRUE(r->toJson().value(QStringLiteral("recentHistory")).isArray());

    EXPECT_EQ(store->get(QStringLiteral("C-1044"))
                  ->toJson()
                  .value(QStringLiteral("customer"))
                  .toObject()
                  .value(QStringLiteral("account"))
                  .toObject()
                  .value(QStringLiteral("balance"))
                  .toString(),
              QStringLiteral("-12.50"));
}

TEST_F(CustomerStoreTest, UnknownCustomerIsNotFound)
{
    auto r = store->get(QStringLiteral("C-9999"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(store->exists(QStringLiteral("C-9999")));
    EXPECT_EQ(store->addNote(QStringLiteral("C-9999"), owner.id, QStringLiteral("hi")).error().code,
              ErrorCode::NotFound);
}

TEST_F(CustomerStoreTest, AddNoteBumpsVersionAndAppearsFirstInHistory)
{
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO history(customer_id, at, type, author_user_id, summary) "
                                        "VALUES (1042, '2024-01-02T08:00:00.000Z', 'contact', 2, 'Older call')"))
                    .ok());
    QJsonObject note;
    auto w = db->write([&]() -> Result<void> {
        auto r = store->addNote(QStringLiteral("C-1042"), owner.id, QStringLiteral("  Called back — all good ✓  "));
        if (!r)
            return r.error();
        note = *r;
        return {};
    });
    ASSERT_TRUE(w.ok()) << w.error().message.toStdString();
    EXPECT_EQ(note.value(QStringLiteral("customer")).toString(), QStringLiteral("C-1042"));
    EXPECT_EQ(note.value(QStringLiteral("version")).toInteger(), 2);
    const QJsonObject n = note.value(QStringLiteral("note")).toObject();
    EXPECT_EQ(n.value(QStringLiteral("type")).toString(), QStringLiteral("note"));
    EXPECT_EQ(n.value(QStringLiteral("author")).toString(), QStringLiteral("agent3"));
    EXPECT_EQ(n.value(QStringLiteral("text")).toString(), QStringLiteral("Called back — all good ✓"));
    EXPECT_EQ(n.value(QStringLiteral("at")).toString(), QStringLiteral("2024-05-06T09:00:00.000Z"));

    auto view = store->get(QStringLiteral("C-1042"));
    ASSERT_TRUE(view.ok());
    EXPECT_EQ(view->toJson().value(QStringLiteral("customer")).toObject().value(QStringLiteral("version")).toInteger(),
              2);
    const QJsonArray history = view->toJson().value(QStringLiteral("recentHistory")).toArray();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0].toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Called back — all good ✓"));
    EXPECT_EQ(history[0].toObject().value(QStringLiteral("id")).toInteger(), n.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(history[1].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Older call"));

    auto again = store->addNote(QStringLiteral("C-1042"), owner.id, QStringLiteral("second"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->value(QStringLiteral("version")).toInteger(), 3);
}

TEST_F(CustomerStoreTest, AddNoteRejectsEmptyAndOverlongText)
{
    for (const QString &text : { QString(), QStringLiteral("   "), QString(CustomerStore::kMaxNoteLength + 1, u'x') }) {
        auto r = store->addNote(QStringLiteral("C-1042"), owner.id, text);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::BadRequest);
    }
    EXPECT_TRUE(store->addNote(QStringLiteral("C-1042"), owner.id, QString(CustomerStore::kMaxNoteLength, u'x')).ok());
}

TEST_F(CustomerStoreTest, AddNoteFailureInsideCallersTransactionRollsBack)
{
    auto w = db->write([&]() -> Result<void> {
        auto r = store->addNote(QStringLiteral("C-1042"), owner.id, QStringLiteral("kept?"));
        if (!r)
            return r.error();
        return makeError(ErrorCode::Conflict, QStringLiteral("caller gives up"));
    });
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM history")), 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT version FROM customers WHERE id = 1042")), 1);
}

TEST_F(CustomerStoreTest, ReindexFollowsRenames)
{
    ASSERT_TRUE(
        db->exec(QStringLiteral("UPDATE customers SET name = 'Jürgen Schmidt', company = NULL WHERE id = 1042")).ok());
    ASSERT_TRUE(store->reindex(1042).ok());
    EXPECT_TRUE(ids(search(QStringLiteral("schmidt"))).contains(QStringLiteral("C-1042")));
    EXPECT_FALSE(ids(search(QStringLiteral("jurgen muller"))).contains(QStringLiteral("C-1042")));
}

TEST(CustomerStoreHelpers, FoldAndMoney)
{
    EXPECT_EQ(CustomerStore::fold(QStringLiteral("Müller")), QStringLiteral("muller"));
    EXPECT_EQ(CustomerStore::fold(QStringLiteral("Łukasiewicz")), QStringLiteral("lukasiewicz"));
    EXPECT_EQ(CustomerStore::fold(QStringLiteral("Søren Ångström")), QStringLiteral("soren angstrom"));
    EXPECT_EQ(CustomerStore::fold(QStringLiteral("Straße")), QStringLiteral("strasse"));
    EXPECT_EQ(CustomerStore::fold(QStringLiteral("Nguyễn")), QStringLiteral("nguyen"));
    EXPECT_EQ(CustomerStore::formatCents(12050), QStringLiteral("120.50"));
    EXPECT_EQ(CustomerStore::formatCents(5), QStringLiteral("0.05"));
    EXPECT_EQ(CustomerStore::formatCents(-5), QStringLiteral("-0.05"));
    EXPECT_EQ(CustomerStore::formatCents(0), QStringLiteral("0.00"));
    EXPECT_EQ(CustomerStore::digitsOf(QStringLiteral("+49 (30) 123-45")), QStringLiteral("493012345"));
}
