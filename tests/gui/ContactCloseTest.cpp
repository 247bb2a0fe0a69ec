// Closing a contact from the desktop: the reasons, the notes typed with it, the keys that close.
#include "ContactWorkspaceFixture.h"

using namespace spocs;
using namespace spocs::test::workspace;
using spocs::test::child;

TEST_F(ContactWorkspaceTest, AgentAcceptsOfferWorksTheContactAndClosesItResolved)
{
    Connection connection;
    MainWindow window(&connection);
    window.resize(1400, 860);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent1"));
    ASSERT_NE(workspace, nullptr);
    OfferNotification *notification = workspace->notification();
    ASSERT_NE(notification, nullptr);
    EXPECT_FALSE(notification->isVisible()) << "no offer yet";
    PresenceSelector *presence = workspace->presenceSelector();
    ASSERT_TRUE(QTest::qWaitFor([&] { return presence->state() == u"available"; }, kLongWait));

    QSignalSpy currentChanged(workspace, &ContactWorkspace::currentContactChanged);

    // A chat arrives for a customer; agent1 is the only agent signed in, so it is theirs.
    const qint64 first = inbound(m_customer, QStringLiteral("chat"));
    ASSERT_GT(first, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notification->isVisible(); }, kLongWait));
    ASSERT_NE(notification->acceptButton(), nullptr);
    const QString customerName
        = contactOnServer(first).value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString();
    EXPECT_TRUE(notification->titleText().contains(customerName)) << qPrintable(notification->titleText());
    // The countdown runs.
    QLabel *countdown = notification->countdownLabel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !countdown->text().isEmpty(); }, 2000));
    const int before = countdown->text().section(QLatin1Char(' '), 0, 0).toInt();
    EXPECT_GE(before, 15);
    EXPECT_LE(before, 20);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return countdown->text().section(QLatin1Char(' '), 0, 0).toInt() < before; }, 3000))
        << qPrintable(countdown->text());

    // Ctrl+Alt+A accepts: screen pop of the customer, the contact panel shows the contact.
    pressShortcut(&window, child<QAction>(workspace, "acceptOfferAction"), Qt::Key_A,
                  Qt::ControlModifier | Qt::AltModifier, [&] { return workspace->activeContact()->id() == first; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->id() == first; }, kLongWait));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notification->isVisible(); }, kLongWait));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.customerPage()->loader()->customerId() == m_customer; }, kLongWait))
        << "screen pop";
    ContactPanel *panel = workspace->contactPanel();
    auto *state = child<QLabel>(panel, "contactStateLabel");
    ASSERT_TRUE(state);
    EXPECT_TRUE(workspace->contactDock()->isVisible());
    EXPECT_TRUE(child<QLabel>(panel, "contactHeaderLabel")->text().contains(customerName.toHtmlEscaped()));
    EXPECT_TRUE(state->text().contains(QStringLiteral("Active"))) << qPrintable(state->text());
    ASSERT_FALSE(currentChanged.isEmpty());
    EXPECT_EQ(currentChanged.last().first().toJsonObject().value(QStringLiteral("id")).toInteger(), first);
    EXPECT_EQ(contactOnServer(first).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return presence->state() == u"on_contact"; }, kLongWait));

    // Add a task from the task menu (Ctrl+Alt+T opens it) and tick it resolved.
    QAction *orderStatus = nullptr;
    for (QAction *a : child<QMenu>(panel, "taskKindMenu")->actions()) {
        if (a->data().toString() == u"order_status")
            orderStatus = a;
    }
    ASSERT_NE(orderStatus, nullptr);
    orderStatus->trigger();
    QAbstractItemModel *tasks = child<QListView>(panel, "contactTaskView")->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return tasks->rowCount() == 1; }, kLongWait))
        << qPrintable(child<QLabel>(panel, "contactErrorLabel")->text());
    EXPECT_EQ(tasks->index(0, 0).data().toString(), QStringLiteral("Order status"));
    tasks->setData(tasks->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return tasks->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked; }, kLongWait));

    // A second chat comes in while the first is open: a new card over the contact panel.
    const qint64 second = inbound(QStringLiteral("C-1004"), QStringLiteral("chat"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notification->isVisible(); }, kLongWait));
    screenshot(&window);
    // Decline it (Ctrl+Alt+D): the card goes, the contact waits for someone else.
    pressShortcut(&window, child<QAction>(workspace, "declineOfferAction"), Qt::Key_D,
                  Qt::ControlModifier | Qt::AltModifier, [&] { return !notification->isVisible(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notification->isVisible(); }, kLongWait));
    EXPECT_EQ(workspace->activeContact()->id(), first) << "declining does not switch contacts";
    EXPECT_NE(contactOnServer(second).value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger(),
              connection.user().id);

    // Close (Ctrl+Alt+W) with a reason and outcome "resolved".
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->reasons()->reasonCount() > 0; }, kLongWait));
    pressShortcut(&window, child<QAction>(workspace, "closeContactAction"), Qt::Key_W,
                  Qt::ControlModifier | Qt::AltModifier, [&] { return workspace->closeDialog() != nullptr; });
    CloseContactDialog *dialog = workspace->closeDialog();
    ASSERT_NE(dialog, nullptr);
    QPushButton *ok = dialog->findChild<QPushButton *>(QStringLiteral("closeContactOkButton"));
    ASSERT_NE(ok, nullptr);
    EXPECT_FALSE(ok->isEnabled()) << "no reason ticked yet";
    const QString reason = resolvableReason(workspace->reasons());
    ASSERT_FALSE(reason.isEmpty());
    ASSERT_TRUE(dialog->checkReason(reason));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(child<QRadioButton>(dialog, "outcomeResolvedButton")->isChecked());
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->isClosed(); }, kLongWait))
        << qPrintable(child<QLabel>(dialog, "closeErrorLabel")->text());
    EXPECT_TRUE(QTest::qWaitFor([&] { return workspace->closeDialog() == nullptr; }, 2000));
    EXPECT_TRUE(state->text().contains(QStringLiteral("Closed"))) << qPrintable(state->text());
    EXPECT_TRUE(state->text().contains(QStringLiteral("Resolved")));
    EXPECT_FALSE(child<QPushButton>(panel, "closeContactButton")->isEnabled());
    const QJsonObject closed = contactOnServer(first);
    EXPECT_EQ(closed.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(closed.value(QStringLiteral("outcome")).toString(), QStringLiteral("resolved"));
    EXPECT_EQ(closed.value(QStringLiteral("reasons")).toArray().first().toString(), reason);
    // Presence: after-contact work, shown in the status bar with the time in it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return presence->state() == u"after_contact_work"; }, kLongWait));
    EXPECT_TRUE(child<QToolButton>(presence, "presenceButton")->text().contains(QStringLiteral("After-contact work")));
    EXPECT_FALSE(child<QLabel>(presence, "presenceTimeLabel")->text().isEmpty());

    // I'm available (Ctrl+Alt+V) ends it.
    pressShortcut(&window, child<QAction>(presence, "presenceAvailableAction"), Qt::Key_V,
                  Qt::ControlModifier | Qt::AltModifier, [&] { return presence->state() == u"available"; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return presence->state() == u"available"; }, kLongWait));

    // Sign-out takes the workspace away with its menu and docks.
    QPointer<ContactWorkspace> gone(workspace);
    window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    EXPECT_TRUE(gone.isNull());
    EXPECT_EQ(window.findChild<QDockWidget *>(QStringLiteral("contactDock")), nullptr);
    EXPECT_EQ(window.findChild<QMenu *>(QStringLiteral("contactMenu")), nullptr);
}

