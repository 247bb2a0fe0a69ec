#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/ArticleLoader.h"
#include "models/ContactSession.h"
#include "models/FollowUpModel.h"
#include "models/ReviewSession.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace spocs;
using namespace spocs::test;

namespace {

QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

QJsonObject contact(qint64 id, const QString &state, qint64 version, qint64 owner = 3)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("state"), state },
                         { QStringLiteral("channel"), QStringLiteral("phone") },
                         { QStringLiteral("version"), version },
                         { QStringLiteral("customer"),
                           QJsonObject { { QStringLiteral("id"), QStringLiteral("C-%1").arg(id) },
                                         { QStringLiteral("name"), QStringLiteral("Customer %1").arg(id) } } },
                         { QStringLiteral("owner"), QJsonObject { { QStringLiteral("id"), owner } } } };
}

class ContactSessionTest : public ScriptedSessionTest
{
protected:
    void SetUp() override
    {
        ScriptedSessionTest::SetUp();
        peer.answer(wire(op::ContactMine), QJsonObject { { QStringLiteral("contacts"), QJsonArray {} } });
        peer.answer(wire(op::ReasonList), QJsonObject { { QStringLiteral("reasons"), QJsonArray {} } });
        peer.answer(wire(op::FollowUpList), QJsonObject { { QStringLiteral("followUps"), QJsonArray {} } });
    }

    // A contact offer as the coordinator pushes it on user:<me>.
    void offerContact(qint64 id)
    {
        QJsonObject offered = contact(id, QStringLiteral("offered"), 1, 0);
        offered.insert(QStringLiteral("offeredTo"), QJsonObject { { QStringLiteral("id"), 3 } });
        peer.publish(QStringLiteral("user:3"), wire(event::ContactOffered),
                     QJsonObject { { QStringLiteral("contact"), offered },
                                   { QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:00.000Z") } });
    }
};

} // namespace

TEST_F(ContactSessionTest, AcceptingAContactOfferTakesItWithAScreenPop)
{
    ContactSession session(&connection);
    EXPECT_TRUE(connection.topics().contains(QStringLiteral("user:3")));
    ASSERT_TRUE(waitSent(wire(op::ContactMine))) << "contacts in hand are restored at start";
    QSignalSpy taken(&session, &ContactSession::contactTaken);
    offerContact(41);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 1; }, 5000));
    EXPECT_TRUE(connection.topics().contains(QStringLiteral("contact:41"))) << "followed while offered";
    peer.answer(wire(op::ContactAccept),
                QJsonObject { { QStringLiteral("contact"), contact(41, QStringLiteral("active"), 2) } });
    session.accept(*session.offers()->first());
    session.accept(*session.offers()->first()); // a double press sends once
    ASSERT_TRUE(QTest::qWaitFor([&] { return taken.count() == 1; }, 5000));
    EXPECT_EQ(sent(wire(op::ContactAccept)), 1);
    EXPECT_TRUE(taken.at(0).at(1).toBool()) << "screen pop";
    EXPECT_EQ(session.offers()->rowCount(), 0);
    EXPECT_EQ(session.active()->id(), 41);
    ASSERT_EQ(session.contactsInHand().size(), 1);
}

// The accept reached the coordinator but its answer never came back (the link went silent).
// The card stays, for the contact may be ours; its news then says how it ended.
class UnansweredAcceptTest : public ContactSessionTest
{
protected:
    void acceptWithoutAnswer(ContactSession &session, qint64 id)
    {
        ASSERT_TRUE(waitSent(wire(op::ContactMine)));
        offerContact(id);
        ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 1; }, 5000));
        peer.onRequest = [](const protocol::Request &req) -> std::optional<protocol::Response> {
            if (req.op == wire(op::ContactAccept))
                return std::nullopt;
            return protocol::okResponse(req.id, {});
        };
        connection.setRequestTimeout(300);
        QSignalSpy failed(&session, &ContactSession::offerActionFailed);
        session.accept(*session.offers()->first());
        ASSERT_TRUE(failed.wait(5000));
        EXPECT_EQ(session.offers()->rowCount(), 1) << "a time-out is not a refusal";
        EXPECT_TRUE(connection.topics().contains(QStringLiteral("contact:%1").arg(id)));
    }
};

