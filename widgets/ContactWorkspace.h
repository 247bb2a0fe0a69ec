#pragma once

#include "models/OfferQueue.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;

namespace spocs {

class ActiveContact;
class CloseContactDialog;
class Connection;
class ContactPanel;
class ContactSession;
class ConversationSession;
class FollowUpModel;
class FollowUpPanel;
class OfferNotification;
class OutboundContactDialog;
class PresenceSelector;
class ReasonTreeModel;

// The agent's contact work in the main window, on a ContactSession: incoming offers
// (contacts, consults, transfers) as a non-modal card with a countdown (and a tray message
// when the window is in the background), accepting one opens the customer (screen pop) and
// the contact panel (tasks, notes, close with reasons and outcome), the follow-ups dock with
// due/overdue warnings, and the presence selector in the status bar. Created by MainWindow
// after sign-in, deleted at sign-out; everything it adds to the window (docks, menu,
// actions, status widget) goes with it.
class ContactWorkspace : public QObject
{
    Q_OBJECT

public:
    ContactWorkspace(QMainWindow *window, Connection *connection);
    ~ContactWorkspace() override;
    // The workspace for the signed-in user, or nullptr for administrators (they take no contacts).
    static ContactWorkspace *createFor(QMainWindow *window, Connection *connection);

    ContactSession *session() const { return m_session; }
    // The e-mail or chat conversation of the current contact (the panel's messages and composer).
    ConversationSession *conversation() const { return m_conversation; }
    OfferQueue *offers() const;
    ActiveContact *activeContact() const;
    QJsonObject currentContact() const;
    FollowUpModel *followUps() const;
    ReasonTreeModel *reasons() const;
    OfferNotification *notification() const;
    ContactPanel *contactPanel() const;
    QDockWidget *contactDock() const;
    FollowUpPanel *followUpPanel() const;
    QDockWidget *followUpDock() const;
    PresenceSelector *presenceSelector() const;
    CloseContactDialog *closeDialog() const;
    QMenu *menu() const;
    OutboundContactDialog *outboundDialog() const;

public Q_SLOTS:
    // Ctrl+Alt+A / Ctrl+Alt+D: the oldest waiting offer.
    void acceptFirstOffer();
    void declineFirstOffer();
    void accept(const spocs::OfferQueue::Offer &offer);
    void decline(const spocs::OfferQueue::Offer &offer, const QString &reason = QString());
    // Ctrl+Alt+W: the close dialog for the current contact (non-blocking); nullptr when none is open.
    CloseContactDialog *showCloseDialog();
    // Ctrl+Shift+B: call or write to the open customer (non-blocking); nullptr when none is open.
    OutboundContactDialog *showOutboundDialog();
    void showContactPanel(); // Ctrl+J
    void showFollowUps(); // Ctrl+Alt+U
    // Makes one of this user's contacts the current one (the panel's switcher).
    void setCurrentContact(qint64 contactId);

Q_SIGNALS:
    // The contact in the panel changed (another one, or news about it); empty when none.
    void currentContactChanged(const QJsonObject &contact);
    // The user accepted a consult offer and won it: the consult panel takes over.
    void consultAccepted(const QJsonObject &consult);
    // The user took over a transferred contact.
    void transferAccepted(const QJsonObject &transfer, const QJsonObject &contact);

private:
    void createActions();
    void createDocks();
    void onContactTaken(const QJsonObject &contact, bool screenPop);
    void updateSwitcher();
    void notice(const QString &text, int ms = 8000);
    void notifyInBackground(const OfferQueue::Offer &offer);
    void onFollowUpWarning(qint64 contactId, bool overdue, const QString &customer);
    void updateOutboundAction();

    QPointer<QMainWindow> m_window;
    ContactSession *m_session = nullptr;
    OfferQueue *m_offers = nullptr; // the session's
    ActiveContact *m_active = nullptr; // the session's
    ReasonTreeModel *m_reasons = nullptr; // the session's
    ConversationSession *m_conversation = nullptr;
    QPointer<OfferNotification> m_notification;
    QPointer<ContactPanel> m_panel;
    QPointer<QDockWidget> m_contactDock;
    QPointer<FollowUpPanel> m_followUpPanel;
    QPointer<QDockWidget> m_followUpDock;
    QPointer<PresenceSelector> m_presence;
    QPointer<QMenu> m_menu;
    QPointer<CloseContactDialog> m_closeDialog;
    QPointer<OutboundContactDialog> m_outboundDialog;
    QString m_warnedCustomer; // the customer of the last follow-up warning (Ctrl+Alt+G opens it)
    QPointer<QSystemTrayIcon> m_tray;
    QAction *m_acceptAction = nullptr;
    QAction *m_declineAction = nullptr;
    QAction *m_panelAction = nullptr;
    QAction *m_addTaskAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_followUpsAction = nullptr;
    QAction *m_outboundAction = nullptr;
    QAction *m_warnedCustomerAction = nullptr;
};

} // namespace spocs
