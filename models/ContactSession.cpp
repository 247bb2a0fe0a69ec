#include "models/ContactSession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "core/domain/Customer.h"
#include "models/ActiveContact.h"
#include "models/FollowUpModel.h"
#include "models/ModelsLog.h"
#include "models/PersonName.h"
#include "models/ReasonCatalogue.h"
#include "models/ReasonTreeModel.h"
#include "models/VersionedWrite.h"

#include <QJsonArray>
#include <QPointer>

#include <algorithm>

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

bool isGoneForGood(const Error &error)
{
    // Taken, expired or withdrawn on the server (not a network hiccup).
    return error.code != ErrorCode::Timeout && error.code != ErrorCode::Unavailable;
}

} // namespace

ContactSession::ContactSession(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_catalogue(ReasonCatalogue::of(connection))
    , m_offers(new OfferQueue(this))
    , m_active(new ActiveContact(this))
    , m_followUps(new FollowUpModel(this))
    , m_reasons(new ReasonTreeModel(this))
{
    m_self = connection ? connection->user().id : 0;
    m_offers->setSelf(m_self);
    if (connection) {
        // Offer deadlines, the time on a contact and follow-ups' due times are the coordinator's.
        const auto serverClock = [connection = QPointer<Connection>(connection)] {
            return connection ? connection->serverNow() : QDateTime::currentDateTimeUtc();
        };
        m_offers->setClock(serverClock);
        m_active->setClock(serverClock);
        m_followUps->setClock(serverClock);
    }
    m_active->setSelf(m_self);
    m_followUps->setReasonLabeler([this](const QString &code) { return m_reasons->labelFor(code); });
    connect(m_offers, &OfferQueue::offerRemoved, this, [this](OfferQueue::Kind kind, qint64 id) {
        m_busy.remove(id);
        // The offer's contact topic was only for the withdrawal news (and, after an accept
        // that got no answer, for the news that it was taken after all).
        if (kind == OfferQueue::Kind::Contact && !m_mine.contains(id) && m_active->id() != id
            && !m_unsureAccepts.contains(id))
            untrackContact(id);
    });
    connect(m_active, &ActiveContact::contactChanged, this, [this] {
        const qint64 id = m_active->id();
        if (id == 0 || !m_mine.contains(id))
            return;
        if (m_active->isClosed())
            m_mine.remove(id);
        else
            m_mine.insert(id, m_active->json());
        Q_EMIT contactsInHandChanged();
    });
    if (m_catalogue) {
        connect(m_catalogue, &SharedLookup::changed, this, [this] { m_reasons->setReasons(m_catalogue->items()); });
        connect(m_catalogue, &ReasonCatalogue::reasonChanged, m_reasons, &ReasonTreeModel::upsert);
        if (m_catalogue->isLoaded())
            m_reasons->setReasons(m_catalogue->items());
    }
    if (connection) {
        connect(connection, &Connection::eventReceived, this, &ContactSession::handleEvent);
        connect(connection, &Connection::resyncRequired, this, &ContactSession::resync);
        if (m_self != 0) {
            m_userTopic = QStringLiteral("user:%1").arg(m_self);
            connection->subscribe(m_userTopic);
        }
    }
    resync();
}

ContactSession::~ContactSession()
{
    if (m_connection) {
        for (qint64 id : std::as_const(m_tracked))
            m_connection->unsubscribe(contactTopic(id));
        // user:<me> and reasons stay: other parts of the window follow them too.
    }
}

Connection *ContactSession::connection() const
{
    return m_connection;
}

QList<QJsonObject> ContactSession::contactsInHand() const
{
    QList<qint64> ids = m_mine.keys();
    std::sort(ids.begin(), ids.end());
    QList<QJsonObject> out;
    for (qint64 id : ids)
        out.append(m_mine.value(id));
    return out;
}

bool ContactSession::setCurrentContact(qint64 contactId)
{
    const auto it = m_mine.constFind(contactId);
    if (it == m_mine.cend())
        return false;
    m_active->setContact(*it);
    return true;
}

void ContactSession::resync()
{
    if (m_catalogue)
        m_catalogue->reload();
    reloadFollowUps();
    // The offers are set right by contact.mine, which lists those still open. The current contact is
    // fetched anew.
    restoreMyContacts();
    const qint64 id = m_active->id();
    if (id != 0 && m_connection) {
        m_connection->request(QString::fromUtf16(op::ContactGet), { { QStringLiteral("id"), id } }, this,
                              [this, id](const Reply &reply) {
                                  if (reply.ok && m_active->id() == id)
                                      m_active->setContact(reply.data.value(QStringLiteral("contact")).toObject());
                              });
    }
}

void ContactSession::restoreMyContacts()
{
    // After a restart or a resync the contacts in hand come back, without a screen pop.
    if (!m_connection)
        return;
    // Contacts in hand now that the answer no longer lists were closed or handed on while the
    // events were missed (a resync): they go. The one on screen stays; it is fetched anew.
    const QList<qint64> before = m_mine.keys();
    const OfferIds offeredBefore { m_offers->ids(OfferQueue::Kind::Contact), m_offers->ids(OfferQueue::Kind::Consult),
                                   m_offers->ids(OfferQueue::Kind::Transfer) };
    m_connection->request(
        QString::fromUtf16(op::ContactMine), {}, this, [this, before, offeredBefore](const Reply &reply) {
            if (!reply.ok)
                return;
            restoreOffers(reply.data, offeredBefore);
            const QJsonArray contacts = reply.data.value(QStringLiteral("contacts")).toArray();
            for (qint64 id : before) {
                const bool listed = std::any_of(contacts.cbegin(), contacts.cend(),
                                                [id](const QJsonValue &v) { return idOf(v.toObject()) == id; });
                if (!listed && id != m_active->id() && m_mine.remove(id))
                    untrackContact(id);
            }
            for (const QJsonValue &v : contacts) {
                const QJsonObject contact = v.toObject();
                const qint64 id = idOf(contact);
                if (id == 0 || m_mine.contains(id))
                    continue;
                if (m_active->id() == 0) {
                    takeContact(contact, false);
                } else {
                    trackContact(id);
                    m_mine.insert(id, contact);
                }
            }
            Q_EMIT contactsInHandChanged();
        });
}

void ContactSession::restoreOffers(const QJsonObject &mine, const OfferIds &before)
{
    // The offers the coordinator still holds for this user come (back) with their own deadline, as
    // their offer event brought them; a card shown when contact.mine was asked that it no longer
    // lists was taken, withdrawn or timed out while the events were missed.
    struct Listing
    {
        OfferQueue::Kind kind;
        const char16_t *key; // contact.mine's list
        const char16_t *record; // where the list's entries carry the offer's id
        const char16_t *event; // the event the entries are the data of
    };
    static constexpr Listing listings[] = {
        { OfferQueue::Kind::Contact, u"offers", u"contact", event::ContactOffered },
        { OfferQueue::Kind::Consult, u"consultOffers", u"consult", event::ConsultOffered },
        { OfferQueue::Kind::Transfer, u"transferOffers", u"transfer", event::TransferOffered },
    };
    for (const Listing &listing : listings) {
        QSet<qint64> open;
        for (const QJsonValue &v : mine.value(QString::fromUtf16(listing.key)).toArray()) {
            const QJsonObject data = v.toObject();
            const qint64 id = idOf(data.value(QString::fromUtf16(listing.record)).toObject());
            if (id == 0)
                continue;
            open.insert(id);
            if (listing.kind == OfferQueue::Kind::Contact)
                trackContact(id);
            m_offers->handleEvent(QString::fromUtf16(listing.event), data);
        }
        for (qint64 id : before[int(listing.kind)]) {
            if (!open.contains(id))
                m_offers->remove(listing.kind, id);
        }
    }
}

void ContactSession::handleEvent(const protocol::Event &event)
{
    if (event.kind == QStringView(event::ContactOffered)) {
        // Follow the contact while it is offered: its updates tell when the offer is gone.
        trackContact(idOf(event.data.value(QStringLiteral("contact")).toObject()));
    }
    m_offers->handleEvent(event);
    if (event.kind == QStringView(event::ContactUpdated)) {
        // On customer:<id> the contact comes without its notes and tasks (for colleagues with the
        // customer open); the whole record comes on the contact's own topic.
        if (event.topic.startsWith(u"customer:"))
            return;
        const QJsonObject contact = event.data.value(QStringLiteral("contact")).toObject();
        const qint64 id = idOf(contact);
        if (m_unsureAccepts.contains(id) && !m_mine.contains(id)) {
            adoptUnsureAccept(contact);
            return;
        }
        if (m_mine.contains(id)) {
            if (idOf(contact.value(QStringLiteral("owner")).toObject()) != m_self && id != m_active->id()) {
                m_mine.remove(id); // transferred away
                untrackContact(id);
            } else if (contact.value(QStringLiteral("state")).toString() == u"closed") {
                m_mine.remove(id);
            } else {
                m_mine.insert(id, contact);
            }
            Q_EMIT contactsInHandChanged();
        }
        m_active->handleEvent(event);
        return;
    }
    if (event.kind == QStringView(event::TransferUpdated) && event.topic == m_userTopic) {
        // A transfer this user started came back: say so at once (the contact stays theirs).
        const QJsonObject transfer = event.data.value(QStringLiteral("transfer")).toObject();
        if (idOf(transfer.value(QStringLiteral("from")).toObject()) == m_self) {
            const QString to = personName(transfer.value(QStringLiteral("to")).toObject());
            const QString state = transfer.value(QStringLiteral("state")).toString();
            if (state == u"declined")
                Q_EMIT notice(tr("%1 declined the transfer; the contact stays with you.").arg(to), 15000);
            else if (state == u"expired")
                Q_EMIT notice(tr("%1 did not answer the transfer in time; the contact stays with you.").arg(to), 15000);
            else if (state == u"accepted")
                Q_EMIT notice(tr("%1 took over the contact.").arg(to), 8000);
        }
        return;
    }
    if (event.kind == QStringView(event::CustomerReassigned) && event.topic == m_userTopic) {
        announceReassignment(domain::CustomerReassignment::fromJson(event.data));
        return;
    }
    if (event.kind == QStringView(event::FollowUpUpdated) || event.kind == QStringView(event::FollowUpDue)) {
        // Only this user's own list lives here (a lead sees others' on contact:<id> too).
        if (event.topic == m_userTopic)
            m_followUps->handleEvent(event);
    }
}

// A lead moved customers to or away from this user: say who, how many, and to whom.
void ContactSession::announceReassignment(const domain::CustomerReassignment &moved)
{
    const int customers = int(moved.customers.size());
    const int followUps = int(moved.followUps.size());
    const QString by = personName(moved.by);
    QString text;
    if (moved.owner.id == m_self) {
        text = tr("%1 gave you %n customer(s)", nullptr, customers).arg(by)
            + tr(" and %n open follow-up(s).", nullptr, followUps);
        if (customers == 1)
            text += QStringLiteral(" ") + tr("Customer: %1.").arg(moved.customers.first().name);
    } else {
        const QString owner = personName(moved.owner);
        text = tr("%1 moved %n of your customer(s)", nullptr, customers).arg(by)
            + tr(" and %n open follow-up(s) to %1.", nullptr, followUps).arg(owner);
    }
    Q_EMIT notice(text, 15000);
}

void ContactSession::trackContact(qint64 contactId)
{
    if (contactId == 0 || !m_connection || m_tracked.contains(contactId))
        return;
    m_tracked.insert(contactId);
    m_connection->subscribe(contactTopic(contactId));
}

void ContactSession::untrackContact(qint64 contactId)
{
    if (!m_tracked.remove(contactId) || !m_connection)
        return;
    m_connection->unsubscribe(contactTopic(contactId));
}

void ContactSession::takeContact(const QJsonObject &contact, bool screenPop)
{
    const qint64 id = idOf(contact);
    if (id == 0)
        return;
    m_unsureAccepts.remove(id);
    trackContact(id);
    if (contact.value(QStringLiteral("state")).toString() != u"closed")
        m_mine.insert(id, contact);
    m_active->setContact(contact);
    Q_EMIT contactsInHandChanged();
    Q_EMIT contactTaken(contact, screenPop);
}

void ContactSession::acceptFailed(OfferQueue::Kind kind, qint64 id, const Error &error)
{
    m_busy.remove(id);
    if (error.code == ErrorCode::Conflict && kind == OfferQueue::Kind::Consult) {
        const QString expert = personName(error.details.value(QStringLiteral("expert")).toObject());
        Q_EMIT notice(expert.isEmpty() ? tr("Another expert already took this consult.")
                                       : tr("%1 already took this consult.").arg(expert),
                      8000);
    } else {
        Q_EMIT offerActionFailed(true, error);
    }
    if (isGoneForGood(error))
        m_offers->remove(kind, id); // the card goes
    else if (kind == OfferQueue::Kind::Contact)
        m_unsureAccepts.insert(id); // the coordinator may have given it to us all the same
}

void ContactSession::adoptUnsureAccept(const QJsonObject &contact)
{
    // The accept got no answer; the contact's news says how it ended. Ours: it comes into hand
    // as if the answer had arrived. Someone else's, or no longer offered: it was not taken.
    const qint64 id = idOf(contact);
    const QString state = contact.value(QStringLiteral("state")).toString();
    const bool ours = idOf(contact.value(QStringLiteral("owner")).toObject()) == m_self
        && (state == u"active" || state == u"after_contact_work");
    if (!ours && state == u"offered")
        return; // still offered: the answer or the withdrawal is yet to come
    m_unsureAccepts.remove(id);
    m_busy.remove(id);
    m_offers->remove(OfferQueue::Kind::Contact, id);
    if (ours)
        takeContact(contact, true);
    else if (m_active->id() != id)
        untrackContact(id);
}

void ContactSession::accept(const OfferQueue::Offer &offer)
{
    if (!m_connection || m_busy.contains(offer.id))
        return;
    m_busy.insert(offer.id);
    const OfferQueue::Kind kind = offer.kind;
    const qint64 id = offer.id;
    const char16_t *opName = kind == OfferQueue::Kind::Contact ? op::ContactAccept
        : kind == OfferQueue::Kind::Consult                    ? op::ConsultAccept
                                                               : op::TransferAccept;
    m_connection->write(
        QString::fromUtf16(opName), { { QStringLiteral("id"), id } }, this, [this, kind, id](const Reply &reply) {
            if (!reply.ok)
                return acceptFailed(kind, id, reply.error);
            m_offers->remove(kind, id);
            const QJsonObject contact = reply.data.value(QStringLiteral("contact")).toObject();
            switch (kind) {
            case OfferQueue::Kind::Contact:
                takeContact(contact, true);
                break;
            case OfferQueue::Kind::Consult:
                Q_EMIT notice(tr("Consult accepted."), 4000);
                Q_EMIT consultAccepted(reply.data.value(QStringLiteral("consult")).toObject());
                break;
            case OfferQueue::Kind::Transfer:
                takeContact(contact, true);
                Q_EMIT transferAccepted(reply.data.value(QStringLiteral("transfer")).toObject(), contact);
                break;
            }
        });
}

void ContactSession::decline(const OfferQueue::Offer &offer, const QString &reason)
{
    if (!m_connection || m_busy.contains(offer.id))
        return;
    m_busy.insert(offer.id);
    QJsonObject args { { QStringLiteral("id"), offer.id } };
    const char16_t *opName = op::ContactDecline;
    if (offer.kind != OfferQueue::Kind::Contact) {
        opName = offer.kind == OfferQueue::Kind::Consult ? op::ConsultDecline : op::TransferDecline;
        args.insert(QStringLiteral("reason"), reason.isEmpty() ? tr("Declined") : reason);
    }
    const OfferQueue::Kind kind = offer.kind;
    const qint64 id = offer.id;
    m_connection->write(QString::fromUtf16(opName), args, this, [this, kind, id](const Reply &reply) {
        m_busy.remove(id);
        if (!reply.ok && !isGoneForGood(reply.error)) {
            Q_EMIT offerActionFailed(false, reply.error);
            return;
        }
        // Declined, or already gone on the server: either way the card goes.
        m_offers->remove(kind, id);
        Q_EMIT notice(reply.ok ? tr("Offer declined.") : tr("The offer was no longer open."), 4000);
    });
}

void ContactSession::writeContact(const char16_t *opName, QJsonObject args, const QString &doneText)
{
    if (!m_connection || m_active->isEmpty())
        return;
    const qint64 id = m_active->id();
    args.insert(QStringLiteral("id"), id);
    m_connection->write(QString::fromUtf16(opName), args, this, [this, id, doneText](const Reply &reply) {
        if (!reply.ok) {
            qCInfo(lcModels) << "contact write failed:" << errorCodeName(reply.error.code);
            Q_EMIT contactWorkFailed(reply.error);
            return;
        }
        if (m_active->id() == id)
            m_active->setContact(reply.data.value(QStringLiteral("contact")).toObject());
        Q_EMIT contactWorkDone(doneText);
    });
}

void ContactSession::addTask(const QString &kind)
{
    writeContact(op::ContactTaskAdd, { { QStringLiteral("kind"), kind } },
                 tr("Task added: %1").arg(taskKindText(kind)));
}

void ContactSession::resolveTask(qint64 taskId)
{
    writeContact(op::ContactTaskResolve, { { QStringLiteral("task"), taskId } }, QString());
}

void ContactSession::saveNotes(const QString &notes)
{
    QJsonObject args { { QStringLiteral("notes"), notes } };
    if (m_active->version() > 0)
        args.insert(QStringLiteral("version"), m_active->version());
    writeContact(op::ContactNotesSet, args, tr("Notes saved."));
}

void ContactSession::close(QJsonObject args)
{
    if (!m_connection || m_closing)
        return;
    if (const std::optional<QString> notes = m_active->unsavedNotes();
        notes && m_active->id() == args.value(QStringLiteral("id")).toInteger())
        args.insert(QStringLiteral("notes"), *notes);
    m_closing = true;
    Q_EMIT closeBusyChanged(true);
    const VersionedWrite write { QString::fromUtf16(op::ContactClose), args, QString::fromUtf16(op::ContactGet),
                                 QJsonObject { { QStringLiteral("id"), args.value(QStringLiteral("id")) } },
                                 QStringLiteral("contact") };
    write.send(m_connection, this, [this](const VersionedWrite::Outcome &outcome) {
        m_closing = false;
        Q_EMIT closeBusyChanged(false);
        if (outcome.saved()) {
            const QJsonObject contact = outcome.record;
            m_mine.remove(idOf(contact));
            if (m_active->id() == idOf(contact))
                m_active->setContact(contact);
            Q_EMIT contactsInHandChanged();
            Q_EMIT contactClosed(contact);
            if (contact.value(QStringLiteral("outcome")).toString() == u"follow_up")
                reloadFollowUps();
            return;
        }
        // On a conflict someone (a task, a note) changed the contact meanwhile: show it as it is.
        if (outcome.conflict() && outcome.version() > 0 && m_active->id() == idOf(outcome.record))
            m_active->setContact(outcome.record);
        Q_EMIT closeFailed(outcome.error, outcome.conflict() ? outcome.record : QJsonObject());
    });
}

void ContactSession::reloadFollowUps()
{
    if (!m_connection)
        return;
    m_connection->request(QString::fromUtf16(op::FollowUpList), {}, this, [this](const Reply &reply) {
        if (!reply.ok) {
            Q_EMIT followUpsFailed(reply.error);
            return;
        }
        m_followUps->setFollowUps(reply.data.value(QStringLiteral("followUps")).toArray());
    });
}

void ContactSession::startOutbound(const QString &customerId, const QString &channel, const QString &reason,
                                   const QString &note)
{
    if (!m_connection || m_startingOutbound)
        return;
    QJsonObject args { { QStringLiteral("customer"), customerId }, { QStringLiteral("channel"), channel } };
    if (!reason.isEmpty())
        args.insert(QStringLiteral("reason"), reason);
    if (!note.trimmed().isEmpty())
        args.insert(QStringLiteral("note"), note.trimmed());
    m_startingOutbound = true;
    Q_EMIT outboundBusyChanged(true);
    m_connection->write(QString::fromUtf16(op::ContactOutbound), args, this, [this](const Reply &reply) {
        m_startingOutbound = false;
        Q_EMIT outboundBusyChanged(false);
        if (!reply.ok) {
            Q_EMIT outboundFailed(reply.error);
            return;
        }
        const QJsonObject contact = reply.data.value(QStringLiteral("contact")).toObject();
        takeContact(contact, true);
        Q_EMIT outboundStarted(contact);
    });
}

void ContactSession::writeFollowUp(const char16_t *opName, const QJsonObject &args, qint64 contactId,
                                   const QString &doneText)
{
    if (!m_connection || contactId == 0)
        return;
    const bool done = QStringView(opName) == QStringView(op::FollowUpDone);
    m_connection->write(QString::fromUtf16(opName), args, this, [this, contactId, done, doneText](const Reply &reply) {
        if (!reply.ok) {
            Q_EMIT followUpsFailed(reply.error);
            return;
        }
        QJsonObject followUp = reply.data.value(QStringLiteral("followUp")).toObject();
        if (!followUp.contains(QStringLiteral("contact")))
            followUp.insert(QStringLiteral("contact"), contactId);
        if (done && followUp.value(QStringLiteral("doneAt")).isNull())
            followUp.insert(QStringLiteral("doneAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        m_followUps->upsert(followUp);
        Q_EMIT followUpSaved(contactId, doneText);
        // The update was given on an outbound call or e-mail: that contact is in hand now.
        const QJsonObject started = reply.data.value(QStringLiteral("contact")).toObject();
        if (!started.isEmpty()) {
            takeContact(started, true);
            Q_EMIT outboundStarted(started);
        }
    });
}

void ContactSession::recordFollowUpUpdate(qint64 contactId, const QString &note, const QString &channel, bool outbound)
{
    QJsonObject args { { QStringLiteral("contact"), contactId },
                       { QStringLiteral("note"), note },
                       { QStringLiteral("channel"), channel } };
    if (outbound)
        args.insert(QStringLiteral("outbound"), true);
    writeFollowUp(op::FollowUpUpdate, args, contactId,
                  outbound ? tr("Status update recorded; the outbound contact is in hand.")
                           : tr("Status update recorded."));
}

void ContactSession::markFollowUpDone(qint64 contactId, const QString &note)
{
    QJsonObject args { { QStringLiteral("contact"), contactId } };
    if (!note.isEmpty())
        args.insert(QStringLiteral("note"), note);
    writeFollowUp(op::FollowUpDone, args, contactId, tr("Follow-up done."));
}

} // namespace spocs
