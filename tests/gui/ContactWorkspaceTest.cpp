#include "ContactWorkspaceFixture.h"

using namespace spocs;
using namespace spocs::test::workspace;
using spocs::test::child;

namespace {
// Offers that run out after two seconds, so their end can be watched.
class ContactWorkspaceShortOfferTest : public ContactWorkspaceTest
{
protected:
    ContactWorkspaceShortOfferTest() { m_offerTimeoutMs = 2000; }
};
} // namespace

TEST_F(ContactWorkspaceShortOfferTest, UnansweredOfferDisappearsWhenItTimesOut)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent2"));
    ASSERT_NE(workspace, nullptr);
    OfferNotification *notification = workspace->notification();
    const qint64 id = inbound(m_customer, QStringLiteral("phone"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notification->isVisible(); }, kLongWait));
    EXPECT_EQ(workspace->offers()->first()->id, id);
    EXPECT_TRUE(notification->countdownLabel()->text().startsWith(QLatin1Char('2'))
                || notification->countdownLabel()->text().startsWith(QLatin1Char('1')))
        << qPrintable(notification->countdownLabel()->text());
    // Nobody answers: the card goes by itself and the contact is not this agent's.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notification->isVisible(); }, 6000));
    EXPECT_EQ(workspace->offers()->count(), 0);
    EXPECT_EQ(workspace->activeContact()->id(), 0);
    EXPECT_NE(contactOnServer(id).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    // Accepting now is too late: the shortcut says so instead of doing anything.
    workspace->acceptFirstOffer();
    EXPECT_EQ(workspace->activeContact()->id(), 0);
}

namespace {
// The coordinator's clock a minute behind this computer's, as on a desktop whose clock is off.
class ContactWorkspaceSkewedClockTest : public ContactWorkspaceTest
{
protected:
    ContactWorkspaceSkewedClockTest()
    {
        m_extraConfig = QStringLiteral("[testing]\nclock_start=%1\n")
                            .arg(QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs));
    }
};
} // namespace

// The coordinator stamps when the contact was answered and when the presence state began on its
// own clock, a minute behind this computer's: the time on the contact and in the state count on
// the coordinator's clock too, so they start near zero instead of at a minute.
TEST_F(ContactWorkspaceSkewedClockTest, TheContactAndPresenceTimesCountOnTheCoordinatorsClock)
{
    const auto secondsOf = [](const QLabel *label) {
        const QStringList parts = label->text().split(QLatin1Char(':'));
        qint64 seconds = 0;
        for (const QString &part : parts)
            seconds = seconds * 60 + part.toInt();
        return seconds;
    };
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent2"));
    ASSERT_NE(workspace, nullptr);
    PresenceSelector *presence = workspace->presenceSelector();
    auto *presenceTime = child<QLabel>(presence, "presenceTimeLabel");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !presence->state().isEmpty(); }, kLongWait));
    EXPECT_LT(secondsOf(presenceTime), 30) << qPrintable(presenceTime->text());

    const qint64 id = inbound(m_customer, QStringLiteral("phone"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->offers()->count() == 1; }, kLongWait));
    workspace->acceptFirstOffer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->id() == id; }, kLongWait));
    auto *clock = child<QLabel>(workspace->contactPanel(), "contactClockLabel");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !clock->text().isEmpty(); }, kLongWait));
    EXPECT_LT(secondsOf(clock), 30) << qPrintable(clock->text());
    ASSERT_TRUE(QTest::qWaitFor([&] { return presence->state() == u"on_contact"; }, kLongWait));
    EXPECT_LT(secondsOf(presenceTime), 30) << qPrintable(presenceTime->text());
}

TEST_F(ContactWorkspaceSkewedClockTest, AnOfferKeepsItsTwentySecondsWhenThisComputersClockIsAhead)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent2"));
    ASSERT_NE(workspace, nullptr);
    OfferNotification *notification = workspace->notification();
    const qint64 id = inbound(m_customer, QStringLiteral("phone"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notification->isVisible(); }, kLongWait));
    // Measured on this computer's clock the deadline passed 40 s ago: the card must count on the
    // coordinator's, and stay.
    QTest::qWait(1500);
    ASSERT_TRUE(notification->isVisible()) << "the offer card vanished at once";
    ASSERT_EQ(workspace->offers()->count(), 1);
    EXPECT_EQ(workspace->offers()->first()->id, id);
    const int left = notification->countdownLabel()->text().section(QLatin1Char(' '), 0, 0).toInt();
    EXPECT_GE(left, 15) << qPrintable(notification->countdownLabel()->text());
    EXPECT_LE(left, 20) << qPrintable(notification->countdownLabel()->text());
    workspace->acceptFirstOffer();
    EXPECT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->id() == id; }, kLongWait))
        << "the offer can still be taken";
}

