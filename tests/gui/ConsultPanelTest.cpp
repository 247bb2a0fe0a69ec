#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"
#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ConsultChatModel.h"
#include "models/ConsultSession.h"
#include "models/ExpertDirectoryModel.h"
#include "models/ParticipantsModel.h"
#include "widgets/ConsultChatView.h"
#include "widgets/ConsultPanel.h"
#include "widgets/ConsultWorkspace.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/TransferDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

using namespace spocs;
using spocs::test::child;

namespace {

constexpr int kLongWait = 20000;

QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// What the consult panel's status line says.
template<class Panel> QString statusOf(const Panel &panel)
{
    const QLabel *status = child<QLabel>(panel, "consultStatusLabel");
    return status ? status->text() : QString();
}

// The transfer dialog the panel has open (a closed one lingers until it is deleted).
TransferDialog *openTransferDialog(const ConsultPanel &panel)
{
    const auto dialogs = panel.findChildren<TransferDialog *>();
    const auto open = std::find_if(dialogs.cbegin(), dialogs.cend(), [](TransferDialog *d) { return d->isVisible(); });
    return open == dialogs.cend() ? nullptr : *open;
}

QString newCid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 idOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("id")).toInteger();
}

// Saves a picture of the panel for the docs when SPOCS_CONSULT_SCREENSHOT names a file (or is "1").
void maybeScreenshot(QWidget *widget, const QString &name)
{
    const QString target = qEnvironmentVariable("SPOCS_CONSULT_SCREENSHOT");
    if (target.isEmpty())
        return;
    // A file name is used for the rep's panel; other pictures go beside it with their own name.
    const QString path = !target.endsWith(QLatin1String(".png")) ? QStringLiteral("/tmp/%1.png").arg(name)
        : name == QLatin1String("consult-panel")                 ? target
                                                 : target.chopped(4) + QStringLiteral("-%1.png").arg(name);
    EXPECT_TRUE(widget->grab().save(path)) << qPrintable(path);
    std::cout << "screenshot: " << qPrintable(path) << std::endl;
}

class ConsultPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        test::CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        ASSERT_TRUE(m_coordinator.start(options)) << qPrintable(m_coordinator.output());
        ASSERT_TRUE(test::loginAndWait(m_lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(m_coordinator.output().right(3000)) << std::endl;
    }

    // expert1 signed in; every transfer offered to them lands in `offers`.
    void signInExpertCollectingTransfers(Connection &expert, QList<QJsonObject> &offers)
    {
        ASSERT_TRUE(test::loginAndWait(expert, m_coordinator.url(), QStringLiteral("expert1")).ok);
        QObject::connect(&expert, &Connection::eventReceived, &expert, [&offers](const protocol::Event &e) {
            if (e.kind == QStringView(event::TransferOffered))
                offers << e.data.value(QStringLiteral("transfer")).toObject();
        });
        expert.subscribe(QStringLiteral("user:%1").arg(expert.user().id));
    }

    // A customer call comes in and the signed-in rep accepts it; returns the active contact.
    QJsonObject acceptedContact(Connection &rep, const QString &reason = QString())
    {
        const Reply customers
            = test::call(m_lead, wire(op::CustomerSearch),
                         { { QStringLiteral("q"), QStringLiteral("a") }, { QStringLiteral("limit"), 1 } });
        const QString customer = customers.data.value(QStringLiteral("items"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString();
        EXPECT_FALSE(customer.isEmpty());
        QJsonObject args { { QStringLiteral("cid"), newCid() },
                           { QStringLiteral("channel"), QStringLiteral("phone") },
                           { QStringLiteral("customer"), customer } };
        if (!reason.isEmpty()) { // the IVR choice; the rep's general queue still takes the call
            args.insert(QStringLiteral("reason"), reason);
            args.insert(QStringLiteral("queue"), QStringLiteral("general"));
        }
        const Reply inbound = test::callWrite(m_lead, wire(op::ContactInbound), args);
        EXPECT_TRUE(inbound.ok) << qPrintable(test::errorName(inbound));
        const qint64 id = idOf(inbound.data.value(QStringLiteral("contact")).toObject());
        // The only available agent is the rep: the offer comes to them.
        const qint64 repId = rep.user().id;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                const Reply got = test::call(m_lead, wire(op::ContactGet), { { QStringLiteral("id"), id } });
                return idOf(got.data.value(QStringLiteral("contact"))
                                .toObject()
                                .value(QStringLiteral("offeredTo"))
                                .toObject())
                    == repId;
            },
            kLongWait))
            << "the contact was not offered to the rep";
        const Reply accepted = test::callWrite(rep, wire(op::ContactAccept),
                                               { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } });
        EXPECT_TRUE(accepted.ok) << qPrintable(test::errorName(accepted));
        return accepted.data.value(QStringLiteral("contact")).toObject();
    }

    void signIn(MainWindow &window, Connection &connection, const QString &user)
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.loginWith(m_coordinator.url(), user, QStringLiteral("demo"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait));
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.user().id > 0; }, kLongWait));
    }

    // Finds a user in the panel's expert finder by typing their login, and selects them.
    void selectExpert(ConsultPanel *panel, const QString &login)
    {
        child<QLineEdit>(panel, "consultExpertSearch")->clear();
        QTest::keyClicks(child<QLineEdit>(panel, "consultExpertSearch"), login);
        ExpertDirectoryModel *experts = panel->session()->experts();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return experts->rowCount() > 0 && experts->query() == login && !experts->isBusy(); }, kLongWait));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return experts->rowCount() > 0
                    && experts->index(0).data(ExpertDirectoryModel::LoginRole).toString() == login;
            },
            kLongWait));
        child<QListView>(panel, "consultExpertList")->setCurrentIndex(experts->index(0));
        EXPECT_EQ(panel->selectedExpert(), experts->userIdAt(0));
        EXPECT_FALSE(experts->index(0).data(ExpertDirectoryModel::StateRole).toString().isEmpty());
    }

    test::CoordinatorProcess m_coordinator;
    Connection m_lead;
};

} // namespace

