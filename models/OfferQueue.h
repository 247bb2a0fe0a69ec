#pragma once

#include "models/RowModel.h"

#include "core/Protocol.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace spocs {

enum class OfferKind { Contact, Consult, Transfer };

// One offer waiting for the user's answer.
struct QueuedOffer
{
    OfferKind kind = OfferKind::Contact;
    qint64 id = 0;
    qint64 contactId = 0;
    QDateTime expiresAt;
    QDateTime receivedAt;
    QJsonObject data; // the offer event's data
    QString customerName;

    // The contact the offer is about (contact.offered, transfer.offered), or empty.
    QJsonObject contact() const;
    // consult.offered: the consult; transfer.offered: the transfer; else empty.
    QJsonObject consult() const;
    QJsonObject transfer() const;
};

// The offers waiting for this user's answer: contacts routed to them, consults asking
// for their help, transfers handed to them. Fed from events on `user:<me>` (and the
// `contact:<id>` / consult / transfer updates that withdraw an offer); an offer also
// leaves when it expires. Newest offer last; the widget shows all with a countdown.
class OfferQueue : public RowListModel<QueuedOffer>
{
    Q_OBJECT

public:
    using Kind = OfferKind;
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole, // contact id, consult id or transfer id (what accept/decline take)
        ContactIdRole,
        ExpiresAtRole,
        PayloadRole, // the whole event data (QJsonObject)
        CustomerNameRole,
    };
    Q_ENUM(Role)

    using Offer = QueuedOffer;

    explicit OfferQueue(QObject *parent = nullptr);

    // Whose offers these are (contact.updated naming someone else withdraws an offer).
    void setSelf(qint64 userId) { m_self = userId; }
    qint64 self() const { return m_self; }

    // Reacts to one event; returns true when the list changed.
    bool handleEvent(const protocol::Event &event);
    bool handleEvent(const QString &kind, const QJsonObject &data);
    // Removes the offers whose time is up at `now`; returns how many.
    int expire(const QDateTime &now);
    // The clock offer deadlines are set on (the coordinator's); this computer's clock until set.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    bool remove(Kind kind, qint64 id);
    // Removes every offer of this kind; returns how many.
    int removeAll(Kind kind);
    void clear();
    // The ids of the offers of this kind, oldest first.
    QList<qint64> ids(Kind kind) const;

    int count() const { return int(m_rows.size()); }
    Offer offerAt(int row) const;
    int indexOf(Kind kind, qint64 id) const;
    // The offer Ctrl+Alt+A / Ctrl+Alt+D answer: the oldest one.
    std::optional<Offer> first() const;
    // Whole seconds left at `now` (0 when expired or no expiry known).
    static int secondsLeft(const Offer &offer, const QDateTime &now);

    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A new offer arrived (not a refresh of one already listed).
    void offerAdded(const spocs::OfferQueue::Offer &offer);
    void offerRemoved(spocs::OfferQueue::Kind kind, qint64 id);

private:
    QVariant rowData(const Offer &o, const QModelIndex &index, int role) const override;
    // Adds the offer an event names; false when it names none.
    bool upsert(Kind kind, const QJsonObject &data);
    qint64 m_self = 0;
    std::function<QDateTime()> m_clock;
};

} // namespace spocs
