#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"
#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/LeadSnapshotLoader.h"
#include "models/SynonymSession.h"
#include "widgets/FloorView.h"
#include "widgets/LeadWorkspace.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/ReasonEditorDialog.h"
#include "widgets/SkillsDialog.h"
#include "widgets/SynonymsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <iostream>

using namespace spocs;
using spocs::test::child;

namespace {

constexpr int kLongWait = 20000;

class AdminEditorsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_coordinator.start()) << qPrintable(m_coordinator.output());
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(m_coordinator.output().right(3000)) << std::endl;
    }

    // Signs in through the real main window and waits for the team lead workspace.
    LeadWorkspace *signIn(MainWindow &window, Connection &connection, const QString &user)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.loginWith(m_coordinator.url(), user, QStringLiteral("demo"));
        if (!QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait))
            return nullptr;
        if (!QTest::qWaitFor([&] { return window.findChild<LeadWorkspace *>() != nullptr; }, kLongWait))
            return nullptr;
        return window.findChild<LeadWorkspace *>();
    }

    test::CoordinatorProcess m_coordinator;
};

int rowOfLogin(const AgentGridModel *agents, const QString &login)
{
    for (int row = 0; row < agents->rowCount(); ++row) {
        if (agents->agentAt(row).login == login)
            return row;
    }
    return -1;
}

} // namespace

TEST_F(AdminEditorsTest, LeadGivesAnAgentBillingAtLevelThreeFromTheFloor)
{
    Connection connection;
    MainWindow window(&connection);
    LeadWorkspace *lead = signIn(window, connection, QStringLiteral("lead1"));
    ASSERT_NE(lead, nullptr);
    EXPECT_EQ(lead->editReasonsAction(), nullptr) << "only admins edit the contact reasons";
    FloorView *floor = lead->floorView();
    EXPECT_EQ(floor->editSkillsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    EXPECT_TRUE(window.findChild<QMenu *>(QStringLiteral("leadMenu"))->actions().contains(floor->editSkillsAction()));

    AgentGridModel *agents = floor->loader()->agents();
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowOfLogin(agents, QStringLiteral("agent1")) >= 0; }, kLongWait));
    EXPECT_FALSE(floor->editSkillsAction()->isEnabled()) << "no agent selected yet";
    const AgentStatus agent1 = agents->agentAt(rowOfLogin(agents, QStringLiteral("agent1")));
    EXPECT_FALSE(agent1.skills.contains(QStringLiteral("billing")));
    floor->agentsView()->selectRow(rowOfLogin(agents, QStringLiteral("agent1")));
    ASSERT_TRUE(floor->editSkillsAction()->isEnabled());
    floor->editSkillsAction()->trigger();

    auto *dialog = floor->findChild<SkillsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->userId(), agent1.userId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isLoaded(); }, kLongWait));
    QCheckBox *billing = dialog->skillCheck(QStringLiteral("billing"));
    QSpinBox *level = dialog->levelSpin(QStringLiteral("billing"));
    ASSERT_NE(billing, nullptr) << "every skill of skill.list is listed";
    ASSERT_NE(dialog->skillCheck(QStringLiteral("general")), nullptr);
    EXPECT_FALSE(billing->isChecked());
    EXPECT_FALSE(level->isEnabled()) << "the level only counts for a checked skill";
    EXPECT_EQ(level->minimum(), 1);
    EXPECT_EQ(level->maximum(), 5);
    billing->setChecked(true);
    EXPECT_TRUE(level->isEnabled());
    level->setValue(3);

    QSignalSpy saved(dialog, &SkillsDialog::saved);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(saved.wait(kLongWait) || saved.count() == 1)
        << qPrintable(dialog->findChild<QLabel *>(QStringLiteral("skillsStatus"))->text());

    // The coordinator has it, and the floor shows it after its refresh.
    Connection check;
    ASSERT_TRUE(test::loginAndWait(check, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const Reply snapshot = test::call(check, QString::fromUtf16(op::LeadSnapshot));
    ASSERT_TRUE(snapshot.ok);
    int billingLevel = 0;
    for (const QJsonValue &v : snapshot.data.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString() != u"agent1")
            continue;
        for (const QJsonValue &s : a.value(QStringLiteral("skills")).toArray()) {
            if (s.toObject().value(QStringLiteral("skill")).toString() == u"billing")
                billingLevel = s.toObject().value(QStringLiteral("level")).toInt();
        }
    }
    EXPECT_EQ(billingLevel, 3);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const int row = rowOfLogin(agents, QStringLiteral("agent1"));
            return row >= 0 && agents->agentAt(row).skillLevels.value(QStringLiteral("billing")) == 3;
        },
        kLongWait))
        << "the floor's agent row has billing at level 3";

    // Opening the dialog again shows the stored level.
    floor->agentsView()->selectRow(rowOfLogin(agents, QStringLiteral("agent1")));
    floor->showSkillsDialog();
    auto *again = floor->findChild<SkillsDialog *>();
    ASSERT_NE(again, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return again->isLoaded(); }, kLongWait));
    EXPECT_TRUE(again->skillCheck(QStringLiteral("billing"))->isChecked());
    EXPECT_EQ(again->levelSpin(QStringLiteral("billing"))->value(), 3);
    again->reject();
}

