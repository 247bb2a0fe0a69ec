#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace spocs {

// Who is on a contact: the customer, the owner, conferenced experts and agents, with join
// and leave times (the Contact JSON's "participants"). Those still on it come first.
class ParticipantsModel : public QAbstractListModel
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

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<QJsonObject> m_rows;
    QString m_customerName;
};

} // namespace spocs