TEST_F(ConsultPanelTest, RepAsksExpertChatsWithTicksConferencesInAndMakesKbDraft)
{
    // The expert: a second desktop with its own consult panel.
    Connection expertConnection;
    ASSERT_TRUE(test::loginAndWait(expertConnection, m_coordinator.url(), QStringLiteral("expert1")).ok);
    ConsultPanel expertPanel(&expertConnection);
    expertPanel.resize(420, 760);
    expertPanel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&expertPanel));
    ConsultChatModel *expertChat = expertPanel.session()->chat();
    QList<QJsonObject> offers;
    QObject::connect(&expertConnection, &Connection::eventReceived, &expertConnection, [&](const protocol::Event &e) {
        if (e.kind == QStringView(event::ConsultOffered))
            offers << e.data.value(QStringLiteral("consult")).toObject();
    });
    const QString expertTopic = QStringLiteral("user:%1").arg(expertConnection.user().id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return expertConnection.topics().contains(expertTopic); }, kLongWait));

    // The rep signs in through the main window: the consult workspace comes with the login.
    Connection rep;
    MainWindow window(&rep);
    ASSERT_NO_FATAL_FAILURE(signIn(window, rep, QStringLiteral("agent1")));
    auto *workspace = window.findChild<ConsultWorkspace *>();
    ASSERT_NE(workspace, nullptr) << "no consult workspace after login";
    auto *dock = child<QDockWidget>(window, "consultDock");
    ASSERT_TRUE(dock);
    auto *panel = dock->findChild<ConsultPanel *>();
    ASSERT_NE(panel, nullptr);
    auto *showPanel = child<QAction>(dock, "showConsultPanelAction");
    ASSERT_TRUE(showPanel);
    ASSERT_NE(window.findChild<QMenu *>(QStringLiteral("consultMenu")), nullptr);
    EXPECT_EQ(showPanel->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    EXPECT_EQ(child<QAction>(panel, "consultConferenceAction")->shortcut(),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    showPanel->trigger(); // Ctrl+G
    EXPECT_TRUE(dock->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return rep.topics().contains(QStringLiteral("user:%1").arg(rep.user().id)); },
                                kLongWait));

    // Without a contact there is nothing to ask about.
    EXPECT_FALSE(child<QPushButton>(panel, "consultAskButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>(panel, "consultContextLabel")->text().contains(QStringLiteral("No open contact")));

    // A call comes in; the rep accepts it and the panel follows the contact.
    const QJsonObject contact = acceptedContact(rep);
    ASSERT_GT(idOf(contact), 0);
    workspace->setContact(contact);
    EXPECT_TRUE(
        child<QLabel>(panel, "consultContextLabel")
            ->text()
            .contains(contact.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString()));
    EXPECT_TRUE(panel->session()->isContactOwner());

    // Find expert1 by name and ask a question (Ctrl+Return in the question box).
    ASSERT_NO_FATAL_FAILURE(selectExpert(panel, QStringLiteral("expert1")));
    const QString question = QStringLiteral("Can the customer pay the invoice in instalments?");
    child<QPlainTextEdit>(panel, "consultQuestionEdit")->setPlainText(question);
    ASSERT_TRUE(child<QPushButton>(panel, "consultAskButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(panel, "consultAskButton"), Qt::LeftButton);
    ConsultChatModel *chat = panel->session()->chat();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->consultId() > 0; }, kLongWait)) << qPrintable(statusOf(panel));
    EXPECT_TRUE(panel->session()->isConsultPending());
    EXPECT_TRUE(statusOf(panel).contains(QStringLiteral("Waiting for")));
    EXPECT_FALSE(child<QPushButton>(panel, "consultAskButton")->isEnabled()) << "one open question at a time";
    EXPECT_EQ(chat->index(0).data().toString(), question);

    // The expert gets the offer with the story, accepts it, and the panel shows the consult.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !offers.isEmpty(); }, kLongWait)) << "no consult.offered for expert1";
    EXPECT_EQ(offers.first().value(QStringLiteral("question")).toString(), question);
    const Reply accepted
        = test::callWrite(expertConnection, wire(op::ConsultAccept),
                          { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), chat->consultId() } });
    ASSERT_TRUE(accepted.ok) << qPrintable(test::errorName(accepted));
    expertPanel.openConsult(accepted.data.value(QStringLiteral("consult")).toObject());
    EXPECT_TRUE(child<QLabel>(expertPanel, "consultContextLabel")->text().contains(QStringLiteral("Consult for")));

    // The rep sees the acceptance at once.
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->isActive(); }, kLongWait));
    bool acceptanceShown = false;
    for (int row = 0; row < chat->rowCount(); ++row)
        acceptanceShown = acceptanceShown || chat->index(row).data().toString().contains(QStringLiteral("accepted"));
    EXPECT_TRUE(acceptanceShown);
    EXPECT_TRUE(statusOf(panel).contains(QStringLiteral("accepted"))
                || statusOf(panel).contains(QStringLiteral("In consult")))
        << qPrintable(statusOf(panel));
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QLineEdit>(panel, "consultMessageEdit")->isEnabled(); }, kLongWait));

    // The expert answers in the chat; the rep sees it, and the expert sees it delivered and read.
    QTest::keyClicks(child<QLineEdit>(expertPanel, "consultMessageEdit"),
                     QStringLiteral("Yes, above 300 EUR in three instalments."));
    QTest::keyClick(child<QLineEdit>(expertPanel, "consultMessageEdit"), Qt::Key_Return);
    auto lastRowIs = [](ConsultChatModel *model, const QString &text) {
        return model->rowCount() > 0 && model->index(model->rowCount() - 1).data().toString() == text;
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return lastRowIs(chat, QStringLiteral("Yes, above 300 EUR in three instalments.")); }, kLongWait));
    const QModelIndex fromExpert = chat->index(chat->rowCount() - 1);
    EXPECT_FALSE(fromExpert.data(ConsultChatModel::MineRole).toBool());
    EXPECT_EQ(fromExpert.data(ConsultChatModel::AuthorIdRole).toLongLong(), expertConnection.user().id);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const int last = expertChat->rowCount() - 1;
            return last >= 0
                && expertChat->index(last).data(ConsultChatModel::TicksRole).value<ConsultChatModel::Ticks>()
                == ConsultChatModel::Ticks::Read;
        },
        kLongWait))
        << "the expert never saw the rep read the answer";

    // The rep replies: ✓ when sent, ✓✓ (blue) once the expert's panel read it.
    child<QLineEdit>(panel, "consultMessageEdit")->setText(QStringLiteral("Thanks, I will offer that."));
    QTest::mouseClick(child<QPushButton>(panel, "consultSendButton"), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return lastRowIs(chat, QStringLiteral("Thanks, I will offer that.")); }, kLongWait));
    const QModelIndex mine = chat->index(chat->rowCount() - 1);
    EXPECT_TRUE(mine.data(ConsultChatModel::MineRole).toBool());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return chat->index(chat->rowCount() - 1).data(ConsultChatModel::TicksRole).value<ConsultChatModel::Ticks>()
                == ConsultChatModel::Ticks::Read;
        },
        kLongWait))
        << "no read tick on the rep's message";
    EXPECT_EQ(ConsultChatView::ticksText(int(ConsultChatModel::Ticks::Read)), QStringLiteral("✓✓"));

    // Conference the expert in: the participants list shows them.
    ParticipantsModel *participants = panel->session()->participants();
    const int before = participants->activeCount();
    ASSERT_TRUE(child<QAction>(panel, "consultConferenceAction")->isEnabled());
    EXPECT_TRUE(child<QAction>(panel, "consultWarmTransferAction")->isEnabled());
    child<QAction>(panel, "consultConferenceAction")->trigger(); // Ctrl+Alt+C
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return participants->isActiveParticipant(expertConnection.user().id); }, kLongWait))
        << qPrintable(statusOf(panel));
    EXPECT_EQ(participants->activeCount(), before + 1);
    bool expertListed = false;
    for (int row = 0; row < participants->rowCount(); ++row) {
        const QModelIndex index = participants->index(row);
        expertListed = expertListed
            || (index.data(ParticipantsModel::UserIdRole).toLongLong() == expertConnection.user().id
                && index.data(ParticipantsModel::ParticipantRole).toString() == QStringLiteral("expert"));
    }
    EXPECT_TRUE(expertListed);
    EXPECT_FALSE(child<QAction>(panel, "consultConferenceAction")->isEnabled()) << "already on the contact";

    window.resize(1280, 900);
    QApplication::processEvents();
    maybeScreenshot(dock, QStringLiteral("consult-panel"));
    maybeScreenshot(&expertPanel, QStringLiteral("expert"));

    // The expert, now on the contact, may open the customer and leave again; the rep sees them go.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return child<QAction>(expertPanel, "consultLeaveAction")->isEnabled(); }, kLongWait));
    QSignalSpy customerRequested(&expertPanel, &ConsultPanel::customerRequested);
    child<QAction>(expertPanel, "consultOpenCustomerAction")->trigger();
    ASSERT_EQ(customerRequested.count(), 1);
    EXPECT_EQ(customerRequested.first().first().toString(),
              contact.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString());
    EXPECT_FALSE(child<QAction>(panel, "consultLeaveAction")->isEnabled()) << "the owner stays accountable";
    // Leave is disabled while one of the expert's requests is in flight (the contact they just joined is
    // being fetched): press it when it is enabled, as a person would.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return child<QAction>(expertPanel, "consultLeaveAction")->isEnabled(); }, kLongWait));
    child<QAction>(expertPanel, "consultLeaveAction")->trigger();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !participants->isActiveParticipant(expertConnection.user().id); }, kLongWait))
        << qPrintable(statusOf(expertPanel));
    EXPECT_EQ(participants->activeCount(), before);

    // End the consult with the answer; the KB draft is one click away.
    EXPECT_FALSE(child<QAction>(panel, "consultKbDraftAction")->isEnabled());
    child<QAction>(panel, "consultEndAction")->trigger(); // Ctrl+Alt+E
    auto *endDialog = child<QInputDialog>(panel, "consultEndDialog");
    ASSERT_NE(endDialog, nullptr);
    EXPECT_EQ(endDialog->textValue(), QStringLiteral("Yes, above 300 EUR in three instalments."))
        << "the answer is prefilled from the expert's messages";
    endDialog->setTextValue(QStringLiteral("Instalments are possible above 300 EUR (three rates)."));
    endDialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->state() == QStringLiteral("ended"); }, kLongWait));
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QAction>(panel, "consultKbDraftAction")->isEnabled(); }, kLongWait));
    EXPECT_TRUE(QTest::qWaitFor([&] { return expertChat->state() == QStringLiteral("ended"); }, kLongWait));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("consultKbDraftButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(panel).contains(QStringLiteral("draft")); }, kLongWait))
        << qPrintable(statusOf(panel));
    EXPECT_FALSE(child<QAction>(panel, "consultKbDraftAction")->isEnabled()) << "one draft per consult";

    // Signing out removes the workspace with its dock and menu.
    window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    EXPECT_EQ(window.findChild<ConsultWorkspace *>(), nullptr);
    EXPECT_EQ(window.findChild<QDockWidget *>(QStringLiteral("consultDock")), nullptr);
    EXPECT_EQ(window.findChild<QMenu *>(QStringLiteral("consultMenu")), nullptr);
}

