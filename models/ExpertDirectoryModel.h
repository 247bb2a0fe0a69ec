#pragma once

#include "core/Result.h"
#include "models/RowModel.h"
#include "models/TypeAhead.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace spocs {

class Connection;

// The expert finder's rows: expert.find by skill and/or free text (login, name,
// skill label), in the server's order (presence, then load, then level).
// Presence changes update a row at once; a debounced refetch then restores the
// order. Tests feed rows with setExperts().
class ExpertDirectoryModel : public RowListModel<QJsonObject>
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        LoginRole,
        NameRole,
        StateRole, // presence wire name: available, on_contact, after_contact_work,
                   // break, offline
        ReasonRole,
        SinceRole, // QDateTime (UTC)
        LoadRole, // voice + text + consults
        LevelRole, // 1..5 for the searched skill, or 0
        SkillsRole, // QStringList "billing 4"
        PersonRole, // QJsonObject Person
    };
    Q_ENUM(Role)

    static constexpr int DefaultDebounceMs = 150;

    explicit ExpertDirectoryModel(QObject *parent = nullptr);
    ~ExpertDirectoryModel() override;

    void setConnection(Connection *connection);
    void setDebounceInterval(int ms);

    // Filters; each change refetches (debounced).
    void setSkill(const QString &skill);
    void setQuery(const QString &text);
    QString skill() const { return m_skill; }
    QString query() const { return m_query; }
    // Fetches now with the current filters (drops a pending debounce).
    void refresh();
    // A filter changed and its fetch still waits for the debounce.
    bool hasPendingQuery() const { return m_typeAhead->isPending(); }

    // Replaces the rows with an expert.find answer's "experts" array.
    void setExperts(const QJsonArray &experts);
    // presence.changed data: updates that user's row; true if a row changed.
    bool applyPresence(const QJsonObject &presence);
    void clear();

    QJsonObject expertAt(int row) const;
    qint64 userIdAt(int row) const;
    int rowOfUser(qint64 userId) const;
    bool isBusy() const { return m_typeAhead->isBusy(); }
    bool hasAnswer() const { return m_hasAnswer; }

    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void expertsReplaced();
    void findFailed(const spocs::Error &error);

private:
    QVariant rowData(const QJsonObject &row, const QModelIndex &index, int role) const override;
    void fetch();

    QPointer<Connection> m_connection;
    TypeAhead *m_typeAhead;
    QString m_skill;
    QString m_query;
    bool m_hasAnswer = false;
};

} // namespace spocs
