#include "core/Ops.h"
#include "models/ConsultChatModel.h"
#include "models/ConsultSession.h"
#include "models/ExpertDirectoryModel.h"
#include "models/ParticipantsModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QJsonObject person(qint64 id, const QString &login, const QString &name)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("login"), login },
                         { QStringLiteral("name"), name } };
}

const QJsonObject kRep = person(1, QStringLiteral("agent1"), QStringLiteral("Anna Agent"));
const QJsonObject kExpert = person(21, QStringLiteral("expert1"), QStringLiteral("Eva Expert"));
const QJsonObject kExpert2 = person(22, QStringLiteral("expert2"), QStringLiteral("Erik Expert"));

QJsonObject expertRow(const QJsonObject &user, const QString &state, int voice, int consults, int level,
                      const QString &skill = QStringLiteral("billing"))
{
    return QJsonObject {
        { QStringLiteral("user"), user },
        { QStringLiteral("role"), QStringLiteral("expert") },
        { QStringLiteral("state"), state },
        { QStringLiteral("reason"), QString() },
        { QStringLiteral("since"), QStringLiteral("2026-11-23T14:00:00.000Z") },
        { QStringLiteral("load"),
          QJsonObject { { QStringLiteral("voice"), voice },
                        { QStringLiteral("text"), 0 },
                        { QStringLiteral("consults"), consults } } },
        { QStringLiteral("skills"),
          QJsonArray { QJsonObject { { QStringLiteral("skill"), skill }, { QStringLiteral("level"), level } } } },
        { QStringLiteral("level"), level },
    };
}

QJsonObject message(qint64 id, const QJsonObject &author, const QString &body, const QString &delivered = QString(),
                    const QString &read = QString())
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("author"), author },
                         { QStringLiteral("body"), body },
                         { QStringLiteral("sentAt"), QStringLiteral("2026-11-23T14:0%1:00.000Z").arg(id % 10) },
                         { QStringLiteral("deliveredAt"), delivered.isEmpty() ? QJsonValue() : QJsonValue(delivered) },
                         { QStringLiteral("readAt"), read.isEmpty() ? QJsonValue() : QJsonValue(read) } };
}

QJsonObject consult(qint64 id, const QString &state, qint64 version, const QJsonArray &messages = {},
                    bool withExpert = false)
{
    QJsonObject c { { QStringLiteral("id"), id },
                    { QStringLiteral("contact"), 7 },
                    { QStringLiteral("customer"),
                      QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1001") },
                                    { QStringLiteral("name"), QStringLiteral("Clara Customer") } } },
                    { QStringLiteral("requester"), kRep },
                    { QStringLiteral("target"), kExpert },
                    { QStringLiteral("skill"), QJsonValue() },
                    { QStringLiteral("question"), QStringLiteral("Can she pay in instalments?") },
                    { QStringLiteral("notes"), QStringLiteral("Invoice 42 disputed") },
                    { QStringLiteral("reasons"), QJsonArray { QStringLiteral("Billing dispute") } },
                    { QStringLiteral("state"), state },
                    { QStringLiteral("expert"), withExpert ? QJsonValue(kExpert) : QJsonValue() },
                    { QStringLiteral("declineReason"), QString() },
                    { QStringLiteral("answer"), QString() },
                    { QStringLiteral("createdAt"), QStringLiteral("2026-11-23T14:00:00.000Z") },
                    { QStringLiteral("answeredAt"),
                      withExpert ? QJsonValue(QStringLiteral("2026-11-23T14:00:10.000Z")) : QJsonValue() },
                    { QStringLiteral("endedAt"), QJsonValue() },
                    { QStringLiteral("version"), version },
                    { QStringLiteral("messages"), messages } };
    return c;
}

QJsonObject contact(const QString &state, const QJsonArray &participants, const QJsonArray &reasons = {})
{
    return QJsonObject {
        { QStringLiteral("id"), 7 },
        { QStringLiteral("channel"), QStringLiteral("phone") },
        { QStringLiteral("state"), state },
        { QStringLiteral("version"), 3 },
        { QStringLiteral("customer"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1001") },
                        { QStringLiteral("name"), QStringLiteral("Clara Customer") } } },
        { QStringLiteral("owner"), kRep },
        { QStringLiteral("reasons"), reasons },
        { QStringLiteral("participants"), participants },
    };
}

