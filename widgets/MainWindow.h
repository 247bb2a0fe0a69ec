#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;

namespace spocs {

class Connection;
class ConnectionStatusWidget;
class ConsultWorkspace;
class ContactWorkspace;
class CustomerPage;
class CustomerSearchPanel;
class KnowledgePanel;
class LeadWorkspace;
class LoginDialog;
class MyDayPage;
class OutboxIndicator;
class OutboxModel;
class SynonymsDialog;

// The agent's main window: customer search on the left, the open customer on the
// right, connection state and signed-in user in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Connection *connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the (window-modal, non-blocking) login dialog, or raises the open one.
    LoginDialog *showLoginDialog(const QString &message = QString());
    LoginDialog *loginDialog() const { return m_loginDialog; }
    // Scripted start: signs in without the dialog; on failure the dialog appears with the error.
    void loginWith(const QUrl &url, const QString &user, const QString &password);
    // When the first login is cancelled there is nothing to do: quit instead of idling offline.
    void setQuitOnLoginCancel(bool quit) { m_quitOnLoginCancel = quit; }

    CustomerPage *customerPage() const { return m_page; }
    OutboxIndicator *outboxIndicator() const { return m_outboxIndicator; }
    KnowledgePanel *knowledgePanel() const { return m_knowledge; }
    // Admin menu: the knowledge synonyms editor (Ctrl+Alt+N); nullptr for everyone else.
    SynonymsDialog *showSynonyms();
    QString signedInUserText() const;

    void openCustomer(const QString &customerId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateSessionUi();
    void showAdminMenu(bool show);
    void onLoggedIn();
    void createMyDay();
    void signOut();
    void showAbout();
    void setLanguage(const QString &code);
    void setPageTitle(const QString &customerName);
    void createKnowledgeDock();
    void showKnowledgeSearch();
    void updateKnowledgeCustomer();

    QPointer<Connection> m_connection;
    CustomerSearchPanel *m_search = nullptr;
    CustomerPage *m_page = nullptr;
    QSplitter *m_splitter = nullptr;
    OutboxIndicator *m_outboxIndicator = nullptr;
    QLabel *m_userLabel = nullptr;
    QPointer<LoginDialog> m_loginDialog;
    QPointer<ContactWorkspace> m_contactWorkspace; // offers, contact panel, follow-ups (after sign-in)
    QPointer<MyDayPage> m_myDay; // the page shown while no customer is open (with a contact workspace)
    KnowledgePanel *m_knowledge = nullptr;
    QDockWidget *m_knowledgeDock = nullptr;
    QAction *m_knowledgeSearchAction = nullptr;
    QPointer<ConsultWorkspace> m_consult; // the consult panel, after login
    QPointer<LeadWorkspace> m_lead; // lead and admin only

    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_closeCustomerAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_synonymsAction = nullptr;
    QMenu *m_adminMenu = nullptr; // admins only: synonyms, the audit log
    QAction *m_auditAction = nullptr;
    QPointer<SynonymsDialog> m_synonymsDialog;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    bool m_quitOnLoginCancel = false;
};

} // namespace spocs
