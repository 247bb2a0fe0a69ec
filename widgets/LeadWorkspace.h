#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;
class QWidget;

namespace spocs {

class Connection;
class FloorView;
class ReportsView;
class TeamView;

// The team lead's workspace (roles lead and admin). A lead watches the floor, so the window's middle
// becomes tabs: Floor (first, Ctrl+L), Customer (the agent's search and customer page, Ctrl+F or opening
// a customer shows it), Reports (Ctrl+R), Team (a person's customers and follow-ups, Ctrl+Shift+T). A "Team" menu and
// the shortcuts Ctrl+Alt+M (move a contact), Ctrl+Alt+S (set an agent's state), Ctrl+Alt+J (an agent's skills),
// Ctrl+Alt+X (export CSV), Ctrl+Alt+Q (credit approvals, leads only); admins also edit the contact reasons.
// detach() gives the window its customer view back; everything else it added goes away with it.
class LeadWorkspace : public QObject
{
    Q_OBJECT

public:
    LeadWorkspace(QMainWindow *window, Connection *connection);
    ~LeadWorkspace() override;

    // After a sign-in: creates the workspace in slot for a lead or admin, removes it for anyone else.
    static void attach(QPointer<LeadWorkspace> &slot, QMainWindow *window, Connection *connection);
    // At sign-out: puts the customer view back as the window's middle and deletes the workspace.
    static void detach(QPointer<LeadWorkspace> &slot);

    FloorView *floorView() const;
    ReportsView *reportsView() const;
    // Leads only: admins move customers without reading them.
    TeamView *teamView() const;
    // The window's middle while the workspace lives: Floor, Customer, Reports.
    QTabWidget *tabs() const { return m_tabs; }
    QAction *floorAction() const;
    QAction *reportsAction() const;
    // "Reassign Customers…" (Ctrl+Alt+R): a user's customers and open follow-ups to a colleague.
    // "Credit Approvals…" (Ctrl+Alt+Q, leads only): credit notes and refunds waiting for a second person.
    // "Edit Contact Reasons…": admins only (null for a lead).
    QAction *editReasonsAction() const;

    void showFloor();
    void showReports();
    void showCustomerView();
    void showTeam();

private:
    void showMessage(const QString &text);
    void openReassignDialog(qint64 from);

    QPointer<QMainWindow> m_window;
    QPointer<Connection> m_connection;
    QPointer<FloorView> m_floor;
    QPointer<ReportsView> m_reports;
    QPointer<TeamView> m_team;
    QPointer<QAction> m_teamAction;
    QPointer<QTabWidget> m_tabs;
    QPointer<QWidget> m_customerView; // the window's central widget before the workspace came
    QPointer<QMenu> m_menu;
    QPointer<QAction> m_floorAction;
    QPointer<QAction> m_reportsAction;
    QPointer<QAction> m_reasonsAction;
    QPointer<QAction> m_reassignAction;
    QPointer<QAction> m_approvalsAction;
};

} // namespace spocs