TEST_F(UnansweredAcceptTest, TheContactComesIntoHandWhenItsNewsSaysItIsOurs)
{
    ContactSession session(&connection);
    QSignalSpy taken(&session, &ContactSession::contactTaken);
    acceptWithoutAnswer(session, 41);

    peer.publish(QStringLiteral("contact:41"), wire(event::ContactUpdated),
                 QJsonObject { { QStringLiteral("contact"), contact(41, QStringLiteral("active"), 2) } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return taken.count() == 1; }, 5000));
    EXPECT_TRUE(taken.at(0).at(1).toBool()) << "screen pop, as if the answer had come";
    EXPECT_EQ(session.active()->id(), 41);
    EXPECT_EQ(session.contactsInHand().size(), 1);
    EXPECT_EQ(session.offers()->rowCount(), 0);
    EXPECT_TRUE(connection.topics().contains(QStringLiteral("contact:41")));
}

TEST_F(UnansweredAcceptTest, AContactSomeoneElseTookOnlyLosesItsCard)
{
    ContactSession session(&connection);
    QSignalSpy taken(&session, &ContactSession::contactTaken);
    acceptWithoutAnswer(session, 42);

    peer.publish(QStringLiteral("contact:42"), wire(event::ContactUpdated),
                 QJsonObject { { QStringLiteral("contact"), contact(42, QStringLiteral("active"), 2, 9) } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 0; }, 5000));
    QTest::qWait(50);
    EXPECT_EQ(taken.count(), 0);
    EXPECT_TRUE(session.contactsInHand().isEmpty());
    EXPECT_FALSE(connection.topics().contains(QStringLiteral("contact:42")));
}

// Too many events were missed (resync): a contact in hand that a lead closed or handed on
// meanwhile must not stay in the switcher.
TEST_F(ContactSessionTest, AResyncDropsContactsInHandNoLongerOurs)
{
    peer.forgetAnswers(wire(op::ContactMine));
    peer.answer(wire(op::ContactMine),
                QJsonObject { { QStringLiteral("contacts"),
                                QJsonArray { contact(11, QStringLiteral("active"), 2),
                                             contact(12, QStringLiteral("active"), 2) } } });
    peer.answer(
        wire(op::ContactMine),
        QJsonObject { { QStringLiteral("contacts"), QJsonArray { contact(11, QStringLiteral("active"), 3) } } });
    peer.answer(wire(op::ContactGet),
                QJsonObject { { QStringLiteral("contact"), contact(11, QStringLiteral("active"), 3) } });
    ContactSession session(&connection);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.contactsInHand().size() == 2; }, 5000));
    ASSERT_EQ(session.active()->id(), 11);
    EXPECT_TRUE(connection.topics().contains(QStringLiteral("contact:12")));

    session.resync();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.contactsInHand().size() == 1; }, 5000));
    EXPECT_EQ(session.contactsInHand().first().value(QStringLiteral("id")).toInteger(), 11);
    EXPECT_EQ(session.active()->id(), 11);
    EXPECT_FALSE(connection.topics().contains(QStringLiteral("contact:12")));
}

