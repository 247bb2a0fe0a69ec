#include "coordinator/consults/ConsultContext.h"

#include "coordinator/auth/Roles.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/Log.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

// The consults feature: its stores, the offer clocks and the consult state machine (offer,
// withdraw, expire, suggest the next expert). The ops that drive it: ConsultOps.cpp,
// ConferenceOps.cpp and TransferOps.cpp.
namespace spocs {

ConsultContext::ConsultContext(RequestHandlers &handlers, int timeout)
    : h(handlers)
    , router(handlers.contactRouter())
    , store(handlers.server().db())
    , directory(handlers.server())
    , timeoutMs(timeout)
    , timers(std::make_unique<QObject>())
{ }

ConsultContext::~ConsultContext() = default;

void ConsultContext::arm(QHash<qint64, OfferClock> &clocks, qint64 id, const QDateTime &expiresAt,
                         std::function<void()> fire)
{
    disarm(clocks, id);
    auto *timer = new QTimer(timers.get());
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, timers.get(), [this, &clocks, id, timer, fire = std::move(fire)] {
        if (clocks.value(id).timer == timer) {
            clocks.remove(id);
            timer->deleteLater();
        }
        fire();
    });
    clocks.insert(id, OfferClock { timer, expiresAt });
    timer->start(timeoutMs);
}

void ConsultContext::disarm(QHash<qint64, OfferClock> &clocks, qint64 id)
{
    if (QTimer *timer = clocks.take(id).timer) {
        timer->stop();
        timer->deleteLater();
    }
}

Result<void> ConsultContext::publish(const QString &topic, const char16_t *kind, const QJsonObject &data)
{
    SPOCS_TRY_LET(seq, h.server().events().publish(topic, QString::fromUtf16(kind), data));
    return {};
}

Result<QJsonObject> ConsultContext::contactJson(qint64 contactId)
{
    return router.store().json(contactId);
}

Result<QJsonObject> ConsultContext::publishContact(qint64 contactId)
{
    SPOCS_TRY(router.publish(contactId));
    return contactJson(contactId);
}

Result<QJsonObject> ConsultContext::contactAnswer(qint64 contactId, std::optional<qint64> alsoTo)
{
    SPOCS_TRY_LET(contact, publishContact(contactId));
    const QJsonObject data { { QStringLiteral("contact"), contact.value() } };
    if (alsoTo) {
        SPOCS_TRY(publish(userTopic(*alsoTo), event::ContactUpdated, data));
    }
    return withHead(data);
}

Result<QJsonObject> ConsultContext::withHead(Result<QJsonObject> published)
{
    if (!published)
        return published.error();
    QJsonObject answer = published.value();
    answer.insert(QStringLiteral("seq"), head());
    return answer;
}

Result<QJsonObject> ConsultContext::transferData(qint64 transferId)
{
    SPOCS_TRY_LET(transfer, store.transferJson(transferId));
    const qint64 contactId = transfer->value(QStringLiteral("contact")).toInteger();
    SPOCS_TRY_LET(contact, contactJson(contactId));
    return QJsonObject { { QStringLiteral("transfer"), transfer.value() },
                         { QStringLiteral("contact"), contact.value() } };
}

Result<QJsonObject> ConsultContext::publishTransfer(qint64 transferId, const QJsonObject &notice)
{
    SPOCS_TRY_LET(transferred, transferData(transferId));
    QJsonObject data = transferred.value();
    const QJsonObject transfer = data.value(QStringLiteral("transfer")).toObject();
    const qint64 contactId = transfer.value(QStringLiteral("contact")).toInteger();
    if (!notice.isEmpty())
        data.insert(QStringLiteral("notice"), notice);
    SPOCS_TRY(publish(contactTopic(contactId), event::TransferUpdated, data));
    const qint64 from = transfer.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 to = transfer.value(QStringLiteral("to")).toObject().value(QStringLiteral("id")).toInteger();
    SPOCS_TRY(publish(userTopic(from), event::TransferUpdated, data));
    if (to > 0 && to != from) {
        SPOCS_TRY(publish(userTopic(to), event::TransferUpdated, data));
    }
    return data;
}

QJsonObject ConsultContext::offeredJson(QJsonObject data, const QDateTime &expiresAt)
{
    data.insert(QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODateWithMs));
    return data;
}

ContactHistory ConsultContext::history()
{
    return ContactHistory(h.server().db(), h.server().events());
}

