#include "widgets/LeadWorkspace.h"

#include "client/Connection.h"
#include "models/ReassignSession.h"
#include "widgets/ActionButton.h"
#include "widgets/CreditApprovalsDialog.h"
#include "widgets/DesktopLog.h"
#include "widgets/FloorView.h"
#include "widgets/ReasonEditorDialog.h"
#include "widgets/ReassignDialog.h"
#include "widgets/ReportsView.h"
#include "widgets/TeamView.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QDateEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace spocs {

LeadWorkspace::LeadWorkspace(QMainWindow *window, Connection *connection)
    : QObject(window)
    , m_window(window)
    , m_connection(connection)
{
    // Customer data (the Team view, credit approvals) is for leads; admins run users and reasons.
    const bool lead = connection && connection->user().role == Role::Lead;
    setObjectName(QStringLiteral("leadWorkspace"));

    m_floor = new FloorView(connection);
    m_reports = new ReportsView(connection);

    // The floor is what a lead watches: it gets the middle of the window, the customer view a tab.
    m_customerView = window->takeCentralWidget();
    m_tabs = new QTabWidget(window);
    setNames(m_tabs, QStringLiteral("leadTabs"), tr("Team lead views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_floor, tr("Floor"));
    if (m_customerView)
        m_tabs->addTab(m_customerView, tr("Customer"));
    m_tabs->addTab(m_reports, tr("Reports"));
    if (lead) {
        m_team = new TeamView(connection);
        m_tabs->addTab(m_team, tr("Team"));
    }
    window->setCentralWidget(m_tabs);
    m_tabs->setCurrentWidget(m_floor);

    m_floorAction = makeAction(tr("&Floor View"), QStringLiteral("leadFloorAction"), QKeySequence(Qt::CTRL | Qt::Key_L),
                               tr("Queues, agents and alerts, live"), this);
    connect(m_floorAction, &QAction::triggered, this, &LeadWorkspace::showFloor);
    m_reportsAction
        = makeAction(tr("&Reports"), QStringLiteral("leadReportsAction"), QKeySequence(Qt::CTRL | Qt::Key_R),
                     tr("FCR, handle times, abandonment, reasons and satisfaction for a date range"), this);
    connect(m_reportsAction, &QAction::triggered, this, &LeadWorkspace::showReports);

    m_reassignAction = makeAction(tr("Reassign &Customers…"), QStringLiteral("leadReassignAction"),
                                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                                  tr("Move someone's customers and open follow-ups to a colleague"), this);
    connect(m_reassignAction, &QAction::triggered, this, [this] { openReassignDialog(m_team ? m_team->person() : 0); });
    if (m_team)
        connect(m_team, &TeamView::reassignRequested, this, &LeadWorkspace::openReassignDialog);
    // The team view and credit approvals are customer data: leads only (admins cannot read customer records).
    m_teamAction
        = makeAction(tr("&Team View"), QStringLiteral("leadTeamAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                     tr("A person's customers and open follow-ups, and moving them to a colleague"), this);
    connect(m_teamAction, &QAction::triggered, this, &LeadWorkspace::showTeam);
    m_approvalsAction = makeAction(tr("Credit &Approvals…"), QStringLiteral("leadCreditApprovalsAction"),
                                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q),
                                   tr("Approve or reject credit notes and refunds above the limit"), this);
    connect(m_approvalsAction, &QAction::triggered, this, [this, connection] {
        auto *dialog = new CreditApprovalsDialog(connection, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    for (QAction *leadOnly : { m_teamAction.data(), m_approvalsAction.data() }) {
        leadOnly->setVisible(lead);
        leadOnly->setEnabled(lead);
    }

    const QList<QAction *> actions { m_floorAction,
                                     m_reportsAction,
                                     m_teamAction,
                                     m_reassignAction,
                                     m_approvalsAction,
                                     m_floor->moveAction(),
                                     m_floor->setStateAction(),
                                     m_floor->editSkillsAction(),
                                     m_reports->exportAction() };
    // Shortcuts work whichever tab is showing.
    window->addActions(actions);

    m_menu = new QMenu(tr("&Team"), window);
    m_menu->setObjectName(QStringLiteral("leadMenu"));
    m_menu->addAction(m_floorAction);
    m_menu->addAction(m_reportsAction);
    m_menu->addAction(m_teamAction);
    m_menu->addSeparator();
    m_menu->addAction(m_floor->moveAction());
    m_menu->addAction(m_floor->setStateAction());
    m_menu->addAction(m_floor->editSkillsAction());
    m_menu->addAction(m_reassignAction);
    m_menu->addAction(m_approvalsAction);
    // The contact-reason tree is admin data: leads don't see the entry.
    if (connection && connection->user().role == Role::Admin) {
        m_reasonsAction = new QAction(tr("Edit Contact R&easons…"), this);
        m_reasonsAction->setObjectName(QStringLiteral("leadEditReasonsAction"));
        m_reasonsAction->setStatusTip(tr("Add, rename, classify and archive contact reasons"));
        connect(m_reasonsAction, &QAction::triggered, this, [this, connection] {
            auto *dialog = new ReasonEditorDialog(connection, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        m_menu->addAction(m_reasonsAction);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_reports->exportAction());
    auto *settings = window->menuBar()->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    window->menuBar()->insertMenu(settings ? settings->menuAction() : nullptr, m_menu);

    connect(m_floor, &FloorView::statusMessage, this, &LeadWorkspace::showMessage);
    connect(m_reports, &ReportsView::statusMessage, this, &LeadWorkspace::showMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_reports)
            m_reports->ensureLoaded();
        else if (m_team && m_tabs->currentWidget() == m_team)
            m_team->reload(); // customers may have moved since
    });
    qCInfo(lcDesktop) << "lead workspace opened";
}

LeadWorkspace::~LeadWorkspace()
{
    // The tabs own the views and their actions (and, unless detach() ran, the customer view: then the
    // window is being destroyed and takes them along); the menu only refers to them.
    delete m_menu;
}

void LeadWorkspace::attach(QPointer<LeadWorkspace> &slot, QMainWindow *window, Connection *connection)
{
    const Role role = connection ? connection->user().role : Role::Agent;
    const bool wanted = connection && (role == Role::Lead || role == Role::Admin);
    if (!wanted) {
        detach(slot);
        return;
    }
    if (!slot)
        slot = new LeadWorkspace(window, connection);
}

void LeadWorkspace::detach(QPointer<LeadWorkspace> &slot)
{
    if (!slot)
        return;
    LeadWorkspace *workspace = slot;
    if (workspace->m_window && workspace->m_tabs) {
        if (workspace->m_customerView) {
            workspace->m_tabs->removeTab(workspace->m_tabs->indexOf(workspace->m_customerView));
            workspace->m_window->takeCentralWidget(); // the tabs, deleted below
            workspace->m_window->setCentralWidget(workspace->m_customerView);
            workspace->m_customerView->show();
        }
        delete workspace->m_tabs;
    }
    delete workspace;
}

FloorView *LeadWorkspace::floorView() const
{
    return m_floor;
}

TeamView *LeadWorkspace::teamView() const
{
    return m_team;
}

ReportsView *LeadWorkspace::reportsView() const
{
    return m_reports;
}

QAction *LeadWorkspace::floorAction() const
{
    return m_floorAction;
}

QAction *LeadWorkspace::reportsAction() const
{
    return m_reportsAction;
}

QAction *LeadWorkspace::editReasonsAction() const
{
    return m_reasonsAction;
}

void LeadWorkspace::showFloor()
{
    m_tabs->setCurrentWidget(m_floor);
    m_floor->agentsView()->setFocus();
}

void LeadWorkspace::showReports()
{
    m_tabs->setCurrentWidget(m_reports);
    m_reports->ensureLoaded();
    m_reports->fromEdit()->setFocus();
}

void LeadWorkspace::showCustomerView()
{
    if (m_customerView)
        m_tabs->setCurrentWidget(m_customerView);
}

void LeadWorkspace::showTeam()
{
    if (!m_team)
        return;
    m_tabs->setCurrentWidget(m_team);
    m_team->setFocus();
}

// Preset to the person the Team view shows; when it has moved their customers, the view follows.
void LeadWorkspace::openReassignDialog(qint64 from)
{
    auto *dialog = new ReassignDialog(m_connection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (from > 0)
        dialog->setFrom(from);
    if (m_team)
        connect(dialog->session(), &ReassignSession::reassigned, m_team, &TeamView::reload);
    dialog->open();
}

void LeadWorkspace::showMessage(const QString &text)
{
    if (m_window)
        m_window->statusBar()->showMessage(text, 8000);
}

} // namespace spocs
