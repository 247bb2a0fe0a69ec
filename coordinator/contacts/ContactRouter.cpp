#include "coordinator/contacts/ContactRouter.h"

#include "coordinator/contacts/ContactHistory.h"
#include "coordinator/contacts/RoutingPolicy.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QTimer>

#include <algorithm>
#include <tuple>
#include <utility>

namespace spocs {

ContactRouter::ContactRouter(CoordinatorServer &server, int offerTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_store(std::make_unique<ContactStore>(server.db()))
    , m_offerTimeoutMs(offerTimeoutMs)
{
    connect(&server, &CoordinatorServer::presenceChanged, this, &ContactRouter::onPresenceChanged);
    schedule();
}

void ContactRouter::requeueLeftoverOffers()
{
    const auto r = m_server.transact([this]() -> Result<void> {
        SPOCS_TRY_LET(ids, m_store->requeueStaleOffers());
        for (qint64 id : *ids) {
            SPOCS_TRY_LET(contact, publish(id));
        }
        return {};
    });
    if (!r)
        qCWarning(lcServer) << "could not requeue stale contact offers";
    schedule();
}

ContactRouter::~ContactRouter() = default;

void ContactRouter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &ContactRouter::routeQueued);
}

void ContactRouter::onPresenceChanged(qint64 userId)
{
    const PresenceState state = m_server.presence().stateOf(userId);
    if (state == PresenceState::Available) {
        // Back and ready (from a break or wrap-up, or signed in again): what they declined or let
        // lapse before may be offered to them again, at once.
        for (QSet<qint64> &tried : m_tried)
            tried.remove(userId);
        m_lastTried.removeIf([userId](QHash<qint64, LastAsked>::iterator it) { return it->userId == userId; });
    }
    // Someone who went offline (signed out, revoked, expired) cannot answer: their offers
    // go back to the queue now instead of when they time out.
    if (state == PresenceState::Offline) {
        QList<qint64> theirs;
        for (auto it = m_offers.cbegin(); it != m_offers.cend(); ++it) {
            if (it->userId == userId)
                theirs.append(it.key());
        }
        for (qint64 contactId : std::as_const(theirs))
            onTimeout(contactId, userId);
        // A visitor waits live in a chat, so it cannot wait for them to come back: it goes back to
        // the queue with its lines. A call stays theirs (it is on their line) and mail can wait.
        if (auto r = m_server.transact([&] { return requeueChatsOf(userId); }); !r)
            qCWarning(lcServer) << "could not requeue the chats of user" << userId;
    }
    schedule();
}

bool ContactRouter::isOfferedTo(qint64 contactId, qint64 userId) const
{
    const auto it = m_offers.constFind(contactId);
    return it != m_offers.cend() && it->userId == userId;
}

void ContactRouter::offerAnswered(qint64 contactId, qint64 userId, bool accepted)
{
    auto it = m_offers.find(contactId);
    if (it == m_offers.end() || it->userId != userId)
        return;
    delete it->timer;
    m_offers.erase(it);
    if (accepted) {
        m_tried.remove(contactId);
        m_lastTried.remove(contactId);
    } else {
        m_tried[contactId].insert(userId);
        m_lastTried.insert(contactId, LastAsked { userId, m_server.db().now() });
    }
    schedule();
}

std::optional<qint64> ContactRouter::withdraw(qint64 contactId)
{
    auto it = m_offers.find(contactId);
    if (it == m_offers.end())
        return std::nullopt;
    const qint64 userId = it->userId;
    if (it->timer) {
        it->timer->stop();
        it->timer->deleteLater();
    }
    m_offers.erase(it);
    return userId;
}

void ContactRouter::routeFirst(qint64 contactId)
{
    m_tried.remove(contactId);
    m_lastTried.remove(contactId);
    if (!m_first.contains(contactId))
        m_first.append(contactId);
    schedule();
}

Result<void> ContactRouter::requeueChatsOf(qint64 userId)
{
    SPOCS_TRY_LET(active, m_store->activeOf(userId));
    for (qint64 id : *active) {
        SPOCS_TRY_LET(routing, m_store->routing(id));
        if (routing->channel != u"chat")
            continue;
        SPOCS_TRY(m_store->requeue(id, userId));
        // Their consults and an open transfer offer end, as when a rep lets go of a contact.
        if (m_closedHook)
            SPOCS_TRY(m_closedHook(id, std::nullopt));
        SPOCS_TRY_LET(contact, publish(id));
    }
    return {};
}

