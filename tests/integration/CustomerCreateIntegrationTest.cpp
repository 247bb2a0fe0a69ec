#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <QJsonArray>
#include <QUuid>

#include <gtest/gtest.h>

// New customers against the real coordinator: customer.create by agents and leads with its
// duplicate check and `force`, and contact.inbound by `from` (a phone number or an e-mail
// address) that finds the caller or makes them a prospect.

using namespace spocs;
using namespace spocs::test;

namespace {

class CustomerCreateTest : public ::testing::Test
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
    void SetUp() override { ASSERT_TRUE(signIn(m_agent, QStringLiteral("agent1"))); }

    static bool signIn(Connection &connection, const QString &login)
    {
        return loginAndWait(connection, s_coordinator->url(), login).ok;
    }
    static Reply create(Connection &connection, QJsonObject args)
    {
        args.insert(QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        return call(connection, QStringLiteral("customer.create"), args);
    }
    static Reply inbound(Connection &connection, const QString &from)
    {
        return call(connection, QStringLiteral("contact.inbound"),
                    { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                      { QStringLiteral("channel"), QStringLiteral("phone") },
                      { QStringLiteral("from"), from } });
    }
    QJsonObject customer(const QString &id)
    {
        const Reply r = call(m_agent, QStringLiteral("customer.get"), { { QStringLiteral("id"), id } });
        EXPECT_TRUE(r.ok) << r.error.message.toStdString();
        return r.data;
    }
    // How many customers a search for this text finds.
    int found(const QString &text)
    {
        const Reply r = call(m_agent, QStringLiteral("customer.search"), { { QStringLiteral("q"), text } });
        EXPECT_TRUE(r.ok) << r.error.message.toStdString();
        return int(r.data.value(QStringLiteral("items")).toArray().size());
    }

    static CoordinatorProcess *s_coordinator;
    Connection m_agent;
};
CoordinatorProcess *CustomerCreateTest::s_coordinator = nullptr;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString fieldOf(const Reply &r)
{
    return r.error.details.value(QStringLiteral("field")).toString();
}

QStringList candidateIds(const Reply &r)
{
    QStringList ids;
    for (const QJsonValue &c : r.error.details.value(QStringLiteral("candidates")).toArray())
        ids.append(c.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

} // namespace

TEST_F(CustomerCreateTest, NewCustomerIsAProspectOwnedByItsCreatorAndFoundBySearch)
{
    const Reply created
        = create(m_agent,
                 { { QStringLiteral("name"), QStringLiteral("Theodora Quillfeather") },
                   { QStringLiteral("company"), QStringLiteral("Quill & Ink Ltd") },
                   { QStringLiteral("emails"), QJsonArray { QStringLiteral("theodora@quill.example") } },
                   { QStringLiteral("phones"), QJsonArray { QStringLiteral("+44 20 7946 0101") } },
                   { QStringLiteral("address"),
                     QJsonObject { { QStringLiteral("street"), QStringLiteral("1 Fleet Street") },
                                   { QStringLiteral("city"), QStringLiteral("London") },
                                   { QStringLiteral("postcode"), QStringLiteral("EC4Y 1AA") },
                                   { QStringLiteral("country"), QStringLiteral("GB") } } },
                   { QStringLiteral("language"), QStringLiteral("en") } });
    ASSERT_TRUE(created.ok) << created.error.message.toStdString();
    const QJsonObject answer = obj(created.data, "customer");
    const QString id = str(answer, "id");
    ASSERT_TRUE(id.startsWith(QStringLiteral("C-")));
    EXPECT_GT(created.data.value(QStringLiteral("seq")).toInteger(), 0);

    const QJsonObject view = customer(id);
    const QJsonObject c = obj(view, "customer");
    EXPECT_EQ(str(c, "name"), QStringLiteral("Theodora Quillfeather"));
    EXPECT_EQ(str(c, "company"), QStringLiteral("Quill & Ink Ltd"));
    EXPECT_EQ(str(obj(c, "account"), "status"), QStringLiteral("prospect"));
    EXPECT_FALSE(str(obj(c, "account"), "number").isEmpty());
    EXPECT_EQ(str(obj(c, "owner"), "login"), QStringLiteral("agent1"));
    EXPECT_EQ(str(obj(c, "address"), "city"), QStringLiteral("London"));
    EXPECT_EQ(str(c, "preferredChannel"), QStringLiteral("phone"));
    EXPECT_TRUE(c.value(QStringLiteral("phones")).toArray().contains(QStringLiteral("+44 20 7946 0101")));
    // The history says who created them.
    const QJsonArray history = view.value(QStringLiteral("recentHistory")).toArray();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(str(history.first().toObject(), "author"), QStringLiteral("agent1"));
    EXPECT_TRUE(str(history.first().toObject(), "text").contains(QStringLiteral("prospect")));

    // Searchable at once, by name and by phone digits.
    EXPECT_EQ(found(QStringLiteral("Quillfeather")), 1);
    EXPECT_EQ(found(QStringLiteral("79460101")), 1);

    // Audited as a write of that customer.
    Connection admin;
    ASSERT_TRUE(signIn(admin, QStringLiteral("admin")));
    const Reply audit = call(admin, QStringLiteral("audit.query"),
                             { { QStringLiteral("customer"), id },
                               { QStringLiteral("from"), QStringLiteral("2000-01-01") },
                               { QStringLiteral("to"), QStringLiteral("2100-01-01") } });
    ASSERT_TRUE(audit.ok) << audit.error.message.toStdString();
    QStringList actions;
    for (const QJsonValue &e : audit.data.value(QStringLiteral("entries")).toArray())
        actions.append(str(e.toObject(), "action"));
    EXPECT_TRUE(actions.contains(QStringLiteral("customer.create"))) << actions.join(u' ').toStdString();
}

TEST_F(CustomerCreateTest, SameEmailOrPhoneAnswersConflictWithTheCandidatesAndStoresNothing)
{
    const QJsonObject existing = obj(customer(QStringLiteral("C-1000")), "customer");
    const QString email = existing.value(QStringLiteral("emails")).toArray().first().toString();
    const QString phone = existing.value(QStringLiteral("phones")).toArray().first().toString();
    ASSERT_FALSE(email.isEmpty());
    ASSERT_FALSE(phone.isEmpty());

    const Reply byEmail = create(m_agent,
                                 { { QStringLiteral("name"), QStringLiteral("Duplicate Daisy") },
                                   { QStringLiteral("emails"), QJsonArray { email.toUpper() } } });
    ASSERT_FALSE(byEmail.ok);
    EXPECT_EQ(errorName(byEmail), QStringLiteral("conflict"));
    EXPECT_TRUE(candidateIds(byEmail).contains(QStringLiteral("C-1000")));
    const QJsonObject first = byEmail.error.details.value(QStringLiteral("candidates")).toArray().first().toObject();
    EXPECT_EQ(str(first, "match"), QStringLiteral("email"));
    EXPECT_FALSE(str(first, "name").isEmpty());

    // The same number typed with the international "00" and without spaces.
    QString digits;
    for (const QChar ch : phone) {
        if (ch.isDigit())
            digits.append(ch);
    }
    const Reply byPhone
        = create(m_agent,
                 { { QStringLiteral("name"), QStringLiteral("Duplicate Daisy") },
                   { QStringLiteral("phones"), QJsonArray { QString(QStringLiteral("00") + digits) } } });
    ASSERT_FALSE(byPhone.ok);
    EXPECT_EQ(errorName(byPhone), QStringLiteral("conflict"));
    EXPECT_TRUE(candidateIds(byPhone).contains(QStringLiteral("C-1000")));
    EXPECT_EQ(found(QStringLiteral("Duplicate Daisy")), 0) << "a conflict creates nobody";
}

TEST_F(CustomerCreateTest, ForceCreatesTheCustomerDespiteTheDuplicate)
{
    const QJsonObject existing = obj(customer(QStringLiteral("C-1001")), "customer");
    const QString email = existing.value(QStringLiteral("emails")).toArray().first().toString();
    const QJsonObject args { { QStringLiteral("name"), QStringLiteral("Shared Mailbox Sam") },
                             { QStringLiteral("emails"), QJsonArray { email } } };
    ASSERT_EQ(errorName(create(m_agent, args)), QStringLiteral("conflict"));
    QJsonObject forced = args;
    forced.insert(QStringLiteral("force"), true);
    const Reply created = create(m_agent, forced);
    ASSERT_TRUE(created.ok) << created.error.message.toStdString();
    const QString id = str(obj(created.data, "customer"), "id");
    EXPECT_NE(id, QStringLiteral("C-1001"));
    EXPECT_TRUE(obj(customer(id), "customer").value(QStringLiteral("emails")).toArray().contains(email));
}

TEST_F(CustomerCreateTest, LeadsCreateCustomersAdminsAndIntegrationsMayNot)
{
    Connection lead, admin, telephony;
    ASSERT_TRUE(signIn(lead, QStringLiteral("lead1")));
    ASSERT_TRUE(signIn(admin, QStringLiteral("admin")));
    ASSERT_TRUE(signIn(telephony, QStringLiteral("telephony")));
    const QJsonObject args { { QStringLiteral("name"), QStringLiteral("Rights Roberta") } };
    const Reply byLead = create(lead, args);
    ASSERT_TRUE(byLead.ok) << byLead.error.message.toStdString();
    EXPECT_EQ(str(obj(obj(byLead.data, "customer"), "owner"), "login"), QStringLiteral("lead1"));
    EXPECT_EQ(errorName(create(admin, args)), QStringLiteral("forbidden"));
    EXPECT_EQ(errorName(create(telephony, args)), QStringLiteral("forbidden"));
    EXPECT_EQ(found(QStringLiteral("Rights Roberta")), 1);
}

TEST_F(CustomerCreateTest, BadInputIsRefusedNamingTheFieldAndStoresNothing)
{
    const auto fails = [&](const QJsonObject &args) {
        return create(m_agent, args);
    };
    const QString name = QStringLiteral("Badinput Bartholomew");

    Reply r = fails({ { QStringLiteral("name"), QStringLiteral("   ") } });
    EXPECT_EQ(errorName(r), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(r), QStringLiteral("name"));
    r = fails({ { QStringLiteral("emails"), QJsonArray { QStringLiteral("x@y.example") } } });
    EXPECT_EQ(fieldOf(r), QStringLiteral("name")) << "name is required";
    r = fails({ { QStringLiteral("name"), QString(201, u'n') } });
    EXPECT_EQ(errorName(r), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(r), QStringLiteral("name"));
    r = fails({ { QStringLiteral("name"), name }, { QStringLiteral("company"), QString(201, u'c') } });
    EXPECT_EQ(fieldOf(r), QStringLiteral("company"));
    r = fails(
        { { QStringLiteral("name"), name }, { QStringLiteral("emails"), QJsonArray { QStringLiteral("not-mail") } } });
    EXPECT_EQ(errorName(r), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(r), QStringLiteral("emails"));
    QJsonArray six;
    for (int i = 0; i < 6; ++i)
        six.append(QStringLiteral("b%1@bad.example").arg(i));
    EXPECT_EQ(fieldOf(fails({ { QStringLiteral("name"), name }, { QStringLiteral("emails"), six } })),
              QStringLiteral("emails"));
    EXPECT_EQ(fieldOf(fails({ { QStringLiteral("name"), name },
                              { QStringLiteral("phones"), QJsonArray { QStringLiteral("call me") } } })),
              QStringLiteral("phones"));
    EXPECT_EQ(fieldOf(fails({ { QStringLiteral("name"), name },
                              { QStringLiteral("address"),
                                QJsonObject { { QStringLiteral("street"), QStringLiteral("x") } } } })),
              QStringLiteral("address"));
    EXPECT_EQ(
        fieldOf(fails({ { QStringLiteral("name"), name }, { QStringLiteral("language"), QStringLiteral("english") } })),
        QStringLiteral("language"));
    EXPECT_EQ(fieldOf(fails(
                  { { QStringLiteral("name"), name }, { QStringLiteral("preferredChannel"), QStringLiteral("fax") } })),
              QStringLiteral("preferredChannel"));
    // A card number typed into a field never gets stored.
    r = fails({ { QStringLiteral("name"), QStringLiteral("Card 4111 1111 1111 1111") } });
    EXPECT_EQ(errorName(r), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(r), QStringLiteral("name"));
    EXPECT_EQ(found(name), 0);
    // The service keeps serving.
    EXPECT_TRUE(create(m_agent, { { QStringLiteral("name"), name } }).ok);
}

TEST_F(CustomerCreateTest, InboundByPhoneOrEmailFindsTheCallerInAnyFormat)
{
    Connection telephony;
    ASSERT_TRUE(signIn(telephony, QStringLiteral("telephony")));
    const QJsonObject existing = obj(customer(QStringLiteral("C-1002")), "customer");
    const QString phone = existing.value(QStringLiteral("phones")).toArray().first().toString();
    const QString email = existing.value(QStringLiteral("emails")).toArray().first().toString();

    const Reply byPhone = inbound(telephony, phone.simplified().remove(u' '));
    ASSERT_TRUE(byPhone.ok) << byPhone.error.message.toStdString();
    EXPECT_EQ(str(obj(obj(byPhone.data, "contact"), "customer"), "id"), QStringLiteral("C-1002"));
    EXPECT_FALSE(byPhone.data.value(QStringLiteral("customerCreated")).toBool());

    const Reply byEmail = inbound(telephony, email.toUpper());
    ASSERT_TRUE(byEmail.ok) << byEmail.error.message.toStdString();
    EXPECT_EQ(str(obj(obj(byEmail.data, "contact"), "customer"), "id"), QStringLiteral("C-1002"));
}

TEST_F(CustomerCreateTest, InboundFromAnUnknownNumberOrAddressCreatesOneProspect)
{
    Connection telephony;
    ASSERT_TRUE(signIn(telephony, QStringLiteral("telephony")));
    const Reply first = inbound(telephony, QStringLiteral("+353 1 555 0199"));
    ASSERT_TRUE(first.ok) << first.error.message.toStdString();
    EXPECT_TRUE(first.data.value(QStringLiteral("customerCreated")).toBool());
    const QString id = str(obj(obj(first.data, "contact"), "customer"), "id");
    const QJsonObject c = obj(customer(id), "customer");
    EXPECT_EQ(str(obj(c, "account"), "status"), QStringLiteral("prospect"));
    EXPECT_TRUE(c.value(QStringLiteral("owner")).isNull());
    EXPECT_TRUE(c.value(QStringLiteral("phones")).toArray().contains(QStringLiteral("+353 1 555 0199")));

    // They call again: the same customer, nobody new.
    const Reply again = inbound(telephony, QStringLiteral("+35315550199"));
    ASSERT_TRUE(again.ok) << again.error.message.toStdString();
    EXPECT_EQ(str(obj(obj(again.data, "contact"), "customer"), "id"), id);
    EXPECT_FALSE(again.data.value(QStringLiteral("customerCreated")).toBool());

    const Reply mail = inbound(telephony, QStringLiteral("newcomer.nell@inbound.example"));
    ASSERT_TRUE(mail.ok) << mail.error.message.toStdString();
    EXPECT_TRUE(mail.data.value(QStringLiteral("customerCreated")).toBool());
    const QJsonObject m = obj(customer(str(obj(obj(mail.data, "contact"), "customer"), "id")), "customer");
    EXPECT_EQ(str(m, "preferredChannel"), QStringLiteral("email"));
    EXPECT_TRUE(m.value(QStringLiteral("emails")).toArray().contains(QStringLiteral("newcomer.nell@inbound.example")));
}

TEST_F(CustomerCreateTest, InboundFromBadInputIsRefusedAndByCustomerStillWorks)
{
    Connection telephony;
    ASSERT_TRUE(signIn(telephony, QStringLiteral("telephony")));
    Reply r = inbound(telephony, QStringLiteral("hello there"));
    EXPECT_EQ(errorName(r), QStringLiteral("bad_request"));
    EXPECT_EQ(fieldOf(r), QStringLiteral("from"));
    r = inbound(telephony, QStringLiteral("  "));
    EXPECT_EQ(fieldOf(r), QStringLiteral("from"));
    r = call(telephony, QStringLiteral("contact.inbound"),
             { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
               { QStringLiteral("channel"), QStringLiteral("phone") },
               { QStringLiteral("from"), QStringLiteral("+49 30 5550101") },
               { QStringLiteral("customer"), QStringLiteral("C-1003") } });
    EXPECT_EQ(fieldOf(r), QStringLiteral("from"));
    EXPECT_EQ(found(QStringLiteral("hello there")), 0);

    r = call(telephony, QStringLiteral("contact.inbound"),
             { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
               { QStringLiteral("channel"), QStringLiteral("phone") },
               { QStringLiteral("customer"), QStringLiteral("C-1003") } });
    ASSERT_TRUE(r.ok) << r.error.message.toStdString();
    EXPECT_EQ(str(obj(obj(r.data, "contact"), "customer"), "id"), QStringLiteral("C-1003"));
    // An agent still may not invent contacts.
    EXPECT_EQ(errorName(inbound(m_agent, QStringLiteral("+49 30 5550102"))), QStringLiteral("forbidden"));
}
