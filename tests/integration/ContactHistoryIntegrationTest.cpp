#include "ConsultSupport.h"

// A contact's story stays with the customer: closing, abandoning, forwarding, handing over and
// consulting write history items that the next agent sees in customer.get and live on the
// customer's topic; customer.get lists the closed contacts of the last 90 days. Real coordinator,
// real clients (the customer's owner, an expert, a second agent and a lead).

using namespace spocs;
using namespace spocs::test;
using namespace spocs::test::consult;

namespace {

QJsonObject customerView(Connection &c, const QString &customer)
{
    const Reply r = call(c, QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } });
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    return r.data;
}

// The history items of the view that point at this contact, oldest first.
QList<QJsonObject> itemsOf(const QJsonObject &view, qint64 contact)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : view.value(QStringLiteral("recentHistory")).toArray()) {
        if (v.toObject().value(QStringLiteral("ref")).toString() == QString::number(contact))
            out.prepend(v.toObject());
    }
    return out;
}

QJsonObject closedEntry(const QJsonObject &view, qint64 contact)
{
    for (const QJsonValue &v : view.value(QStringLiteral("contacts")).toArray()) {
        if (idOf(v) == contact)
            return v.toObject();
    }
    return {};
}

bool listsOpen(const QJsonObject &view, qint64 contact)
{
    const QJsonArray open = view.value(QStringLiteral("openContacts")).toArray();
    return std::any_of(open.begin(), open.end(), [&](const QJsonValue &v) { return idOf(v) == contact; });
}

QString text(const QJsonObject &item)
{
    return item.value(QStringLiteral("text")).toString();
}

// How the history names an agent or expert: by the name the lead's floor shows.
QString nameOf(Connection &lead, const QString &login)
{
    const Reply r = call(lead, QStringLiteral("lead.snapshot"));
    EXPECT_TRUE(r.ok) << r.error.message.toStdString();
    for (const QJsonValue &v : r.data.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject user = v.toObject().value(QStringLiteral("user")).toObject();
        if (user.value(QStringLiteral("login")).toString() == login)
            return user.value(QStringLiteral("name")).toString();
    }
    ADD_FAILURE() << "no agent " << login.toStdString();
    return login;
}

// The rep saves `notes` on the contact; the contact's version after it (0 if the save failed).
qint64 saveNotes(Desk &rep, qint64 contact, const QString &notes)
{
    if (!rep.write(QStringLiteral("contact.notes.set"),
                   { { QStringLiteral("id"), contact }, { QStringLiteral("notes"), notes } })
             .ok)
        return 0;
    return contactOf(rep.connection, contact).value(QStringLiteral("version")).toInteger();
}

// contact.close's arguments: resolved as orders.where at `version`, with `notes` sent along.
QJsonObject closeWithNotes(qint64 contact, qint64 version, const QJsonValue &notes)
{
    return QJsonObject { { QStringLiteral("id"), contact },
                         { QStringLiteral("version"), version },
                         { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                         { QStringLiteral("outcome"), QStringLiteral("resolved") },
                         { QStringLiteral("notes"), notes } };
}

} // namespace