Result<void> ConsultContext::audit(ClientSession *session, const QString &op, const QString &subject)
{
    return h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, subject));
}

Result<ConsultStore::ContactFacts> ConsultContext::ownedActiveContact(ClientSession *session, qint64 contactId,
                                                                      const QString &onlyOwner)
{
    SPOCS_TRY_LET(facts, store.contact(contactId));
    if (facts->state != u"active")
        return makeError(ErrorCode::InvalidState,
                         QStringLiteral("contact %1 is %2, not active").arg(contactId).arg(facts->state));
    if (!isOwnerOrSupervisor(session, facts->owner.value_or(0)))
        return makeError(ErrorCode::Forbidden, onlyOwner);
    return facts;
}

void ConsultContext::setPresence(qint64 userId, PresenceState state)
{
    if (h.server().presence().find(userId) == nullptr)
        return; // offline: nothing to change
    if (h.server().presence().set(userId, state, {}, h.server().db().now()))
        h.server().publishPresence(userId);
}

void ConsultContext::releaseIfIdle(qint64 userId)
{
    if (auto n = router.store().activeCount(userId);
        n && *n == 0 && h.server().presence().stateOf(userId) == PresenceState::OnContact)
        setPresence(userId, PresenceState::AfterContactWork);
}

qint64 ConsultContext::head() const
{
    return h.server().events().head();
}

Result<QJsonObject> ConsultContext::publishConsult(qint64 consultId, const QJsonObject &extra)
{
    SPOCS_TRY_LET(consult, store.json(consultId));
    QJsonObject data = extra;
    data.insert(QStringLiteral("consult"), consult.value());
    const qint64 requester
        = consult->value(QStringLiteral("requester")).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 expert = consult->value(QStringLiteral("expert")).toObject().value(QStringLiteral("id")).toInteger();
    SPOCS_TRY(publish(consultTopic(consultId), event::ConsultUpdated, data));
    SPOCS_TRY(publish(userTopic(requester), event::ConsultUpdated, data));
    if (expert > 0 && expert != requester) {
        SPOCS_TRY(publish(userTopic(expert), event::ConsultUpdated, data));
    }
    return consult;
}

Result<QJsonObject> ConsultContext::consultAnswer(qint64 consultId, const QJsonObject &extra)
{
    SPOCS_TRY_LET(consult, publishConsult(consultId, extra));
    return withHead(QJsonObject { { QStringLiteral("consult"), consult.value() } });
}

Result<void> ConsultContext::consultIs(const ConsultStore::Consult &consult, QStringView state)
{
    if (consult.state == state)
        return {};
    return makeError(ErrorCode::InvalidState, QStringLiteral("consult %1 is %2").arg(consult.id).arg(consult.state),
                     QJsonObject { { QStringLiteral("state"), consult.state } });
}

Result<void> ConsultContext::withdraw(qint64 consultId, const QList<qint64> &users)
{
    for (qint64 user : users) {
        SPOCS_TRY(publish(userTopic(user), event::ConsultWithdrawn,
                          QJsonObject { { QStringLiteral("consultId"), consultId } }));
    }
    return {};
}

// The best reachable person not yet asked on this contact: same skill, or for a consult
// with a named expert, that expert's strongest skill.
QJsonValue ConsultContext::nextExpert(const ConsultStore::Consult &consult)
{
    ExpertDirectory::Query query;
    query.skill = consult.skill;
    if (query.skill.isEmpty() && consult.target) {
        if (auto skills = directory.skillsOf(*consult.target); skills && !skills->isEmpty())
            query.skill = skills->first().skill;
    }
    query.limit = 1;
    query.reachableOnly = true;
    query.exclude.insert(consult.requester);
    if (auto asked = store.askedOnContact(consult.contactId))
        query.exclude.unite(asked.value());
    auto found = directory.find(query);
    if (!found || found->isEmpty())
        return QJsonValue::Null;
    return domain::Person::of(found->first().user).toJson();
}

void ConsultContext::expireConsult(qint64 consultId)
{
    auto r = h.server().transact([&]() -> Result<void> {
        SPOCS_TRY_LET(consult, store.find(consultId));
        if (consult->state != u"offered")
            return {};
        SPOCS_TRY_LET(offered, store.closeOpenOffers(consultId, QStringLiteral("expired")));
        SPOCS_TRY(store.update(consultId, ConsultStore::Change { QStringLiteral("expired") }));
        SPOCS_TRY(withdraw(consultId, offered.value()));
        SPOCS_TRY_LET(published, publishConsult(consultId, { { QStringLiteral("next"), nextExpert(*consult) } }));
        return {};
    });
    if (!r)
        qCWarning(lcServer) << "could not expire consult" << consultId;
}

