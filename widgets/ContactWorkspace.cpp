#include "widgets/ContactWorkspace.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/FollowUpModel.h"
#include "models/KnowledgeSearchModel.h"
#include "models/ReasonTreeModel.h"
#include "widgets/CloseContactDialog.h"
#include "widgets/ContactPanel.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/FollowUpPanel.h"
#include "widgets/KnowledgePanel.h"
#include "widgets/LoginDialog.h" // MainWindow.h needs it complete
#include "widgets/MainWindow.h"
#include "widgets/OfferNotification.h"
#include "widgets/PresenceSelector.h"

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

namespace {

QString contactTopic(qint64 id)
{
    return QStringLiteral("contact:%1").arg(id);
}

qint64 idOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("id")).toInteger();
}

QString personName(const QJsonObject &person)
{
    const QString name = person.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? person.value(QStringLiteral("login")).toString() : name;
}

} // namespace

ContactWorkspace::ContactWorkspace(QMainWindow *window, Connection *connection)
    : QObject(window)
    , m_window(window)
    , m_connection(connection)
    , m_offers(new OfferQueue(this))
    , m_active(new ActiveContact(this))
    , m_followUps(new FollowUpModel(this))
    , m_reasons(new ReasonTreeModel(this))
{
    setObjectName(QStringLiteral("contactWorkspace"));
    const qint64 me = selfId();
    m_offers->setSelf(me);
    m_active->setSelf(me);
    m_followUps->setReasonLabeler([this](const QString &code) { return m_reasons->labelFor(code); });

    m_notification = new OfferNotification(m_offers, window);
    m_notification->setReasonLabeler([this](const QString &code) { return m_reasons->labelFor(code); });
    connect(m_notification, &OfferNotification::acceptRequested, this,
            [this](const OfferQueue::Offer &offer) { accept(offer); });
    connect(m_notification, &OfferNotification::declineRequested, this,
            [this](const OfferQueue::Offer &offer, const QString &reason) { decline(offer, reason); });
    connect(m_offers, &OfferQueue::offerAdded, this, &ContactWorkspace::notifyInBackground);
    connect(m_offers, &OfferQueue::offerRemoved, this, [this](OfferQueue::Kind kind, qint64 id) {
        m_busy.remove(id);
        // The offer's contact topic was only for the withdrawal news.
        if (kind == OfferQueue::Kind::Contact && !m_mine.contains(id) && m_active->id() != id)
            untrackContact(id);
    });

    createDocks();
    createActions();

    m_presence = new PresenceSelector(connection, window->statusBar());
    window->statusBar()->insertPermanentWidget(0, m_presence);
    connect(m_presence, &PresenceSelector::notice, this, [this](const QString &t) { notice(t); });
    connect(m_presence, &PresenceSelector::stateChanged, this, [this](const QString &state) {
        if (state == u"after_contact_work")
            notice(tr("After-contact work: finish your notes, then choose I'm Available (Ctrl+Alt+V)."), 10000);
    });
    window->addAction(m_presence->availableAction());
    window->addAction(m_presence->breakAction());
    if (m_menu) {
        m_menu->addSeparator();
        m_menu->addAction(m_presence->availableAction());
        m_menu->addAction(m_presence->breakAction());
    }

    connect(m_active, &ActiveContact::contactChanged, this, [this] {
        const QJsonObject &c = m_active->json();
        const qint64 id = m_active->id();
        if (id != 0 && m_mine.contains(id)) {
            if (m_active->isClosed())
                m_mine.remove(id);
            else
                m_mine.insert(id, c);
            updateSwitcher();
        }
        m_closeAction->setEnabled(m_active->isActive() && m_active->isMine());
        m_addTaskAction->setEnabled(m_active->isActive() && m_active->isMine());
        Q_EMIT currentContactChanged(c);
    });
    connect(m_followUps, &FollowUpModel::warning, this, &ContactWorkspace::onFollowUpWarning);

    if (connection) {
        connect(connection, &Connection::eventReceived, this, &ContactWorkspace::handleEvent);
        connect(connection, &Connection::resyncRequired, this, &ContactWorkspace::resync);
        if (me != 0) {
            m_userTopic = QStringLiteral("user:%1").arg(me);
            connection->subscribe(m_userTopic);
        }
        connection->subscribe(protocol::presenceTopic());
        connection->subscribe(QStringLiteral("reasons"));
    }
    resync();
}

