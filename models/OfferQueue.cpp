#include "models/OfferQueue.h"

#include "core/Ops.h"
#include "models/CommerceData.h"

#include <QJsonArray>

namespace spocs {

namespace {

QString str(const QJsonObject &o, const char16_t *key)
{
    return o.value(QString::fromUtf16(key)).toString();
}

qint64 num(const QJsonObject &o, const char16_t *key)
{
    return o.value(QString::fromUtf16(key)).toInteger();
}

QJsonObject obj(const QJsonObject &o, const char16_t *key)
{
    return o.value(QString::fromUtf16(key)).toObject();
}

// A reference to a contact is either its id or a (lite) contact object.
qint64 contactIdOf(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().value(QStringLiteral("id")).toInteger();
    return value.toInteger();
}

// Offers still waiting for an answer have one of these states.
bool isOpenState(const QString &state)
{
    return state.isEmpty() || state == u"offered" || state == u"open";
}

} // namespace

QJsonObject QueuedOffer::contact() const
{
    return obj(data, u"contact");
}

QJsonObject QueuedOffer::consult() const
{
    return kind == OfferKind::Consult ? obj(data, u"consult") : QJsonObject();
}

QJsonObject QueuedOffer::transfer() const
{
    return kind == OfferKind::Transfer ? obj(data, u"transfer") : QJsonObject();
}

OfferQueue::OfferQueue(QObject *parent)
    : RowModel(parent)
{ }

bool OfferQueue::upsert(Kind kind, const QJsonObject &data)
{
    // Each offer event carries its record under its kind's name; a consult carries its
    // customer itself, contacts and transfers name the contact beside it.
    static constexpr const char16_t *recordKey[] = { u"contact", u"consult", u"transfer" };
    const QJsonObject record = obj(data, recordKey[int(kind)]);
    const QJsonObject contact = obj(data, u"contact");
    Offer offer;
    offer.kind = kind;
    offer.id = num(record, u"id");
    if (offer.id == 0)
        return false;
    offer.contactId = kind == Kind::Contact ? offer.id : contactIdOf(record.value(QStringLiteral("contact")));
    if (offer.contactId == 0)
        offer.contactId = num(contact, u"id");
    offer.customerName = str(obj(kind == Kind::Consult ? record : contact, u"customer"), u"name");
    offer.expiresAt = wireTime(str(data, u"expiresAt"));
    offer.data = data;
    offer.receivedAt = QDateTime::currentDateTimeUtc();

    const int row = indexOf(offer.kind, offer.id);
    if (row >= 0) {
        offer.receivedAt = m_rows.at(row).receivedAt;
        m_rows[row] = offer;
        rowChanged(row);
        return true;
    }
    appendRow(offer);
    Q_EMIT offerAdded(offer);
    return true;
}

bool OfferQueue::handleEvent(const protocol::Event &event)
{
    return handleEvent(event.kind, event.data);
}

bool OfferQueue::handleEvent(const QString &kind, const QJsonObject &data)
{
    if (kind == QStringView(event::ContactOffered))
        return upsert(Kind::Contact, data);
    if (kind == QStringView(event::ContactUpdated)) {
        // The offer is gone once the contact is no longer offered to this user: taken,
        // expired and re-queued, abandoned by the caller, or moved by a lead.
        const QJsonObject contact = obj(data, u"contact");
        const qint64 id = num(contact, u"id");
        if (indexOf(Kind::Contact, id) < 0)
            return false;
        const qint64 offeredTo = num(obj(contact, u"offeredTo"), u"id");
        const bool stillMine = str(contact, u"state") == u"offered" && (m_self == 0 || offeredTo == m_self);
        return !stillMine && remove(Kind::Contact, id);
    }
    if (kind == QStringView(event::ConsultOffered))
        return upsert(Kind::Consult, data);
    if (kind == QStringView(event::ConsultWithdrawn))
        return remove(Kind::Consult, num(data, u"consultId"));
    if (kind == QStringView(event::ConsultUpdated)) {
        const QJsonObject consult = obj(data, u"consult");
        const qint64 id = num(consult, u"id");
        if (indexOf(Kind::Consult, id) < 0)
            return false;
        bool open = isOpenState(str(consult, u"state"));
        const QJsonArray offers = consult.value(QStringLiteral("offers")).toArray();
        for (const QJsonValue &v : offers) {
            const QJsonObject o = v.toObject();
            if (m_self != 0 && num(obj(o, u"user"), u"id") == m_self && !isOpenState(str(o, u"state")))
                open = false;
        }
        return !open && remove(Kind::Consult, id);
    }
    if (kind == QStringView(event::TransferOffered))
        return upsert(Kind::Transfer, data);
    if (kind == QStringView(event::TransferUpdated)) {
        const QJsonObject transfer = obj(data, u"transfer");
        const qint64 id = num(transfer, u"id");
        return !isOpenState(str(transfer, u"state")) && remove(Kind::Transfer, id);
    }
    return false;
}

int OfferQueue::expire(const QDateTime &now)
{
    int removed = 0;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const Offer &o = m_rows.at(row);
        if (o.expiresAt.isValid() && o.expiresAt <= now) {
            remove(o.kind, o.id);
            ++removed;
        }
    }
    return removed;
}

bool OfferQueue::remove(Kind kind, qint64 id)
{
    const int row = indexOf(kind, id);
    if (row < 0)
        return false;
    removeRowAt(row);
    Q_EMIT offerRemoved(kind, id);
    return true;
}

int OfferQueue::removeAll(Kind kind)
{
    const QList<qint64> gone = ids(kind);
    for (qint64 id : gone)
        remove(kind, id);
    return int(gone.size());
}

void OfferQueue::clear()
{
    clearRows();
}

QList<qint64> OfferQueue::ids(Kind kind) const
{
    QList<qint64> out;
    for (const Offer &o : m_rows) {
        if (o.kind == kind)
            out.append(o.id);
    }
    return out;
}

OfferQueue::Offer OfferQueue::offerAt(int row) const
{
    return rowAt(row);
}

int OfferQueue::indexOf(Kind kind, qint64 id) const
{
    return rowWhere([&](const Offer &o) { return o.kind == kind && o.id == id; });
}

std::optional<OfferQueue::Offer> OfferQueue::first() const
{
    if (m_rows.isEmpty())
        return std::nullopt;
    return m_rows.first();
}

int OfferQueue::secondsLeft(const Offer &offer, const QDateTime &now)
{
    if (!offer.expiresAt.isValid())
        return 0;
    const qint64 ms = now.msecsTo(offer.expiresAt);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

QVariant OfferQueue::rowData(const Offer &o, const QModelIndex &, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return o.customerName;
    case KindRole:
        return QVariant::fromValue(o.kind);
    case IdRole:
        return o.id;
    case ContactIdRole:
        return o.contactId;
    case ExpiresAtRole:
        return o.expiresAt;
    case PayloadRole:
        return o.data;
    default:
        return {};
    }
}

QHash<int, QByteArray> OfferQueue::roleNames() const
{
    return withRoleNames(QAbstractListModel::roleNames(), KindRole,
                         { "kind", "offerId", "contactId", "expiresAt", "payload", "customerName" });
}

} // namespace spocs
