// New Customer from the customer search, driven against the scripted peer: nothing matches what
// was typed, Ctrl+Shift+N opens the dialog prefilled with it, duplicates are listed to open
// instead, and Create Anyway makes the customer that the search panel then opens.
#include "support/ClientHelpers.h"
#include "support/ScriptedPeer.h"
#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/NewCustomerSession.h"
#include "widgets/CustomerSearchPanel.h"
#include "widgets/NewCustomerDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;
using namespace spocs::test;

namespace {

constexpr int kWait = 5000;

QJsonObject candidate(const QString &id, const QString &name)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("company"), QStringLiteral("Older & Sons") },
                         { QStringLiteral("email"), QStringLiteral("nina@newcomer.example") },
                         { QStringLiteral("phone"), QStringLiteral("+49 30 5550101") },
                         { QStringLiteral("account"), QStringLiteral("A-101042") },
                         { QStringLiteral("owner"), QJsonValue::Null },
                         { QStringLiteral("match"), QStringLiteral("email") } };
}

// A picture of the dialog in the test's output (and where SPOCS_NEW_CUSTOMER_SCREENSHOT says).
void screenshot(QWidget *widget, const QString &name)
{
    QString path = qEnvironmentVariable("SPOCS_NEW_CUSTOMER_SCREENSHOT");
    path = path.isEmpty() ? QStringLiteral("%1/%2.png").arg(QDir::tempPath(), name)
                          : QString(path.chopped(4) + QStringLiteral("-%1.png").arg(name));
    EXPECT_TRUE(widget->grab().save(path)) << qPrintable(path);
    std::cout << "screenshot: " << qPrintable(path) << std::endl;
}

} // namespace

TEST(NewCustomerDialog, NothingFoundThenCtrlShiftNCreatesTheCustomerFromWhatWasTyped)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    peer.answer(QString::fromUtf16(op::CustomerSearch),
                QJsonObject { { QStringLiteral("items"), QJsonArray {} }, { QStringLiteral("total"), 0 } });
    const QString createOp = QString::fromUtf16(op::CustomerCreate);
    peer.answer(createOp,
                QJsonObject { { QStringLiteral("customer"),
                                QJsonObject { { QStringLiteral("id"), QStringLiteral("C-3001") } } } });

    CustomerSearchPanel panel(&connection);
    panel.resize(360, 500);
    panel.show();
    panel.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
    QSignalSpy opened(&panel, &CustomerSearchPanel::customerActivated);
    auto *button = child<QPushButton>(&panel, "newCustomerButton");
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isVisible()) << "only offered when nothing matches";
    panel.searchEdit()->setFocus();
    QTest::keyClicks(panel.searchEdit(), QStringLiteral("+49 30 5550199"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return button->isVisible(); }, kWait));
    EXPECT_EQ(child<QAction>(panel, "newCustomerAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    QTest::keyClick(panel.searchEdit(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NewCustomerDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = panel.findChild<NewCustomerDialog *>()) != nullptr; }, kWait));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto *phone = child<QLineEdit>(dialog, "newCustomer_phone");
    auto *name = child<QLineEdit>(dialog, "newCustomer_name");
    auto *create = child<QPushButton>(dialog, "newCustomerCreateButton");
    ASSERT_TRUE(phone && name && create);
    EXPECT_EQ(phone->text(), QStringLiteral("+49 30 5550199")) << "a phone number goes into Phone";
    EXPECT_TRUE(name->text().isEmpty());
    EXPECT_FALSE(create->isEnabled()) << "a name is needed";
    QTest::keyClicks(name, QStringLiteral("Nina Newcomer"));
    EXPECT_TRUE(create->isEnabled());
    screenshot(dialog, QStringLiteral("new-customer"));

    QTest::keyClick(name, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return opened.count() == 1; }, kWait));
    EXPECT_EQ(opened.at(0).at(0).toString(), QStringLiteral("C-3001")) << "the new customer is opened";
    const QJsonObject sent = peer.requestsFor(createOp).last().request.args;
    EXPECT_EQ(sent.value(QStringLiteral("name")).toString(), QStringLiteral("Nina Newcomer"));
    EXPECT_EQ(sent.value(QStringLiteral("phones")).toArray(), QJsonArray { QStringLiteral("+49 30 5550199") });
}

