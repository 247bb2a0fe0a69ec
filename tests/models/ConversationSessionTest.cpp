#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/ConversationModel.h"
#include "models/ConversationSession.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace spocs;
using namespace spocs::test;

namespace {

using Notice = ConversationSession::SenderNotice;

QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

QJsonObject emailContact(qint64 id)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("state"), QStringLiteral("active") },
                         { QStringLiteral("channel"), QStringLiteral("email") },
                         { QStringLiteral("version"), 2 },
                         { QStringLiteral("customer"),
                           QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1") },
                                         { QStringLiteral("name"), QStringLiteral("Ann Lee") } } },
                         { QStringLiteral("owner"), QJsonObject { { QStringLiteral("id"), 3 } } } };
}

// A message as contact.messages lists it; `check` empty: the coordinator checked nothing.
QJsonObject message(qint64 id, const QString &direction, const QString &check = {})
{
    QJsonObject m { { QStringLiteral("id"), id },
                    { QStringLiteral("direction"), direction },
                    { QStringLiteral("channel"), QStringLiteral("email") },
                    { QStringLiteral("from"),
                      QJsonObject { { QStringLiteral("address"), QStringLiteral("ann@customer.example") },
                                    { QStringLiteral("name"), QStringLiteral("Ann Lee") } } },
                    { QStringLiteral("subject"), QStringLiteral("Cancel my order") },
                    { QStringLiteral("text"), QStringLiteral("Please cancel it.") },
                    { QStringLiteral("status"),
                      direction == u"in" ? QStringLiteral("received") : QStringLiteral("sent") },
                    { QStringLiteral("at"), QStringLiteral("2026-12-07T10:00:00.000Z") },
                    { QStringLiteral("attachments"), QJsonArray {} } };
    if (!check.isEmpty())
        m.insert(QStringLiteral("senderCheck"), check);
    return m;
}

class ConversationSessionTest : public ScriptedSessionTest
{
protected:
    void SetUp() override
    {
        ScriptedSessionTest::SetUp();
        contact.setSelf(3);
        peer.answer(wire(op::CannedList), QJsonObject { { QStringLiteral("answers"), QJsonArray {} } });
    }

    // Opens contact 7 with these messages and waits until the session has them.
    bool open(ConversationSession &session, const QJsonArray &messages)
    {
        peer.answer(wire(op::ContactMessages),
                    QJsonObject { { QStringLiteral("contact"), 7 }, { QStringLiteral("messages"), messages } });
        contact.setContact(emailContact(7));
        return QTest::qWaitFor([&] { return session.messages()->rowCount() == messages.size(); }, 5000);
    }

    ActiveContact contact;
};

} // namespace

TEST_F(ConversationSessionTest, FailedSenderOfTheNewestMailIsAWarning)
{
    ConversationSession session(&connection, &contact);
    ASSERT_TRUE(open(session, { message(1, QStringLiteral("in"), QStringLiteral("failed")) }));
    EXPECT_EQ(session.senderNotice(), Notice::Failed);
    EXPECT_TRUE(session.senderNoticeText().contains(QStringLiteral("may not be the customer")))
        << qPrintable(session.senderNoticeText());
}

TEST_F(ConversationSessionTest, UncheckedSenderIsANoteAndAVerifiedOneNothing)
{
    ConversationSession session(&connection, &contact);
    ASSERT_TRUE(open(session, { message(1, QStringLiteral("in"), QStringLiteral("unknown")) }));
    EXPECT_EQ(session.senderNotice(), Notice::Unchecked);
    EXPECT_EQ(session.senderNoticeText(), QStringLiteral("The sender's address could not be checked."));

    // A newer mail from the customer decides; the agent's answers in between do not count.
    peer.publish(
        QStringLiteral("contact:7"), wire(event::ContactMessageAdded),
        QJsonObject { { QStringLiteral("contact"), 7 },
                      { QStringLiteral("message"), message(2, QStringLiteral("in"), QStringLiteral("verified")) } });
    peer.publish(QStringLiteral("contact:7"), wire(event::ContactMessageAdded),
                 QJsonObject { { QStringLiteral("contact"), 7 },
                               { QStringLiteral("message"), message(3, QStringLiteral("out")) } });
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.messages()->rowCount() == 3; }, 5000));
    EXPECT_EQ(session.senderNotice(), Notice::None);
    EXPECT_TRUE(session.senderNoticeText().isEmpty());
}

TEST_F(ConversationSessionTest, NothingIsShownWhenTheCoordinatorChecksNoSender)
{
    ConversationSession session(&connection, &contact);
    ASSERT_TRUE(open(session,
                     { message(1, QStringLiteral("in"), QStringLiteral("failed")), message(2, QStringLiteral("in")) }));
    EXPECT_EQ(session.senderNotice(), Notice::None) << "the newest mail was not checked";
    EXPECT_TRUE(session.senderNoticeText().isEmpty());
}
