#include "widgets/MainWindow.h"

#include "client/Connection.h"
#include "core/Protocol.h"
#include "models/ContactSession.h"
#include "models/ConversationSession.h"
#include "models/CustomerLoader.h"
#include "models/MyDaySession.h"
#include "models/OutboxModel.h"
#include "widgets/AboutDialog.h"
#include "widgets/ActionButton.h"
#include "widgets/ArticleReader.h"
#include "widgets/AuditDialog.h"
#include "widgets/ConnectionStatusWidget.h"
#include "widgets/ConsultWorkspace.h"
#include "widgets/ContactWorkspace.h"
#include "widgets/CustomerPage.h"
#include "widgets/CustomerSearchPanel.h"
#include "widgets/DesktopLog.h"
#include "widgets/DesktopSettings.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/KnowledgePanel.h"
#include "widgets/Layouts.h"
#include "widgets/LeadWorkspace.h"
#include "widgets/LoginDialog.h"
#include "widgets/MyDayPage.h"
#include "widgets/OrdersTab.h"
#include "widgets/OutboxIndicator.h"
#include "widgets/SynonymsDialog.h"
#include "widgets/TeamView.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

namespace spocs {

MainWindow::MainWindow(Connection *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Spocs"));

    m_search = new CustomerSearchPanel(connection, this);
    m_page = new CustomerPage(connection, this);
    m_splitter = makeSplitter(Qt::Horizontal, QStringLiteral("mainSplitter"), { m_search, m_page }, this);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // 256: at 1024 px the docks on the right need 344 (ConsultWorkspace).
    m_search->setMinimumWidth(256);
    m_page->setMinimumWidth(420);
    m_splitter->setSizes({ 320, 880 }); // the customer page needs the room more than the result list
    setCentralWidget(m_splitter);

    auto *connectionStatus = new ConnectionStatusWidget(connection, this);
    m_userLabel = new QLabel(this);
    setNames(m_userLabel, QStringLiteral("signedInUserLabel"), tr("Signed-in user"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    auto *outbox = new OutboxModel(connection, this);
    m_outboxIndicator = new OutboxIndicator(outbox, this);
    addAction(m_outboxIndicator->reviewAction()); // Ctrl+Alt+P works from anywhere in the window
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_outboxIndicator);
    statusBar()->addPermanentWidget(connectionStatus);
    connect(outbox, &OutboxModel::rejected, this, [this](const QString &what, const Error &error) {
        statusBar()->showMessage(tr("%1 was refused: %2 Review it with Ctrl+Alt+P.").arg(what, errorDetailText(error)),
                                 15000);
    });

    createActions();
    createMenus();
    createKnowledgeDock();

    connect(m_search, &CustomerSearchPanel::customerActivated, this, &MainWindow::openCustomer);
    connect(m_search, &CustomerSearchPanel::recordActivated, this,
            [this](const QString &customerId, const QString &link) {
                m_page->openCustomer(customerId);
                m_page->openLink(link);
            });
    connect(m_page, &CustomerPage::titleChanged, this, &MainWindow::setPageTitle);
    connect(m_page, &CustomerPage::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    if (connection) {
        connect(connection, &Connection::stateChanged, this, &MainWindow::updateSessionUi);
        connect(connection, &Connection::userChanged, this, &MainWindow::updateSessionUi);
        connect(connection, &Connection::sessionExpired, this, [this] {
            qCInfo(lcDesktop) << "session expired; asking to sign in again";
            showLoginDialog(errorText(ErrorCode::Unauthenticated));
        });
        connect(connection, &Connection::serverError, this,
                [this](const Error &error) { statusBar()->showMessage(errorText(error), 10000); });
    }

    resize(1200, 800);
    setMinimumSize(800, 560);
    const QByteArray geometry = DesktopSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray splitter = DesktopSettings::splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    updateSessionUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // Every action: a shortcut, an accessible name, and a status tip.
    auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut, const QString &tip) {
        // Menu items take their accessible name from the text (mnemonic stripped). Added to the
        // window, so the shortcuts work even while the menu bar is hidden.
        return makeWindowAction(text, name, shortcut, tip, this, this);
    };

    m_signInAction = make(tr("Sign &in…"), QStringLiteral("signInAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), tr("Sign in to the Spocs server"));
    connect(m_signInAction, &QAction::triggered, this, [this] { showLoginDialog(); });
    m_signOutAction = make(tr("Sign &out"), QStringLiteral("signOutAction"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), tr("End the session on this workstation"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_quitAction = make(tr("&Quit"), QStringLiteral("quitAction"), QKeySequence(QKeySequence::Quit), tr("Close Spocs"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = make(tr("&Find Customer…"), QStringLiteral("findCustomerAction"), QKeySequence(QKeySequence::Find),
                        tr("Search customers by name, company, email, phone or account"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_lead)
            m_lead->showCustomerView(); // a lead's search sits on the Customer tab
        m_search->focusSearch();
    });
    m_refreshAction = make(tr("R&efresh"), QStringLiteral("refreshCustomerAction"), QKeySequence(QKeySequence::Refresh),
                           tr("Load the open customer again"));
    connect(m_refreshAction, &QAction::triggered, m_page, &CustomerPage::refresh);
    m_closeCustomerAction = make(tr("&Close Customer"), QStringLiteral("closeCustomerAction"),
                                 QKeySequence(QKeySequence::Close), tr("Close the open customer"));
    connect(m_closeCustomerAction, &QAction::triggered, m_page, &CustomerPage::closeCustomer);

    m_aboutAction = make(tr("&About Spocs"), QStringLiteral("aboutAction"), QKeySequence(Qt::Key_F1),
                         tr("Versions of Spocs, Qt and the protocol"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_synonymsAction = make(tr("Knowledge &Synonyms…"), QStringLiteral("adminSynonymsAction"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
                            tr("Words the knowledge search treats as one (bill, invoice)"));
    connect(m_synonymsAction, &QAction::triggered, this, &MainWindow::showSynonyms);
    m_aboutQtAction = make(tr("About &Qt"), QStringLiteral("aboutQtAction"), QKeySequence(Qt::CTRL | Qt::Key_F1),
                           tr("Information about the Qt toolkit"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QString current = DesktopSettings::language();
    const struct
    {
        QString code;
        QString text;
        QString name;
        QKeySequence shortcut;
    } languages[] = {
        { QString(), tr("&System Default"), QStringLiteral("languageSystemAction"),
          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0) },
        { QStringLiteral("en"), tr("&English"), QStringLiteral("languageEnglishAction"),
          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1) },
        // Language names are shown in their own language, so a user can find theirs.
        { QStringLiteral("de"), QStringLiteral("&Deutsch"), QStringLiteral("languageGermanAction"),
          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2) },
    };
    for (const auto &lang : languages) {
        QAction *action = make(lang.text, lang.name, lang.shortcut, tr("The language changes at the next start."));
        action->setCheckable(true);
        action->setChecked(lang.code == current);
        action->setData(lang.code);
        m_languageGroup->addAction(action);
        const QString code = lang.code;
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_signInAction);
    file->addAction(m_signOutAction);
    file->addAction(m_outboxIndicator->reviewAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    customer->setObjectName(QStringLiteral("customerMenu"));
    customer->addAction(m_findAction);
    customer->addAction(m_refreshAction);
    customer->addAction(m_closeCustomerAction);
    customer->addSeparator();
    customer->addActions(m_page->sectionActions()); // Ctrl+1…5
    customer->addSeparator();
    customer->addAction(m_page->ordersTab()->newOrderAction());

    // Only for admins: updateSessionUi puts it into the menu bar after the Customer menu. Its letter is one no
    // customer section takes (D was Cancel Or&der's, Cre&dit's and A&dd Note's).
    m_adminMenu = new QMenu(tr("Adm&in"), menuBar());
    m_adminMenu->setObjectName(QStringLiteral("adminMenu"));
    m_adminMenu->addAction(m_synonymsAction);
    m_auditAction = AuditDialog::addAction(m_adminMenu, this, m_connection);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    language->setToolTip(tr("The language changes at the next start."));
    language->setToolTipsVisible(true);
    language->addActions(m_languageGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

QString MainWindow::signedInUserText() const
{
    return m_userLabel->text();
}

void MainWindow::updateSessionUi()
{
    const bool connected = m_connection && m_connection->state() == Connection::State::Connected;
    const bool hasSession = m_connection && m_connection->state() != Connection::State::Offline;
    m_signInAction->setEnabled(!hasSession);
    m_signOutAction->setEnabled(hasSession);
    m_refreshAction->setEnabled(connected);

    const UserInfo user = m_connection ? m_connection->user() : UserInfo {};
    const bool admin = hasSession && user.role == Role::Admin;
    showAdminMenu(admin);
    m_synonymsAction->setEnabled(admin && connected);
    m_auditAction->setEnabled(admin && connected);
    if (m_connection && m_connection->state() != Connection::State::Offline && !user.login.isEmpty()) {
        const QString name = user.displayName.isEmpty() ? user.login : user.displayName;
        m_userLabel->setText(tr("%1 (%2)").arg(name, roleText(user.role)));
        m_userLabel->setToolTip(tr("Signed in as %1").arg(user.login));
    } else {
        m_userLabel->setText(tr("Not signed in"));
        m_userLabel->setToolTip(QString());
    }
    m_userLabel->setAccessibleDescription(m_userLabel->text());
}

void MainWindow::showAdminMenu(bool show)
{
    // Hiding the menu is not enough: the menu bar keeps answering a hidden menu's Alt letter, and
    // with two claims the letter only moves the focus to the other control and away again.
    QAction *menu = m_adminMenu->menuAction();
    const QList<QAction *> menus = menuBar()->actions();
    if (show && !menus.contains(menu)) {
        auto *customer = menuBar()->findChild<QMenu *>(QStringLiteral("customerMenu"));
        const qsizetype at = customer ? menus.indexOf(customer->menuAction()) : -1;
        menuBar()->insertMenu(at >= 0 ? menus.value(at + 1) : nullptr, m_adminMenu);
    } else if (!show && menus.contains(menu)) {
        menuBar()->removeAction(menu);
    }
    menu->setVisible(show);
}

LoginDialog *MainWindow::showLoginDialog(const QString &message)
{
    if (m_loginDialog) {
        if (!message.isEmpty())
            m_loginDialog->setMessage(message);
        bringToFront(m_loginDialog);
        return m_loginDialog;
    }
    auto *dialog = new LoginDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(message);
    m_loginDialog = dialog;
    connect(dialog, &LoginDialog::loginSucceeded, this, &MainWindow::onLoggedIn);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_quitOnLoginCancel)
            close();
    });
    dialog->open(); // window-modal, never a nested event loop
    return dialog;
}

void MainWindow::loginWith(const QUrl &url, const QString &user, const QString &password)
{
    if (!m_connection)
        return;
    qCInfo(lcDesktop) << "signing in to" << url.toString(QUrl::RemoveUserInfo) << "without the dialog";
    QPointer<MainWindow> self(this);
    m_connection->login(url, user, password, [self, url, user](const Reply &reply) {
        if (!self)
            return;
        if (reply.ok) {
            DesktopSettings::setServerUrl(url);
            DesktopSettings::setUserName(user);
            self->onLoggedIn();
            return;
        }
        qCInfo(lcDesktop) << "sign-in failed:" << errorCodeName(reply.error.code);
        LoginDialog *dialog = self->showLoginDialog(errorText(reply.error));
        dialog->setServerUrl(url);
        dialog->setUserName(user);
    });
}

void MainWindow::onLoggedIn()
{
    // A later failed sign-in (session expired) must not quit the application.
    m_quitOnLoginCancel = false;
    if (m_connection)
        m_connection->subscribe(protocol::presenceTopic()); // owner/backup presence on the customer page
    if (!m_consult)
        m_consult = new ConsultWorkspace(this, m_connection);
    delete m_contactWorkspace;
    m_contactWorkspace = ContactWorkspace::createFor(this, m_connection); // offers and contacts (not for admins)
    if (m_contactWorkspace) {
        // The consult panel works on the contact in hand; an accepted consult opens its chat.
        connect(m_contactWorkspace, &ContactWorkspace::currentContactChanged, m_consult, &ConsultWorkspace::setContact);
        connect(m_contactWorkspace, &ContactWorkspace::consultAccepted, m_consult, &ConsultWorkspace::openConsult);
        // An article read in the knowledge panel can go under the e-mail or chat answer.
        m_knowledge->reader()->setReplyTarget(m_contactWorkspace->conversation());
        // Canned answers come in the language of the customer on the page.
        ConversationSession *conversation = m_contactWorkspace->conversation();
        connect(m_page->loader(), &CustomerLoader::detailsChanged, conversation, [this, conversation] {
            const CustomerView &view = m_page->loader()->details();
            conversation->setCustomerLanguage(view.customer.id, view.customer.language);
        });
    }
    createMyDay();
    LeadWorkspace::attach(m_lead, this, m_connection); // floor view and reports for leads and admins
    if (m_lead) {
        // Opening a customer (search, My day, a contact, a consult) shows the customer tab.
        connect(m_page, &CustomerPage::customerOpening, m_lead, &LeadWorkspace::showCustomerView);
        if (m_lead->teamView())
            connect(m_lead->teamView(), &TeamView::customerActivated, this, &MainWindow::openCustomer);
    }
    updateSessionUi();
    statusBar()->showMessage(tr("Signed in."), 3000);
    m_search->focusSearch();
}

void MainWindow::signOut()
{
    if (!m_connection)
        return;
    delete m_consult;
    m_page->setHomePage(nullptr);
    delete m_myDay;
    delete m_contactWorkspace;
    m_page->closeCustomer();
    m_search->searchEdit()->clear();
    LeadWorkspace::detach(m_lead);
    m_connection->logout();
    updateSessionUi();
    showLoginDialog();
}

void MainWindow::createMyDay()
{
    m_page->setHomePage(nullptr);
    delete m_myDay;
    if (!m_contactWorkspace)
        return; // admins: no contacts, no queues
    auto *session = new MyDaySession(m_contactWorkspace->session());
    m_myDay = new MyDayPage(session, m_page);
    session->setParent(m_myDay);
    connect(m_myDay, &MyDayPage::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(m_myDay, &MyDayPage::contactRequested, this, [this](qint64 contactId, const QString &customerId) {
        if (m_contactWorkspace)
            m_contactWorkspace->session()->setCurrentContact(contactId);
        if (!customerId.isEmpty())
            openCustomer(customerId);
    });
    // Every customer shown joins the recent list, however it was opened.
    CustomerLoader *loader = m_page->loader();
    connect(loader, &CustomerLoader::stateChanged, session, [session, loader](CustomerLoader::State state) {
        if (state == CustomerLoader::State::Loaded)
            session->noteCustomerOpened(loader->customerId(), loader->details().customer.name);
    });
    m_page->setHomePage(m_myDay);
}

void MainWindow::openCustomer(const QString &customerId)
{
    m_page->openCustomer(customerId);
}

void MainWindow::setPageTitle(const QString &customerName)
{
    setWindowTitle(customerName.isEmpty() ? tr("Spocs") : tr("%1 – Spocs").arg(customerName));
}

void MainWindow::createKnowledgeDock()
{
    m_knowledge = new KnowledgePanel(m_connection, this);
    m_knowledgeDock = new QDockWidget(tr("Knowledge"), this);
    setNames(m_knowledgeDock, QStringLiteral("knowledgeDock"), tr("Knowledge"));
    m_knowledgeDock->setWidget(m_knowledge);
    m_knowledgeDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_knowledge->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_knowledgeDock);
    resizeDocks({ m_knowledgeDock }, { 380 }, Qt::Horizontal);

    QAction *toggle = m_knowledgeDock->toggleViewAction();
    toggle->setText(tr("&Knowledge Panel"));
    toggle->setObjectName(QStringLiteral("toggleKnowledgeAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    toggle->setStatusTip(tr("Show or hide the knowledge panel"));
    addAction(toggle);
    m_knowledgeSearchAction = new QAction(tr("&Search Knowledge…"), this);
    m_knowledgeSearchAction->setObjectName(QStringLiteral("knowledgeSearchAction"));
    m_knowledgeSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_knowledgeSearchAction->setStatusTip(tr("Show the knowledge panel and focus its search"));
    addAction(m_knowledgeSearchAction);
    connect(m_knowledgeSearchAction, &QAction::triggered, this, &MainWindow::showKnowledgeSearch);

    QMenu *view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(toggle);
    view->addAction(m_knowledgeSearchAction);
    auto *settings = menuBar()->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    menuBar()->insertMenu(settings ? settings->menuAction() : nullptr, view);

    connect(m_knowledge, &KnowledgePanel::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_page->loader(), &CustomerLoader::detailsChanged, this, &MainWindow::updateKnowledgeCustomer);
}

void MainWindow::showKnowledgeSearch()
{
    m_knowledgeDock->show();
    m_knowledgeDock->raise();
    m_knowledge->focusSearch();
}

void MainWindow::updateKnowledgeCustomer()
{
    // "Send to customer" goes to the customer open on the page.
    const CustomerView &details = m_page->loader()->details();
    // Suggestions follow the current contact: its reason (the code, as articles are linked by
    // it) when one is open, and what the customer's latest contact was about.
    QString reason;
    if (!details.openContacts.isEmpty())
        reason = details.openContacts.first().reasonCode;
    QString problem;
    for (const HistoryItem &entry : details.recentHistory) {
        if (entry.type == QLatin1String("contact")) {
            problem = entry.text;
            break;
        }
    }
    m_knowledge->setCustomer(details.customer.id, details.customer.name, {}, reason, problem);
}

SynonymsDialog *MainWindow::showSynonyms()
{
    if (!m_synonymsAction->isEnabled())
        return nullptr;
    if (m_synonymsDialog) {
        bringToFront(m_synonymsDialog);
        return m_synonymsDialog;
    }
    m_synonymsDialog = new SynonymsDialog(m_connection, this);
    m_synonymsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_synonymsDialog->open();
    return m_synonymsDialog;
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_connection ? m_connection->url() : QUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setLanguage(const QString &code)
{
    if (code == DesktopSettings::language())
        return;
    DesktopSettings::setLanguage(code);
    statusBar()->showMessage(tr("The language changes at the next start."), 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    DesktopSettings::setWindowGeometry(saveGeometry());
    DesktopSettings::setSplitterState(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace spocs