QJsonObject participant(qint64 id, const QJsonValue &user, const QString &role, const QString &left = QString())
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("user"), user },
                         { QStringLiteral("role"), role },
                         { QStringLiteral("joinedAt"), QStringLiteral("2026-11-23T14:00:00.000Z") },
                         { QStringLiteral("leftAt"), left.isEmpty() ? QJsonValue() : QJsonValue(left) } };
}

protocol::Event makeEvent(const char16_t *kind, const QJsonObject &data,
                          const QString &topic = QStringLiteral("contact:7"))
{
    protocol::Event e;
    e.seq = 1;
    e.topic = topic;
    e.kind = QString::fromUtf16(kind);
    e.data = data;
    return e;
}

QList<ConsultChatModel::Kind> kinds(const ConsultChatModel &model)
{
    QList<ConsultChatModel::Kind> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(ConsultChatModel::KindRole).value<ConsultChatModel::Kind>();
    return out;
}

} // namespace

TEST(ConsultModelsTest, ExpertDirectoryShowsPresenceLoadAndLevelAndFollowsPresence)
{
    ExpertDirectoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setExperts(QJsonArray { expertRow(kExpert, QStringLiteral("available"), 0, 1, 5),
                                  expertRow(kExpert2, QStringLiteral("on_contact"), 1, 0, 3),
                                  QJsonObject { { QStringLiteral("user"), QJsonValue() } } }); // no id: dropped
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Eva Expert"));
    EXPECT_EQ(model.index(0).data(ExpertDirectoryModel::StateRole).toString(), QStringLiteral("available"));
    EXPECT_EQ(model.index(0).data(ExpertDirectoryModel::LoadRole).toInt(), 1);
    EXPECT_EQ(model.index(1).data(ExpertDirectoryModel::LoadRole).toInt(), 1);
    EXPECT_EQ(model.index(0).data(ExpertDirectoryModel::LevelRole).toInt(), 5);
    EXPECT_EQ(model.index(1).data(ExpertDirectoryModel::SkillsRole).toStringList(),
              QStringList { QStringLiteral("billing 3") });
    EXPECT_TRUE(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("expert1")));
    EXPECT_EQ(model.userIdAt(1), 22);
    EXPECT_EQ(model.rowOfUser(21), 0);
    EXPECT_EQ(model.rowOfUser(99), -1);

    // Erik goes on a break: his dot changes at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(
        model.applyPresence(QJsonObject { { QStringLiteral("user"), kExpert2 },
                                          { QStringLiteral("state"), QStringLiteral("break") },
                                          { QStringLiteral("reason"), QStringLiteral("lunch") },
                                          { QStringLiteral("since"), QStringLiteral("2026-11-23T14:05:00.000Z") } }));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.index(1).data(ExpertDirectoryModel::StateRole).toString(), QStringLiteral("break"));
    EXPECT_EQ(model.index(1).data(ExpertDirectoryModel::ReasonRole).toString(), QStringLiteral("lunch"));
    EXPECT_FALSE(model.applyPresence(
        QJsonObject { { QStringLiteral("user"), kRep }, { QStringLiteral("state"), QStringLiteral("break") } }));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ConsultModelsTest, ChatShowsQuestionAcceptanceMessagesAndTicks)
{
    ConsultChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSelf(1);
    model.setConsult(consult(5, QStringLiteral("offered"), 1));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(kinds(model), QList { ConsultChatModel::Kind::Question });
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Can she pay in instalments?"));
    EXPECT_EQ(model.otherParty().value(QStringLiteral("login")).toString(), QStringLiteral("expert1"));

    // Accepted: a notice, then messages in id order; an older copy changes nothing.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    EXPECT_TRUE(model.handleEvent(makeEvent(
        event::ConsultUpdated, { { QStringLiteral("consult"), consult(5, QStringLiteral("active"), 2, {}, true) } })));
    EXPECT_EQ(inserted.count(), 1) << "a growing chat inserts rows instead of resetting";
    EXPECT_TRUE(model.isActive());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1).data().toString(), QStringLiteral("Eva Expert accepted the consult."));
    model.setConsult(consult(5, QStringLiteral("offered"), 1));
    EXPECT_TRUE(model.isActive()) << "a stale version must not undo the acceptance";

    EXPECT_TRUE(model.handleEvent(
        makeEvent(event::ConsultMessageAdded,
                  { { QStringLiteral("consultId"), 5 },
                    { QStringLiteral("message"), message(11, kExpert, QStringLiteral("Yes, above 300 EUR.")) } })));
    EXPECT_FALSE(model.addMessage(message(11, kExpert, QStringLiteral("Yes, above 300 EUR.")))) << "duplicate";
    EXPECT_TRUE(model.addMessage(message(10, kRep, QStringLiteral("Thanks for taking it"))));
    EXPECT_FALSE(
        model.handleEvent(makeEvent(event::ConsultMessageAdded,
                                    { { QStringLiteral("consultId"), 6 },
                                      { QStringLiteral("message"), message(12, kExpert, QStringLiteral("x")) } })))
        << "another consult's message";
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(2).data(ConsultChatModel::MessageIdRole).toLongLong(), 10);
    EXPECT_TRUE(model.index(2).data(ConsultChatModel::MineRole).toBool());
    EXPECT_FALSE(model.index(3).data(ConsultChatModel::MineRole).toBool());
    EXPECT_EQ(model.index(3).data(ConsultChatModel::AuthorNameRole).toString(), QStringLiteral("Eva Expert"));
    EXPECT_EQ(model.index(2).data(ConsultChatModel::TicksRole).value<ConsultChatModel::Ticks>(),
              ConsultChatModel::Ticks::Sent);
    EXPECT_EQ(model.index(3).data(ConsultChatModel::TicksRole).value<ConsultChatModel::Ticks>(),
              ConsultChatModel::Ticks::None)
        << "ticks are for the sender";

    // What this user still has to acknowledge: the expert's message 11.
    EXPECT_EQ(model.unacknowledgedUpTo(QStringLiteral("delivered")), 11);
    EXPECT_TRUE(model.applyReceipt(11, QStringLiteral("delivered"), 1));
    EXPECT_EQ(model.unacknowledgedUpTo(QStringLiteral("delivered")), 0);
    EXPECT_EQ(model.unacknowledgedUpTo(QStringLiteral("read")), 11);

    // The expert's receipts tick my message: delivered, then read.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(model.handleEvent(makeEvent(event::ConsultReceipt,
                                            { { QStringLiteral("consultId"), 5 },
                                              { QStringLiteral("upTo"), 10 },
                                              { QStringLiteral("kind"), QStringLiteral("delivered") },
                                              { QStringLiteral("by"), kExpert } })));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(model.index(2).data(ConsultChatModel::TicksRole).value<ConsultChatModel::Ticks>(),
              ConsultChatModel::Ticks::Delivered);
    EXPECT_TRUE(model.handleEvent(makeEvent(event::ConsultReceipt,
                                            { { QStringLiteral("consultId"), 5 },
                                              { QStringLiteral("upTo"), 10 },
                                              { QStringLiteral("kind"), QStringLiteral("read") },
                                              { QStringLiteral("by"), 21 } })));
    EXPECT_EQ(model.index(2).data(ConsultChatModel::TicksRole).value<ConsultChatModel::Ticks>(),
              ConsultChatModel::Ticks::Read);
    EXPECT_FALSE(model.applyReceipt(10, QStringLiteral("read"), 21)) << "nothing new";

    // Ended with an answer: a closing notice.
    QJsonObject ended = consult(5, QStringLiteral("ended"), 3, {}, true);
    ended.insert(QStringLiteral("answer"), QStringLiteral("Instalments above 300 EUR."));
    ended.insert(QStringLiteral("endedAt"), QStringLiteral("2026-11-23T14:09:00.000Z"));
    model.setConsult(ended);
    ASSERT_EQ(model.rowCount(), 5) << "messages are kept when the update carries none";
    EXPECT_EQ(kinds(model).last(), ConsultChatModel::Kind::Notice);
    EXPECT_TRUE(model.index(4).data().toString().contains(QStringLiteral("Instalments above 300 EUR.")));

    // Another consult replaces everything.
    model.setConsult(consult(6, QStringLiteral("offered"), 1));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.messageCount(), 0);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ConsultModelsTest, ChatShowsDeclineWithReason)
{
    ConsultChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSelf(1);
    QJsonObject declined = consult(8, QStringLiteral("declined"), 2);
    declined.insert(QStringLiteral("declineReason"), QStringLiteral("in a meeting"));
    declined.insert(QStringLiteral("offers"),
                    QJsonArray { QJsonObject { { QStringLiteral("user"), kExpert },
                                               { QStringLiteral("state"), QStringLiteral("declined") } } });
    model.setConsult(declined);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1).data().toString(), QStringLiteral("Eva Expert declined: in a meeting"));
}

