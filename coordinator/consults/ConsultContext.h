#pragma once

#include "coordinator/consults/ConsultStore.h"
#include "coordinator/consults/ExpertDirectory.h"
#include "coordinator/contacts/ContactHistory.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace spocs {

class ClientSession;
class ContactRouter;
class RequestHandlers;

// The consults feature, shared by the consult, conference and transfer ops: the stores, the
// offer clocks (consults and transfers time out after [routing] consult_timeout_ms), the
// consult state machine and small helpers. Lives as long as the handlers; every timer is a
// child of `timers`.
struct ConsultContext
{
    ConsultContext(RequestHandlers &handlers, int timeoutMs);
    ~ConsultContext();

    RequestHandlers &h;
    ContactRouter &router;
    ConsultStore store;
    ExpertDirectory directory;
    int timeoutMs;
    std::unique_ptr<QObject> timers;
    // The clock of an offer and the deadline its offer event named, kept for listing the offer again.
    struct OfferClock
    {
        QTimer *timer = nullptr;
        QDateTime expiresAt;
    };
    QHash<qint64, OfferClock> consultClocks;
    QHash<qint64, OfferClock> transferClocks;

    // Starts (or restarts) the clock of an offered consult or transfer; fire() runs once.
    void arm(QHash<qint64, OfferClock> &clocks, qint64 id, const QDateTime &expiresAt, std::function<void()> fire);
    void disarm(QHash<qint64, OfferClock> &clocks, qint64 id);

    // Publishes one event inside the current transaction.
    Result<void> publish(const QString &topic, const char16_t *kind, const QJsonObject &data);
    // The contact as ContactStore::json has it.
    Result<QJsonObject> contactJson(qint64 contactId);
    // ContactRouter::publish (contact.updated, queue.changed) and the completed contact JSON.
    Result<QJsonObject> publishContact(qint64 contactId);
    // A contact write's answer: the contact as published (also on `alsoTo`'s own topic, for one
    // conferenced in or out) and the event head.
    Result<QJsonObject> contactAnswer(qint64 contactId, std::optional<qint64> alsoTo = {});
    Result<void> audit(ClientSession *session, const QString &op, const QString &subject);
    // The contact if it is active and the caller owns it or is a lead: invalid_state otherwise, or
    // forbidden with the message onlyOwner ("only the contact's owner transfers it").
    Result<ConsultStore::ContactFacts> ownedActiveContact(ClientSession *session, qint64 contactId,
                                                          const QString &onlyOwner);
    // The writer of the contact's history items (consults, transfers, forwards).
    ContactHistory history();
    // Sets a user's presence and tells everyone (after the transaction).
    void setPresence(qint64 userId, PresenceState state);
    // A user wraps up once no contact of theirs is active any more.
    void releaseIfIdle(qint64 userId);
    qint64 head() const;

    // The consult state machine.
    // consult.updated to the requester, (once there is one) the expert, and the consult's own
    // topic (for leads): never on the contact's topic, whose followers may include people
    // on another consult of the same contact.
    Result<QJsonObject> publishConsult(qint64 consultId, const QJsonObject &extra = {});
    // A consult write's answer: the consult as published and the event head.
    Result<QJsonObject> consultAnswer(qint64 consultId, const QJsonObject &extra = {});
    // A transfer write's answer: what was published, with the event head.
    Result<QJsonObject> withHead(Result<QJsonObject> published);
    // {transfer, contact}: what transfer.updated and transfer.offered carry.
    Result<QJsonObject> transferData(qint64 transferId);
    // transfer.updated {transfer, contact[, notice]} on the contact and on both people.
    Result<QJsonObject> publishTransfer(qint64 transferId, const QJsonObject &notice = {});
    // An offer event's data: `data` with the offer's expiresAt.
    static QJsonObject offeredJson(QJsonObject data, const QDateTime &expiresAt);
    // invalid_state unless the consult is in `state`.
    static Result<void> consultIs(const ConsultStore::Consult &consult, QStringView state);
    // consult.withdrawn to those whose offer is gone.
    Result<void> withdraw(qint64 consultId, const QList<qint64> &users);
    // The best reachable person not yet asked on this contact: same skill, or for a consult
    // with a named expert, that expert's strongest skill (a person, or null).
    QJsonValue nextExpert(const ConsultStore::Consult &consult);
    // The offer clock ran out: the consult expires and its offers are withdrawn.
    void expireConsult(qint64 consultId);
    // The contact left the hands its consults were asked from (closed, or handed over): its
    // running consults end as by consult.end, its ringing ones are cancelled as by
    // consult.cancel, with their events.
    Result<void> endConsults(qint64 contactId, std::optional<qint64> byUser);
    // The contact closed (ContactRouter::closed): nobody can help with it or take it over any
    // more. endConsults(), and an open transfer offer is cancelled (transfer.updated).
    Result<void> endWithContact(qint64 contactId, std::optional<qint64> byUser);
    // The consult and transfer offers open for this user, as consult.offered and transfer.offered
    // brought them (the same expiresAt), the one that ends first first: contact.mine lists them as
    // {consultOffers, transferOffers}, audited as reads of `session`.
    Result<QJsonObject> openOffersTo(ClientSession *session);
    // Consults offered by a previous run died with it (their clocks are gone): they expire now,
    // with the events of expireConsult(). Open transfer offers: registerTransferOps().
    void expireLeftovers();
    // A user as a person object, or null.
    QJsonValue personOrNull(std::optional<qint64> userId);

    static QString userTopic(qint64 userId) { return QStringLiteral("user:%1").arg(userId); }
    static QString contactTopic(qint64 contactId) { return QStringLiteral("contact:%1").arg(contactId); }
    static QString consultTopic(qint64 consultId) { return QStringLiteral("consult:%1").arg(consultId); }
};

void registerConferenceOps(RequestHandlers &handlers, const std::shared_ptr<ConsultContext> &ctx);
void registerTransferOps(RequestHandlers &handlers, const std::shared_ptr<ConsultContext> &ctx);

} // namespace spocs