TEST_F(ContactWorkspaceTest, NotesTypedAndNotSavedAreStoredWithTheClose)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent2"));
    ASSERT_NE(workspace, nullptr);
    const qint64 id = takePhoneContact(workspace, m_customer);
    ASSERT_GT(id, 0);

    ContactPanel *panel = workspace->contactPanel();
    QPlainTextEdit *notes = panel->notesEdit();
    EXPECT_TRUE(notes->tabChangesFocus()) << "Tab leaves the notes like every other multi-line field";
    // Ctrl+Return in the field saves, as Save Notes does.
    QApplication::setActiveWindow(&window);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Invoice 7."));
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(notes->toPlainText(), QStringLiteral("Invoice 7.")) << "no line break";
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return contactOnServer(id).value(QStringLiteral("notes")).toString() == u"Invoice 7."; }, kLongWait));
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->notes() == u"Invoice 7."; }, kLongWait));
    const QString typed = QStringLiteral("Invoice 7. Wants it split in two");
    QTest::keyClicks(notes, QStringLiteral(" Wants it split in two"));
    ASSERT_EQ(notes->toPlainText(), typed);
    EXPECT_TRUE(child<QPushButton>(panel, "saveNotesButton")->isEnabled());

    // Closed without pressing Save Notes.
    CloseContactDialog *dialog = workspace->showCloseDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->checkReason(resolvableReason(workspace->reasons())));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeContactOkButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->isClosed(); }, kLongWait))
        << qPrintable(child<QLabel>(dialog, "closeErrorLabel")->text());

    EXPECT_EQ(contactOnServer(id).value(QStringLiteral("notes")).toString(), typed);
    EXPECT_EQ(workspace->activeContact()->notes(), typed);
    EXPECT_EQ(notes->toPlainText(), typed);
    EXPECT_TRUE(notes->isReadOnly());
    EXPECT_FALSE(child<QPushButton>(panel, "saveNotesButton")->isEnabled());
}