TEST(ConsultModelsTest, ParticipantsListThoseOnTheContactFirst)
{
    ParticipantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContact(contact(
        QStringLiteral("active"),
        QJsonArray { participant(1, QJsonValue(), QStringLiteral("customer")),
                     participant(2, kExpert2, QStringLiteral("expert"), QStringLiteral("2026-11-23T14:03:00.000Z")),
                     participant(3, kRep, QStringLiteral("owner")),
                     participant(4, kExpert, QStringLiteral("expert")) }));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0).data(ParticipantsModel::NameRole).toString(), QStringLiteral("Clara Customer"));
    EXPECT_EQ(model.index(0).data(ParticipantsModel::ParticipantRole).toString(), QStringLiteral("customer"));
    EXPECT_EQ(model.index(1).data(ParticipantsModel::UserIdRole).toLongLong(), 1);
    EXPECT_EQ(model.index(2).data(ParticipantsModel::NameRole).toString(), QStringLiteral("Eva Expert"));
    EXPECT_EQ(model.index(3).data(ParticipantsModel::NameRole).toString(), QStringLiteral("Erik Expert"));
    EXPECT_FALSE(model.index(3).data(ParticipantsModel::ActiveRole).toBool());
    EXPECT_TRUE(model.index(3).data().toString().contains(QStringLiteral("(left)")));
    EXPECT_TRUE(model.index(2).data().toString().contains(QStringLiteral("Expert")));
    EXPECT_TRUE(model.isActiveParticipant(21));
    EXPECT_FALSE(model.isActiveParticipant(22));
    EXPECT_EQ(model.activeCount(), 3);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ConsultModelsTest, SessionFollowsEventsForTheRepsContact)
{
    ConsultSession session;
    session.setSelf(1);
    session.setContact(contact(QStringLiteral("active"),
                               QJsonArray { participant(1, QJsonValue(), QStringLiteral("customer")),
                                            participant(3, kRep, QStringLiteral("owner")) }));
    EXPECT_TRUE(session.isContactOwner());
    EXPECT_TRUE(session.canAsk());
    EXPECT_TRUE(session.canColdTransfer());
    EXPECT_FALSE(session.canWarmTransfer()) << "nobody consulted yet";
    EXPECT_FALSE(session.canForward()) << "no forward-only reason";

    // A consult asked elsewhere (or before a reconnect) on this contact shows up.
    QSignalSpy notices(&session, &ConsultSession::notice);
    EXPECT_TRUE(session.handleEvent(
        makeEvent(event::ConsultUpdated, { { QStringLiteral("consult"), consult(5, QStringLiteral("offered"), 1) } },
                  QStringLiteral("user:1"))));
    EXPECT_EQ(session.chat()->consultId(), 5);
    EXPECT_TRUE(session.isConsultPending());
    EXPECT_FALSE(session.canAsk());

    // Declined: the rep is told at once with the next expert to ask.
    QJsonObject declined = consult(5, QStringLiteral("declined"), 2);
    EXPECT_TRUE(session.handleEvent(makeEvent(
        event::ConsultUpdated, { { QStringLiteral("consult"), declined }, { QStringLiteral("next"), kExpert2 } })));
    EXPECT_EQ(session.nextExpert().value(QStringLiteral("login")).toString(), QStringLiteral("expert2"));
    ASSERT_EQ(notices.count(), 1);
    EXPECT_TRUE(notices.first().first().toString().contains(QStringLiteral("Ask next: Erik Expert")));
    EXPECT_TRUE(session.canAsk());

    // Accepted (a later consult): conference and warm transfer become possible.
    EXPECT_TRUE(session.handleEvent(makeEvent(
        event::ConsultUpdated, { { QStringLiteral("consult"), consult(9, QStringLiteral("active"), 2, {}, true) } })));
    EXPECT_EQ(session.chat()->consultId(), 9);
    EXPECT_TRUE(session.canMessage());
    EXPECT_TRUE(session.canConference());
    EXPECT_TRUE(session.canWarmTransfer());

    // The expert joins the contact: conference in is done.
    QJsonObject joined = contact(QStringLiteral("active"),
                                 QJsonArray { participant(1, QJsonValue(), QStringLiteral("customer")),
                                              participant(3, kRep, QStringLiteral("owner")),
                                              participant(4, kExpert, QStringLiteral("expert")) });
    joined.insert(QStringLiteral("version"), 4);
    EXPECT_TRUE(session.handleEvent(makeEvent(event::ContactUpdated, { { QStringLiteral("contact"), joined } })));
    EXPECT_EQ(session.participants()->rowCount(), 3);
    EXPECT_FALSE(session.canConference());

    // Another contact's update is not ours.
    QJsonObject other = joined;
    other.insert(QStringLiteral("id"), 8);
    EXPECT_FALSE(session.handleEvent(makeEvent(event::ContactUpdated, { { QStringLiteral("contact"), other } })));
    // Nor is the customer's copy (customer:<id> carries the contact without its notes).
    QJsonObject customersCopy = joined;
    customersCopy.insert(QStringLiteral("version"), 5);
    customersCopy.insert(QStringLiteral("participants"), QJsonArray {});
    EXPECT_FALSE(session.handleEvent(makeEvent(event::ContactUpdated, { { QStringLiteral("contact"), customersCopy } },
                                               QStringLiteral("customer:C-1003"))));
    EXPECT_EQ(session.participants()->rowCount(), 3);

    // The expert's messages become the KB draft's answer once the consult ended.
    session.chat()->addMessage(message(31, kExpert, QStringLiteral("Instalments above 300 EUR.")));
    EXPECT_FALSE(session.canMakeKbDraft());
    QJsonObject ended = consult(9, QStringLiteral("ended"), 3, {}, true);
    session.chat()->setConsult(ended);
    EXPECT_EQ(session.draftAnswer(), QStringLiteral("Instalments above 300 EUR."));
    EXPECT_TRUE(session.canMakeKbDraft());
}

