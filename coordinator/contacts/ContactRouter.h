#pragma once

#include "coordinator/contacts/ContactStore.h"
#include "coordinator/contacts/RoutingPolicy.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace spocs {

class ClientSession;
class CoordinatorServer;

// Offers queued contacts to agents, one offer per contact at a time, on the server's
// event loop. RoutingPolicy decides who; this class gathers presence and load, records
// the offer, tells the agent (event contact.offered on "user:<id>") and moves on when the
// offer times out or is declined. Presence changes re-run routing for the queue; someone
// who becomes available may be offered again what they declined or let lapse.
class ContactRouter : public QObject
{
    Q_OBJECT

public:
    ContactRouter(CoordinatorServer &server, int offerTimeoutMs, QObject *parent = nullptr);
    ~ContactRouter() override;

    ContactStore &store() { return *m_store; }
    // Routes every queued contact on the next turn of the event loop.
    void schedule();
    bool isOfferedTo(qint64 contactId, qint64 userId) const;
    // The offered user answered (inside or after the op's transaction): stop the clock.
    void offerAnswered(qint64 contactId, qint64 userId, bool accepted);
    // Drops the open offer of this contact, if any (abandon, assign); returns who had it. The
    // caller updates the row (ContactStore::setOffered) inside its transaction.
    std::optional<qint64> withdraw(qint64 contactId);
    // Forgets who was asked in this round (assign starts afresh) and routes this contact
    // before the rest of the queue, on the next turn of the event loop.
    void routeFirst(qint64 contactId);

    // What else ends with a contact (its consults and an open transfer offer): the consults
    // feature sets it. contact.close and contact.abandon call closed() inside their
    // transaction, after the contact is closed, so it can publish its events there; closed()
    // also forgets who was asked to take the contact. byUser is empty when nobody did it (the
    // web visitor left, the owner went offline).
    using ClosedHook = std::function<Result<void>(qint64 contactId, std::optional<qint64> byUser)>;
    void setClosedHook(ClosedHook hook) { m_closedHook = std::move(hook); }
    Result<void> closed(qint64 contactId, std::optional<qint64> byUser);

    // The customer left while the contact was still waiting (queued or offered): closed as
    // abandoned, its history item written, the open offer withdrawn (the agent it was offered to
    // hears contact.updated on user:<id>) and contact.updated published. Call inside a
    // transaction; schedule() after it commits. Returns the contact's JSON.
    Result<QJsonObject> abandon(qint64 contactId, std::optional<qint64> byUser);

    // contact.updated on "contact:<id>" and "customer:<id>", queue.changed on "queue"; the last
    // two carry ContactStore::summary(). Call inside a transaction. Returns the whole contact JSON.
    Result<QJsonObject> publish(qint64 contactId);

    // Offers of a previous run died with it: their contacts wait in the queue again, and their
    // followers are told as when an offer times out. Publishes, so it runs once the event log is
    // loaded (RequestHandlers::whenStarted).
    void requeueLeftoverOffers();

    // One routing pass over the whole queue now (what schedule() runs on the next turn).
    void routeQueued();

    // An offer waiting for its user's answer: until when, and why they were picked.
    struct OpenOffer
    {
        qint64 contactId = 0;
        QDateTime expiresAt;
        RoutingPolicy::Pick pick {};
    };
    // The offers open for this user now, the one that ends first first.
    QList<OpenOffer> offersTo(qint64 userId) const;
    // What contact.offered carries (and contact.mine lists under "offers"): {contact, expiresAt, pick}.
    static QJsonObject offeredJson(const QJsonObject &contact, const OpenOffer &offer);

    // The consult and transfer offers open for the caller, which contact.mine lists beside the
    // contact offers (the fields to add to its answer): the consults feature sets it.
    using OtherOffersHook = std::function<Result<QJsonObject>(ClientSession *session)>;
    void setOtherOffersHook(OtherOffersHook hook) { m_otherOffersHook = std::move(hook); }
    Result<QJsonObject> otherOffersTo(ClientSession *session) const
    {
        return m_otherOffersHook ? m_otherOffersHook(session) : Result<QJsonObject>(QJsonObject());
    }

    // Whether someone could be offered a new contact of this channel on this queue right now
    // (present, not at capacity, serving the queue): the web chat offers a chat only then.
    Result<bool> canServeNow(RoutingPolicy::Channel channel, const QString &queue);

private:
    void onPresenceChanged(qint64 userId);
    // The owner went offline: their active chats go back to the queue (inside a transaction).
    Result<void> requeueChatsOf(qint64 userId);
    // The people who could take a contact, with their presence and load, read once per pass.
    Result<QList<RoutingPolicy::Candidate>> candidates();
    // What one pass knows about who is free now. People only get busier during a pass, so
    // what it remembers is a superset of who can still take a contact: safe for skipping.
    struct Pass
    {
        QList<RoutingPolicy::Candidate> people;
        QHash<int, QSet<qint64>> freeByChannel; // filled on first use per channel
        QHash<QString, bool> served; // "channel:queue" -> someone free serves that queue
        QSet<QString> caseCustomers; // customers whose case owner is free now
        bool caseCustomersKnown = false;
    };
    // Offers this contact if someone fits; true when an offer was made.
    bool routeOne(const ContactStore::Routing &routing, Pass &pass);
    // False when nobody free now could be offered this contact: no lookups, no scan.
    bool mayBeOffered(const ContactStore::Routing &routing, RoutingPolicy::Channel channel, Pass &pass);
    void onTimeout(qint64 contactId, qint64 userId);
    // Routes the queue again in `ms` (or sooner, if already due sooner).
    void retryIn(qint64 ms);
    // How long after a decline or a lapse the same person may be asked again, when nobody
    // else can take the contact: long enough not to ring a decline straight back, short
    // beside the wait of a customer whom only that person can help.
    int reofferPauseMs() const { return m_offerTimeoutMs / 4; }

    struct Offer
    {
        qint64 userId = 0;
        QDateTime expiresAt;
        RoutingPolicy::Pick pick {};
        QTimer *timer = nullptr;
    };

    CoordinatorServer &m_server;
    std::unique_ptr<ContactStore> m_store;
    int m_offerTimeoutMs;
    QHash<qint64, Offer> m_offers;
    QHash<qint64, QSet<qint64>> m_tried; // users offered this round (declined or timed out)
    struct LastAsked
    {
        qint64 userId = 0;
        QDateTime answeredAt; // declined or lapsed
    };
    QHash<qint64, LastAsked> m_lastTried;
    QTimer *m_retry = nullptr; // a pause before asking the last one asked again
    QList<qint64> m_first; // routed before the queue order (routeFirst)
    bool m_scheduled = false;
    ClosedHook m_closedHook;
    OtherOffersHook m_otherOffersHook;
};

} // namespace spocs