TEST(ContactHistory, ClosedContactIsInTheNextAgentsViewAndArrivesLive)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, next;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    ASSERT_TRUE(next.signIn(w.coordinator.url(), w.otherAgent(0)));
    ASSERT_TRUE(next.follow(QStringLiteral("customer:%1").arg(w.customer)));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const Reply task
        = rep.write(QStringLiteral("contact.task.add"),
                    { { QStringLiteral("id"), contact }, { QStringLiteral("kind"), QStringLiteral("order_status") } });
    ASSERT_TRUE(task.ok) << task.error.message.toStdString();
    ASSERT_TRUE(rep.write(QStringLiteral("contact.notes.set"),
                          { { QStringLiteral("id"), contact },
                            { QStringLiteral("notes"), QStringLiteral("Parcel stuck in Leipzig since Monday.") } })
                    .ok);
    const qint64 version = contactOf(rep.connection, contact).value(QStringLiteral("version")).toInteger();
    const Reply closed = rep.write(
        QStringLiteral("contact.close"),
        { { QStringLiteral("id"), contact },
          { QStringLiteral("version"), version },
          { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
          { QStringLiteral("outcome"), QStringLiteral("follow_up") },
          { QStringLiteral("followUp"), QJsonObject { { QStringLiteral("due"), QStringLiteral("2030-01-15") } } } });
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();

    // Live: the other agent's open view hears of it.
    const QJsonObject live = next.take(QStringLiteral("customer.history.added"), [&](const QJsonObject &d) {
        return d.value(QStringLiteral("history")).toObject().value(QStringLiteral("ref")).toString()
            == QString::number(contact);
    });
    ASSERT_FALSE(live.isEmpty());
    EXPECT_EQ(live.value(QStringLiteral("customer")).toString(), w.customer);
    const QJsonObject item = live.value(QStringLiteral("history")).toObject();
    EXPECT_EQ(item.value(QStringLiteral("type")).toString(), QStringLiteral("contact"));
    EXPECT_EQ(item.value(QStringLiteral("author")).toString(), w.owner);
    const QString ownerName = nameOf(w.lead, w.owner);
    EXPECT_NE(ownerName, w.owner);
    for (const QString &part :
         { QStringLiteral("Where is my order?"), QStringLiteral("follow-up"), QStringLiteral("2030-01-15"),
           QStringLiteral("order status (open)"), QStringLiteral("Owner: %1").arg(ownerName),
           QStringLiteral("Parcel stuck in Leipzig") })
        EXPECT_TRUE(text(item).contains(part)) << text(item).toStdString() << " lacks " << part.toStdString();

    // In the view: the item, and the contact among the closed ones, no longer among the open.
    const QJsonObject view = customerView(next.connection, w.customer);
    const QList<QJsonObject> items = itemsOf(view, contact);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().value(QStringLiteral("type")).toString(), QStringLiteral("contact"));
    EXPECT_FALSE(listsOpen(view, contact));
    const QJsonObject entry = closedEntry(view, contact);
    ASSERT_FALSE(entry.isEmpty());
    EXPECT_EQ(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("follow_up"));
    EXPECT_EQ(entry.value(QStringLiteral("followUpDue")).toString(), QStringLiteral("2030-01-15"));
    EXPECT_EQ(entry.value(QStringLiteral("reasons")).toArray(), QJsonArray { QStringLiteral("orders.where") });
    EXPECT_EQ(entry.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString(), w.owner);
    EXPECT_FALSE(entry.value(QStringLiteral("closedAt")).toString().isEmpty());
    EXPECT_FALSE(entry.value(QStringLiteral("abandoned")).toBool());

    // Older than 90 days: gone from "contacts" (the history item stays).
    ASSERT_TRUE(execSql(w.coordinator.dbPath(),
                        { QStringLiteral("UPDATE contacts SET closed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', "
                                         "'-91 days') WHERE id = %1")
                              .arg(contact) }));
    const QJsonObject later = customerView(next.connection, w.customer);
    EXPECT_TRUE(closedEntry(later, contact).isEmpty());
    EXPECT_EQ(itemsOf(later, contact).size(), 1);
}

