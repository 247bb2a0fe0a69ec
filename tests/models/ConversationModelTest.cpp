#include "models/ConversationModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::domain;

namespace {

ContactMessage message(qint64 id, MessageDirection direction, MessageStatus status, const QString &text)
{
    ContactMessage m;
    m.id = id;
    m.direction = direction;
    m.channel = QStringLiteral("chat");
    m.from = { QStringLiteral("ann@example.com"), QStringLiteral("Ann") };
    m.text = text;
    m.status = status;
    m.at = QStringLiteral("2026-12-06T10:00:00.000Z");
    if (direction == MessageDirection::Out)
        m.author = Person { 1, QStringLiteral("agent1"), QStringLiteral("Anna Berger"), {} };
    return m;
}

} // namespace

TEST(ConversationModel, KeepsMessagesInOrderAndUpdatesAReplyInPlace)
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMessages({ message(5, MessageDirection::In, MessageStatus::Received, QStringLiteral("second")),
                        message(2, MessageDirection::In, MessageStatus::Received, QStringLiteral("first")) });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0).data(ConversationModel::TextRole).toString(), QStringLiteral("first"));
    EXPECT_EQ(model.index(0).data(ConversationModel::FromRole).toString(), QStringLiteral("Ann"));

    // The agent's answer arrives as "sending" (the reply's answer), then as "sent" (the event).
    EXPECT_TRUE(model.upsert(message(7, MessageDirection::Out, MessageStatus::Sending, QStringLiteral("answer"))));
    EXPECT_TRUE(model.upsert(message(7, MessageDirection::Out, MessageStatus::Sent, QStringLiteral("answer"))));
    EXPECT_FALSE(model.upsert(message(7, MessageDirection::Out, MessageStatus::Sent, QStringLiteral("answer"))))
        << "the same message twice (reply answer and event) is shown once";
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(2).data(ConversationModel::StatusRole).toString(), QStringLiteral("sent"));
    EXPECT_EQ(model.index(2).data(ConversationModel::FromRole).toString(), QStringLiteral("Anna Berger"));
    EXPECT_TRUE(model.index(2).data(ConversationModel::OutboundRole).toBool());

    // A message that was late (lower id) lands in its place, not at the end.
    EXPECT_TRUE(model.upsert(message(3, MessageDirection::In, MessageStatus::Received, QStringLiteral("between"))));
    EXPECT_EQ(model.index(1).data(ConversationModel::TextRole).toString(), QStringLiteral("between"));
    EXPECT_EQ(model.lastInboundId(), 5);
}

TEST(ConversationModel, ReadTicksFailuresAndRefusedAttachments)
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ContactMessage failed = message(4, MessageDirection::Out, MessageStatus::Failed, QStringLiteral("mail"));
    failed.channel = QStringLiteral("email");
    failed.failure = QStringLiteral("SMTP: connection refused");
    ContactMessage withFile = message(1, MessageDirection::In, MessageStatus::Received, QStringLiteral("see file"));
    withFile.attachments
        = { MessageAttachment { 1, QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), 2048, false },
            MessageAttachment { 2, QStringLiteral("huge.zip"), QStringLiteral("application/zip"), 50'000'000, true } };
    model.setMessages({ withFile, message(2, MessageDirection::Out, MessageStatus::Sent, QStringLiteral("hi")),
                        message(3, MessageDirection::Out, MessageStatus::Sent, QStringLiteral("there")), failed });

    EXPECT_FALSE(model.index(1).data(ConversationModel::ReadRole).toBool());
    model.setReadUpTo(2);
    EXPECT_TRUE(model.index(1).data(ConversationModel::ReadRole).toBool());
    EXPECT_FALSE(model.index(2).data(ConversationModel::ReadRole).toBool()) << "read only up to message 2";
    model.setReadUpTo(1); // an older receipt changes nothing
    EXPECT_TRUE(model.index(1).data(ConversationModel::ReadRole).toBool());
    EXPECT_FALSE(model.index(3).data(ConversationModel::ReadRole).toBool()) << "e-mails have no read ticks";

    EXPECT_EQ(model.lastFailedId(), 4);
    EXPECT_EQ(model.index(3).data(ConversationModel::FailureRole).toString(),
              QStringLiteral("SMTP: connection refused"));
    const QString files = model.index(0).data(ConversationModel::AttachmentsRole).toString();
    EXPECT_TRUE(files.contains(QStringLiteral("photo.jpg"))) << qPrintable(files);
    EXPECT_TRUE(files.contains(QStringLiteral("huge.zip"))) << qPrintable(files);
    EXPECT_TRUE(files.contains(QStringLiteral("refused"))) << qPrintable(files);
    EXPECT_EQ(files.count(QStringLiteral("refused")), 1);
}

TEST(ConversationModel, BodyOverTheSizeLimitIsSaidToBeNotKept)
{
    ConversationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ContactMessage huge = message(1, MessageDirection::In, MessageStatus::Received, QString());
    huge.channel = QStringLiteral("email");
    huge.refusedBodyBytes = qint64(12.3 * 1024 * 1024);
    model.setMessages({ huge, message(2, MessageDirection::In, MessageStatus::Received, QStringLiteral("small")) });

    const QLocale before;
    QLocale::setDefault(QLocale::c());
    const QString note = model.index(0).data(ConversationModel::RefusedBodyRole).toString();
    QLocale::setDefault(before);
    EXPECT_EQ(note, QStringLiteral("The message body (12.3 MB) was over the size limit and was not kept"));
    EXPECT_TRUE(model.index(1).data(ConversationModel::RefusedBodyRole).toString().isEmpty());
}