Result<QJsonObject> ContactRouter::abandon(qint64 contactId, std::optional<qint64> byUser)
{
    SPOCS_TRY_LET(routing, m_store->routing(contactId));
    SPOCS_TRY(m_store->abandon(contactId, byUser));
    SPOCS_TRY(closed(contactId, byUser));
    SPOCS_TRY(ContactHistory(m_server.db(), m_server.events()).closed(contactId, byUser));
    std::optional<qint64> offeredTo = withdraw(contactId);
    if (!offeredTo)
        offeredTo = routing->offeredTo;
    SPOCS_TRY_LET(contact, publish(contactId));
    // Their offer card goes: they follow no contact topic for an offer.
    if (offeredTo) {
        SPOCS_TRY(m_server.events().publish(QStringLiteral("user:%1").arg(*offeredTo),
                                            QString::fromUtf16(event::ContactUpdated),
                                            QJsonObject { { QStringLiteral("contact"), contact.value() } }));
    }
    return contact;
}

Result<void> ContactRouter::closed(qint64 contactId, std::optional<qint64> byUser)
{
    // Who declined a contact that is over no longer matters (a presence change walks these).
    m_tried.remove(contactId);
    m_lastTried.remove(contactId);
    if (!m_closedHook)
        return {};
    return m_closedHook(contactId, byUser);
}

Result<QJsonObject> ContactRouter::publish(qint64 contactId)
{
    SPOCS_TRY_LET(contact, m_store->json(contactId));
    const QString kind = QString::fromUtf16(event::ContactUpdated);
    // The whole record only where its followers may read it (TopicAccess: leads and the people on
    // the contact). Every agent and expert with the customer open follows customer:<id>, and an
    // admin, who reads no contacts, follows queue: they get the summary.
    SPOCS_TRY(m_server.events().publish(QStringLiteral("contact:%1").arg(contactId), kind,
                                        QJsonObject { { QStringLiteral("contact"), contact.value() } }));
    const QJsonObject summary { { QStringLiteral("contact"), ContactStore::summary(contact.value()) } };
    const QString customerId
        = contact->value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString();
    SPOCS_TRY(m_server.events().publish(protocol::customerTopic(customerId), kind, summary));
    SPOCS_TRY(m_server.events().publish(QStringLiteral("queue"), QString::fromUtf16(event::QueueChanged), summary));
    return contact;
}

QList<ContactRouter::OpenOffer> ContactRouter::offersTo(qint64 userId) const
{
    QList<OpenOffer> out;
    for (auto it = m_offers.cbegin(); it != m_offers.cend(); ++it) {
        if (it->userId == userId)
            out.append(OpenOffer { it.key(), it->expiresAt, it->pick });
    }
    std::sort(out.begin(), out.end(), [](const OpenOffer &a, const OpenOffer &b) {
        return std::tie(a.expiresAt, a.contactId) < std::tie(b.expiresAt, b.contactId);
    });
    return out;
}

QJsonObject ContactRouter::offeredJson(const QJsonObject &contact, const OpenOffer &offer)
{
    return QJsonObject { { QStringLiteral("contact"), contact },
                         { QStringLiteral("expiresAt"), offer.expiresAt.toString(Qt::ISODateWithMs) },
                         { QStringLiteral("pick"), RoutingPolicy::pickName(offer.pick) } };
}

Result<QList<RoutingPolicy::Candidate>> ContactRouter::candidates()
{
    SPOCS_TRY_LET(loads, m_store->loads());
    SPOCS_TRY_LET(skills, m_store->skillSets());
    QList<RoutingPolicy::Candidate> out;
    for (const UserInfo &user : m_server.auth().allUsers()) {
        const PresenceRegistry::Entry *entry = m_server.presence().find(user.id);
        if (!entry)
            continue;
        RoutingPolicy::Candidate c;
        c.userId = user.id;
        c.role = user.role;
        c.state = entry->state;
        c.since = entry->since;
        c.voiceContacts = loads->value(user.id).voice;
        c.textContacts = loads->value(user.id).text;
        c.skills = skills->value(user.id);
        out.append(c);
    }
    return out;
}