// Events were missed (resync): the contact offers the coordinator still holds stay on screen with
// their own deadline and without ringing again; one it no longer lists was withdrawn meanwhile and goes.
TEST_F(ContactSessionTest, AResyncKeepsTheContactOffersStillOpenAndDropsTheOthers)
{
    ContactSession session(&connection);
    ASSERT_TRUE(waitSent(wire(op::ContactMine)));
    offerContact(41);
    offerContact(42);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 2; }, 5000));
    QSignalSpy added(session.offers(), &OfferQueue::offerAdded);

    QJsonObject stillOffered = contact(41, QStringLiteral("offered"), 1, 0);
    stillOffered.insert(QStringLiteral("offeredTo"), QJsonObject { { QStringLiteral("id"), 3 } });
    peer.forgetAnswers(wire(op::ContactMine));
    peer.answer(wire(op::ContactMine),
                QJsonObject { { QStringLiteral("contacts"), QJsonArray {} },
                              { QStringLiteral("offers"),
                                QJsonArray { QJsonObject {
                                    { QStringLiteral("contact"), stillOffered },
                                    { QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:00.000Z") },
                                    { QStringLiteral("pick"), QStringLiteral("owner") } } } } });
    session.resync();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 1; }, 5000));
    QTest::qWait(50);
    ASSERT_EQ(session.offers()->rowCount(), 1);
    const OfferQueue::Offer kept = *session.offers()->first();
    EXPECT_EQ(kept.id, 41);
    EXPECT_EQ(kept.expiresAt, QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(added.count(), 0) << "the card stayed; it does not ring again";
    EXPECT_TRUE(connection.topics().contains(QStringLiteral("contact:41")));
    EXPECT_FALSE(connection.topics().contains(QStringLiteral("contact:42")));
}

// Events were missed (resync): the consult and transfer offers the coordinator still holds stay on
// screen with their own deadline, without ringing again, and can be answered; the ones it no longer
// lists were withdrawn meanwhile and go.
TEST_F(ContactSessionTest, AResyncKeepsTheConsultAndTransferOffersStillOpenAndDropsTheOthers)
{
    ContactSession session(&connection);
    ASSERT_TRUE(waitSent(wire(op::ContactMine)));
    const auto consultOffer = [](qint64 id) {
        return QJsonObject { { QStringLiteral("consult"),
                               QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("contact"), 41 } } },
                             { QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:00.000Z") } };
    };
    const auto transferOffer = [](qint64 id, qint64 contactId) {
        return QJsonObject { { QStringLiteral("transfer"),
                               QJsonObject { { QStringLiteral("id"), id },
                                             { QStringLiteral("contact"), contactId },
                                             { QStringLiteral("state"), QStringLiteral("offered") } } },
                             { QStringLiteral("contact"), contact(contactId, QStringLiteral("active"), 2, 5) },
                             { QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:30.000Z") } };
    };
    peer.publish(QStringLiteral("user:3"), wire(event::ConsultOffered), consultOffer(8));
    peer.publish(QStringLiteral("user:3"), wire(event::ConsultOffered), consultOffer(9));
    peer.publish(QStringLiteral("user:3"), wire(event::TransferOffered), transferOffer(21, 51));
    peer.publish(QStringLiteral("user:3"), wire(event::TransferOffered), transferOffer(22, 52));
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 4; }, 5000));
    QSignalSpy added(session.offers(), &OfferQueue::offerAdded);

    peer.forgetAnswers(wire(op::ContactMine));
    peer.answer(wire(op::ContactMine),
                QJsonObject { { QStringLiteral("contacts"), QJsonArray {} },
                              { QStringLiteral("offers"), QJsonArray {} },
                              { QStringLiteral("consultOffers"), QJsonArray { consultOffer(9) } },
                              { QStringLiteral("transferOffers"), QJsonArray { transferOffer(21, 51) } } });
    session.resync();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 2; }, 5000));
    QTest::qWait(50);
    ASSERT_EQ(session.offers()->rowCount(), 2);
    EXPECT_EQ(session.offers()->ids(OfferQueue::Kind::Consult), QList<qint64> { 9 });
    EXPECT_EQ(session.offers()->ids(OfferQueue::Kind::Transfer), QList<qint64> { 21 });
    const OfferQueue::Offer transfer
        = session.offers()->offerAt(session.offers()->indexOf(OfferQueue::Kind::Transfer, 21));
    EXPECT_EQ(transfer.expiresAt, QDateTime(QDate(2099, 1, 1), QTime(0, 0, 30), Qt::UTC));
    EXPECT_EQ(transfer.contactId, 51);
    EXPECT_EQ(added.count(), 0) << "the cards stayed; they do not ring again";

    // The kept consult offer is answered as a live one.
    QSignalSpy consultAccepted(&session, &ContactSession::consultAccepted);
    peer.answer(wire(op::ConsultAccept),
                QJsonObject { { QStringLiteral("consult"),
                                QJsonObject { { QStringLiteral("id"), 9 },
                                              { QStringLiteral("state"), QStringLiteral("active") } } } });
    session.accept(session.offers()->offerAt(session.offers()->indexOf(OfferQueue::Kind::Consult, 9)));
    ASSERT_TRUE(consultAccepted.wait(5000));
    ASSERT_EQ(peer.requestsFor(wire(op::ConsultAccept)).size(), 1);
    EXPECT_EQ(peer.requestsFor(wire(op::ConsultAccept)).first().request.args.value(QStringLiteral("id")).toInteger(),
              9);
    EXPECT_EQ(session.offers()->ids(OfferQueue::Kind::Consult), QList<qint64> {});
}

