#pragma once

#include "models/RowModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace spocs {

// Who is on a contact: the customer, the owner, conferenced experts and agents, with join
// and leave times (the Contact JSON's "participants"). Those still on it come first.
class ParticipantsModel : public RowListModel<QJsonObject>
{
    Q_OBJECT

public:
    enum Role {
        ParticipantIdRole = Qt::UserRole + 1,
        UserIdRole, // 0 for the customer
        NameRole,
        ParticipantRole, // wire: customer, owner, expert, agent
        JoinedAtRole,
        LeftAtRole,
        ActiveRole, // not left
    };
    Q_ENUM(Role)

    explicit ParticipantsModel(QObject *parent = nullptr);

    // Takes the contact's participants (and the customer's name for the customer row).
    void setContact(const QJsonObject &contact);
    void setParticipants(const QJsonArray &participants, const QString &customerName = QString());
    void clear();

    // True when this user is on the contact now.
    bool isActiveParticipant(qint64 userId) const;
    int activeCount() const;

    static QString roleText(const QString &wireRole);

    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant rowData(const QJsonObject &row, const QModelIndex &index, int role) const override;
    QString m_customerName;
};

} // namespace spocs