Result<bool> ContactRouter::canServeNow(RoutingPolicy::Channel channel, const QString &queue)
{
    SPOCS_TRY_LET(people, candidates());
    return std::any_of(people->cbegin(), people->cend(), [&](const RoutingPolicy::Candidate &c) {
        return RoutingPolicy::canTake(c, channel) && RoutingPolicy::servesQueue(c, queue);
    });
}

void ContactRouter::routeQueued()
{
    m_scheduled = false;
    const QList<qint64> first = std::exchange(m_first, {});
    // One pass reads the people, their load and the queue once (not four queries per waiting
    // contact) and counts each offer it makes against its person in memory: routing costs
    // a scan of the people per waiting contact, and nothing when nobody can take a contact.
    auto found = candidates();
    if (!found) {
        qCWarning(lcServer) << "could not read who can take contacts";
        return;
    }
    Pass pass;
    pass.people = found.value();
    const QList<RoutingPolicy::Candidate> &people = pass.people;
    const auto anyoneFree = [&people] {
        return std::any_of(people.cbegin(), people.cend(), [](const RoutingPolicy::Candidate &c) {
            return RoutingPolicy::canTake(c, RoutingPolicy::Channel::Phone)
                || RoutingPolicy::canTake(c, RoutingPolicy::Channel::Chat);
        });
    };
    if (!anyoneFree())
        return;
    auto queue = m_store->queuedRouting();
    if (!queue) {
        qCWarning(lcServer) << "could not read the contact queue";
        return;
    }
    for (qint64 id : first) {
        const auto it
            = std::find_if(queue->cbegin(), queue->cend(), [id](const ContactStore::Routing &r) { return r.id == id; });
        if (it != queue->cend() && routeOne(*it, pass) && !anyoneFree())
            return;
    }
    for (const ContactStore::Routing &routing : std::as_const(*queue)) {
        if (routeOne(routing, pass) && !anyoneFree())
            return; // the rest of the queue waits for the next presence change
    }
}

bool ContactRouter::mayBeOffered(const ContactStore::Routing &routing, RoutingPolicy::Channel channel, Pass &pass)
{
    const int key = int(channel);
    if (!pass.freeByChannel.contains(key)) {
        QSet<qint64> &free = pass.freeByChannel[key];
        for (const RoutingPolicy::Candidate &c : std::as_const(pass.people)) {
            if (RoutingPolicy::canTake(c, channel))
                free.insert(c.userId);
        }
    }
    const QSet<qint64> &free = pass.freeByChannel[key];
    if (free.isEmpty())
        return false; // nobody could take this channel now
    // Someone free who serves the queue (who was asked already this round counts too: a new
    // round may go back to them).
    const QString servedKey = QStringLiteral("%1:%2").arg(key).arg(routing.queue);
    auto served = pass.served.constFind(servedKey);
    if (served == pass.served.cend()) {
        const bool any = std::any_of(pass.people.cbegin(), pass.people.cend(), [&](const RoutingPolicy::Candidate &c) {
            return free.contains(c.userId) && RoutingPolicy::servesQueue(c, routing.queue);
        });
        served = pass.served.insert(servedKey, any);
    }
    if (*served)
        return true;
    // Or one of the people this contact goes to first, whatever their queues.
    const auto isFree = [&](const std::optional<qint64> &user) {
        return user && free.contains(*user);
    };
    if (isFree(routing.preferred))
        return true;
    if (routing.forwarded)
        return false;
    return isFree(routing.owner) || isFree(routing.backup) || pass.caseCustomers.contains(routing.customerId);
}