// As in the customer and knowledge searches: Down moves from the expert search into the list, and
// Enter (in the list, or in the search for the first expert) picks the expert and goes on to the
// question. Down did nothing, and the selection was out of the keyboard's reach.
TEST_F(ConsultPanelTest, TheKeysGoFromTheExpertSearchToTheExpertAndTheQuestion)
{
    Connection rep;
    ASSERT_TRUE(test::loginAndWait(rep, m_coordinator.url(), QStringLiteral("agent1")).ok);
    ConsultPanel panel(&rep);
    panel.setContact(acceptedContact(rep)); // the question is about a contact
    ASSERT_TRUE(panel.session()->isContactOwner());
    panel.resize(420, 760);
    panel.show();
    panel.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
    auto *search = child<QLineEdit>(panel, "consultExpertSearch");
    auto *list = child<QListView>(panel, "consultExpertList");
    auto *question = child<QPlainTextEdit>(panel, "consultQuestionEdit");
    ExpertDirectoryModel *experts = panel.session()->experts();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("expert1"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return experts->rowCount() > 0 && experts->query() == u"expert1" && !experts->isBusy()
                && !experts->hasPendingQuery();
        },
        kLongWait));

    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_TRUE(list->hasFocus());
    EXPECT_EQ(panel.selectedExpert(), experts->userIdAt(0));
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_TRUE(question->hasFocus());

    list->setCurrentIndex({});
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(panel.selectedExpert(), experts->userIdAt(0));
    EXPECT_TRUE(question->hasFocus());
}

