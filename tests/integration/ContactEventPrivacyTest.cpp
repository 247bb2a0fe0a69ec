#include "ConsultSupport.h"

#include <QJsonDocument>

// A contact's notes and tasks reach the people on it and the leads (contact:<id>), never the
// colleagues who merely have its customer open (customer:<id>) nor an admin watching the queue.

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

namespace {

bool mentions(const protocol::Event &e, const QString &text)
{
    return QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)).contains(text);
}

} // namespace

TEST(ContactEventPrivacy, AnUninvolvedAgentWithTheCustomerOpenNeverReceivesTheNotes)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, colleague, lead, admin;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(colleague.signIn(w.coordinator.url(), w.otherAgent()));
    ASSERT_TRUE(lead.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    ASSERT_TRUE(admin.signIn(w.coordinator.url(), QStringLiteral("admin")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const QString contactTopic = QStringLiteral("contact:%1").arg(contact);
    const QString customerTopic = QStringLiteral("customer:%1").arg(w.customer);

    ASSERT_TRUE(rep.follow(contactTopic));
    ASSERT_TRUE(rep.follow(customerTopic));
    ASSERT_TRUE(colleague.follow(customerTopic));
    EXPECT_FALSE(colleague.follow(contactTopic)) << "a colleague not on the contact";
    EXPECT_FALSE(colleague.follow(QStringLiteral("queue"))) << "the queue is for leads and admins";
    ASSERT_TRUE(lead.follow(contactTopic));
    ASSERT_TRUE(lead.follow(QStringLiteral("queue")));
    ASSERT_TRUE(admin.follow(QStringLiteral("queue")));
    EXPECT_FALSE(admin.follow(contactTopic));
    EXPECT_FALSE(call(admin.connection, QStringLiteral("contact.get"), { { QStringLiteral("id"), contact } }).ok)
        << "an admin reads no contact";

    for (Desk *d : { &rep, &colleague, &lead, &admin })
        d->events.clear();
    const QString secret = QStringLiteral("Customer mentioned a debt problem");
    ASSERT_TRUE(rep.write(QStringLiteral("contact.notes.set"),
                          { { QStringLiteral("id"), contact }, { QStringLiteral("notes"), secret } })
                    .ok);
    ASSERT_TRUE(rep.write(QStringLiteral("contact.task.add"),
                          { { QStringLiteral("id"), contact }, { QStringLiteral("kind"), QStringLiteral("other") } })
                    .ok);

    const auto withNotes = [&](const QJsonObject &d) {
        return d.value(QStringLiteral("contact")).toObject().value(QStringLiteral("notes")).toString() == secret;
    };
    const auto hasTask = [&](const QJsonObject &d) {
        return !d.value(QStringLiteral("contact")).toObject().value(QStringLiteral("tasks")).toArray().isEmpty();
    };
    // The people on the contact and the leads read the notes live.
    EXPECT_FALSE(rep.take(QStringLiteral("contact.updated"), withNotes).isEmpty());
    EXPECT_FALSE(rep.take(QStringLiteral("contact.updated"), hasTask).isEmpty());
    EXPECT_FALSE(lead.take(QStringLiteral("contact.updated"), withNotes).isEmpty());
    EXPECT_FALSE(lead.take(QStringLiteral("contact.updated"), hasTask).isEmpty());

    // The colleague's customer view still hears of both changes, and so does the admin's queue.
    const auto count = [&](const Desk &d, const QString &kind) {
        return std::count_if(d.events.cbegin(), d.events.cend(), [&](const protocol::Event &e) {
            return e.kind == kind && idOf(e.data.value(QStringLiteral("contact"))) == contact;
        });
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return count(colleague, QStringLiteral("contact.updated")) == 2; }, 10000))
        << "open customer views refresh";
    EXPECT_TRUE(QTest::qWaitFor([&] { return count(admin, QStringLiteral("queue.changed")) == 2; }, 10000));
    for (const Desk *d : { &colleague, &admin, &rep, &lead }) {
        for (const protocol::Event &e : d->events) {
            if (e.topic == contactTopic)
                continue;
            EXPECT_FALSE(mentions(e, secret))
                << d->login.toStdString() << " got the notes on " << e.topic.toStdString();
            EXPECT_FALSE(e.data.value(QStringLiteral("contact")).toObject().contains(QStringLiteral("tasks")))
                << d->login.toStdString() << " got the tasks on " << e.topic.toStdString();
        }
    }
    // The owner's own contact still carries them (the customer's copy never replaces it).
    const QJsonObject own = contactOf(rep.connection, contact);
    EXPECT_EQ(own.value(QStringLiteral("notes")).toString(), secret);
}

// The same rule for a request: contact.get gives the notes and tasks to leads and the people on
// the contact, and a colleague who only has the customer open the summary.
TEST(ContactEventPrivacy, AnUninvolvedAgentAskingForTheContactGetsNoNotes)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, colleague, lead;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(colleague.signIn(w.coordinator.url(), w.otherAgent()));
    ASSERT_TRUE(lead.signIn(w.coordinator.url(), QStringLiteral("lead1")));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const QString secret = QStringLiteral("Asked us not to call at work");
    ASSERT_TRUE(rep.write(QStringLiteral("contact.notes.set"),
                          { { QStringLiteral("id"), contact }, { QStringLiteral("notes"), secret } })
                    .ok);
    ASSERT_TRUE(rep.write(QStringLiteral("contact.task.add"),
                          { { QStringLiteral("id"), contact }, { QStringLiteral("kind"), QStringLiteral("other") } })
                    .ok);

    for (Desk *d : { &rep, &lead }) {
        const QJsonObject whole = contactOf(d->connection, contact);
        EXPECT_EQ(whole.value(QStringLiteral("notes")).toString(), secret) << d->login.toStdString();
        EXPECT_FALSE(whole.value(QStringLiteral("tasks")).toArray().isEmpty()) << d->login.toStdString();
    }
    const Reply asked
        = call(colleague.connection, QStringLiteral("contact.get"), { { QStringLiteral("id"), contact } });
    ASSERT_TRUE(asked.ok) << qPrintable(asked.error.message);
    const QJsonObject summary = asked.data.value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(idOf(summary), contact) << "the contact itself is no secret: its state and customer show";
    EXPECT_FALSE(QString::fromUtf8(QJsonDocument(summary).toJson()).contains(secret));
    EXPECT_FALSE(summary.contains(QStringLiteral("tasks")));
}
