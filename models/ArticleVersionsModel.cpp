#include "models/ArticleVersionsModel.h"

#include "models/KnowledgeArticle.h"
#include "models/WireText.h"

#include <QJsonArray>
#include <QLocale>

namespace spocs {

ArticleVersionsModel::ArticleVersionsModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

QString ArticleVersionsModel::statusText(const QString &wireName)
{
    static constexpr WireText texts[] = {
        { "draft", QT_TRANSLATE_NOOP("spocs::ArticleVersionsModel", "Draft") },
        { "in_review", QT_TRANSLATE_NOOP("spocs::ArticleVersionsModel", "In review") },
        { "published", QT_TRANSLATE_NOOP("spocs::ArticleVersionsModel", "Published") },
        { "archived", QT_TRANSLATE_NOOP("spocs::ArticleVersionsModel", "Archived") },
        { "changes_requested", QT_TRANSLATE_NOOP("spocs::ArticleVersionsModel", "Changes requested") },
        { "rejected", QT_TRANSLATE_NOOP("spocs::ArticleVersionsModel", "Rejected") },
        { "superseded", QT_TRANSLATE_NOOP("spocs::ArticleVersionsModel", "Superseded") },
    };
    return wireText("spocs::ArticleVersionsModel", texts, wireName);
}

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
    resetRows(std::move(rows));
}

void ArticleVersionsModel::clear()
{
    resetRows({});
}

int ArticleVersionsModel::rowOfVersion(qint64 version) const
{
    return rowWhere([&](const Version &v) { return v.version == version; });
}

qint64 ArticleVersionsModel::publishedBefore(qint64 version) const
{
    qint64 best = 0;
    for (const Version &v : m_rows)
        if (v.version < version && v.version > best
            && (v.status == QLatin1String("published") || v.status == QLatin1String("archived")))
            best = v.version;
    return best;
}

QVariant ArticleVersionsModel::rowData(const Version &v, const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return v.version;
        case StatusColumn:
            return statusText(v.status);
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

QStringList ArticleVersionsModel::columnTitles() const
{
    return { tr("Version"), tr("Status"), tr("Author"), tr("Date"), tr("Change note") };
}

} // namespace spocs
