#pragma once

#include "core/Protocol.h"
#include "core/Result.h"
#include "models/OfferQueue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <array>

namespace spocs {

namespace domain {
struct CustomerReassignment;
}

class ActiveContact;
class Connection;
class FollowUpModel;
class ReasonCatalogue;
class ReasonTreeModel;

// The agent's contact work without the widgets: offers on `user:<me>` (contacts, consults,
// transfers) and the op each kind is accepted or declined with, the contacts in hand (restored
// with contact.mine after a restart or resync) and the current one, the contact topics
// followed while an offer is open or a contact is in hand, tasks, notes and closing the
// current contact (with the version it was read at; on version_conflict the current contact
// is loaded so the close can be sent again), and the user's own follow-ups. The contact
// workspace, contact panel, close dialog and follow-up panel bind to it.
class ContactSession : public QObject
{
    Q_OBJECT

public:
    explicit ContactSession(Connection *connection, QObject *parent = nullptr);
    ~ContactSession() override;

    OfferQueue *offers() const { return m_offers; }
    ActiveContact *active() const { return m_active; }
    FollowUpModel *followUps() const { return m_followUps; }
    ReasonTreeModel *reasons() const { return m_reasons; }
    Connection *connection() const;
    qint64 self() const { return m_self; }

    // This user's contacts not yet closed, by id (the panel's switcher).
    QList<QJsonObject> contactsInHand() const;
    // Makes one of the contacts in hand the current one; false when it is not in hand.
    bool setCurrentContact(qint64 contactId);
    // Offers, the contacts in hand, the current contact, reasons and follow-ups, anew.
    void resync();

    void accept(const OfferQueue::Offer &offer);
    void decline(const OfferQueue::Offer &offer, const QString &reason = QString());

    // Work on the current contact; results come as contactWorkDone / contactWorkFailed.
    void addTask(const QString &kind);
    void resolveTask(qint64 taskId);
    void saveNotes(const QString &notes);
    // contact.close with args as the close dialog builds them (id, version, reasons, outcome,
    // followUp), and the notes typed on the current contact and not saved (a closed contact's
    // notes cannot be written). On version_conflict the current contact is loaded and handed to
    // closeFailed, so the dialog closes on top of what changed when sent again.
    void close(QJsonObject args);
    bool isClosing() const { return m_closing; }

    // contact.outbound: the user calls or writes to a customer (phone or email). The contact is
    // in hand at once and becomes the current one, like an accepted offer (contactTaken).
    void startOutbound(const QString &customerId, const QString &channel, const QString &reason, const QString &note);
    bool isStartingOutbound() const { return m_startingOutbound; }

    void reloadFollowUps();
    // With `outbound` the update is given on a call or e-mail the user makes now: the coordinator
    // starts an outbound contact for it, which is then in hand like one started here.
    void recordFollowUpUpdate(qint64 contactId, const QString &note, const QString &channel, bool outbound = false);
    void markFollowUpDone(qint64 contactId, const QString &note);

Q_SIGNALS:
    // A contact became this user's by accepting an offer (screenPop) or by restoring it.
    void contactTaken(const QJsonObject &contact, bool screenPop);
    void contactsInHandChanged();
    void consultAccepted(const QJsonObject &consult);
    void transferAccepted(const QJsonObject &transfer, const QJsonObject &contact);
    // Something the user should read in the status bar now.
    void notice(const QString &text, int ms);
    // Accepting (or declining) an offer failed; the card stays when the server may still hold it.
    void offerActionFailed(bool accepting, const spocs::Error &error);
    // A task or notes write was stored (text says what) or refused.
    void contactWorkDone(const QString &text);
    void contactWorkFailed(const spocs::Error &error);
    void closeBusyChanged(bool busy);
    void contactClosed(const QJsonObject &contact);
    // On version_conflict, current is the contact as it is now (otherwise empty).
    void closeFailed(const spocs::Error &error, const QJsonObject &current);
    void followUpsFailed(const spocs::Error &error);
    void outboundBusyChanged(bool busy);
    void outboundStarted(const QJsonObject &contact);
    // details.field names the field at fault for bad_request.
    void outboundFailed(const spocs::Error &error);
    // A follow-up write was stored (the list is updated); text says what.
    void followUpSaved(qint64 contactId, const QString &text);

private:
    void handleEvent(const protocol::Event &event);
    void restoreMyContacts();
    // The ids of the offers on screen, by OfferQueue::Kind.
    using OfferIds = std::array<QList<qint64>, 3>;
    void restoreOffers(const QJsonObject &mine, const OfferIds &before);
    void takeContact(const QJsonObject &contact, bool screenPop);
    void trackContact(qint64 contactId);
    void announceReassignment(const domain::CustomerReassignment &moved);
    void untrackContact(qint64 contactId);
    void acceptFailed(OfferQueue::Kind kind, qint64 id, const Error &error);
    void adoptUnsureAccept(const QJsonObject &contact);
    void writeContact(const char16_t *opName, QJsonObject args, const QString &doneText);
    void writeFollowUp(const char16_t *opName, const QJsonObject &args, qint64 contactId, const QString &doneText);

    QPointer<Connection> m_connection;
    ReasonCatalogue *m_catalogue = nullptr;
    OfferQueue *m_offers = nullptr;
    ActiveContact *m_active = nullptr;
    FollowUpModel *m_followUps = nullptr;
    ReasonTreeModel *m_reasons = nullptr;
    QHash<qint64, QJsonObject> m_mine; // this user's contacts not yet closed, by id
    QSet<qint64> m_tracked; // contact:<id> topics this session subscribed
    QSet<qint64> m_busy; // offers with an accept/decline in flight
    QSet<qint64> m_unsureAccepts; // contacts whose accept got no answer (timed out, link lost)
    QString m_userTopic;
    qint64 m_self = 0;
    bool m_closing = false;
    bool m_startingOutbound = false;
};

} // namespace spocs
