#include "widgets/ContactWorkspace.h"

#include "client/Connection.h"
#include "models/ActiveContact.h"
#include "models/ContactSession.h"
#include "models/ConversationSession.h"
#include "models/CustomerLoader.h"
#include "models/FollowUpModel.h"
#include "models/KnowledgeSearchModel.h"
#include "models/ReasonTreeModel.h"
#include "widgets/ActionButton.h"
#include "widgets/CloseContactDialog.h"
#include "widgets/ContactPanel.h"
#include "widgets/CustomerPage.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/FollowUpPanel.h"
#include "widgets/KnowledgePanel.h"
#include "widgets/LoginDialog.h" // MainWindow.h needs it complete
#include "widgets/MainWindow.h"
#include "widgets/OfferNotification.h"
#include "widgets/OutboundContactDialog.h"
#include "widgets/PresenceSelector.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace spocs {

ContactWorkspace::ContactWorkspace(QMainWindow *window, Connection *connection)
    : QObject(window)
    , m_window(window)
    , m_session(new ContactSession(connection, this))
    , m_offers(m_session->offers())
    , m_active(m_session->active())
    , m_reasons(m_session->reasons())
    , m_conversation(new ConversationSession(connection, m_session->active(), this))
{
    setObjectName(QStringLiteral("contactWorkspace"));

    m_notification = new OfferNotification(m_offers, window);
    m_notification->setReasonLabeler([this](const QString &code) { return m_reasons->labelFor(code); });
    connect(m_notification, &OfferNotification::acceptRequested, this,
            [this](const OfferQueue::Offer &offer) { accept(offer); });
    connect(m_notification, &OfferNotification::declineRequested, this,
            [this](const OfferQueue::Offer &offer, const QString &reason) { decline(offer, reason); });
    connect(m_offers, &OfferQueue::offerAdded, this, &ContactWorkspace::notifyInBackground);

    createDocks();
    createActions();

    m_presence = new PresenceSelector(connection, window->statusBar());
    window->statusBar()->insertPermanentWidget(0, m_presence);
    connect(m_presence, &PresenceSelector::notice, this, [this](const QString &t) { notice(t); });
    connect(m_presence, &PresenceSelector::stateChanged, this, [this](const QString &state) {
        if (state == u"after_contact_work")
            notice(tr("After-contact work: when ready, choose I'm Available (Ctrl+Alt+V)."), 10000);
    });
    window->addAction(m_presence->availableAction());
    window->addAction(m_presence->breakAction());
    if (m_menu) {
        m_menu->addSeparator();
        m_menu->addAction(m_presence->availableAction());
        m_menu->addAction(m_presence->breakAction());
    }

    connect(m_active, &ActiveContact::contactChanged, this, [this] {
        m_closeAction->setEnabled(m_active->isActive() && m_active->isMine());
        m_addTaskAction->setEnabled(m_active->isActive() && m_active->isMine());
        Q_EMIT currentContactChanged(m_active->json());
    });
    connect(m_session, &ContactSession::contactsInHandChanged, this, &ContactWorkspace::updateSwitcher);
    connect(m_session, &ContactSession::contactTaken, this, &ContactWorkspace::onContactTaken);
    connect(m_session, &ContactSession::consultAccepted, this, &ContactWorkspace::consultAccepted);
    connect(m_session, &ContactSession::transferAccepted, this, &ContactWorkspace::transferAccepted);
    connect(m_session, &ContactSession::notice, this, &ContactWorkspace::notice);
    connect(m_session, &ContactSession::offerActionFailed, this, [this](bool accepting, const Error &error) {
        notice(accepting ? tr("Could not accept: %1").arg(errorDetailText(error))
                         : tr("Could not decline: %1").arg(errorDetailText(error)));
    });
    connect(m_session, &ContactSession::contactClosed, this, [this](const QJsonObject &contact) {
        notice(tr("Contact closed: %1.").arg(outcomeText(contact.value(QStringLiteral("outcome")).toString())));
    });
    connect(m_session->followUps(), &FollowUpModel::warning, this, &ContactWorkspace::onFollowUpWarning);
    updateSwitcher();
}