// The desktop missed events (the coordinator answered its resume with resync_required) while a
// contact was ringing: the card stays with the time it had left, and accepting it works as before.
TEST_F(ContactWorkspaceTest, AnOfferStillOpenAfterAResyncStaysWithItsDeadlineAndCanBeAccepted)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent2"));
    ASSERT_NE(workspace, nullptr);
    OfferNotification *notification = workspace->notification();
    const qint64 id = inbound(m_customer, QStringLiteral("phone"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notification->isVisible(); }, kLongWait));
    const QDateTime deadline = workspace->offers()->first()->expiresAt;
    ASSERT_TRUE(deadline.isValid());

    Q_EMIT connection.resyncRequired(); // what the connection says after such a welcome
    // Answers come in the order asked: once this one is here, the session's own contact.mine is too.
    ASSERT_TRUE(test::call(connection, wire(op::ContactMine)).ok);
    ASSERT_EQ(workspace->offers()->count(), 1);
    EXPECT_EQ(workspace->offers()->first()->id, id);
    EXPECT_EQ(workspace->offers()->first()->expiresAt, deadline) << "no fresh offer time-out";
    EXPECT_TRUE(notification->isVisible());

    workspace->acceptFirstOffer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->id() == id; }, kLongWait));
    EXPECT_EQ(contactOnServer(id).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    EXPECT_FALSE(notification->isVisible());
}

// The desktop missed events while a consult and then a transfer rang: each card stays with the
// deadline its offer event named, and accepting it works as before.
TEST_F(ContactWorkspaceTest, AConsultOrTransferOfferStillOpenAfterAResyncStaysAndCanBeAccepted)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("expert1"));
    ASSERT_NE(workspace, nullptr);
    const qint64 expertId = connection.user().id;
    OfferNotification *notification = workspace->notification();
    Connection agent;
    ASSERT_TRUE(test::loginAndWait(agent, m_coordinator.url(), QStringLiteral("agent3")).ok);
    const qint64 agentId = test::call(agent, wire(op::SessionMe))
                               .data.value(QStringLiteral("user"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    const qint64 contact = inbound(QStringLiteral("C-1005"), QStringLiteral("phone"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return contactOnServer(contact)
                       .value(QStringLiteral("offeredTo"))
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toInteger()
                == agentId;
        },
        kLongWait));
    ASSERT_TRUE(test::callWrite(agent, wire(op::ContactAccept), { { QStringLiteral("id"), contact } }).ok);
    const auto resync = [&] {
        Q_EMIT connection.resyncRequired();
        // Answers come in the order asked: once this one is here, the session's own contact.mine is too.
        ASSERT_TRUE(test::call(connection, wire(op::ContactMine)).ok);
    };

    QSignalSpy consultAccepted(workspace, &ContactWorkspace::consultAccepted);
    ASSERT_TRUE(test::callWrite(agent, wire(op::ConsultRequest),
                                { { QStringLiteral("contact"), contact },
                                  { QStringLiteral("expert"), expertId },
                                  { QStringLiteral("question"), QStringLiteral("Refund after 40 days?") } })
                    .ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->offers()->count() == 1; }, kLongWait));
    const QDateTime consultDeadline = workspace->offers()->first()->expiresAt;
    ASSERT_TRUE(consultDeadline.isValid());
    resync();
    ASSERT_EQ(workspace->offers()->count(), 1) << "the consult offer is still open";
    EXPECT_EQ(workspace->offers()->first()->kind, OfferQueue::Kind::Consult);
    EXPECT_EQ(workspace->offers()->first()->expiresAt, consultDeadline) << "no fresh offer time-out";
    EXPECT_TRUE(notification->isVisible());
    QTest::mouseClick(notification->acceptButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !consultAccepted.isEmpty(); }, kLongWait));
    EXPECT_EQ(consultAccepted.first().first().toJsonObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("active"));

    const Reply transfer = test::callWrite(agent, wire(op::TransferRequest),
                                           { { QStringLiteral("contact"), contact },
                                             { QStringLiteral("to"), expertId },
                                             { QStringLiteral("kind"), QStringLiteral("warm") } });
    ASSERT_TRUE(transfer.ok) << qPrintable(test::errorName(transfer));
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->offers()->count() == 1; }, kLongWait));
    const QDateTime transferDeadline = workspace->offers()->first()->expiresAt;
    EXPECT_EQ(transferDeadline.toString(Qt::ISODateWithMs),
              transfer.data.value(QStringLiteral("expiresAt")).toString());
    resync();
    ASSERT_EQ(workspace->offers()->count(), 1) << "the transfer offer is still open";
    EXPECT_EQ(workspace->offers()->first()->kind, OfferQueue::Kind::Transfer);
    EXPECT_EQ(workspace->offers()->first()->expiresAt, transferDeadline) << "no fresh offer time-out";
    workspace->acceptFirstOffer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->id() == contact; }, kLongWait));
    EXPECT_EQ(
        contactOnServer(contact).value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger(),
        expertId);
}

