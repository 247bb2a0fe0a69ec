#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/NewCustomerSession.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>

using namespace spocs;
using namespace spocs::test;

namespace {

class NewCustomerSessionTest : public ScriptedSessionTest
{
protected:
    const QString createOp = QString::fromUtf16(op::CustomerCreate);
};

QJsonObject candidate(const QString &id, const QString &name, const QString &match)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("company"), QString() },
                         { QStringLiteral("email"), QStringLiteral("ann@example.com") },
                         { QStringLiteral("phone"), QStringLiteral("+49 30 5550101") },
                         { QStringLiteral("account"), QStringLiteral("A-101042") },
                         { QStringLiteral("owner"),
                           QJsonObject { { QStringLiteral("id"), 4 },
                                         { QStringLiteral("login"), QStringLiteral("agent4") },
                                         { QStringLiteral("name"), QStringLiteral("Ada Owner") } } },
                         { QStringLiteral("match"), match } };
}

} // namespace

TEST(NewCustomerDraft, WhatWasSearchedForGoesIntoTheFieldItBelongsTo)
{
    const auto byMail = NewCustomerSession::draftFromSearch(QStringLiteral(" ann@example.com "));
    EXPECT_EQ(byMail.emails, QStringList { QStringLiteral("ann@example.com") });
    EXPECT_TRUE(byMail.name.isEmpty());
    const auto byPhone = NewCustomerSession::draftFromSearch(QStringLiteral("+49 (30) 555-0101"));
    EXPECT_EQ(byPhone.phones, QStringList { QStringLiteral("+49 (30) 555-0101") });
    EXPECT_TRUE(byPhone.name.isEmpty());
    const auto byName = NewCustomerSession::draftFromSearch(QStringLiteral("Ann  Example"));
    EXPECT_EQ(byName.name, QStringLiteral("Ann Example"));
    EXPECT_TRUE(byName.emails.isEmpty() && byName.phones.isEmpty());
    // Too few digits for a phone number: a name (or a customer number) it is.
    EXPECT_EQ(NewCustomerSession::draftFromSearch(QStringLiteral("123")).name, QStringLiteral("123"));
}

TEST_F(NewCustomerSessionTest, DraftIsSentAndTheNewCustomerIsNamed)
{
    peer.answer(createOp,
                QJsonObject { { QStringLiteral("customer"),
                                QJsonObject { { QStringLiteral("id"), QStringLiteral("C-3001") } } } });
    NewCustomerSession session(&connection);
    QSignalSpy created(&session, &NewCustomerSession::created);
    QSignalSpy busy(&session, &NewCustomerSession::busyChanged);
    domain::CustomerDraft draft;
    draft.name = QStringLiteral("Ann Example");
    draft.phones = { QStringLiteral("+49 30 5550101") };
    session.create(draft);
    EXPECT_TRUE(session.isBusy());
    ASSERT_TRUE(created.wait(5000));
    EXPECT_EQ(created.at(0).at(0).toString(), QStringLiteral("C-3001"));
    EXPECT_FALSE(session.isBusy());
    EXPECT_EQ(busy.count(), 2);
    const QJsonObject args = lastArgs(createOp);
    EXPECT_EQ(args.value(QStringLiteral("name")).toString(), QStringLiteral("Ann Example"));
    EXPECT_EQ(args.value(QStringLiteral("phones")).toArray(), QJsonArray { QStringLiteral("+49 30 5550101") });
    EXPECT_FALSE(args.contains(QStringLiteral("force")));
    EXPECT_FALSE(args.contains(QStringLiteral("company"))) << "absent fields take the server's defaults";
    EXPECT_FALSE(args.value(QStringLiteral("cid")).toString().isEmpty());
}

TEST_F(NewCustomerSessionTest, DuplicatesBecomeCandidatesAndForceCreatesAnyway)
{
    peer.fail(createOp, ErrorCode::Conflict,
              QJsonObject { { QStringLiteral("candidates"),
                              QJsonArray { candidate(QStringLiteral("C-1042"), QStringLiteral("Ann Older"),
                                                     QStringLiteral("phone")),
                                           candidate(QStringLiteral("C-1050"), QStringLiteral("Ann Elder"),
                                                     QStringLiteral("email")) } } });
    peer.answer(createOp,
                QJsonObject { { QStringLiteral("customer"),
                                QJsonObject { { QStringLiteral("id"), QStringLiteral("C-3002") } } } });
    NewCustomerSession session(&connection);
    QAbstractItemModelTester tester(session.candidates(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy duplicates(&session, &NewCustomerSession::duplicatesFound);
    QSignalSpy created(&session, &NewCustomerSession::created);
    QSignalSpy failed(&session, &NewCustomerSession::failed);
    domain::CustomerDraft draft;
    draft.name = QStringLiteral("Ann Example");
    draft.emails = { QStringLiteral("ann@example.com") };
    session.create(draft);
    ASSERT_TRUE(duplicates.wait(5000));
    EXPECT_EQ(duplicates.at(0).at(0).toInt(), 2);
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_TRUE(created.isEmpty());
    CustomerCandidatesModel *model = session.candidates();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->customerIdAt(0), QStringLiteral("C-1042"));
    EXPECT_EQ(model->data(model->index(0, CustomerCandidatesModel::NameColumn)).toString(),
              QStringLiteral("Ann Older"));
    EXPECT_TRUE(model->data(model->index(0, CustomerCandidatesModel::MatchColumn))
                    .toString()
                    .contains(QStringLiteral("+49 30 5550101")));
    EXPECT_TRUE(model->data(model->index(1, CustomerCandidatesModel::MatchColumn))
                    .toString()
                    .contains(QStringLiteral("ann@example.com")));
    EXPECT_EQ(model->data(model->index(1, CustomerCandidatesModel::OwnerColumn)).toString(),
              QStringLiteral("Ada Owner"));
    EXPECT_TRUE(session.hasDuplicates());

    session.create(draft, true);
    ASSERT_TRUE(created.wait(5000));
    EXPECT_EQ(created.at(0).at(0).toString(), QStringLiteral("C-3002"));
    EXPECT_TRUE(lastArgs(createOp).value(QStringLiteral("force")).toBool());
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(NewCustomerSessionTest, OtherRefusalsAreReportedWithTheirField)
{
    peer.fail(createOp, ErrorCode::BadRequest, QJsonObject { { QStringLiteral("field"), QStringLiteral("emails") } });
    NewCustomerSession session(&connection);
    QSignalSpy failed(&session, &NewCustomerSession::failed);
    QSignalSpy duplicates(&session, &NewCustomerSession::duplicatesFound);
    domain::CustomerDraft draft;
    draft.name = QStringLiteral("Ann Example");
    draft.emails = { QStringLiteral("not-mail") };
    session.create(draft);
    ASSERT_TRUE(failed.wait(5000));
    const auto error = failed.at(0).at(0).value<Error>();
    EXPECT_EQ(error.code, ErrorCode::BadRequest);
    EXPECT_EQ(error.details.value(QStringLiteral("field")).toString(), QStringLiteral("emails"));
    EXPECT_TRUE(duplicates.isEmpty());
    EXPECT_FALSE(session.isBusy());
}