TEST_F(ConsultPanelTest, DeclineShowsAskNextThenTheRepRingsTheSkill)
{
    Connection expertConnection;
    ASSERT_TRUE(test::loginAndWait(expertConnection, m_coordinator.url(), QStringLiteral("expert1")).ok);
    // expert4 also knows billing (expert1's strongest skill in the demo data): the next one to ask.
    Connection other;
    ASSERT_TRUE(test::loginAndWait(other, m_coordinator.url(), QStringLiteral("expert4")).ok);

    Connection rep;
    ASSERT_TRUE(test::loginAndWait(rep, m_coordinator.url(), QStringLiteral("agent1")).ok);
    ConsultPanel panel(&rep);
    panel.resize(420, 760);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const QJsonObject contact = acceptedContact(rep);
    panel.setContact(contact);

    ASSERT_NO_FATAL_FAILURE(selectExpert(&panel, QStringLiteral("expert1")));
    child<QPlainTextEdit>(panel, "consultQuestionEdit")
        ->setPlainText(QStringLiteral("Is VAT due on the shipping fee?"));
    child<QPlainTextEdit>(panel, "consultQuestionEdit")->setFocus();
    child<QAction>(panel, "consultAskAction")->trigger(); // Ctrl+Return in the question box
    ConsultChatModel *chat = panel.session()->chat();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->consultId() > 0; }, kLongWait)) << qPrintable(statusOf(panel));

    const Reply declined = test::callWrite(expertConnection, wire(op::ConsultDecline),
                                           { { QStringLiteral("cid"), newCid() },
                                             { QStringLiteral("id"), chat->consultId() },
                                             { QStringLiteral("reason"), QStringLiteral("In a meeting") } });
    ASSERT_TRUE(declined.ok) << qPrintable(test::errorName(declined));
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->state() == QStringLiteral("declined"); }, kLongWait));
    EXPECT_TRUE(statusOf(panel).contains(QStringLiteral("declined"))) << qPrintable(statusOf(panel));
    EXPECT_TRUE(chat->index(chat->rowCount() - 1).data().toString().contains(QStringLiteral("In a meeting")));
    EXPECT_TRUE(child<QPushButton>(panel, "consultAskButton")->isEnabled()) << "the rep can ask again at once";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel.session()->nextExpert().isEmpty(); }, kLongWait));
    {
        EXPECT_TRUE(child<QPushButton>(panel, "consultAskNextButton")->isVisible());
        EXPECT_TRUE(child<QPushButton>(panel, "consultAskNextButton")->text().startsWith(QStringLiteral("Ask next:")));
        EXPECT_EQ(panel.session()->nextExpert().value(QStringLiteral("login")).toString(), QStringLiteral("expert4"));
        // Asking the next one opens a new consult for the same question.
        const qint64 first = chat->consultId();
        QTest::mouseClick(child<QPushButton>(panel, "consultAskNextButton"), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return chat->consultId() > first; }, kLongWait))
            << qPrintable(statusOf(panel));
        EXPECT_EQ(chat->consult().value(QStringLiteral("question")).toString(),
                  QStringLiteral("Is VAT due on the shipping fee?"));
        EXPECT_FALSE(child<QPushButton>(panel, "consultAskNextButton")->isVisible());
    }

    // The rep withdraws that question and asks anyone with the billing skill instead. The new
    // consult's event may arrive a moment before the answer to the request: wait for both.
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QAction>(panel, "consultCancelAction")->isEnabled(); }, kLongWait));
    child<QAction>(panel, "consultCancelAction")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->state() == QStringLiteral("cancelled"); }, kLongWait))
        << qPrintable(statusOf(panel));
    const int billing = child<QComboBox>(panel, "consultSkillBox")->findData(QStringLiteral("billing"));
    ASSERT_GE(billing, 0) << "no billing skill in the finder";
    child<QComboBox>(panel, "consultSkillBox")->setCurrentIndex(billing);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return child<QPushButton>(panel, "consultAskSkillButton")->isEnabled(); }, kLongWait))
        << "the answer to the withdrawal follows its event";
    const qint64 cancelled = chat->consultId();
    QTest::mouseClick(child<QPushButton>(panel, "consultAskSkillButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->consultId() > cancelled; }, kLongWait))
        << qPrintable(statusOf(panel));
    EXPECT_EQ(chat->consult().value(QStringLiteral("skill")).toString(), QStringLiteral("billing"));
    EXPECT_GE(chat->consult().value(QStringLiteral("offers")).toArray().size(), 2) << "expert1 and expert4 both asked";
    EXPECT_TRUE(statusOf(panel).contains(QStringLiteral("Waiting for")));
}

TEST_F(ConsultPanelTest, WarmTransferDeclinedLeavesTheContactWithTheRep)
{
    Connection expertConnection;
    QList<QJsonObject> transferOffers;
    ASSERT_NO_FATAL_FAILURE(signInExpertCollectingTransfers(expertConnection, transferOffers));

    Connection rep;
    ASSERT_TRUE(test::loginAndWait(rep, m_coordinator.url(), QStringLiteral("agent1")).ok);
    ConsultPanel panel(&rep);
    panel.resize(420, 760);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const QJsonObject contact = acceptedContact(rep);
    panel.setContact(contact);
    EXPECT_TRUE(child<QAction>(panel, "consultColdTransferAction")->isEnabled());
    EXPECT_FALSE(child<QAction>(panel, "consultWarmTransferAction")->isEnabled()) << "warm needs an accepted consult";

    // Consult expert1 first; they accept.
    ASSERT_NO_FATAL_FAILURE(selectExpert(&panel, QStringLiteral("expert1")));
    child<QPlainTextEdit>(panel, "consultQuestionEdit")
        ->setPlainText(QStringLiteral("Could you take over the refund?"));
    QTest::mouseClick(child<QPushButton>(panel, "consultAskButton"), Qt::LeftButton);
    ConsultChatModel *chat = panel.session()->chat();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->consultId() > 0; }, kLongWait));
    ASSERT_TRUE(test::callWrite(expertConnection, wire(op::ConsultAccept),
                                { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), chat->consultId() } })
                    .ok);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return child<QAction>(panel, "consultWarmTransferAction")->isEnabled(); }, kLongWait));

    // Warm transfer (Ctrl+Alt+H): the expert is the target; a note is required.
    child<QAction>(panel, "consultWarmTransferAction")->trigger();
    TransferDialog *dialog = openTransferDialog(panel);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->mode(), TransferDialog::Mode::Warm);
    EXPECT_EQ(dialog->target(), expertConnection.user().id);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("transferOkButton"));
    ASSERT_NE(ok, nullptr);
    EXPECT_FALSE(ok->isEnabled()) << "a warm transfer needs a handover note";
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "transferNoteEdit"),
                     QStringLiteral("Wants a partial refund of invoice 42"));
    EXPECT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !transferOffers.isEmpty(); }, kLongWait)) << qPrintable(statusOf(panel));
    EXPECT_EQ(transferOffers.first().value(QStringLiteral("kind")).toString(), QStringLiteral("warm"));
    // The expert's offer and the answer to the rep travel on two sockets: either may come first.
    EXPECT_TRUE(QTest::qWaitFor([&] { return statusOf(panel).contains(QStringLiteral("stays with you")); }, kLongWait))
        << qPrintable(statusOf(panel));

    // The expert declines: the rep is told at once and still owns the contact.
    const Reply declined = test::callWrite(expertConnection, wire(op::TransferDecline),
                                           { { QStringLiteral("cid"), newCid() },
                                             { QStringLiteral("id"), idOf(transferOffers.first()) },
                                             { QStringLiteral("reason"), QStringLiteral("Not my area") } });
    ASSERT_TRUE(declined.ok) << qPrintable(test::errorName(declined));
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(panel).contains(QStringLiteral("declined")); }, kLongWait))
        << qPrintable(statusOf(panel));
    EXPECT_TRUE(statusOf(panel).contains(QStringLiteral("Not my area")));
    EXPECT_TRUE(panel.session()->isContactOwner());
    EXPECT_TRUE(child<QAction>(panel, "consultColdTransferAction")->isEnabled());

    // A cold transfer lists who could take it; only reachable people can be chosen.
    child<QAction>(panel, "consultColdTransferAction")->trigger();
    TransferDialog *cold = openTransferDialog(panel);
    ASSERT_NE(cold, nullptr);
    EXPECT_EQ(cold->mode(), TransferDialog::Mode::Cold);
    EXPECT_GT(child<QComboBox>(cold, "transferTargetBox")->count(), 0);
    EXPECT_GT(cold->target(), 0);
    cold->reject();
}