TEST_F(ContactWorkspaceTest, ExpertAcceptsConsultThenTakesTheContactOverByWarmTransfer)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("expert1"));
    ASSERT_NE(workspace, nullptr);
    const qint64 expertId = connection.user().id;
    OfferNotification *notification = workspace->notification();

    // An agent on another desktop takes a call for a customer.
    Connection agent;
    ASSERT_TRUE(test::loginAndWait(agent, m_coordinator.url(), QStringLiteral("agent3")).ok);
    const QString customer = QStringLiteral("C-1005");
    const qint64 contact = inbound(customer, QStringLiteral("phone"));
    const qint64 agentId = test::call(agent, wire(op::SessionMe))
                               .data.value(QStringLiteral("user"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return contactOnServer(contact)
                       .value(QStringLiteral("offeredTo"))
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toInteger()
                == agentId;
        },
        kLongWait));
    ASSERT_TRUE(test::callWrite(agent, wire(op::ContactAccept), { { QStringLiteral("id"), contact } }).ok);

    // The agent asks expert1: the expert's desktop shows the consult with the question.
    QSignalSpy consultAccepted(workspace, &ContactWorkspace::consultAccepted);
    const QString question = QStringLiteral("Can we refund shipping after 40 days?");
    const Reply requested = test::callWrite(agent, wire(op::ConsultRequest),
                                            { { QStringLiteral("contact"), contact },
                                              { QStringLiteral("expert"), expertId },
                                              { QStringLiteral("question"), question } });
    ASSERT_TRUE(requested.ok) << qPrintable(test::errorName(requested));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notification->isVisible(); }, kLongWait));
    EXPECT_TRUE(notification->titleText().startsWith(QStringLiteral("Consult request from")))
        << qPrintable(notification->titleText());
    QLabel *detail = notification->findChild<QLabel *>(QStringLiteral("offerDetail"));
    ASSERT_NE(detail, nullptr);
    EXPECT_TRUE(detail->text().contains(question)) << "the expert sees the question before accepting";
    QTest::mouseClick(notification->acceptButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !consultAccepted.isEmpty(); }, kLongWait));
    const QJsonObject consult = consultAccepted.first().first().toJsonObject();
    EXPECT_EQ(consult.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    EXPECT_EQ(consult.value(QStringLiteral("expert")).toObject().value(QStringLiteral("id")).toInteger(), expertId);
    EXPECT_FALSE(notification->isVisible());

    // Then the agent hands the contact over (warm): accepting it pops the customer on the expert's desktop.
    QSignalSpy transferAccepted(workspace, &ContactWorkspace::transferAccepted);
    const Reply transfer = test::callWrite(agent, wire(op::TransferRequest),
                                           { { QStringLiteral("contact"), contact },
                                             { QStringLiteral("to"), expertId },
                                             { QStringLiteral("kind"), QStringLiteral("warm") },
                                             { QStringLiteral("note"), QStringLiteral("Wants a partial refund") } });
    ASSERT_TRUE(transfer.ok) << qPrintable(test::errorName(transfer));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notification->isVisible(); }, kLongWait));
    EXPECT_TRUE(notification->titleText().startsWith(QStringLiteral("Warm transfer from")))
        << qPrintable(notification->titleText());
    pressShortcut(&window, child<QAction>(workspace, "acceptOfferAction"), Qt::Key_A,
                  Qt::ControlModifier | Qt::AltModifier, [&] { return workspace->activeContact()->id() == contact; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->id() == contact; }, kLongWait));
    EXPECT_EQ(transferAccepted.count(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.customerPage()->loader()->customerId() == customer; }, kLongWait));
    EXPECT_EQ(
        contactOnServer(contact).value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger(),
        expertId);
    EXPECT_TRUE(child<QPushButton>(workspace->contactPanel(), "closeContactButton")->isEnabled())
        << "the new owner can close it";
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return child<QListWidget>(workspace->contactPanel(), "participantList")->count() >= 2; }, kLongWait))
        << "customer, the expert as owner, the agent still on after a warm transfer";
}

