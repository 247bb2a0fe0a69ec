#include "widgets/ConsultWorkspace.h"

#include "widgets/ConsultPanel.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace spocs {

ConsultWorkspace::ConsultWorkspace(QMainWindow *window, Connection *connection)
    : QObject(window)
{
    setObjectName(QStringLiteral("consultWorkspace"));
    m_dock = new QDockWidget(tr("Consult"), window);
    setNames(m_dock, QStringLiteral("consultDock"), tr("Consult"));
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_panel = new ConsultPanel(connection, m_dock);
    // 344: the German tabs of the docks it shares the area with need 341 px (340 read "Rückfra…"); the main
    // window's customer search gives up the four px at 1024.
    m_panel->setMinimumWidth(344);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // Beside the customer view: share the right-hand area with the knowledge panel.
    // The knowledge tab stays in front until a consult needs the panel (Ctrl+G, openConsult).
    if (auto *knowledge = window->findChild<QDockWidget *>(QStringLiteral("knowledgeDock"));
        knowledge && window->dockWidgetArea(knowledge) == Qt::RightDockWidgetArea && !knowledge->isFloating()) {
        window->tabifyDockWidget(knowledge, m_dock);
        knowledge->raise();
    }

    auto *showAction = new QAction(tr("Consult &Panel"), m_dock);
    showAction->setObjectName(QStringLiteral("showConsultPanelAction"));
    showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    showAction->setStatusTip(tr("Show the consult panel and search for an expert"));
    connect(showAction, &QAction::triggered, this, &ConsultWorkspace::showPanel);

    m_menu = new QMenu(tr("Consu&lt"), window);
    m_menu->setObjectName(QStringLiteral("consultMenu"));
    m_menu->addAction(showAction);
    m_menu->addSeparator();
    m_menu->addActions(m_panel->consultActions());
    QMenuBar *bar = window->menuBar();
    auto *settings = window->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    bar->insertMenu(settings ? settings->menuAction() : nullptr, m_menu);

    // Shortcuts work wherever the focus is in the window, also while the dock is hidden.
    QList<QAction *> actions { showAction };
    actions << m_panel->consultActions();
    for (QAction *action : std::as_const(actions))
        window->addAction(action);

    connect(m_panel, &ConsultPanel::statusMessage, this, &ConsultWorkspace::statusMessage);
    // The expert opens the customer's unified view (allowed for experts) in the main window.
    connect(m_panel, &ConsultPanel::customerRequested, this, &ConsultWorkspace::customerRequested);
    if (auto *main = qobject_cast<MainWindow *>(window))
        connect(m_panel, &ConsultPanel::customerRequested, main, &MainWindow::openCustomer);
    connect(m_panel, &ConsultPanel::statusMessage, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 8000); });
}

ConsultWorkspace::~ConsultWorkspace()
{
    // Deleting them takes the menu out of the menu bar, the dock out of the window and the
    // actions (owned by the panel) out of the window's shortcut list; the window itself is
    // not touched, as it may be on its way out too.
    delete m_menu;
    delete m_dock;
}

void ConsultWorkspace::setContact(const QJsonObject &contact)
{
    m_panel->setContact(contact);
}

void ConsultWorkspace::openConsult(const QJsonObject &consult)
{
    m_panel->openConsult(consult);
    m_dock->show();
    m_dock->raise();
}

void ConsultWorkspace::showPanel()
{
    m_dock->show();
    m_dock->raise();
    m_panel->focusFinder();
}

} // namespace spocs