ContactWorkspace *ContactWorkspace::createFor(QMainWindow *window, Connection *connection)
{
    if (!window || !connection || connection->user().role == Role::Admin)
        return nullptr;
    return new ContactWorkspace(window, connection);
}

ContactWorkspace::~ContactWorkspace()
{
    delete m_closeDialog;
    delete m_notification;
    delete m_contactDock;
    delete m_followUpDock;
    delete m_presence;
    delete m_menu;
    delete m_tray;
}

OfferQueue *ContactWorkspace::offers() const
{
    return m_offers;
}

ActiveContact *ContactWorkspace::activeContact() const
{
    return m_active;
}

FollowUpModel *ContactWorkspace::followUps() const
{
    return m_session->followUps();
}

ReasonTreeModel *ContactWorkspace::reasons() const
{
    return m_reasons;
}

OfferNotification *ContactWorkspace::notification() const
{
    return m_notification;
}

ContactPanel *ContactWorkspace::contactPanel() const
{
    return m_panel;
}

QDockWidget *ContactWorkspace::contactDock() const
{
    return m_contactDock;
}

FollowUpPanel *ContactWorkspace::followUpPanel() const
{
    return m_followUpPanel;
}

QDockWidget *ContactWorkspace::followUpDock() const
{
    return m_followUpDock;
}

PresenceSelector *ContactWorkspace::presenceSelector() const
{
    return m_presence;
}

CloseContactDialog *ContactWorkspace::closeDialog() const
{
    return m_closeDialog;
}

QMenu *ContactWorkspace::menu() const
{
    return m_menu;
}

QJsonObject ContactWorkspace::currentContact() const
{
    return m_active->json();
}

void ContactWorkspace::createDocks()
{
    m_panel = new ContactPanel(m_session, m_conversation);
    m_panel->setReasonLabeler([this](const QString &code) { return m_reasons->labelFor(code); });
    m_contactDock = new QDockWidget(tr("Contact"), m_window);
    setNames(m_contactDock, QStringLiteral("contactDock"), tr("Contact"));
    // Scrolls rather than squeezing its neighbours when the window is short.
    auto *scroll = new QScrollArea(m_contactDock);
    scroll->setObjectName(QStringLiteral("contactScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_panel);
    m_contactDock->setWidget(scroll);
    m_contactDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_panel->setMinimumWidth(300);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_contactDock);
    connect(m_panel, &ContactPanel::closeRequested, this, [this] { showCloseDialog(); });
    connect(m_panel, &ContactPanel::switchRequested, this, &ContactWorkspace::setCurrentContact);
    connect(m_panel, &ContactPanel::notice, this, [this](const QString &t) { notice(t); });
    connect(m_panel, &ContactPanel::openCustomerRequested, this, [this](const QString &customer) {
        if (auto *main = qobject_cast<MainWindow *>(m_window.data()))
            main->openCustomer(customer);
    });
    // What the agent notes while the customer talks feeds the knowledge suggestions (the
    // search model debounces and asks kb.suggest).
    if (auto *main = qobject_cast<MainWindow *>(m_window.data()); main && main->knowledgePanel()) {
        KnowledgeSearchModel *suggestions = main->knowledgePanel()->model();
        QPlainTextEdit *notes = m_panel->notesEdit();
        connect(notes, &QPlainTextEdit::textChanged, suggestions,
                [suggestions, notes] { suggestions->setNotesText(notes->toPlainText()); });
    }

    m_followUpPanel = new FollowUpPanel(m_session);
    m_followUpDock = new QDockWidget(tr("Follow-ups"), m_window);
    setNames(m_followUpDock, QStringLiteral("followUpDock"), tr("Follow-ups"));
    m_followUpDock->setWidget(m_followUpPanel);
    m_followUpDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_followUpDock);
    // One column of tabs on the right (knowledge, contact, follow-ups): each gets the full height,
    // and the contact tab comes to the front when a contact starts.
    auto *knowledge = m_window->findChild<QDockWidget *>(QStringLiteral("knowledgeDock"));
    if (knowledge && m_window->dockWidgetArea(knowledge) == Qt::RightDockWidgetArea && !knowledge->isFloating())
        m_window->tabifyDockWidget(knowledge, m_contactDock);
    m_window->tabifyDockWidget(m_contactDock, m_followUpDock);
    if (knowledge)
        knowledge->raise(); // until there is a contact, what was in front stays there
    else
        m_contactDock->raise();
    connect(m_followUpPanel, &FollowUpPanel::notice, this, [this](const QString &t) { notice(t); });
    connect(m_followUpPanel, &FollowUpPanel::openCustomerRequested, this, [this](const QString &customer) {
        if (auto *main = qobject_cast<MainWindow *>(m_window.data()))
            main->openCustomer(customer);
    });
}

