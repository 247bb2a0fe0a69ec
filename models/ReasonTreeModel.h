#pragma once

#include "core/Protocol.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace spocs {

// The contact-reason tree from reason.list, for the close dialog: one checkable row per
// reason (archived reasons left out), children under their parent. Columns: label and
// demand class. Kept current from reasons.changed on topic `reasons`.
class ReasonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, DemandClassColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        CodeRole = Qt::UserRole + 1,
        DemandClassRole,
        ForwardOnlyRole,
        SkillRole,
        ReasonIdRole,
    };
    Q_ENUM(Role)

    struct Reason
    {
        qint64 id = 0;
        qint64 parent = 0;
        QString code;
        QString label;
        QString demandClass;
        QString skill;
        bool forwardOnly = false;
        bool archived = false;
    };

    explicit ReasonTreeModel(QObject *parent = nullptr);

    // reasons: the reason.list array (parents before children, but any order works).
    void setReasons(const QJsonArray &reasons);
    // reasons.changed {reason}: inserts or replaces one reason. Returns true when handled.
    bool handleEvent(const protocol::Event &event);
    void upsert(const QJsonObject &reason);

    // The checked reasons, in tree order.
    QStringList checkedCodes() const;
    void setCheckedCodes(const QStringList &codes);
    // Any checked reason is forward-only (such a contact cannot be closed as resolved).
    bool anyCheckedForwardOnly() const;
    QString labelFor(const QString &code) const;
    QModelIndex indexForCode(const QString &code) const;
    int reasonCount() const { return int(m_reasons.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    void rebuild();
    static Reason fromJson(const QJsonObject &o);
    // Children of a reason id (0: top level), indexes into m_reasons.
    const QList<int> &childrenOf(qint64 parentId) const;
    int rowOf(int reasonIndex) const;

    QList<Reason> m_reasons;
    QHash<qint64, QList<int>> m_children;
    QHash<qint64, int> m_byId;
    QSet<QString> m_checked;
};

} // namespace spocs