// Once the expert has taken the contact, the rep is a participant with nothing to ask about it: the finder
// gives its room to the chat and the buttons to open the customer and leave (with it, the dock's last rows lay
// over the dock tabs at 1024×640).
TEST_F(ConsultPanelTest, AfterAWarmTransferTheRepKeepsTheChatButNotTheFinder)
{
    Connection expertConnection;
    QList<QJsonObject> transferOffers;
    ASSERT_NO_FATAL_FAILURE(signInExpertCollectingTransfers(expertConnection, transferOffers));

    Connection rep;
    ASSERT_TRUE(test::loginAndWait(rep, m_coordinator.url(), QStringLiteral("agent1")).ok);
    ConsultPanel panel(&rep);
    panel.resize(420, 760);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.setContact(acceptedContact(rep));
    auto *finder = child<QWidget>(panel, "consultFinderGroup");
    EXPECT_TRUE(finder->isVisible());

    ASSERT_NO_FATAL_FAILURE(selectExpert(&panel, QStringLiteral("expert1")));
    child<QPlainTextEdit>(panel, "consultQuestionEdit")->setPlainText(QStringLiteral("Could you take over?"));
    QTest::mouseClick(child<QPushButton>(panel, "consultAskButton"), Qt::LeftButton);
    ConsultChatModel *chat = panel.session()->chat();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->consultId() > 0; }, kLongWait));
    ASSERT_TRUE(test::callWrite(expertConnection, wire(op::ConsultAccept),
                                { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), chat->consultId() } })
                    .ok);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return child<QAction>(panel, "consultWarmTransferAction")->isEnabled(); }, kLongWait));
    EXPECT_TRUE(finder->isVisible()) << "the owner in a consult still sees the finder";

    child<QAction>(panel, "consultWarmTransferAction")->trigger();
    TransferDialog *dialog = openTransferDialog(panel);
    ASSERT_NE(dialog, nullptr);
    child<QPlainTextEdit>(dialog, "transferNoteEdit")->setPlainText(QStringLiteral("Refund the second payment"));
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !transferOffers.isEmpty(); }, kLongWait)) << qPrintable(statusOf(panel));
    const Reply accepted = test::callWrite(
        expertConnection, wire(op::TransferAccept),
        { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), idOf(transferOffers.first()) } });
    ASSERT_TRUE(accepted.ok) << qPrintable(test::errorName(accepted));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel.session()->isContactOwner(); }, kLongWait))
        << qPrintable(statusOf(panel));
    EXPECT_FALSE(finder->isVisible());
    EXPECT_TRUE(child<QWidget>(panel, "consultChatView")->isVisible());
}