void ContactWorkspace::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut, const QString &tip) {
        // Added to the window: the shortcuts work with the menu closed.
        return makeWindowAction(text, name, shortcut, tip, this, m_window);
    };
    m_acceptAction
        = make(tr("&Accept Offer"), QStringLiteral("acceptOfferAction"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A),
               tr("Accept the waiting contact, consult or transfer"));
    connect(m_acceptAction, &QAction::triggered, this, &ContactWorkspace::acceptFirstOffer);
    m_declineAction = make(tr("&Decline Offer"), QStringLiteral("declineOfferAction"),
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), tr("Decline the waiting offer"));
    connect(m_declineAction, &QAction::triggered, this, &ContactWorkspace::declineFirstOffer);
    m_panelAction = make(tr("Contact &Panel"), QStringLiteral("contactPanelAction"), QKeySequence(Qt::CTRL | Qt::Key_J),
                         tr("Show the contact you are working on"));
    connect(m_panelAction, &QAction::triggered, this, &ContactWorkspace::showContactPanel);
    m_addTaskAction = make(tr("Add &Task…"), QStringLiteral("addTaskAction"),
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T), tr("Add a task to the current contact"));
    connect(m_addTaskAction, &QAction::triggered, this, [this] {
        showContactPanel();
        m_panel->popupTaskMenu();
    });
    m_closeAction = make(tr("&Close Contact…"), QStringLiteral("closeContactAction"),
                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W), tr("Record reasons and outcome, and close"));
    connect(m_closeAction, &QAction::triggered, this, [this] { showCloseDialog(); });
    m_followUpsAction = make(tr("&Follow-ups"), QStringLiteral("followUpsAction"),
                             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U), tr("Show your follow-ups"));
    connect(m_followUpsAction, &QAction::triggered, this, &ContactWorkspace::showFollowUps);
    m_outboundAction = make(tr("Start &Outbound Contact…"), QStringLiteral("startOutboundAction"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                            tr("Call or write to the open customer (a call back, a status update)"));
    connect(m_outboundAction, &QAction::triggered, this, [this] { showOutboundDialog(); });
    m_warnedCustomerAction
        = make(tr("Open Follow-up C&ustomer"), QStringLiteral("openWarnedCustomerAction"),
               QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G), tr("Open the customer of the last follow-up warning"));
    connect(m_warnedCustomerAction, &QAction::triggered, this, [this] {
        if (auto *main = qobject_cast<MainWindow *>(m_window.data()); main && !m_warnedCustomer.isEmpty())
            main->openCustomer(m_warnedCustomer);
    });
    m_closeAction->setEnabled(false);
    m_addTaskAction->setEnabled(false);
    m_warnedCustomerAction->setEnabled(false);
    // Agents and leads talk to customers; experts answer colleagues.
    if (Connection *connection = m_session->connection()) {
        const Role role = connection->user().role;
        m_outboundAction->setVisible(role == Role::Agent || role == Role::Lead);
    }
    if (auto *main = qobject_cast<MainWindow *>(m_window.data())) {
        connect(main->customerPage(), &CustomerPage::titleChanged, this, &ContactWorkspace::updateOutboundAction);
        if (m_outboundAction->isVisible())
            main->customerPage()->addHeaderAction(m_outboundAction);
    }
    updateOutboundAction();

    m_menu = new QMenu(tr("Co&ntact"), m_window);
    m_menu->setObjectName(QStringLiteral("contactMenu"));
    m_menu->addAction(m_acceptAction);
    m_menu->addAction(m_declineAction);
    m_menu->addSeparator();
    m_menu->addAction(m_panelAction);
    m_menu->addAction(m_addTaskAction);
    m_menu->addAction(m_closeAction);
    m_menu->addAction(m_outboundAction);
    m_menu->addSeparator();
    m_menu->addAction(m_followUpsAction);
    m_menu->addAction(m_warnedCustomerAction);
    QMenuBar *bar = m_window->menuBar();
    auto *settings = bar->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    QAction *before = settings ? settings->menuAction() : nullptr;
    if (auto *view = bar->findChild<QMenu *>(QStringLiteral("viewMenu")))
        before = view->menuAction();
    bar->insertMenu(before, m_menu);
}