TEST_F(ContactWorkspaceTest, FollowUpIsListedWithItsDueWarningUpdatedAndDone)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent4"));
    ASSERT_NE(workspace, nullptr);
    const qint64 id = takePhoneContact(workspace, QStringLiteral("C-1006"));
    ASSERT_GT(id, 0);

    // Close with a follow-up due in 30 minutes (the warning window is 60): it needs a call back.
    CloseContactDialog *dialog = workspace->showCloseDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->checkReason(resolvableReason(workspace->reasons())));
    auto *due = child<QDateTimeEdit>(dialog, "followUpDueEdit");
    ASSERT_TRUE(due);
    child<QRadioButton>(dialog, "outcomeFollowUpButton")->setChecked(true);
    EXPECT_TRUE(due->isEnabled());
    due->setDateTime(QDateTime::currentDateTime().addSecs(30 * 60));
    EXPECT_EQ(child<QComboBox>(dialog, "followUpOwnerCombo")->currentData().toLongLong(), connection.user().id)
        << "the owner by default";
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeContactOkButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->isClosed(); }, kLongWait))
        << qPrintable(child<QLabel>(dialog, "closeErrorLabel")->text());
    EXPECT_EQ(workspace->activeContact()->outcome(), QStringLiteral("follow_up"));

    // The follow-ups dock (Ctrl+Alt+U) lists it, warns that it is due soon.
    FollowUpPanel *panel = workspace->followUpPanel();
    auto *followUpError = child<QLabel>(panel, "followUpErrorLabel");
    auto *banner = child<QLabel>(panel, "followUpBanner");
    auto *update = child<QPushButton>(panel, "followUpUpdateButton");
    auto *outbound = child<QCheckBox>(panel, "followUpOutboundCheck");
    ASSERT_TRUE(followUpError && banner && update && outbound);
    pressShortcut(&window, workspace->findChild<QAction *>(QStringLiteral("followUpsAction")), Qt::Key_U,
                  Qt::ControlModifier | Qt::AltModifier, [&] { return workspace->followUpDock()->isVisible(); });
    FollowUpModel *model = workspace->followUps();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowForContact(id) >= 0; }, kLongWait))
        << qPrintable(followUpError->text());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->statusAt(model->rowForContact(id)) == FollowUpModel::Status::DueSoon; }, kLongWait));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("due soon"))) << qPrintable(banner->text());
    // The warning's Ctrl+Alt+G opens the customer of a follow-up about to be missed (the demo's
    // history may hold other ones of this agent).
    QAction *openWarned = child<QAction>(workspace, "openWarnedCustomerAction");
    ASSERT_TRUE(QTest::qWaitFor([&] { return openWarned->isEnabled(); }, kLongWait));
    QSet<QString> urgent;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto status = model->statusAt(row);
        if (status == FollowUpModel::Status::DueSoon || status == FollowUpModel::Status::Overdue)
            urgent.insert(model->index(row, 0).data(FollowUpModel::CustomerIdRole).toString());
    }
    window.customerPage()->closeCustomer();
    pressShortcut(&window, openWarned, Qt::Key_G, Qt::ControlModifier | Qt::AltModifier,
                  [&] { return !window.customerPage()->customerId().isEmpty(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.customerPage()->customerId().isEmpty(); }, kLongWait));
    EXPECT_TRUE(urgent.contains(window.customerPage()->customerId()))
        << qPrintable(window.customerPage()->customerId());

    // A status update given on a call the agent makes now: recorded, and that call is in hand.
    panel->selectContact(id);
    QTest::keyClicks(child<QLineEdit>(panel, "followUpNoteEdit"),
                     QStringLiteral("Told the customer the parcel ships tomorrow"));
    ASSERT_TRUE(update->isEnabled());
    outbound->setChecked(true);
    QTest::mouseClick(update, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->itemAt(model->rowForContact(id)).updates.size() == 1; }, kLongWait))
        << qPrintable(followUpError->text());
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->isActive(); }, kLongWait));
    EXPECT_EQ(workspace->currentContact().value(QStringLiteral("followUpOf")).toInteger(), id);
    EXPECT_TRUE(child<QLabel>(workspace->contactPanel(), "contactHeaderLabel")
                    ->text()
                    .contains(QStringLiteral("For the follow-up of contact %1").arg(id)))
        << qPrintable(child<QLabel>(workspace->contactPanel(), "contactHeaderLabel")->text());
    EXPECT_FALSE(outbound->isChecked()) << "the next update is a plain one again";

    // Done: the row leaves the list.
    panel->selectContact(id);
    QTest::mouseClick(child<QPushButton>(panel, "followUpDoneButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowForContact(id) < 0; }, kLongWait))
        << qPrintable(followUpError->text());
    const QJsonObject followUp = contactOnServer(id).value(QStringLiteral("followUp")).toObject();
    EXPECT_FALSE(followUp.value(QStringLiteral("doneAt")).toString().isEmpty());
}

TEST_F(ContactWorkspaceTest, AgentCallsTheOpenCustomerAndClosesWithTheirUsualResponseTime)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent5"));
    ASSERT_NE(workspace, nullptr);
    QAction *start = child<QAction>(workspace, "startOutboundAction");
    ASSERT_NE(start, nullptr);
    EXPECT_FALSE(start->isEnabled()) << "no customer open yet";
    const QString customer = QStringLiteral("C-1007");
    window.openCustomer(customer);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.customerPage()->loader()->state() == CustomerLoader::State::Loaded; }, kLongWait));
    EXPECT_TRUE(start->isEnabled());
    EXPECT_NE(window.customerPage()->findChild<QToolButton *>(QStringLiteral("startOutboundActionButton")), nullptr)
        << "the customer page offers it beside the name";

    // Ctrl+Shift+B: the dialog; a phone call by default.
    pressShortcut(&window, start, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier,
                  [&] { return workspace->outboundDialog() != nullptr; });
    OutboundContactDialog *dialog = workspace->outboundDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QComboBox>(dialog, "outboundChannelCombo")->currentData().toString(), QStringLiteral("phone"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "outboundNoteEdit"), QStringLiteral("Calling about the refund"));
    child<QPushButton>(dialog, "outboundStartButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->isActive(); }, kLongWait))
        << qPrintable(dialog ? child<QLabel>(dialog, "outboundErrorLabel")->text() : QString());
    const QJsonObject started = workspace->currentContact();
    EXPECT_EQ(started.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound"));
    EXPECT_EQ(started.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString(), customer);
    EXPECT_EQ(workspace->session()->contactsInHand().size(), 1) << "in hand like an accepted contact";
    EXPECT_TRUE(child<QLabel>(workspace->contactPanel(), "contactHeaderLabel")
                    ->text()
                    .contains(QStringLiteral("Phone, outbound")))
        << qPrintable(child<QLabel>(workspace->contactPanel(), "contactHeaderLabel")->text());
    EXPECT_TRUE(child<QPushButton>(workspace->contactPanel(), "closeContactButton")->isEnabled());

    // Closed with a follow-up left to the customer's usual response time: no date is sent.
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->reasons()->reasonCount() > 0; }, kLongWait));
    CloseContactDialog *close = workspace->showCloseDialog();
    ASSERT_NE(close, nullptr);
    const qint64 hours = window.customerPage()->loader()->details().customer.expectedResponseHours;
    ASSERT_GT(hours, 0);
    auto *usualDue = child<QCheckBox>(close, "followUpUsualDueCheck");
    ASSERT_TRUE(usualDue);
    EXPECT_TRUE(usualDue->text().contains(QStringLiteral("(%1 h)").arg(hours))) << qPrintable(usualDue->text());
    ASSERT_TRUE(close->checkReason(resolvableReason(workspace->reasons())));
    child<QRadioButton>(close, "outcomeFollowUpButton")->setChecked(true);
    usualDue->setChecked(true);
    EXPECT_FALSE(child<QDateTimeEdit>(close, "followUpDueEdit")->isEnabled());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(close->findChild<QPushButton *>(QStringLiteral("closeContactOkButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->isClosed(); }, kLongWait))
        << qPrintable(child<QLabel>(close, "closeErrorLabel")->text());
    const QDateTime due = QDateTime::fromString(contactOnServer(started.value(QStringLiteral("id")).toInteger())
                                                    .value(QStringLiteral("followUp"))
                                                    .toObject()
                                                    .value(QStringLiteral("due"))
                                                    .toString(),
                                                Qt::ISODateWithMs);
    ASSERT_TRUE(due.isValid());
    EXPECT_GE(due, before.addSecs(hours * 3600 - 60));
    EXPECT_LE(due, QDateTime::currentDateTimeUtc().addSecs(hours * 3600 + 60));
}

TEST_F(ContactWorkspaceTest, DesktopRestartedMidContactFindsItsContactAgain)
{
    qint64 contact = 0;
    {
        Connection connection;
        MainWindow window(&connection);
        window.resize(1200, 800);
        ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent1"));
        ASSERT_NE(workspace, nullptr);
        contact = inbound(m_customer, QStringLiteral("phone"));
        ASSERT_GT(contact, 0);
        ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->notification()->isVisible(); }, kLongWait));
        workspace->acceptFirstOffer();
        ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->id() == contact; }, kLongWait));
    } // the desktop crashes or is closed with the customer still on the line

    Connection connection;
    MainWindow window(&connection);
    window.resize(1200, 800);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent1"));
    ASSERT_NE(workspace, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->id() == contact; }, kLongWait))
        << "the contact in hand comes back after a restart";
    EXPECT_TRUE(
        child<QLabel>(workspace->contactPanel(), "contactStateLabel")->text().contains(QStringLiteral("Active")));
    // Another agent's contacts are not theirs: contact.mine lists only the caller's.
    const Reply leadMine = test::call(m_lead, wire(op::ContactMine));
    ASSERT_TRUE(leadMine.ok);
    EXPECT_TRUE(leadMine.data.value(QStringLiteral("contacts")).toArray().isEmpty());
    const Reply mine = test::call(connection, wire(op::ContactMine));
    ASSERT_TRUE(mine.ok);
    ASSERT_EQ(mine.data.value(QStringLiteral("contacts")).toArray().size(), 1);
    EXPECT_EQ(
        mine.data.value(QStringLiteral("contacts")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger(),
        contact);
}

