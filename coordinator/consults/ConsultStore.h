#pragma once

#include "core/Result.h"
#include "core/domain/Consult.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace spocs {

class Database;

// Consults, their offers and chat, contact participants and transfers (schema 0007),
// plus the contact columns consults and transfers change (notes, consult/transfer counts, owner on hand-over,
// forwarding). Writes join the caller's Database::write() transaction. JSON: docs/protocol.md,
// "Consult and transfer".
class ConsultStore
{
public:
    explicit ConsultStore(Database &db);

    // What the ops check about a contact.
    struct ContactFacts
    {
        qint64 id = 0;
        QString state;
        QString channel;
        std::optional<qint64> owner;
        qint64 version = 0;
        QString notes;
    };
    Result<ContactFacts> contact(qint64 contactId);

    struct User
    {
        QJsonObject person; // {"id","login","name"}
        QString role;
    };
    Result<std::optional<User>> user(qint64 userId);

    struct Consult
    {
        qint64 id = 0;
        qint64 contactId = 0;
        qint64 requester = 0;
        std::optional<qint64> target;
        std::optional<qint64> expert;
        QString skill;
        QString state;
    };
    Result<Consult> find(qint64 consultId);
    Result<qint64> create(qint64 contactId, qint64 requester, std::optional<qint64> target, const QString &skill,
                          const QString &question, const QList<qint64> &offerTo);
    Result<QJsonObject> json(qint64 consultId);
    Result<domain::Consult> consult(qint64 consultId);
    Result<QJsonArray> listForContact(qint64 contactId);
    // user -> offer state (open, accepted, withdrawn, declined, expired)
    Result<QHash<qint64, QString>> offers(qint64 consultId);
    Result<void> setOffer(qint64 consultId, qint64 userId, const QString &state, const QString &reason = {});
    // Every open offer takes `state`; returns who had one.
    Result<QList<qint64>> closeOpenOffers(qint64 consultId, const QString &state);
    struct Change
    {
        QString state;
        std::optional<qint64> expert;
        std::optional<QString> declineReason;
        std::optional<QString> answer;
    };
    // Moves the consult on, bumps its version; sets answered_at (active) or ended_at (any end).
    Result<void> update(qint64 consultId, const Change &change);
    // Everyone offered any consult on this contact (for "ask next").
    Result<QSet<qint64>> askedOnContact(qint64 contactId);
    // Consults left 'offered' by a previous run.
    Result<QList<qint64>> offeredConsults();
    // The contact's consults in this state, oldest first.
    Result<QList<qint64>> consultsOf(qint64 contactId, const QString &state);
    Result<void> bumpConsultCount(qint64 contactId);
    Result<bool> hasAnsweredConsult(qint64 contactId, qint64 expertId);
    // Whether the user may read this consult: requester, expert, offered, owner or participant.
    Result<bool> mayRead(qint64 consultId, qint64 userId);

    Result<QJsonObject> addMessage(qint64 consultId, qint64 authorId, const QString &body);
    // Marks the messages `recipient` received (author is someone else) with id <= upTo.
    Result<int> markReceipt(qint64 consultId, qint64 recipient, qint64 upTo, bool read);

    // Contact columns.
    Result<void> setNotes(qint64 contactId, const QString &notes);
    Result<void> handOver(qint64 contactId, qint64 toUser); // owner + transfer_count + version
    struct Forwarding
    {
        qint64 reasonId = 0;
        QString queue;
        std::optional<qint64> preferred;
    };
    Result<void> forward(qint64 contactId, const Forwarding &forwarding);

    // Participants (the call legs, added with ContactStore::addParticipant).
    Result<bool> isParticipant(qint64 contactId, qint64 userId);
    // Sets left_at on the user's open rows (of these roles, or any when empty); returns how many.
    Result<int> leave(qint64 contactId, qint64 userId, const QStringList &roles = {});

    // Transfers.
    struct Transfer
    {
        qint64 id = 0;
        qint64 contactId = 0;
        qint64 from = 0;
        std::optional<qint64> to;
        QString kind;
        QString state;
    };
    Result<std::optional<Transfer>> findTransfer(qint64 transferId);
    Result<std::optional<qint64>> openTransfer(qint64 contactId);
    Result<qint64> createTransfer(qint64 contactId, qint64 from, std::optional<qint64> to, const QString &toSkill,
                                  const QString &kind, const QString &note, const QString &state);
    Result<void> setTransfer(qint64 transferId, const QString &state, const QString &declineReason = {});
    Result<QJsonObject> transferJson(qint64 transferId);
    Result<QList<qint64>> offeredTransfers();

private:
    Result<QList<domain::ConsultMessage>> messages(qint64 consultId);
    Database &m_db;
};

} // namespace spocs
