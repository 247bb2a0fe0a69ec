#include "models/OfferQueue.h"

#include "core/Ops.h"
#include "models/RowModel.h"

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

QDateTime isoTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
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

QJsonObject OfferQueue::Offer::contact() const
{
    return obj(data, u"contact");
}

QJsonObject OfferQueue::Offer::consult() const
{
    return kind == Kind::Consult ? obj(data, u"consult") : QJsonObject();
}

QJsonObject OfferQueue::Offer::transfer() const
{
    return kind == Kind::Transfer ? obj(data, u"transfer") : QJsonObject();
}

OfferQueue::OfferQueue(QObject *parent)
    : QAbstractListModel(parent)
{ }

OfferQueue::Offer OfferQueue::contactOffer(const QJsonObject &data)
{
    Offer offer;
    offer.kind = Kind::Contact;
    const QJsonObject contact = obj(data, u"contact");
    offer.id = num(contact, u"id");
    offer.contactId = offer.id;
    offer.customerName = str(obj(contact, u"customer"), u"name");
    offer.expiresAt = isoTime(str(data, u"expiresAt"));
    offer.data = data;
    return offer;
}

OfferQueue::Offer OfferQueue::consultOffer(const QJsonObject &data)
{
    Offer offer;
    offer.kind = Kind::Consult;
    const QJsonObject consult = obj(data, u"consult");
    offer.id = num(consult, u"id");
    offer.contactId = contactIdOf(consult.value(QStringLiteral("contact")));
    offer.customerName = str(obj(consult, u"customer"), u"name");
    offer.expiresAt = isoTime(str(data, u"expiresAt"));
    offer.data = data;
    return offer;
}

OfferQueue::Offer OfferQueue::transferOffer(const QJsonObject &data)
{
    Offer offer;
    offer.kind = Kind::Transfer;
    const QJsonObject transfer = obj(data, u"transfer");
    offer.id = num(transfer, u"id");
    offer.contactId = contactIdOf(transfer.value(QStringLiteral("contact")));
    const QJsonObject contact = obj(data, u"contact");
    if (offer.contactId == 0)
        offer.contactId = num(contact, u"id");
    offer.customerName = str(obj(contact, u"customer"), u"name");
    offer.expiresAt = isoTime(str(data, u"expiresAt"));
    offer.data = data;
    return offer;
}

bool OfferQueue::handleEvent(const protocol::Event &event)
{
    return handleEvent(event.kind, event.data);
}

bool OfferQueue::handleEvent(const QString &kind, const QJsonObject &data)
{
    if (kind == QStringView(event::ContactOffered)) {
        Offer offer = contactOffer(data);
        if (offer.id == 0)
            return false;
        upsert(std::move(offer));
        return true;
    }
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
    if (kind == QStringView(event::ConsultOffered)) {
        Offer offer = consultOffer(data);
        if (offer.id == 0)
            return false;
        upsert(std::move(offer));
        return true;
    }
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
    if (kind == QStringView(event::TransferOffered)) {
        Offer offer = transferOffer(data);
        if (offer.id == 0)
            return false;
        upsert(std::move(offer));
        return true;
    }
    if (kind == QStringView(event::TransferUpdated)) {
        const QJsonObject transfer = obj(data, u"transfer");
        const qint64 id = num(transfer, u"id");
        return !isOpenState(str(transfer, u"state")) && remove(Kind::Transfer, id);
    }
    return false;
}

void OfferQueue::upsert(Offer offer)
{
    offer.receivedAt = QDateTime::currentDateTimeUtc();
    const int row = indexOf(offer.kind, offer.id);
    if (row >= 0) {
        offer.receivedAt = m_offers[row].receivedAt;
        m_offers[row] = offer;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, int(m_offers.size()), int(m_offers.size()));
    m_offers.append(offer);
    endInsertRows();
    Q_EMIT offerAdded(offer);
}

int OfferQueue::expire(const QDateTime &now)
{
    int removed = 0;
    for (int row = int(m_offers.size()) - 1; row >= 0; --row) {
        const Offer &o = m_offers.at(row);
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
    beginRemoveRows({}, row, row);
    m_offers.removeAt(row);
    endRemoveRows();
    Q_EMIT offerRemoved(kind, id);
    return true;
}

void OfferQueue::clear()
{
    if (m_offers.isEmpty())
        return;
    beginResetModel();
    m_offers.clear();
    endResetModel();
}

OfferQueue::Offer OfferQueue::offerAt(int row) const
{
    return row >= 0 && row < m_offers.size() ? m_offers.at(row) : Offer {};
}

int OfferQueue::indexOf(Kind kind, qint64 id) const
{
    for (int row = 0; row < m_offers.size(); ++row) {
        if (m_offers.at(row).kind == kind && m_offers.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<OfferQueue::Offer> OfferQueue::first() const
{
    if (m_offers.isEmpty())
        return std::nullopt;
    return m_offers.first();
}

int OfferQueue::secondsLeft(const Offer &offer, const QDateTime &now)
{
    if (!offer.expiresAt.isValid())
        return 0;
    const qint64 ms = now.msecsTo(offer.expiresAt);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

int OfferQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

QVariant OfferQueue::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Offer &o = m_offers.at(index.row());
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