TEST_F(ContactSessionTest, DecliningAConsultSendsItsReasonAndATakenOneSaysWho)
{
    ContactSession session(&connection);
    QSignalSpy notices(&session, &ContactSession::notice);
    const QJsonObject consult { { QStringLiteral("id"), 8 }, { QStringLiteral("contact"), 41 } };
    peer.publish(QStringLiteral("user:3"), wire(event::ConsultOffered),
                 QJsonObject { { QStringLiteral("consult"), consult },
                               { QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:00.000Z") } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 1; }, 5000));
    peer.fail(wire(op::ConsultAccept), ErrorCode::Conflict,
              QJsonObject {
                  { QStringLiteral("expert"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Eva") } } } });
    session.accept(*session.offers()->first());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 0; }, 5000)) << "taken: the card goes";
    ASSERT_GE(notices.count(), 1);
    EXPECT_EQ(notices.last().at(0).toString(), QStringLiteral("Eva already took this consult."));

    peer.publish(QStringLiteral("user:3"), wire(event::ConsultOffered),
                 QJsonObject { { QStringLiteral("consult"), QJsonObject { { QStringLiteral("id"), 9 } } },
                               { QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:00.000Z") } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 1; }, 5000));
    peer.answer(wire(op::ConsultDecline), {});
    session.decline(*session.offers()->first(), QStringLiteral("Not my area"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 0; }, 5000));
    EXPECT_EQ(lastArgs(wire(op::ConsultDecline)).value(QStringLiteral("reason")).toString(),
              QStringLiteral("Not my area"));
}

TEST_F(ContactSessionTest, ClosingOnAStaleVersionLoadsTheContactAndClosesOnTheNewOne)
{
    peer.forgetAnswers(wire(op::ContactMine));
    peer.answer(
        wire(op::ContactMine),
        QJsonObject { { QStringLiteral("contacts"), QJsonArray { contact(41, QStringLiteral("active"), 2) } } });
    ContactSession session(&connection);
    QSignalSpy taken(&session, &ContactSession::contactTaken);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.active()->id() == 41; }, 5000));
    EXPECT_FALSE(taken.at(0).at(1).toBool()) << "a restored contact opens without a screen pop";

    QSignalSpy failed(&session, &ContactSession::closeFailed);
    QSignalSpy closed(&session, &ContactSession::contactClosed);
    peer.fail(wire(op::ContactClose), ErrorCode::VersionConflict);
    QJsonObject closedContact = contact(41, QStringLiteral("closed"), 4);
    closedContact.insert(QStringLiteral("outcome"), QStringLiteral("resolved"));
    peer.answer(wire(op::ContactClose), QJsonObject { { QStringLiteral("contact"), closedContact } });
    peer.answer(wire(op::ContactGet),
                QJsonObject { { QStringLiteral("contact"), contact(41, QStringLiteral("active"), 3) } });
    QJsonObject args { { QStringLiteral("id"), 41 },
                       { QStringLiteral("version"), 2 },
                       { QStringLiteral("reasons"), QJsonArray { QStringLiteral("billing") } },
                       { QStringLiteral("outcome"), QStringLiteral("resolved") } };
    session.close(args);
    EXPECT_TRUE(session.isClosing());
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    const QJsonObject current = failed.at(0).at(1).toJsonObject();
    EXPECT_EQ(current.value(QStringLiteral("version")).toInteger(), 3);
    EXPECT_EQ(session.active()->version(), 3) << "the panel shows the contact as it is now";

    args.insert(QStringLiteral("version"), 3);
    session.close(args);
    ASSERT_TRUE(QTest::qWaitFor([&] { return closed.count() == 1; }, 5000));
    EXPECT_EQ(lastArgs(wire(op::ContactClose)).value(QStringLiteral("version")).toInteger(), 3);
    EXPECT_TRUE(session.contactsInHand().isEmpty());
    EXPECT_TRUE(session.active()->isClosed());
}

TEST_F(ContactSessionTest, ClosingSendsTheNotesTypedAndNotSaved)
{
    peer.forgetAnswers(wire(op::ContactMine));
    QJsonObject active = contact(41, QStringLiteral("active"), 2);
    active.insert(QStringLiteral("notes"), QStringLiteral("Stored"));
    peer.answer(wire(op::ContactMine), QJsonObject { { QStringLiteral("contacts"), QJsonArray { active } } });
    ContactSession session(&connection);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.active()->id() == 41; }, 5000));
    QSignalSpy failed(&session, &ContactSession::closeFailed);
    const QJsonObject args { { QStringLiteral("id"), 41 },
                             { QStringLiteral("version"), 2 },
                             { QStringLiteral("reasons"), QJsonArray { QStringLiteral("billing") } },
                             { QStringLiteral("outcome"), QStringLiteral("resolved") } };

    // What is stored already is not sent again.
    session.active()->setNotesDraft(QStringLiteral("Stored"));
    peer.fail(wire(op::ContactClose), ErrorCode::BadRequest);
    session.close(args);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    EXPECT_FALSE(lastArgs(wire(op::ContactClose)).contains(QStringLiteral("notes")));

    session.active()->setNotesDraft(QString());
    peer.fail(wire(op::ContactClose), ErrorCode::BadRequest);
    session.close(args);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 2; }, 5000));
    EXPECT_EQ(lastArgs(wire(op::ContactClose)).value(QStringLiteral("notes")), QJsonValue(QString()))
        << "emptied notes are sent too";

    session.active()->setNotesDraft(QStringLiteral("Typed, not saved"));
    peer.fail(wire(op::ContactClose), ErrorCode::BadRequest);
    session.close(args);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 3; }, 5000));
    EXPECT_EQ(lastArgs(wire(op::ContactClose)).value(QStringLiteral("notes")).toString(),
              QStringLiteral("Typed, not saved"));

    // Another contact becoming current drops the draft.
    session.active()->setContact(contact(42, QStringLiteral("active"), 1));
    EXPECT_FALSE(session.active()->unsavedNotes().has_value());
}

