#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace spocs {

class Connection;
class FloorView;
class ReportsView;

// The team lead's workspace (roles lead and admin): the floor view and the reports as two tabbed
// docks, a "Team" menu and the shortcuts Ctrl+L (floor), Ctrl+R (reports), Ctrl+Alt+M (move a
// contact), Ctrl+Alt+S (set an agent's state), Ctrl+Alt+J (an agent's skills),
// Ctrl+Alt+X (export CSV), Ctrl+Alt+Q (credit approvals, leads only); admins also edit the contact reasons. Everything
// it adds to the window goes away with it.
class LeadWorkspace : public QObject
{
    Q_OBJECT

public:
    LeadWorkspace(QMainWindow *window, Connection *connection);
    ~LeadWorkspace() override;

    // After a sign-in: creates the workspace in slot for a lead or admin, removes it for anyone else.
    static void attach(QPointer<LeadWorkspace> &slot, QMainWindow *window, Connection *connection);

    FloorView *floorView() const;
    ReportsView *reportsView() const;
    QDockWidget *floorDock() const;
    QDockWidget *reportsDock() const;
    QAction *floorAction() const;
    QAction *reportsAction() const;
    // "Reassign Customers…" (Ctrl+Alt+R): a user's customers and open follow-ups to a colleague.
    QAction *reassignAction() const { return m_reassignAction; }
    // "Credit Approvals…" (Ctrl+Alt+Q, leads only): credit notes and refunds waiting for a second person.
    QAction *creditApprovalsAction() const { return m_approvalsAction; }
    // "Edit Contact Reasons…": admins only (null for a lead).
    QAction *editReasonsAction() const;

    void showFloor();
    void showReports();

private:
    void showMessage(const QString &text);

    QPointer<QMainWindow> m_window;
    QPointer<FloorView> m_floor;
    QPointer<ReportsView> m_reports;
    QPointer<QDockWidget> m_floorDock;
    QPointer<QDockWidget> m_reportsDock;
    QPointer<QMenu> m_menu;
    QPointer<QAction> m_floorAction;
    QPointer<QAction> m_reportsAction;
    QPointer<QAction> m_reasonsAction;
    QPointer<QAction> m_reassignAction;
    QPointer<QAction> m_approvalsAction;
};

} // namespace spocs