// The offer's headline says how the customer comes in, in a sentence of each language's own: German read
// "Eingehender Kontakt (telefon): …", a noun in lower case, and was too long for the card.
TEST(OfferNotificationTitle, NamesTheChannelInASentenceOfItsOwn)
{
    const auto titleOf = [](const QString &channel) {
        OfferQueue queue;
        QWidget window;
        OfferNotification notification(&queue, &window);
        const QJsonObject contact { { QStringLiteral("id"), 7 },
                                    { QStringLiteral("channel"), channel },
                                    { QStringLiteral("state"), QStringLiteral("offered") },
                                    { QStringLiteral("customer"),
                                      QJsonObject {
                                          { QStringLiteral("id"), QStringLiteral("C-1001") },
                                          { QStringLiteral("name"), QStringLiteral("Oliver MacDonald") } } } };
        queue.handleEvent(wire(event::ContactOffered),
                          { { QStringLiteral("contact"), contact },
                            { QStringLiteral("expiresAt"),
                              QDateTime::currentDateTimeUtc().addSecs(20).toString(Qt::ISODateWithMs) } });
        return notification.titleText();
    };
    EXPECT_EQ(titleOf(QStringLiteral("phone")), QStringLiteral("Incoming call: Oliver MacDonald"));
    EXPECT_EQ(titleOf(QStringLiteral("email")), QStringLiteral("Incoming email: Oliver MacDonald"));
    EXPECT_EQ(titleOf(QStringLiteral("chat")), QStringLiteral("Incoming chat: Oliver MacDonald"));

    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("spocs_de"), QStringLiteral(SPOCS_TRANSLATIONS_DIR)));
    QCoreApplication::installTranslator(&german);
    EXPECT_EQ(titleOf(QStringLiteral("phone")), QStringLiteral("Eingehender Anruf: Oliver MacDonald"));
    EXPECT_EQ(titleOf(QStringLiteral("email")), QStringLiteral("Eingehende E-Mail: Oliver MacDonald"));
    EXPECT_EQ(titleOf(QStringLiteral("chat")), QStringLiteral("Eingehender Chat: Oliver MacDonald"));
    QCoreApplication::removeTranslator(&german);
}