TEST_F(ContactWorkspaceTest, EnterInTheCloseDialogPicksAReasonAndOnlyCtrlReturnCloses)
{
    Connection connection;
    MainWindow window(&connection);
    ContactWorkspace *workspace = signIn(window, connection, QStringLiteral("agent3"));
    ASSERT_NE(workspace, nullptr);
    const qint64 id = takePhoneContact(workspace, m_customer);
    ASSERT_GT(id, 0);
    const QString reason = resolvableReason(workspace->reasons());
    ASSERT_FALSE(reason.isEmpty());

    CloseContactDialog *dialog = workspace->showCloseDialog();
    ASSERT_NE(dialog, nullptr);
    QApplication::setActiveWindow(dialog);
    auto *tree = child<QTreeView>(dialog, "reasonTree");
    ASSERT_TRUE(tree);
    QModelIndex current;
    for (const QModelIndex &index : tree->model()->match(tree->model()->index(0, 0), ReasonTreeModel::CodeRole, reason,
                                                         1, Qt::MatchExactly | Qt::MatchRecursive))
        current = index;
    ASSERT_TRUE(current.isValid());
    tree->setCurrentIndex(current);
    tree->setFocus();
    const auto ticked = [&] {
        return workspace->reasons()->checkedCodes().contains(reason);
    };

    // Enter on a reason ticks it; the dialog stays and the contact stays open.
    QTest::keyClick(tree, Qt::Key_Return);
    EXPECT_TRUE(ticked());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(workspace->session()->isClosing()) << "nothing was sent";
    QTest::keyClick(tree, Qt::Key_Enter, Qt::KeypadModifier);
    EXPECT_FALSE(ticked()) << "Enter again unticks it";
    EXPECT_TRUE(dialog->isVisible());

    // Enter in the filter ticks the only match and moves on to the tree, without closing.
    auto *filter = child<QLineEdit>(dialog, "reasonFilterEdit");
    filter->setFocus();
    QTest::keyClicks(filter, workspace->reasons()->labelFor(reason));
    QTest::keyClick(filter, Qt::Key_Return);
    EXPECT_TRUE(ticked());
    EXPECT_TRUE(tree->hasFocus());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(workspace->session()->isClosing());
    EXPECT_EQ(contactOnServer(id).value(QStringLiteral("state")).toString(), QStringLiteral("active"));

    // Ctrl+Return closes.
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace->activeContact()->isClosed(); }, kLongWait))
        << qPrintable(child<QLabel>(dialog, "closeErrorLabel")->text());
    EXPECT_EQ(contactOnServer(id).value(QStringLiteral("reasons")).toArray(), QJsonArray { reason });
}