TEST(ContactHistory, CloseStoresTheNotesSentWithItBeforeItsHistoryItem)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const qint64 version = saveNotes(rep, contact, QStringLiteral("Saved."));
    ASSERT_GT(version, 0);
    const auto closeArgs = [&](const QJsonValue &notes) {
        return closeWithNotes(contact, version, notes);
    };
    // The limits of contact.notes.set; nothing is closed.
    const Reply tooLong = rep.write(QStringLiteral("contact.close"), closeArgs(QString(8001, u'x')));
    EXPECT_EQ(errorName(tooLong), QStringLiteral("bad_request"));
    EXPECT_EQ(tooLong.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("notes"));
    EXPECT_EQ(errorName(rep.write(QStringLiteral("contact.close"), closeArgs(42))), QStringLiteral("bad_request"));
    EXPECT_EQ(contactOf(rep.connection, contact).value(QStringLiteral("state")).toString(), QStringLiteral("active"));

    const QString typed = QStringLiteral("Parcel returned to sender; resend on Monday.");
    const Reply closed = rep.write(QStringLiteral("contact.close"), closeArgs(typed));
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
    EXPECT_EQ(closed.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("notes")).toString(), typed);
    const QJsonObject stored = contactOf(rep.connection, contact);
    EXPECT_EQ(stored.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(stored.value(QStringLiteral("notes")).toString(), typed);
    const QList<QJsonObject> items = itemsOf(customerView(rep.connection, w.customer), contact);
    ASSERT_EQ(items.size(), 1);
    EXPECT_TRUE(text(items.first()).contains(QStringLiteral("Notes: Parcel returned to sender")))
        << text(items.first()).toStdString();
    EXPECT_FALSE(text(items.first()).contains(QStringLiteral("Saved."))) << text(items.first()).toStdString();
}

TEST(ContactHistory, CloseWithEmptyNotesClearsThem)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    const qint64 version = saveNotes(rep, contact, QStringLiteral("Wrong."));
    ASSERT_GT(version, 0);
    const Reply closed = rep.write(QStringLiteral("contact.close"), closeWithNotes(contact, version, QString()));
    ASSERT_TRUE(closed.ok) << closed.error.message.toStdString();
    EXPECT_EQ(contactOf(rep.connection, contact).value(QStringLiteral("notes")).toString(), QString());
    const QList<QJsonObject> items = itemsOf(customerView(rep.connection, w.customer), contact);
    ASSERT_EQ(items.size(), 1);
    EXPECT_FALSE(text(items.first()).contains(QStringLiteral("Wrong."))) << text(items.first()).toStdString();
}

TEST(ContactHistory, AbandonedContactIsInTheHistory)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    const Reply in = callWrite(w.lead, QStringLiteral("contact.inbound"),
                               { { QStringLiteral("cid"), cid() },
                                 { QStringLiteral("channel"), QStringLiteral("chat") },
                                 { QStringLiteral("customer"), w.customer } });
    ASSERT_TRUE(in.ok) << in.error.message.toStdString();
    const qint64 contact = idOf(in.data.value(QStringLiteral("contact")));
    const Reply gone = callWrite(w.lead, QStringLiteral("contact.abandon"),
                                 { { QStringLiteral("cid"), cid() }, { QStringLiteral("id"), contact } });
    ASSERT_TRUE(gone.ok) << gone.error.message.toStdString();
    // A second hang-up of the same contact is refused and writes nothing more.
    EXPECT_EQ(errorName(callWrite(w.lead, QStringLiteral("contact.abandon"),
                                  { { QStringLiteral("cid"), cid() }, { QStringLiteral("id"), contact } })),
              QStringLiteral("invalid_state"));

    const QJsonObject view = customerView(w.lead, w.customer);
    const QList<QJsonObject> items = itemsOf(view, contact);
    ASSERT_EQ(items.size(), 1);
    EXPECT_TRUE(text(items.first()).startsWith(QStringLiteral("Chat contact abandoned")))
        << text(items.first()).toStdString();
    EXPECT_TRUE(text(items.first()).endsWith(QStringLiteral(" waiting in General")))
        << text(items.first()).toStdString();
    const QJsonObject entry = closedEntry(view, contact);
    ASSERT_FALSE(entry.isEmpty());
    EXPECT_TRUE(entry.value(QStringLiteral("abandoned")).toBool());
    EXPECT_TRUE(entry.value(QStringLiteral("owner")).isNull());
}