// The end-consult dialog from the keyboard: Tab leaves the answer for the button, Return ends the consult with
// the answer as it was, as the mouse does.
TEST_F(ConsultPanelTest, TabThenReturnInTheEndDialogEndsTheConsultWithTheAnswer)
{
    Connection expertConnection;
    ASSERT_TRUE(test::loginAndWait(expertConnection, m_coordinator.url(), QStringLiteral("expert1")).ok);
    Connection rep;
    ASSERT_TRUE(test::loginAndWait(rep, m_coordinator.url(), QStringLiteral("agent1")).ok);
    ConsultPanel panel(&rep);
    panel.resize(420, 760);
    panel.show();
    panel.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&panel));
    panel.setContact(acceptedContact(rep));
    ASSERT_NO_FATAL_FAILURE(selectExpert(&panel, QStringLiteral("expert1")));
    child<QPlainTextEdit>(panel, "consultQuestionEdit")->setPlainText(QStringLiteral("Refund both payments?"));
    QTest::mouseClick(child<QPushButton>(panel, "consultAskButton"), Qt::LeftButton);
    ConsultChatModel *chat = panel.session()->chat();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->consultId() > 0; }, kLongWait));
    ASSERT_TRUE(test::callWrite(expertConnection, wire(op::ConsultAccept),
                                { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), chat->consultId() } })
                    .ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QAction>(panel, "consultEndAction")->isEnabled(); }, kLongWait));

    child<QAction>(panel, "consultEndAction")->trigger();
    auto *dialog = child<QInputDialog>(panel, "consultEndDialog");
    ASSERT_NE(dialog, nullptr);
    const QString answer = QStringLiteral("Refund the second one as a goodwill credit.");
    dialog->setTextValue(answer);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    QWidget *answerEdit = dialog->focusWidget();
    ASSERT_NE(answerEdit, nullptr);
    auto *answerText = qobject_cast<QPlainTextEdit *>(answerEdit);
    ASSERT_NE(answerText, nullptr) << "the dialog opens in the answer";
    answerText->selectAll(); // as the prefilled answer shows
    QTest::keyClick(answerEdit, Qt::Key_Tab);
    EXPECT_EQ(dialog->textValue(), answer) << "Tab moves on, it does not replace the answer";
    auto *button = qobject_cast<QPushButton *>(dialog->focusWidget());
    ASSERT_NE(button, nullptr) << "Tab leads to a button";
    EXPECT_EQ(button->text(), ConsultPanel::tr("&End Consult")) << "the first button after the answer ends";
    QTest::keyClick(button, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->state() == QStringLiteral("ended"); }, kLongWait))
        << qPrintable(statusOf(panel));
    EXPECT_EQ(chat->consult().value(QStringLiteral("answer")).toString(), answer);
}

