#include "models/ArticleVersionsModel.h"

#include "models/KnowledgeArticle.h"

#include <QJsonArray>
#include <QLocale>

namespace spocs {

ArticleVersionsModel::ArticleVersionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ArticleVersionsModel::setFromAnswer(const QJsonObject &data)
{
    QList<Version> rows;
    const QJsonArray versions = data.value(QStringLiteral("versions")).toArray();
    rows.reserve(versions.size());
    for (const QJsonValue &value : versions) {
        const QJsonObject obj = value.toObject();
        Version v;
        v.version = obj.value(QStringLiteral("version")).toInteger();
        const QJsonObject author = obj.value(QStringLiteral("author")).toObject();
        v.authorLogin = author.value(QStringLiteral("login")).toString();
        v.authorName = author.value(QStringLiteral("name")).toString();
        v.at = parseWireTime(obj.value(QStringLiteral("at")).toString());
        v.changeNote = obj.value(QStringLiteral("changeNote")).toString();
        v.status = obj.value(QStringLiteral("status")).toString();
        rows.append(v);
    }
    beginResetModel();
    m_versions = std::move(rows);
    endResetModel();
}

void ArticleVersionsModel::clear()
{
    beginResetModel();
    m_versions.clear();
    endResetModel();
}

ArticleVersionsModel::Version ArticleVersionsModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? m_versions.at(row) : Version {};
}

int ArticleVersionsModel::rowOfVersion(qint64 version) const
{
    for (int i = 0; i < m_versions.size(); ++i)
        if (m_versions.at(i).version == version)
            return i;
    return -1;
}

qint64 ArticleVersionsModel::publishedBefore(qint64 version) const
{
    qint64 best = 0;
    for (const Version &v : m_versions)
        if (v.version < version && v.version > best
            && (v.status == QLatin1String("published") || v.status == QLatin1String("archived")))
            best = v.version;
    return best;
}

int ArticleVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int ArticleVersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Version &v = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return v.version;
        case StatusColumn:
            return v.status;
        case AuthorColumn:
            return v.authorName.isEmpty() ? v.authorLogin : v.authorName;
        case WhenColumn:
            return v.at.isValid() ? QLocale().toString(v.at.toLocalTime(), QLocale::ShortFormat) : QString();
        case NoteColumn:
            return v.changeNote;
        }
        return {};
    case Qt::ToolTipRole:
        return v.changeNote;
    case VersionRole:
        return v.version;
    case StatusRole:
        return v.status;
    }
    return {};
}

QVariant ArticleVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case AuthorColumn:
        return tr("Author");
    case WhenColumn:
        return tr("Date");
    case NoteColumn:
        return tr("Change note");
    }
    return {};
}

} // namespace spocs