void ContactWorkspace::acceptFirstOffer()
{
    if (const auto offer = m_offers->first())
        accept(*offer);
    else
        notice(tr("No offer is waiting."), 4000);
}

void ContactWorkspace::declineFirstOffer()
{
    if (const auto offer = m_offers->first())
        decline(*offer, m_notification ? m_notification->declineReason(0) : QString());
    else
        notice(tr("No offer is waiting."), 4000);
}

void ContactWorkspace::accept(const OfferQueue::Offer &offer)
{
    m_session->accept(offer);
}

void ContactWorkspace::decline(const OfferQueue::Offer &offer, const QString &reason)
{
    m_session->decline(offer, reason);
}

void ContactWorkspace::onContactTaken(const QJsonObject &, bool screenPop)
{
    showContactPanel();
    if (screenPop) {
        const QString customer = m_active->customerId();
        if (auto *main = qobject_cast<MainWindow *>(m_window.data()); main && !customer.isEmpty())
            main->openCustomer(customer);
    }
    notice(tr("On a contact with %1.").arg(m_active->customerName()), 5000);
}

void ContactWorkspace::setCurrentContact(qint64 contactId)
{
    if (!m_session->setCurrentContact(contactId))
        return;
    if (auto *main = qobject_cast<MainWindow *>(m_window.data()))
        main->openCustomer(m_active->customerId());
}

void ContactWorkspace::updateSwitcher()
{
    if (!m_panel)
        return;
    QList<QPair<qint64, QString>> items;
    for (const QJsonObject &c : m_session->contactsInHand()) {
        items.append({ c.value(QStringLiteral("id")).toInteger(),
                       tr("%1 – %2").arg(
                           channelText(c.value(QStringLiteral("channel")).toString()),
                           c.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString()) });
    }
    m_panel->setOpenContacts(items);
}