ContactWorkspace *ContactWorkspace::createFor(QMainWindow *window, Connection *connection)
{
    if (!window || !connection || connection->user().role == Role::Admin)
        return nullptr;
    return new ContactWorkspace(window, connection);
}

ContactWorkspace::~ContactWorkspace()
{
    if (m_connection) {
        for (qint64 id : std::as_const(m_tracked))
            m_connection->unsubscribe(contactTopic(id));
        // user:<me>, presence and reasons stay: other parts of the window follow them too.
    }
    delete m_closeDialog;
    delete m_notification;
    delete m_contactDock;
    delete m_followUpDock;
    delete m_presence;
    delete m_menu;
    delete m_tray;
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

qint64 ContactWorkspace::selfId() const
{
    return m_connection ? m_connection->user().id : 0;
}

QJsonObject ContactWorkspace::currentContact() const
{
    return m_active->json();
}

void ContactWorkspace::createDocks()
{
    m_panel = new ContactPanel(m_connection, m_active);
    m_panel->setReasonLabeler([this](const QString &code) { return m_reasons->labelFor(code); });
    m_contactDock = new QDockWidget(tr("Contact"), m_window);
    m_contactDock->setObjectName(QStringLiteral("contactDock"));
    m_contactDock->setAccessibleName(tr("Contact"));
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

    m_followUpPanel = new FollowUpPanel(m_connection, m_followUps);
    m_followUpDock = new QDockWidget(tr("Follow-ups"), m_window);
    m_followUpDock->setObjectName(QStringLiteral("followUpDock"));
    m_followUpDock->setAccessibleName(tr("Follow-ups"));
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
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        m_window->addAction(action); // shortcuts work with the menu closed
        return action;
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
    m_closeAction->setEnabled(false);
    m_addTaskAction->setEnabled(false);

    m_menu = new QMenu(tr("Con&tact"), m_window);
    m_menu->setObjectName(QStringLiteral("contactMenu"));
    m_menu->addAction(m_acceptAction);
    m_menu->addAction(m_declineAction);
    m_menu->addSeparator();
    m_menu->addAction(m_panelAction);
    m_menu->addAction(m_addTaskAction);
    m_menu->addAction(m_closeAction);
    m_menu->addSeparator();
    m_menu->addAction(m_followUpsAction);
    QMenuBar *bar = m_window->menuBar();
    auto *settings = bar->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    QAction *before = settings ? settings->menuAction() : nullptr;
    if (auto *view = bar->findChild<QMenu *>(QStringLiteral("viewMenu")))
        before = view->menuAction();
    bar->insertMenu(before, m_menu);
}

void ContactWorkspace::resync()
{
    reloadReasons();
    if (m_presence)
        m_presence->reload();
    if (m_followUpPanel)
        m_followUpPanel->reload();
    // Offers missed while away are gone (or will come again); the current contact is fetched anew.
    m_offers->clear();
    restoreMyContacts();
    const qint64 id = m_active->id();
    if (id != 0 && m_connection) {
        QPointer<ContactWorkspace> self(this);
        m_connection->request(
            QString::fromUtf16(op::ContactGet), { { QStringLiteral("id"), id } }, this, [self, id](const Reply &reply) {
                if (self && reply.ok && self->m_active->id() == id)
                    self->m_active->setContact(reply.data.value(QStringLiteral("contact")).toObject());
            });
    }
}

void ContactWorkspace::restoreMyContacts()
{
    // After a restart or a resync the contacts in hand come back, without a screen pop.
    if (!m_connection)
        return;
    QPointer<ContactWorkspace> self(this);
    m_connection->request(QString::fromUtf16(op::ContactMine), {}, this, [self](const Reply &reply) {
        if (!self || !reply.ok)
            return;
        for (const QJsonValue &v : reply.data.value(QStringLiteral("contacts")).toArray()) {
            const QJsonObject contact = v.toObject();
            const qint64 id = idOf(contact);
            if (id == 0 || self->m_mine.contains(id))
                continue;
            if (self->m_active->id() == 0) {
                self->takeContact(contact, false);
            } else {
                self->trackContact(id);
                self->m_mine.insert(id, contact);
            }
        }
        self->updateSwitcher();
    });
}

void ContactWorkspace::reloadReasons()
{
    if (!m_connection)
        return;
    QPointer<ContactWorkspace> self(this);
    m_connection->request(QString::fromUtf16(op::ReasonList), {}, this, [self](const Reply &reply) {
        if (self && reply.ok)
            self->m_reasons->setReasons(reply.data.value(QStringLiteral("reasons")).toArray());
    });
}

void ContactWorkspace::handleEvent(const protocol::Event &event)
{
    if (event.kind == QStringView(event::ContactOffered)) {
        // Follow the contact while it is offered: its updates tell when the offer is gone.
        trackContact(idOf(event.data.value(QStringLiteral("contact")).toObject()));
    }
    m_offers->handleEvent(event);
    if (event.kind == QStringView(event::ContactUpdated)) {
        const QJsonObject contact = event.data.value(QStringLiteral("contact")).toObject();
        const qint64 id = idOf(contact);
        if (m_mine.contains(id)) {
            if (contact.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toInteger() != selfId()
                && id != m_active->id()) {
                m_mine.remove(id); // transferred away
                untrackContact(id);
            } else if (contact.value(QStringLiteral("state")).toString() == u"closed") {
                m_mine.remove(id);
            } else {
                m_mine.insert(id, contact);
            }
            updateSwitcher();
        }
        m_active->handleEvent(event);
        return;
    }
    if (event.kind == QStringView(event::TransferUpdated) && event.topic == m_userTopic) {
        // A transfer this user started came back: say so at once (the contact stays theirs).
        const QJsonObject transfer = event.data.value(QStringLiteral("transfer")).toObject();
        if (idOf(transfer.value(QStringLiteral("from")).toObject()) == selfId()) {
            const QString to = personName(transfer.value(QStringLiteral("to")).toObject());
            const QString state = transfer.value(QStringLiteral("state")).toString();
            if (state == u"declined")
                notice(tr("%1 declined the transfer; the contact stays with you.").arg(to), 15000);
            else if (state == u"expired")
                notice(tr("%1 did not answer the transfer in time; the contact stays with you.").arg(to), 15000);
            else if (state == u"accepted")
                notice(tr("%1 took over the contact.").arg(to));
        }
        return;
    }
    if (event.kind == QStringView(event::PresenceChanged)) {
        if (m_presence)
            m_presence->handleEvent(event);
        return;
    }
    if (event.kind == QStringView(event::ReasonsChanged)) {
        m_reasons->handleEvent(event);
        return;
    }
    if (event.kind == QStringView(event::FollowUpUpdated) || event.kind == QStringView(event::FollowUpDue)) {
        // Only this user's own list lives here (a lead sees others' on contact:<id> too).
        if (event.topic == m_userTopic)
            m_followUps->handleEvent(event);
        return;
    }
}

void ContactWorkspace::trackContact(qint64 contactId)
{
    if (contactId == 0 || !m_connection || m_tracked.contains(contactId))
        return;
    m_tracked.insert(contactId);
    m_connection->subscribe(contactTopic(contactId));
}

void ContactWorkspace::untrackContact(qint64 contactId)
{
    if (!m_tracked.remove(contactId) || !m_connection)
        return;
    m_connection->unsubscribe(contactTopic(contactId));
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
    if (!m_connection || m_busy.contains(offer.id))
        return;
    m_busy.insert(offer.id);
    QPointer<ContactWorkspace> self(this);
    const OfferQueue::Kind kind = offer.kind;
    const qint64 id = offer.id;
    const qint64 contactId = offer.contactId;
    auto failed = [self, kind, id](const Reply &reply) {
        self->m_busy.remove(id);
        if (reply.error.code == ErrorCode::Conflict && kind == OfferQueue::Kind::Consult) {
            const QString expert = personName(reply.error.details.value(QStringLiteral("expert")).toObject());
            self->notice(expert.isEmpty() ? tr("Another expert already took this consult.")
                                          : tr("%1 already took this consult.").arg(expert));
        } else {
            self->notice(tr("Could not accept: %1").arg(errorDetailText(reply.error)));
        }
        // Gone on the server (taken, expired, withdrawn): drop the card.
        if (reply.error.code != ErrorCode::Timeout && reply.error.code != ErrorCode::Unavailable)
            self->m_offers->remove(kind, id);
    };
    switch (kind) {
    case OfferQueue::Kind::Contact:
        m_connection->write(QString::fromUtf16(op::ContactAccept), { { QStringLiteral("id"), id } }, this,
                            [self, failed, id](const Reply &reply) {
                                if (!self)
                                    return;
                                if (!reply.ok)
                                    return failed(reply);
                                self->m_offers->remove(OfferQueue::Kind::Contact, id);
                                self->takeContact(reply.data.value(QStringLiteral("contact")).toObject(), true);
                            });
        break;
    case OfferQueue::Kind::Consult:
        m_connection->write(QString::fromUtf16(op::ConsultAccept), { { QStringLiteral("id"), id } }, this,
                            [self, failed, id](const Reply &reply) {
                                if (!self)
                                    return;
                                if (!reply.ok)
                                    return failed(reply);
                                self->m_offers->remove(OfferQueue::Kind::Consult, id);
                                const QJsonObject consult = reply.data.value(QStringLiteral("consult")).toObject();
                                self->notice(tr("Consult accepted."), 4000);
                                Q_EMIT self->consultAccepted(consult);
                            });
        break;
    case OfferQueue::Kind::Transfer:
        m_connection->write(QString::fromUtf16(op::TransferAccept), { { QStringLiteral("id"), id } }, this,
                            [self, failed, id, contactId](const Reply &reply) {
                                if (!self)
                                    return;
                                if (!reply.ok)
                                    return failed(reply);
                                self->m_offers->remove(OfferQueue::Kind::Transfer, id);
                                const QJsonObject transfer = reply.data.value(QStringLiteral("transfer")).toObject();
                                const QJsonObject contact = reply.data.value(QStringLiteral("contact")).toObject();
                                if (!contact.isEmpty()) {
                                    self->takeContact(contact, true);
                                    Q_EMIT self->transferAccepted(transfer, contact);
                                    return;
                                }
                                // Older answers carry only the transfer: fetch the contact.
                                self->m_connection->request(
                                    QString::fromUtf16(op::ContactGet), { { QStringLiteral("id"), contactId } }, self,
                                    [self, transfer](const Reply &r) {
                                        if (!self || !r.ok)
                                            return;
                                        const QJsonObject c = r.data.value(QStringLiteral("contact")).toObject();
                                        self->takeContact(c, true);
                                        Q_EMIT self->transferAccepted(transfer, c);
                                    });
                            });
        break;
    }
}

void ContactWorkspace::decline(const OfferQueue::Offer &offer, const QString &reason)
{
    if (!m_connection || m_busy.contains(offer.id))
        return;
    m_busy.insert(offer.id);
    QString op;
    QJsonObject args { { QStringLiteral("id"), offer.id } };
    switch (offer.kind) {
    case OfferQueue::Kind::Contact:
        op = QString::fromUtf16(op::ContactDecline);
        break;
    case OfferQueue::Kind::Consult:
        op = QString::fromUtf16(op::ConsultDecline);
        args.insert(QStringLiteral("reason"), reason.isEmpty() ? tr("Declined") : reason);
        break;
    case OfferQueue::Kind::Transfer:
        op = QString::fromUtf16(op::TransferDecline);
        args.insert(QStringLiteral("reason"), reason.isEmpty() ? tr("Declined") : reason);
        break;
    }
    QPointer<ContactWorkspace> self(this);
    const OfferQueue::Kind kind = offer.kind;
    const qint64 id = offer.id;
    m_connection->write(op, args, this, [self, kind, id](const Reply &reply) {
        if (!self)
            return;
        self->m_busy.remove(id);
        if (!reply.ok && (reply.error.code == ErrorCode::Timeout || reply.error.code == ErrorCode::Unavailable)) {
            self->notice(tr("Could not decline: %1").arg(errorDetailText(reply.error)));
            return;
        }
        // Declined, or already gone on the server: either way the card goes.
        self->m_offers->remove(kind, id);
        self->notice(reply.ok ? tr("Offer declined.") : tr("The offer was no longer open."), 4000);
    });
}

void ContactWorkspace::takeContact(const QJsonObject &contact, bool screenPop)
{
    const qint64 id = idOf(contact);
    if (id == 0)
        return;
    trackContact(id);
    if (contact.value(QStringLiteral("state")).toString() != u"closed")
        m_mine.insert(id, contact);
    m_active->setContact(contact);
    updateSwitcher();
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
    const auto it = m_mine.constFind(contactId);
    if (it == m_mine.cend())
        return;
    m_active->setContact(*it);
    if (auto *main = qobject_cast<MainWindow *>(m_window.data()))
        main->openCustomer(m_active->customerId());
}

void ContactWorkspace::updateSwitcher()
{
    if (!m_panel)
        return;
    QList<QPair<qint64, QString>> items;
    QList<qint64> ids = m_mine.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        const QJsonObject &c = m_mine[id];
        items.append({ id,
                       tr("%1 – %2").arg(
                           channelText(c.value(QStringLiteral("channel")).toString()),
                           c.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString()) });
    }
    m_panel->setOpenContacts(items);
}