TEST_F(AdminEditorsTest, AdminAddsAChildReasonThatNeedsAFastAnswer)
{
    Connection connection;
    MainWindow window(&connection);
    LeadWorkspace *lead = signIn(window, connection, QStringLiteral("admin"));
    ASSERT_NE(lead, nullptr);
    QAction *edit = lead->editReasonsAction();
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(window.findChild<QMenu *>(QStringLiteral("leadMenu"))->actions().contains(edit));
    edit->trigger();
    auto *dialog = window.findChild<ReasonEditorDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *tree = child<QTreeWidget>(dialog, "reasonEditorTree");
    auto *code = child<QLineEdit>(dialog, "reasonCodeEdit");
    auto *label = child<QLineEdit>(dialog, "reasonLabelEdit");
    auto *demandClass = child<QComboBox>(dialog, "reasonDemandClassCombo");
    auto *skill = child<QComboBox>(dialog, "reasonSkillCombo");
    auto *newReason = child<QPushButton>(dialog, "reasonNewButton");
    auto *newChild = child<QPushButton>(dialog, "reasonNewChildButton");
    auto *save = child<QPushButton>(dialog, "reasonSaveButton");
    auto *status = child<QLabel>(dialog, "reasonEditorStatus");
    ASSERT_TRUE(tree && code && label && demandClass && skill && newReason && newChild && save && status);
    QSignalSpy loaded(dialog, &ReasonEditorDialog::reasonsLoaded);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->reasonCount() > 0; }, kLongWait));
    EXPECT_EQ(demandClass->count(), 3);
    EXPECT_TRUE(demandClass->itemText(0).contains(QStringLiteral("avoidable")));
    EXPECT_TRUE(demandClass->itemText(1).contains(QStringLiteral("immediate")));

    // Select "Billing", New Child, fill in, Save.
    ASSERT_TRUE(dialog->selectReason(QStringLiteral("billing")));
    EXPECT_EQ(label->text(), QStringLiteral("Billing"));
    ASSERT_TRUE(newChild->isEnabled());
    newChild->click();
    EXPECT_EQ(code->text(), QStringLiteral("billing."));
    EXPECT_FALSE(save->isEnabled()) << "a code ending in a dot is not complete";
    QTest::keyClicks(code, QStringLiteral("refund"));
    label->setText(QStringLiteral("Refund"));
    demandClass->setCurrentIndex(demandClass->findData(QStringLiteral("b")));
    skill->setCurrentIndex(skill->findData(QStringLiteral("billing")));
    ASSERT_TRUE(save->isEnabled());
    QSignalSpy saved(dialog, &ReasonEditorDialog::saved);
    const int loadsBefore = int(loaded.count());
    save->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, kLongWait)) << qPrintable(status->text());
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() > loadsBefore; }, kLongWait)) << "the tree reloads";
    const QList<QTreeWidgetItem *> found
        = tree->findItems(QStringLiteral("billing.refund"), Qt::MatchExactly | Qt::MatchRecursive, 1);
    ASSERT_EQ(found.size(), 1);
    ASSERT_NE(found.first()->parent(), nullptr);
    EXPECT_EQ(found.first()->parent()->text(1), QStringLiteral("billing")) << "shown below its parent";

    // reason.list has it, below billing, demand class b.
    Connection check;
    ASSERT_TRUE(test::loginAndWait(check, m_coordinator.url(), QStringLiteral("admin")).ok);
    const Reply list = test::call(check, QString::fromUtf16(op::ReasonList));
    ASSERT_TRUE(list.ok);
    qint64 billingId = 0;
    QJsonObject refund;
    for (const QJsonValue &v : list.data.value(QStringLiteral("reasons")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("code")).toString() == u"billing")
            billingId = r.value(QStringLiteral("id")).toInteger();
        if (r.value(QStringLiteral("code")).toString() == u"billing.refund")
            refund = r;
    }
    ASSERT_FALSE(refund.isEmpty());
    EXPECT_EQ(refund.value(QStringLiteral("parent")).toInteger(), billingId);
    EXPECT_EQ(refund.value(QStringLiteral("demandClass")).toString(), QStringLiteral("b"));
    EXPECT_EQ(refund.value(QStringLiteral("label")).toString(), QStringLiteral("Refund"));
    EXPECT_EQ(refund.value(QStringLiteral("skill")).toString(), QStringLiteral("billing"));

    // A duplicate code is refused and the dialog says so.
    newReason->click();
    QTest::keyClicks(code, QStringLiteral("billing.refund"));
    label->setText(QStringLiteral("Again"));
    QSignalSpy failed(dialog, &ReasonEditorDialog::saveFailed);
    save->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, kLongWait));
    EXPECT_FALSE(status->text().isEmpty());
    dialog->reject();
}