TEST_F(ConsultPanelTest, ForwardOnlyTopicIsForwardedAndReleasesTheRep)
{
    // The demo's investor relations reason is forward-only, to lead1.
    const Reply reasons = test::call(m_lead, wire(op::ReasonList));
    ASSERT_TRUE(reasons.ok);
    QString code;
    for (const QJsonValue &value : reasons.data.value(QStringLiteral("reasons")).toArray()) {
        if (value.toObject().value(QStringLiteral("forwardOnly")).toBool() && code.isEmpty())
            code = value.toObject().value(QStringLiteral("code")).toString();
    }
    ASSERT_FALSE(code.isEmpty()) << "no forward-only reason in the demo data";

    Connection rep;
    ASSERT_TRUE(test::loginAndWait(rep, m_coordinator.url(), QStringLiteral("agent1")).ok);
    ConsultPanel panel(&rep);
    panel.resize(420, 760);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const QJsonObject contact = acceptedContact(rep, code);
    ASSERT_GT(idOf(contact), 0);
    panel.setContact(contact);
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QAction>(panel, "consultForwardAction")->isEnabled(); }, kLongWait))
        << "forward is offered for a forward-only reason";

    child<QAction>(panel, "consultForwardAction")->trigger(); // Ctrl+Alt+F
    TransferDialog *dialog = openTransferDialog(panel);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->mode(), TransferDialog::Mode::Forward);
    EXPECT_EQ(dialog->reason(), code);
    child<QPlainTextEdit>(dialog, "transferNoteEdit")->setPlainText(QStringLiteral("Asks about the dividend"));
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(panel).contains(QStringLiteral("forwarded")); }, kLongWait))
        << qPrintable(statusOf(panel));
    EXPECT_FALSE(panel.session()->isContactOwner()) << "the rep is released";
    EXPECT_TRUE(panel.session()->contact().value(QStringLiteral("forwarded")).toBool());
    EXPECT_FALSE(child<QAction>(panel, "consultForwardAction")->isEnabled());
    EXPECT_FALSE(child<QAction>(panel, "consultColdTransferAction")->isEnabled());
}
