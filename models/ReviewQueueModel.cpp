#include "models/ReviewQueueModel.h"

#include <QLocale>

namespace spocs {

ReviewQueueModel::ReviewQueueModel(Kind kind, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_kind(kind)
{ }

void ReviewQueueModel::setFromAnswer(const QJsonObject &data)
{
    switch (m_kind) {
    case Kind::Proposals:
        setItems(data.value(QStringLiteral("proposals")).toArray());
        break;
    case Kind::Worst:
        setItems(data.value(QStringLiteral("worst")).toArray());
        break;
    case Kind::Stale:
        setItems(data.value(QStringLiteral("stale")).toArray());
        break;
    }
}

void ReviewQueueModel::setItems(const QJsonArray &items)
{
    QList<Item> rows;
    rows.reserve(items.size());
    for (const QJsonValue &value : items) {
        const QJsonObject obj = value.toObject();
        Item item;
        if (m_kind == Kind::Proposals) {
            item.article = KnowledgeArticle::fromJson(obj.value(QStringLiteral("article")).toObject());
            item.version = obj.value(QStringLiteral("version")).toInteger();
            const QJsonValue author = obj.value(QStringLiteral("author"));
            if (author.isObject()) {
                item.authorId = author.toObject().value(QStringLiteral("id")).toInteger();
                item.authorLogin = author.toObject().value(QStringLiteral("login")).toString();
                item.authorName = author.toObject().value(QStringLiteral("name")).toString();
            } else {
                item.authorLogin = author.toString();
            }
            item.changeNote = obj.value(QStringLiteral("changeNote")).toString();
            item.at = parseWireTime(obj.value(QStringLiteral("at")).toString());
        } else {
            item.article = KnowledgeArticle::fromJson(obj);
            item.authorLogin = item.article.ownerLogin;
            item.authorName = item.article.ownerName;
            item.at = item.article.lastReviewedAt;
        }
        if (item.version == 0)
            item.version = item.article.version;
        rows.append(item);
    }
    resetRows(std::move(rows));
}

void ReviewQueueModel::clear()
{
    resetRows({});
}

QVariant ReviewQueueModel::rowData(const Item &item, const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return item.article.title;
        case DetailColumn:
            switch (m_kind) {
            case Kind::Proposals:
                return item.changeNote;
            case Kind::Worst:
                return tr("%1 helped, %2 did not").arg(item.article.stats.helped).arg(item.article.stats.notHelped);
            case Kind::Stale:
                return item.article.stale ? tr("Review overdue") : QString();
            }
            return {};
        case WhoColumn:
            return item.authorName.isEmpty() ? item.authorLogin : item.authorName;
        case WhenColumn:
            if (!item.at.isValid())
                return m_kind == Kind::Stale ? tr("Never") : QString();
            return QLocale().toString(item.at.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        return item.changeNote.isEmpty() ? item.article.title : item.changeNote;
    case ArticleIdRole:
        return item.article.id;
    case VersionRole:
        return item.version;
    case ChangeNoteRole:
        return item.changeNote;
    case StatusRole:
        return item.article.status;
    }
    return {};
}

QStringList ReviewQueueModel::columnTitles() const
{
    const bool proposals = m_kind == Kind::Proposals;
    const QString detail = proposals ? tr("Change note") : m_kind == Kind::Worst ? tr("Feedback") : tr("State");
    return { tr("Title"), detail, proposals ? tr("Author") : tr("Owner"),
             proposals ? tr("Proposed") : tr("Last reviewed") };
}

} // namespace spocs