TEST(ConsultModelsTest, SessionOffersForwardForForwardOnlyReasons)
{
    ConsultSession session;
    session.setSelf(1);
    session.setContact(contact(QStringLiteral("active"), {}, QJsonArray { QStringLiteral("investor.relations") }));
    EXPECT_TRUE(session.forwardReasons().isEmpty());
    EXPECT_FALSE(session.canForward()) << "reasons not loaded";
    EXPECT_TRUE(session.contactForwardReason().isEmpty());

    // A closed contact offers nothing.
    session.setContact(contact(QStringLiteral("closed"), {}));
    EXPECT_FALSE(session.canAsk());
    EXPECT_FALSE(session.canColdTransfer());
}

TEST(ConsultModelsTest, ExpertKeepsTheConsultWhenTheirOwnContactChanges)
{
    ConsultSession session;
    session.setSelf(21); // expert1
    session.openConsult(consult(5, QStringLiteral("active"), 2, {}, true));
    EXPECT_TRUE(session.isHelping());
    EXPECT_TRUE(session.canMessage());
    EXPECT_TRUE(session.canEnd());
    EXPECT_FALSE(session.canConference()) << "only the contact's owner brings people in";

    // The expert's own phone contact changes underneath: the consult chat stays.
    QJsonObject own = contact(QStringLiteral("active"), {});
    own.insert(QStringLiteral("id"), 99);
    own.insert(QStringLiteral("owner"), kExpert);
    session.setContact(own);
    EXPECT_EQ(session.chat()->consultId(), 5);
    EXPECT_EQ(session.chat()->otherParty().value(QStringLiteral("login")).toString(), QStringLiteral("agent1"));
}