CloseContactDialog *ContactWorkspace::showCloseDialog()
{
    if (m_closeDialog) {
        bringToFront(m_closeDialog);
        return m_closeDialog;
    }
    if (!m_active->isActive() || !m_active->isMine()) {
        notice(tr("No active contact to close."), 4000);
        return nullptr;
    }
    auto *dialog = new CloseContactDialog(m_session, m_active->json(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The customer's usual response time, when their page is the one open.
    if (auto *main = qobject_cast<MainWindow *>(m_window.data());
        main && main->customerPage()->customerId() == m_active->customerId())
        dialog->setUsualResponseHours(main->customerPage()->loader()->details().customer.expectedResponseHours);
    m_closeDialog = dialog;
    dialog->open();
    return dialog;
}

OutboundContactDialog *ContactWorkspace::outboundDialog() const
{
    return m_outboundDialog;
}

OutboundContactDialog *ContactWorkspace::showOutboundDialog()
{
    if (m_outboundDialog) {
        bringToFront(m_outboundDialog);
        return m_outboundDialog;
    }
    auto *main = qobject_cast<MainWindow *>(m_window.data());
    const QString customer = main ? main->customerPage()->customerId() : QString();
    if (!m_outboundAction->isVisible() || customer.isEmpty()) {
        notice(tr("Open a customer first, then start the outbound contact."), 4000);
        return nullptr;
    }
    auto *dialog = new OutboundContactDialog(m_session, customer,
                                             main->customerPage()->loader()->details().customer.name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_outboundDialog = dialog;
    dialog->open();
    return dialog;
}

void ContactWorkspace::updateOutboundAction()
{
    auto *main = qobject_cast<MainWindow *>(m_window.data());
    m_outboundAction->setEnabled(main && !main->customerPage()->customerId().isEmpty());
}

void ContactWorkspace::showContactPanel()
{
    if (!m_contactDock)
        return;
    m_contactDock->show();
    m_contactDock->raise();
}

void ContactWorkspace::showFollowUps()
{
    if (!m_followUpDock)
        return;
    m_followUpDock->show();
    m_followUpDock->raise();
    m_followUpPanel->reload();
    m_followUpPanel->setFocus();
}

void ContactWorkspace::notice(const QString &text, int ms)
{
    if (m_window)
        m_window->statusBar()->showMessage(text, ms);
}

void ContactWorkspace::notifyInBackground(const OfferQueue::Offer &offer)
{
    if (!m_window || m_window->isActiveWindow())
        return;
    QApplication::alert(m_window);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray
            = new QSystemTrayIcon(m_window->windowIcon().isNull() ? qApp->windowIcon() : m_window->windowIcon(), this);
        m_tray->setToolTip(tr("Spocs"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_window)
                return;
            m_window->showNormal();
            bringToFront(m_window);
        });
        m_tray->show();
    }
    QString title;
    switch (offer.kind) {
    case OfferQueue::Kind::Contact:
        title = tr("Incoming contact: %1").arg(offer.customerName);
        break;
    case OfferQueue::Kind::Consult:
        title = tr("Consult request");
        break;
    case OfferQueue::Kind::Transfer:
        title = tr("Transfer offered: %1").arg(offer.customerName);
        break;
    }
    m_tray->showMessage(title, tr("Ctrl+Alt+A accepts, Ctrl+Alt+D declines."), QSystemTrayIcon::Information, 15000);
}

void ContactWorkspace::onFollowUpWarning(qint64 contactId, bool overdue, const QString &customer)
{
    const QString who = customer.isEmpty() ? tr("contact %1").arg(contactId) : customer;
    FollowUpModel *model = m_session->followUps();
    const int row = model->rowForContact(contactId);
    m_warnedCustomer = row < 0 ? QString() : model->index(row, 0).data(FollowUpModel::CustomerIdRole).toString();
    m_warnedCustomerAction->setEnabled(!m_warnedCustomer.isEmpty());
    QString text = overdue ? tr("Follow-up overdue: %1").arg(who) : tr("Follow-up due soon: %1").arg(who);
    if (!m_warnedCustomer.isEmpty())
        text = tr("%1 (%2 opens the customer)")
                   .arg(text, m_warnedCustomerAction->shortcut().toString(QKeySequence::NativeText));
    notice(text, 15000);
    if (m_tray && m_window && !m_window->isActiveWindow())
        m_tray->showMessage(tr("Follow-up"), text, QSystemTrayIcon::Warning, 15000);
}

} // namespace spocs