TEST(NewCustomerDialog, DuplicatesAreListedToOpenOrCreateAnyway)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    const QString createOp = QString::fromUtf16(op::CustomerCreate);
    const QJsonObject duplicates { { QStringLiteral("candidates"),
                                     QJsonArray {
                                         candidate(QStringLiteral("C-1042"), QStringLiteral("Nina Older")),
                                         candidate(QStringLiteral("C-1050"), QStringLiteral("Nina Elder")) } } };
    peer.fail(createOp, ErrorCode::Conflict, duplicates);

    {
        // Open one of them instead.
        NewCustomerDialog dialog(&connection, QStringLiteral("nina@newcomer.example"));
        QSignalSpy chosen(&dialog, &NewCustomerDialog::customerChosen);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto *email = child<QLineEdit>(&dialog, "newCustomer_email");
        ASSERT_NE(email, nullptr);
        EXPECT_EQ(email->text(), QStringLiteral("nina@newcomer.example")) << "an address goes into Email";
        QTest::keyClicks(child<QLineEdit>(&dialog, "newCustomer_name"), QStringLiteral("Nina Newcomer"));
        child<QPushButton>(&dialog, "newCustomerCreateButton")->click();
        auto *list = child<QTreeView>(&dialog, "newCustomerCandidates");
        ASSERT_TRUE(QTest::qWaitFor([&] { return list->isVisible() && list->model()->rowCount() == 2; }, kWait));
        EXPECT_TRUE(chosen.isEmpty());
        EXPECT_TRUE(dialog.isVisible());
        screenshot(&dialog, QStringLiteral("new-customer-duplicates"));
        list->setCurrentIndex(list->model()->index(1, 0));
        child<QPushButton>(&dialog, "newCustomerOpenButton")->click();
        ASSERT_EQ(chosen.count(), 1);
        EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("C-1050"));
        EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    }
    {
        // Or create the new customer anyway (Alt+A).
        peer.forgetAnswers(createOp);
        peer.fail(createOp, ErrorCode::Conflict, duplicates);
        peer.answer(createOp,
                    QJsonObject { { QStringLiteral("customer"),
                                    QJsonObject { { QStringLiteral("id"), QStringLiteral("C-3002") } } } });
        NewCustomerDialog dialog(&connection, QStringLiteral("Nina Newcomer"));
        QSignalSpy chosen(&dialog, &NewCustomerDialog::customerChosen);
        dialog.show();
        dialog.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        auto *name = child<QLineEdit>(&dialog, "newCustomer_name");
        EXPECT_EQ(name->text(), QStringLiteral("Nina Newcomer")) << "a name goes into Name";
        QTest::keyClicks(child<QLineEdit>(&dialog, "newCustomer_email"), QStringLiteral("nina@newcomer.example"));
        QTest::keyClick(name, Qt::Key_Return);
        auto *anyway = child<QPushButton>(&dialog, "newCustomerCreateAnywayButton");
        ASSERT_TRUE(QTest::qWaitFor([&] { return anyway->isVisible() && anyway->isEnabled(); }, kWait));
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        ASSERT_TRUE(QTest::qWaitFor([&] { return chosen.count() == 1; }, kWait));
        EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("C-3002"));
        EXPECT_TRUE(peer.requestsFor(createOp).last().request.args.value(QStringLiteral("force")).toBool());
    }
}