bool ContactRouter::routeOne(const ContactStore::Routing &routing, Pass &pass)
{
    const qint64 contactId = routing.id;
    if (m_offers.contains(contactId) || routing.state != u"queued")
        return false;
    const auto channel = RoutingPolicy::channelFromName(routing.channel);
    if (!channel)
        return false;
    const int caseOwnerDays = m_server.config().caseOwnerDays;
    if (caseOwnerDays >= 0 && !pass.caseCustomersKnown) {
        // One query per pass for "whose case does a free person own", instead of one per contact.
        QSet<qint64> free;
        for (const RoutingPolicy::Candidate &c : std::as_const(pass.people)) {
            if (RoutingPolicy::canTake(c, RoutingPolicy::Channel::Phone)
                || RoutingPolicy::canTake(c, RoutingPolicy::Channel::Chat))
                free.insert(c.userId);
        }
        auto customers = m_store->customersWithCaseOwnerAmong(free, caseOwnerDays);
        if (!customers)
            return false;
        pass.caseCustomers = customers.value();
        pass.caseCustomersKnown = true;
    }
    if (!mayBeOffered(routing, *channel, pass))
        return false;
    QList<RoutingPolicy::Candidate> &candidates = pass.people;
    RoutingPolicy::Request request;
    request.channel = *channel;
    request.owner = routing.owner;
    request.backup = routing.backup;
    request.exclude = m_tried.value(contactId);
    request.queue = routing.queue;
    request.preferred = routing.preferred;
    request.skipOwnerAndBackup = routing.forwarded;
    if (const int days = caseOwnerDays; days >= 0 && pass.caseCustomers.contains(routing.customerId)) {
        // Looked up only when the case owner may be free now.
        auto caseOwner = m_store->caseOwner(contactId, days);
        if (!caseOwner)
            return false;
        request.caseOwner = caseOwner.value();
    }
    auto decision = RoutingPolicy::choose(request, candidates);
    if (!decision && !request.exclude.isEmpty()) {
        // Everyone reachable was asked once: start a new round, but not straight back to
        // the one who just let it go.
        const LastAsked last = m_lastTried.value(contactId);
        request.exclude = { last.userId };
        decision = RoutingPolicy::choose(request, candidates);
        if (!decision) {
            // Nobody else can take it: the customer must not wait for a presence change that
            // may never come, so the one who let it go is asked again after a pause.
            const qint64 wait = m_server.db().now().msecsTo(last.answeredAt.addMSecs(reofferPauseMs()));
            if (wait > 0) {
                retryIn(wait);
                return false;
            }
            request.exclude.clear();
            decision = RoutingPolicy::choose(request, candidates);
        }
        if (decision)
            m_tried[contactId] = request.exclude;
    }
    if (!decision)
        return false; // stays queued until someone becomes available
    const qint64 userId = decision->userId;
    const OpenOffer offer { contactId, m_server.db().now().addMSecs(m_offerTimeoutMs), decision->pick };
    auto r = m_server.transact([&]() -> Result<void> {
        SPOCS_TRY(m_store->setOffered(contactId, userId));
        SPOCS_TRY(m_store->transition(contactId, QStringLiteral("offered"), std::nullopt));
        SPOCS_TRY_LET(contact, publish(contactId));
        SPOCS_TRY_LET(seq,
                      m_server.events().publish(QStringLiteral("user:%1").arg(userId),
                                                QString::fromUtf16(event::ContactOffered),
                                                offeredJson(contact.value(), offer)));
        return {};
    });
    if (!r) {
        qCWarning(lcServer) << "could not offer contact" << contactId;
        return false;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, contactId, userId] { onTimeout(contactId, userId); });
    timer->start(m_offerTimeoutMs);
    m_offers.insert(contactId, Offer { userId, offer.expiresAt, offer.pick, timer });
    // The offer reserves its person for the rest of this pass, as loads() counts it.
    for (RoutingPolicy::Candidate &c : candidates) {
        if (c.userId == userId) {
            ++(*channel == RoutingPolicy::Channel::Phone ? c.voiceContacts : c.textContacts);
            break;
        }
    }
    return true;
}

void ContactRouter::retryIn(qint64 ms)
{
    if (!m_retry) {
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &ContactRouter::schedule);
    }
    if (!m_retry->isActive() || m_retry->remainingTime() > ms)
        m_retry->start(int(ms));
}

void ContactRouter::onTimeout(qint64 contactId, qint64 userId)
{
    if (!isOfferedTo(contactId, userId))
        return;
    auto r = m_server.transact([&]() -> Result<void> {
        SPOCS_TRY(m_store->setOffered(contactId, std::nullopt));
        SPOCS_TRY(m_store->transition(contactId, QStringLiteral("queued"), std::nullopt));
        SPOCS_TRY_LET(contact, publish(contactId));
        return {};
    });
    if (!r)
        qCWarning(lcServer) << "could not requeue contact" << contactId;
    // Deletes the timer (maybe the one whose signal we are in): later, not now.
    auto it = m_offers.find(contactId);
    if (it->timer) {
        it->timer->stop();
        it->timer->deleteLater();
    }
    it->timer = nullptr;
    offerAnswered(contactId, userId, false);
}

} // namespace spocs