Result<void> ConsultContext::endConsults(qint64 contactId, std::optional<qint64> byUser)
{
    // The offer clocks keep running: they find nothing open when they fire, and a transaction
    // that rolls back still needs them.
    SPOCS_TRY_LET(running, store.consultsOf(contactId, QStringLiteral("active")));
    for (qint64 id : running.value()) {
        SPOCS_TRY(store.update(id, ConsultStore::Change { QStringLiteral("ended") }));
        SPOCS_TRY_LET(ended, store.consult(id));
        SPOCS_TRY(history().consulted(*ended, byUser));
        SPOCS_TRY(publishConsult(id));
    }
    SPOCS_TRY_LET(ringing, store.consultsOf(contactId, QStringLiteral("offered")));
    for (qint64 id : ringing.value()) {
        SPOCS_TRY_LET(offered, store.closeOpenOffers(id, QStringLiteral("withdrawn")));
        SPOCS_TRY(store.update(id, ConsultStore::Change { QStringLiteral("cancelled") }));
        SPOCS_TRY(withdraw(id, offered.value()));
        SPOCS_TRY(publishConsult(id));
    }
    return {};
}

Result<void> ConsultContext::endWithContact(qint64 contactId, std::optional<qint64> byUser)
{
    SPOCS_TRY(endConsults(contactId, byUser));
    SPOCS_TRY_LET(transfer, store.openTransfer(contactId));
    if (transfer->has_value()) {
        // The target is no longer reserved, and the rep gets no late "expired" notice.
        SPOCS_TRY(store.setTransfer(**transfer, QStringLiteral("cancelled")));
        SPOCS_TRY(publishTransfer(**transfer));
    }
    return {};
}

Result<QJsonObject> ConsultContext::openOffersTo(ClientSession *session)
{
    // Only offers with a running clock can be open: the clocks are few (the ones ringing now)
    // and carry the deadline the offer event named.
    const qint64 me = session->userId();
    const QString op = QString::fromUtf16(op::ContactMine);
    const auto byDeadline = [](const QHash<qint64, OfferClock> &clocks) {
        QList<std::pair<QDateTime, qint64>> out;
        for (auto it = clocks.cbegin(); it != clocks.cend(); ++it)
            out.append({ it->expiresAt, it.key() });
        std::sort(out.begin(), out.end());
        return out;
    };
    QJsonArray consults;
    for (const auto &[expiresAt, id] : byDeadline(consultClocks)) {
        SPOCS_TRY_LET(consult, store.find(id));
        SPOCS_TRY_LET(offers, store.offers(id));
        if (consult->state != u"offered" || offers->value(me) != u"open")
            continue;
        SPOCS_TRY_LET(json, store.json(id));
        consults.append(offeredJson(QJsonObject { { QStringLiteral("consult"), json.value() } }, expiresAt));
        h.server().audit().record(RequestHandlers::auditEntry(session, op, consultTopic(id)));
    }
    QJsonArray transfers;
    for (const auto &[expiresAt, id] : byDeadline(transferClocks)) {
        SPOCS_TRY_LET(transfer, store.findTransfer(id));
        if (!transfer->has_value() || (*transfer)->to != me || (*transfer)->state != u"offered")
            continue;
        SPOCS_TRY_LET(data, transferData(id));
        transfers.append(offeredJson(data.value(), expiresAt));
        h.server().audit().record(RequestHandlers::auditEntry(session, op, contactTopic((*transfer)->contactId)));
    }
    return QJsonObject { { QStringLiteral("consultOffers"), consults },
                         { QStringLiteral("transferOffers"), transfers } };
}

// Offers of a previous run died with it (their clocks are gone): they expire now, as when their
// clock runs out, so the desktops that resume hear of it.
void ConsultContext::expireLeftovers()
{
    const auto consults = store.offeredConsults();
    if (!consults) {
        qCWarning(lcServer) << "could not read the consult offers of the previous run";
        return;
    }
    for (qint64 id : consults.value())
        expireConsult(id);
}

QJsonValue ConsultContext::personOrNull(std::optional<qint64> userId)
{
    if (!userId)
        return QJsonValue::Null;
    auto u = store.user(*userId);
    if (!u || !u->has_value())
        return QJsonValue::Null;
    return (*u)->person;
}

} // namespace spocs