TEST(NewCustomerDialog, ARefusedFieldIsNamedAndFocused)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    peer.fail(QString::fromUtf16(op::CustomerCreate), ErrorCode::BadRequest,
              QJsonObject { { QStringLiteral("field"), QStringLiteral("emails") } });
    NewCustomerDialog dialog(&connection, QStringLiteral("Nina Newcomer"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *email = child<QLineEdit>(&dialog, "newCustomer_email");
    QTest::keyClicks(email, QStringLiteral("nina@nowhere"));
    child<QPushButton>(&dialog, "newCustomerCreateButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.errorMessage().isEmpty(); }, kWait));
    EXPECT_TRUE(dialog.errorMessage().contains(QStringLiteral("Email"))) << qPrintable(dialog.errorMessage());
    EXPECT_TRUE(email->hasFocus());
    EXPECT_TRUE(dialog.isVisible());
}

TEST(NewCustomerDialog, BadInputIsExplainedUnderItsFieldAndNothingTypedIsLost)
{
    ScriptedPeer peer;
    Connection connection;
    ASSERT_TRUE(loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok);
    const QString createOp = QString::fromUtf16(op::CustomerCreate);
    peer.fail(createOp, ErrorCode::BadRequest, QJsonObject { { QStringLiteral("field"), QStringLiteral("emails") } });
    peer.fail(createOp, ErrorCode::BadRequest, QJsonObject { { QStringLiteral("field"), QStringLiteral("phones") } });
    NewCustomerDialog dialog(&connection, QString());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *name = child<QLineEdit>(&dialog, "newCustomer_name");
    auto *email = child<QLineEdit>(&dialog, "newCustomer_email");
    auto *phone = child<QLineEdit>(&dialog, "newCustomer_phone");
    auto *city = child<QLineEdit>(&dialog, "newCustomer_city");
    auto *nameProblem = child<QLabel>(&dialog, "newCustomer_nameProblem");
    auto *emailProblem = child<QLabel>(&dialog, "newCustomer_emailProblem");
    auto *phoneProblem = child<QLabel>(&dialog, "newCustomer_phoneProblem");
    ASSERT_TRUE(name && email && phone && city && nameProblem && emailProblem && phoneProblem);
    QTest::keyClicks(email, QStringLiteral("nina@"));
    QTest::keyClicks(phone, QStringLiteral("call me"));
    QTest::keyClicks(city, QStringLiteral("Berlin"));

    // No name: Enter says so under the name and goes there; nothing is sent.
    QTest::keyClick(email, Qt::Key_Return);
    EXPECT_TRUE(nameProblem->isVisible());
    EXPECT_TRUE(nameProblem->text().contains(QStringLiteral("name"))) << qPrintable(nameProblem->text());
    EXPECT_TRUE(name->hasFocus());
    EXPECT_TRUE(peer.requestsFor(createOp).isEmpty());

    // Typing the name puts that right; the server refuses the e-mail address: said under it, with
    // what an address looks like, and the cursor goes there.
    QTest::keyClicks(name, QStringLiteral("Nina Newcomer"));
    EXPECT_FALSE(nameProblem->isVisible());
    QTest::keyClick(name, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return emailProblem->isVisible(); }, kWait)) << "no word under the e-mail";
    EXPECT_TRUE(emailProblem->text().contains(QStringLiteral("name@example.com"))) << qPrintable(emailProblem->text());
    EXPECT_TRUE(email->hasFocus());
    const auto below = [&](QWidget *problem, QWidget *field) {
        const QRect f(field->mapTo(&dialog, QPoint(0, 0)), field->size());
        const QRect p(problem->mapTo(&dialog, QPoint(0, 0)), problem->size());
        return p.top() >= f.bottom() && p.top() - f.bottom() < 12 && p.left() == f.left();
    };
    EXPECT_TRUE(below(emailProblem, email)) << "the explanation is not right under the e-mail field";

    // Then the phone number: only its own problem shows.
    QTest::keyClicks(email, QStringLiteral("newcomer.example"));
    EXPECT_FALSE(emailProblem->isVisible()) << "the corrected field keeps its old problem";
    QTest::keyClick(email, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return phoneProblem->isVisible(); }, kWait));
    EXPECT_FALSE(emailProblem->isVisible());
    EXPECT_TRUE(phoneProblem->text().contains(QStringLiteral("phone number"))) << qPrintable(phoneProblem->text());
    EXPECT_TRUE(below(phoneProblem, phone));
    EXPECT_GE(phoneProblem->height(), phoneProblem->heightForWidth(phoneProblem->width())) << "the words are cut";
    screenshot(&dialog, QStringLiteral("new-customer-bad-phone"));

    // Everything typed is still there.
    EXPECT_EQ(name->text(), QStringLiteral("Nina Newcomer"));
    EXPECT_EQ(email->text(), QStringLiteral("nina@newcomer.example"));
    EXPECT_EQ(phone->text(), QStringLiteral("call me"));
    EXPECT_EQ(city->text(), QStringLiteral("Berlin"));
}