TEST_F(ContactSessionTest, FollowUpUpdateIsRecordedInTheList)
{
    peer.forgetAnswers(wire(op::FollowUpList));
    peer.answer(wire(op::FollowUpList),
                QJsonObject { { QStringLiteral("followUps"),
                                QJsonArray { QJsonObject {
                                    { QStringLiteral("contact"), 41 },
                                    { QStringLiteral("due"), QStringLiteral("2099-01-01T10:00:00.000Z") } } } } });
    ContactSession session(&connection);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.followUps()->rowCount() == 1; }, 5000));
    QSignalSpy saved(&session, &ContactSession::followUpSaved);
    peer.answer(
        wire(op::FollowUpDone),
        QJsonObject { { QStringLiteral("followUp"),
                        QJsonObject { { QStringLiteral("due"), QStringLiteral("2099-01-01T10:00:00.000Z") } } } });
    session.markFollowUpDone(41, QStringLiteral("Refund arrived"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, 5000));
    EXPECT_EQ(saved.at(0).at(0).toLongLong(), 41);
    EXPECT_EQ(lastArgs(wire(op::FollowUpDone)).value(QStringLiteral("note")).toString(),
              QStringLiteral("Refund arrived"));
}

// A follow-up's due time is on the coordinator's clock; a desktop whose clock is two hours behind
// must still show one due an hour ago as overdue.
TEST(ContactSessionClock, FollowUpsAreDueByTheCoordinatorsClock)
{
    ScriptedPeer peer;
    const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
    peer.onHello = [&](const protocol::Hello &) {
        protocol::Welcome w = peer.welcome(QStringLiteral("E1"), 0);
        w.now = serverNow;
        return QList<protocol::Frame> { w };
    };
    peer.answer(
        QString::fromUtf16(op::FollowUpList),
        QJsonObject { { QStringLiteral("followUps"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("contact"), 41 },
                            { QStringLiteral("due"), serverNow.addSecs(-3600).toString(Qt::ISODateWithMs) } } } } });
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    ContactSession session(&connection);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.followUps()->rowCount() == 1; }, 5000));
    EXPECT_EQ(session.followUps()->statusAt(0), FollowUpModel::Status::Overdue)
        << "due an hour ago on the coordinator's clock, an hour ahead on this desktop's";
}