CloseContactDialog *ContactWorkspace::showCloseDialog()
{
    if (m_closeDialog) {
        m_closeDialog->raise();
        m_closeDialog->activateWindow();
        return m_closeDialog;
    }
    if (!m_active->isActive() || !m_active->isMine()) {
        notice(tr("No active contact to close."), 4000);
        return nullptr;
    }
    auto *dialog = new CloseContactDialog(m_connection, m_reasons, m_active->json(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_closeDialog = dialog;
    connect(dialog, &CloseContactDialog::contactClosed, this, [this](const QJsonObject &contact) {
        const qint64 id = idOf(contact);
        m_mine.remove(id);
        if (m_active->id() == id)
            m_active->setContact(contact);
        updateSwitcher();
        notice(tr("Contact closed: %1.").arg(outcomeText(contact.value(QStringLiteral("outcome")).toString())));
        if (contact.value(QStringLiteral("outcome")).toString() == u"follow_up" && m_followUpPanel)
            m_followUpPanel->reload();
    });
    dialog->open();
    return dialog;
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
            m_window->raise();
            m_window->activateWindow();
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
    const QString text = overdue ? tr("Follow-up overdue: %1").arg(who) : tr("Follow-up due soon: %1").arg(who);
    notice(text, 15000);
    if (m_tray && m_window && !m_window->isActiveWindow())
        m_tray->showMessage(tr("Follow-up"), text, QSystemTrayIcon::Warning, 15000);
}

} // namespace spocs