TEST_F(AdminEditorsTest, AdminEditsKnowledgeSynonymsFromTheAdminMenu)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NE(signIn(window, connection, QStringLiteral("admin")), nullptr);
    auto *adminMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("adminMenu"));
    ASSERT_NE(adminMenu, nullptr);
    EXPECT_TRUE(adminMenu->menuAction()->isVisible());
    auto *action = window.findChild<QAction *>(QStringLiteral("adminSynonymsAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->shortcut().isEmpty());
    action->trigger();
    auto *dialog = window.findChild<SynonymsDialog *>(QStringLiteral("synonymsDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *editor = child<QPlainTextEdit>(dialog, "synonymsEditor");
    auto *save = child<QPushButton>(dialog, "synonymsSaveButton");
    auto *status = child<QLabel>(dialog, "synonymsStatusLabel");
    ASSERT_TRUE(editor && save && status);
    ASSERT_TRUE(QTest::qWaitFor([&] { return save->isEnabled(); }, kLongWait));
    EXPECT_TRUE(editor->toPlainText().contains(QStringLiteral("bill, invoice"))) << qPrintable(editor->toPlainText());
    if (const QString shot = qEnvironmentVariable("SPOCS_KB_SYNONYMS_SCREENSHOT"); !shot.isEmpty())
        dialog->grab().save(shot);

    // A group of one word is refused and the dialog says which group.
    editor->setPlainText(QStringLiteral("bill, invoice\nparcel"));
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("Group 2")); }, kLongWait))
        << qPrintable(status->text());

    editor->setPlainText(QStringLiteral("bill, invoice\n\nParcel,  package , box"));
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("Saved")); }, kLongWait))
        << qPrintable(status->text());
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("bill, invoice\nparcel, package, box"));
    Connection lead;
    ASSERT_TRUE(test::loginAndWait(lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    const Reply stored = test::call(lead, QString::fromUtf16(op::KbSynonymsGet));
    ASSERT_TRUE(stored.ok);
    EXPECT_EQ(stored.data.value(QStringLiteral("groups")).toArray().size(), 2);
}

// The count under the synonyms follows the typing: it said the loaded count until Save.
TEST_F(AdminEditorsTest, TheSynonymCountFollowsTheTyping)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NE(signIn(window, connection, QStringLiteral("admin")), nullptr);
    SynonymsDialog *dialog = window.showSynonyms();
    ASSERT_NE(dialog, nullptr);
    auto *editor = child<QPlainTextEdit>(dialog, "synonymsEditor");
    auto *save = child<QPushButton>(dialog, "synonymsSaveButton");
    auto *status = child<QLabel>(dialog, "synonymsStatusLabel");
    ASSERT_TRUE(editor && save && status);
    ASSERT_TRUE(QTest::qWaitFor([&] { return save->isEnabled(); }, kLongWait));
    const int loaded = int(SynonymSession::groupsFromText(editor->toPlainText()).size());
    const auto countText = [](int groups) {
        return SynonymsDialog::tr("%n group(s).", nullptr, groups);
    };
    EXPECT_EQ(status->text(), countText(loaded));
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("parcel, package"));
    EXPECT_EQ(status->text(), countText(loaded + 1));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("box"));
    EXPECT_EQ(status->text(), countText(loaded + 2));
    dialog->reject();
}

TEST_F(AdminEditorsTest, LeadsHaveNoAdminMenu)
{
    Connection connection;
    MainWindow window(&connection);
    ASSERT_NE(signIn(window, connection, QStringLiteral("lead1")), nullptr);
    auto *adminMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("adminMenu"));
    ASSERT_NE(adminMenu, nullptr);
    EXPECT_FALSE(adminMenu->menuAction()->isVisible());
    EXPECT_EQ(window.showSynonyms(), nullptr);
}
