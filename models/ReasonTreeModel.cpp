#include "models/ReasonTreeModel.h"

#include "core/Ops.h"
#include "core/domain/Catalogue.h"
#include "models/DemandClassText.h"

#include <algorithm>
#include <functional>

namespace spocs {

ReasonTreeModel::ReasonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

// The tree keeps a reason's parent as 0 at the top level and its class and skill as text.
ReasonTreeModel::Reason ReasonTreeModel::fromJson(const QJsonObject &o)
{
    const domain::Reason r = domain::Reason::fromJson(o);
    return { r.id,
             r.parent.value_or(0),
             r.code,
             r.label,
             domain::wireName(r.demandClass),
             r.skill.value_or(QString()),
             r.forwardOnly,
             r.archived };
}

void ReasonTreeModel::setReasons(const QJsonArray &reasons)
{
    beginResetModel();
    m_reasons.clear();
    for (const QJsonValue &v : reasons) {
        Reason r = fromJson(v.toObject());
        if (!r.archived && !r.code.isEmpty())
            m_reasons.append(r);
    }
    rebuild();
    endResetModel();
    Q_EMIT checkedChanged();
}

void ReasonTreeModel::upsert(const QJsonObject &reason)
{
    const Reason r = fromJson(reason);
    beginResetModel(); // rare (an admin edit): a reset keeps the tree logic simple
    const auto it = std::find_if(m_reasons.begin(), m_reasons.end(),
                                 [&](const Reason &x) { return (r.id != 0 && x.id == r.id) || x.code == r.code; });
    if (it != m_reasons.end()) {
        if (r.archived)
            m_reasons.erase(it);
        else
            *it = r;
    } else if (!r.archived) {
        m_reasons.append(r);
    }
    rebuild();
    endResetModel();
    Q_EMIT checkedChanged();
}

bool ReasonTreeModel::handleEvent(const protocol::Event &event)
{
    if (event.kind != QStringView(event::ReasonsChanged))
        return false;
    upsert(event.data.value(QStringLiteral("reason")).toObject());
    return true;
}

void ReasonTreeModel::rebuild()
{
    m_children.clear();
    m_byId.clear();
    QSet<QString> codes;
    for (int i = 0; i < m_reasons.size(); ++i) {
        m_byId.insert(m_reasons.at(i).id, i);
        codes.insert(m_reasons.at(i).code);
    }
    for (int i = 0; i < m_reasons.size(); ++i) {
        Reason &r = m_reasons[i];
        // A parent that is archived or unknown: show the reason at the top level.
        if (r.parent != 0 && (!m_byId.contains(r.parent) || r.parent == r.id))
            r.parent = 0;
        m_children[r.parent].append(i);
    }
    // Guard against cycles: a reason must reach the top level through its parents.
    for (int i = 0; i < m_reasons.size(); ++i) {
        qint64 p = m_reasons.at(i).parent;
        int steps = 0;
        while (p != 0 && steps <= m_reasons.size()) {
            p = m_reasons.at(m_byId.value(p)).parent;
            ++steps;
        }
        if (p != 0) {
            m_children[m_reasons.at(i).parent].removeAll(i);
            m_reasons[i].parent = 0;
            m_children[0].append(i);
        }
    }
    m_checked.intersect(codes);
}

const QList<int> &ReasonTreeModel::childrenOf(qint64 parentId) const
{
    static const QList<int> none;
    const auto it = m_children.constFind(parentId);
    return it == m_children.cend() ? none : *it;
}

int ReasonTreeModel::rowOf(int reasonIndex) const
{
    return int(childrenOf(m_reasons.at(reasonIndex).parent).indexOf(reasonIndex));
}

QModelIndex ReasonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const qint64 parentId = parent.isValid() ? m_reasons.at(int(parent.internalId())).id : 0;
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &children = childrenOf(parentId);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex ReasonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qint64 parentId = m_reasons.at(int(child.internalId())).parent;
    if (parentId == 0)
        return {};
    const int parentIndex = m_byId.value(parentId);
    return createIndex(rowOf(parentIndex), 0, quintptr(parentIndex));
}

int ReasonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(childrenOf(0).size());
    if (parent.column() != 0)
        return 0;
    return int(childrenOf(m_reasons.at(int(parent.internalId())).id).size());
}

int ReasonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReasonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Reason &r = m_reasons.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LabelColumn)
            return r.forwardOnly ? tr("%1 (forward only)").arg(r.label) : r.label;
        return r.demandClass.toUpper();
    case Qt::ToolTipRole:
        if (index.column() == DemandClassColumn || index.column() == LabelColumn)
            return demandclass::description(r.demandClass);
        return {};
    case Qt::CheckStateRole:
        if (index.column() == LabelColumn)
            return m_checked.contains(r.code) ? Qt::Checked : Qt::Unchecked;
        return {};
    case CodeRole:
        return r.code;
    case DemandClassRole:
        return r.demandClass;
    case ForwardOnlyRole:
        return r.forwardOnly;
    case SkillRole:
        return r.skill;
    case ReasonIdRole:
        return r.id;
    default:
        return {};
    }
}

bool ReasonTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole
        || index.column() != LabelColumn)
        return false;
    const QString code = m_reasons.at(int(index.internalId())).code;
    const bool check = value.value<Qt::CheckState>() == Qt::Checked;
    if (check == m_checked.contains(code))
        return true;
    if (check)
        m_checked.insert(code);
    else
        m_checked.remove(code);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags ReasonTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == LabelColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReasonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Reason");
    case DemandClassColumn:
        return tr("Class");
    default:
        return {};
    }
}

QStringList ReasonTreeModel::checkedCodes() const
{
    QStringList out;
    // Depth-first, so the order matches what the user sees.
    std::function<void(qint64)> walk = [&](qint64 parentId) {
        for (int i : childrenOf(parentId)) {
            if (m_checked.contains(m_reasons.at(i).code))
                out.append(m_reasons.at(i).code);
            walk(m_reasons.at(i).id);
        }
    };
    walk(0);
    return out;
}

void ReasonTreeModel::setCheckedCodes(const QStringList &codes)
{
    QSet<QString> known;
    for (const Reason &r : m_reasons)
        known.insert(r.code);
    m_checked.clear();
    for (const QString &c : codes) {
        if (known.contains(c))
            m_checked.insert(c);
    }
    if (!m_reasons.isEmpty()) {
        // Every row may have changed: tell views about the check column.
        std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
            const int rows = rowCount(parent);
            if (rows == 0)
                return;
            Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), { Qt::CheckStateRole });
            for (int row = 0; row < rows; ++row)
                touch(index(row, 0, parent));
        };
        touch({});
    }
    Q_EMIT checkedChanged();
}

bool ReasonTreeModel::anyCheckedForwardOnly() const
{
    return std::any_of(m_reasons.cbegin(), m_reasons.cend(),
                       [&](const Reason &r) { return r.forwardOnly && m_checked.contains(r.code); });
}

QString ReasonTreeModel::labelFor(const QString &code) const
{
    for (const Reason &r : m_reasons) {
        if (r.code == code)
            return r.label;
    }
    return code;
}

QModelIndex ReasonTreeModel::indexForCode(const QString &code) const
{
    for (int i = 0; i < m_reasons.size(); ++i) {
        if (m_reasons.at(i).code == code)
            return createIndex(rowOf(i), 0, quintptr(i));
    }
    return {};
}

} // namespace spocs