TEST(ContactHistory, ConsultTransferAndForwardWriteTheirItems)
{
    World w;
    ASSERT_TRUE(w.start(20000));
    Desk rep, expert, designated;
    ASSERT_TRUE(rep.signIn(w.coordinator.url(), w.owner));
    const qint64 contact = w.activeContact(rep);
    ASSERT_GT(contact, 0);
    ASSERT_TRUE(expert.signIn(w.coordinator.url(), QStringLiteral("expert2")));
    ASSERT_TRUE(designated.signIn(w.coordinator.url(), w.otherAgent(3)));
    ASSERT_TRUE(execSql(w.coordinator.dbPath(),
                        { QStringLiteral("UPDATE contact_reasons SET forward_to_user_id = %1 WHERE code = "
                                         "'account.close'")
                              .arg(designated.userId) }));

    const Reply asked = rep.write(QStringLiteral("consult.request"),
                                  { { QStringLiteral("contact"), contact },
                                    { QStringLiteral("expert"), expert.userId },
                                    { QStringLiteral("question"), QStringLiteral("Can we refund in cash?") } });
    ASSERT_TRUE(asked.ok) << asked.error.message.toStdString();
    const qint64 consult = idOf(asked.data.value(QStringLiteral("consult")));
    ASSERT_TRUE(expert.write(QStringLiteral("consult.accept"), { { QStringLiteral("id"), consult } }).ok);
    const Reply ended = expert.write(
        QStringLiteral("consult.end"),
        { { QStringLiteral("id"), consult }, { QStringLiteral("answer"), QStringLiteral("No, only to the card.") } });
    ASSERT_TRUE(ended.ok) << ended.error.message.toStdString();

    const Reply warm = rep.write(QStringLiteral("transfer.request"),
                                 { { QStringLiteral("contact"), contact },
                                   { QStringLiteral("to"), expert.userId },
                                   { QStringLiteral("kind"), QStringLiteral("warm") } });
    ASSERT_TRUE(warm.ok) << warm.error.message.toStdString(); // a transfer without a note is valid
    ASSERT_TRUE(expert
                    .write(QStringLiteral("transfer.accept"),
                           { { QStringLiteral("id"), idOf(warm.data.value(QStringLiteral("transfer"))) } })
                    .ok);
    const Reply forwarded
        = expert.write(QStringLiteral("contact.forward"),
                       { { QStringLiteral("id"), contact },
                         { QStringLiteral("reason"), QStringLiteral("account.close") },
                         { QStringLiteral("note"), QStringLiteral("Wants to close the account today") } });
    ASSERT_TRUE(forwarded.ok) << forwarded.error.message.toStdString();

    const QList<QJsonObject> items = itemsOf(customerView(w.lead, w.customer), contact);
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("consult"));
    EXPECT_EQ(items.at(0).value(QStringLiteral("author")).toString(), QStringLiteral("expert2"));
    const QString ownerName = nameOf(w.lead, w.owner);
    const QString expertName = nameOf(w.lead, QStringLiteral("expert2"));
    EXPECT_EQ(text(items.at(0)),
              QStringLiteral("Consult of %1 with %2. Question: “Can we refund in cash?”. Answer: “No, only to the "
                             "card.”")
                  .arg(ownerName, expertName));
    EXPECT_EQ(items.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("contact"));
    EXPECT_EQ(text(items.at(1)), QStringLiteral("Transferred (warm) from %1 to %2").arg(ownerName, expertName));
    EXPECT_EQ(items.at(2).value(QStringLiteral("type")).toString(), QStringLiteral("contact"));
    EXPECT_TRUE(text(items.at(2)).startsWith(QStringLiteral("Forwarded by %1 to the ").arg(expertName)));
    EXPECT_TRUE(
        text(items.at(2)).endsWith(QStringLiteral("queue (Close the account). Note: Wants to close the account today")))
        << text(items.at(2)).toStdString();
}