TEST_F(ContactSessionTest, ReviewSessionSendsTheDecisionAndReportsKbEvents)
{
    ReviewSession review(&connection);
    EXPECT_TRUE(connection.topics().contains(QStringLiteral("kb")));
    QSignalSpy changed(&review, &ReviewSession::queueChanged);
    std::optional<Result<QJsonObject>> result;
    peer.answer(wire(op::KbReview),
                QJsonObject { { QStringLiteral("article"), QJsonObject { { QStringLiteral("id"), 5 } } } });
    review.review(5, 2, QStringLiteral("request_changes"), QStringLiteral("  Add the fee table  "),
                  [&](const Result<QJsonObject> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    ASSERT_TRUE(result->ok());
    const QJsonObject args = lastArgs(wire(op::KbReview));
    EXPECT_EQ(args.value(QStringLiteral("comment")).toString(), QStringLiteral("Add the fee table"));
    EXPECT_EQ(args.value(QStringLiteral("version")).toInteger(), 2);
    peer.publish(QStringLiteral("kb"), QStringLiteral("kb.proposed"), {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));
}

TEST_F(ContactSessionTest, SendingAnArticleCountsTheSend)
{
    ArticleLoader article;
    article.setConnection(&connection);
    article.setArticle(QJsonObject {
        { QStringLiteral("article"),
          QJsonObject { { QStringLiteral("id"), 5 },
                        { QStringLiteral("title"), QStringLiteral("Refunds") },
                        { QStringLiteral("stats"), QJsonObject { { QStringLiteral("sends"), 2 } } } } } });
    ASSERT_EQ(article.article().stats.sends, 2);
    peer.answer(wire(op::KbSend), {});
    std::optional<Result<QJsonObject>> result;
    article.sendToCustomer(QStringLiteral("C-1"), &article, [&](const Result<QJsonObject> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    EXPECT_TRUE(result->ok());
    EXPECT_EQ(article.article().stats.sends, 3);
    EXPECT_EQ(lastArgs(wire(op::KbSend)).value(QStringLiteral("customer")).toString(), QStringLiteral("C-1"));
}

TEST_F(ContactSessionTest, CustomersMovedToOrFromTheUserAreAnnounced)
{
    ContactSession session(&connection);
    ASSERT_TRUE(waitSent(wire(op::ContactMine)));
    QSignalSpy notices(&session, &ContactSession::notice);
    const auto person = [](qint64 id, const QString &name) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("login"), QStringLiteral("u%1").arg(id) },
                             { QStringLiteral("name"), name } };
    };
    const auto moved = [&](qint64 owner, const QJsonArray &customers) {
        return QJsonObject { { QStringLiteral("customers"), customers },
                             { QStringLiteral("followUps"), QJsonArray { 41 } },
                             { QStringLiteral("from"), person(14, QStringLiteral("Lea Ving")) },
                             { QStringLiteral("owner"), person(owner, QStringLiteral("Hei Ress")) },
                             { QStringLiteral("by"), person(30, QStringLiteral("Lead One")) } };
    };
    const QJsonObject ann { { QStringLiteral("id"), QStringLiteral("C-41") },
                            { QStringLiteral("name"), QStringLiteral("Ann Customer") } };
    const QJsonObject ben { { QStringLiteral("id"), QStringLiteral("C-57") },
                            { QStringLiteral("name"), QStringLiteral("Ben Customer") } };

    // This user (id 3) is the new owner of one customer.
    peer.publish(QStringLiteral("user:3"), wire(event::CustomerReassigned), moved(3, QJsonArray { ann }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notices.count() == 1; }, 5000));
    QString text = notices.last().first().toString();
    EXPECT_TRUE(text.contains(QStringLiteral("Lead One gave you 1 customer"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Ann Customer"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("1 open follow-up"))) << qPrintable(text);

    // This user loses two customers to a colleague.
    peer.publish(QStringLiteral("user:3"), wire(event::CustomerReassigned), moved(12, QJsonArray { ann, ben }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notices.count() == 2; }, 5000));
    text = notices.last().first().toString();
    EXPECT_TRUE(text.contains(QStringLiteral("moved 2 of your customer"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("to Hei Ress"))) << qPrintable(text);
}

TEST_F(ContactSessionTest, StartingAnOutboundContactPutsItInHandWithAScreenPop)
{
    ContactSession session(&connection);
    ASSERT_TRUE(waitSent(wire(op::ContactMine)));
    QSignalSpy taken(&session, &ContactSession::contactTaken);
    QSignalSpy started(&session, &ContactSession::outboundStarted);
    QSignalSpy busy(&session, &ContactSession::outboundBusyChanged);
    QJsonObject outbound = contact(52, QStringLiteral("active"), 1);
    outbound.insert(QStringLiteral("direction"), QStringLiteral("outbound"));
    peer.answer(wire(op::ContactOutbound), QJsonObject { { QStringLiteral("contact"), outbound } });
    session.startOutbound(QStringLiteral("C-52"), QStringLiteral("email"), QStringLiteral("orders.where"),
                          QStringLiteral("  Parcel is late  "));
    EXPECT_TRUE(session.isStartingOutbound());
    session.startOutbound(QStringLiteral("C-52"), QStringLiteral("email"), {}, {}); // a double press sends once
    ASSERT_TRUE(QTest::qWaitFor([&] { return started.count() == 1; }, 5000));
    EXPECT_EQ(sent(wire(op::ContactOutbound)), 1);
    const QJsonObject args = lastArgs(wire(op::ContactOutbound));
    EXPECT_EQ(args.value(QStringLiteral("customer")).toString(), QStringLiteral("C-52"));
    EXPECT_EQ(args.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    EXPECT_EQ(args.value(QStringLiteral("reason")).toString(), QStringLiteral("orders.where"));
    EXPECT_EQ(args.value(QStringLiteral("note")).toString(), QStringLiteral("Parcel is late"));
    EXPECT_FALSE(session.isStartingOutbound());
    EXPECT_EQ(busy.count(), 2);
    ASSERT_EQ(taken.count(), 1);
    EXPECT_TRUE(taken.at(0).at(1).toBool()) << "the customer opens, as for an accepted offer";
    EXPECT_EQ(session.active()->id(), 52);
    ASSERT_EQ(session.contactsInHand().size(), 1);
    EXPECT_TRUE(connection.topics().contains(QStringLiteral("contact:52")));
}

TEST_F(ContactSessionTest, RefusedOutboundContactSaysWhyAndTakesNothing)
{
    ContactSession session(&connection);
    ASSERT_TRUE(waitSent(wire(op::ContactMine)));
    QSignalSpy failed(&session, &ContactSession::outboundFailed);
    peer.fail(wire(op::ContactOutbound), ErrorCode::NotFound,
              QJsonObject { { QStringLiteral("field"), QStringLiteral("customer") } });
    session.startOutbound(QStringLiteral("C-404"), QStringLiteral("phone"), {}, {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, ErrorCode::NotFound);
    EXPECT_FALSE(lastArgs(wire(op::ContactOutbound)).contains(QStringLiteral("reason")));
    EXPECT_FALSE(session.isStartingOutbound());
    EXPECT_TRUE(session.contactsInHand().isEmpty());
    EXPECT_EQ(session.active()->id(), 0);
}

TEST_F(ContactSessionTest, StatusUpdateOnAnOutboundCallTakesTheNewContact)
{
    ContactSession session(&connection);
    ASSERT_TRUE(waitSent(wire(op::ContactMine)));
    QSignalSpy saved(&session, &ContactSession::followUpSaved);
    QSignalSpy taken(&session, &ContactSession::contactTaken);
    QJsonObject callBack = contact(60, QStringLiteral("active"), 1);
    callBack.insert(QStringLiteral("followUpOf"), 41);
    peer.answer(
        wire(op::FollowUpUpdate),
        QJsonObject { { QStringLiteral("followUp"),
                        QJsonObject { { QStringLiteral("contact"), QJsonObject { { QStringLiteral("id"), 41 } } },
                                      { QStringLiteral("due"), QStringLiteral("2099-01-01") } } },
                      { QStringLiteral("contact"), callBack } });
    session.recordFollowUpUpdate(41, QStringLiteral("Ships Friday"), QStringLiteral("phone"), true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, 5000));
    EXPECT_TRUE(lastArgs(wire(op::FollowUpUpdate)).value(QStringLiteral("outbound")).toBool());
    ASSERT_EQ(taken.count(), 1);
    EXPECT_EQ(session.active()->id(), 60);

    // A plain update sends no `outbound` and takes no contact.
    peer.forgetAnswers(wire(op::FollowUpUpdate));
    peer.answer(
        wire(op::FollowUpUpdate),
        QJsonObject { { QStringLiteral("followUp"),
                        QJsonObject { { QStringLiteral("contact"), QJsonObject { { QStringLiteral("id"), 41 } } },
                                      { QStringLiteral("due"), QStringLiteral("2099-01-01") } } } });
    session.recordFollowUpUpdate(41, QStringLiteral("Left a voicemail"), QStringLiteral("phone"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 2; }, 5000));
    EXPECT_FALSE(lastArgs(wire(op::FollowUpUpdate)).contains(QStringLiteral("outbound")));
    EXPECT_EQ(taken.count(), 1);
}

TEST_F(ContactSessionTest, TheCustomersCopyOfTheContactKeepsTheNotesInHand)
{
    ContactSession session(&connection);
    ASSERT_TRUE(waitSent(wire(op::ContactMine)));
    offerContact(41);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.offers()->rowCount() == 1; }, 5000));
    peer.answer(wire(op::ContactAccept),
                QJsonObject { { QStringLiteral("contact"), contact(41, QStringLiteral("active"), 2) } });
    session.accept(*session.offers()->first());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.active()->id() == 41; }, 5000));

    // Saved notes come on the contact's topic; the same change on customer:<id> comes without them.
    QJsonObject full = contact(41, QStringLiteral("active"), 3);
    full.insert(QStringLiteral("notes"), QStringLiteral("Wants a refund"));
    QSignalSpy events(&connection, &Connection::eventReceived);
    peer.publish(QStringLiteral("contact:41"), wire(event::ContactUpdated), { { QStringLiteral("contact"), full } });
    peer.publish(QStringLiteral("customer:C-41"), wire(event::ContactUpdated),
                 { { QStringLiteral("contact"), contact(41, QStringLiteral("active"), 3) } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return events.count() == 2; }, 5000));
    EXPECT_EQ(session.active()->notes(), QStringLiteral("Wants a refund"));
    ASSERT_EQ(session.contactsInHand().size(), 1);
    EXPECT_EQ(session.contactsInHand().first().value(QStringLiteral("notes")).toString(),
              QStringLiteral("Wants a refund"));
}
