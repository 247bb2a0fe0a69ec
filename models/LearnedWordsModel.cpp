#include "models/LearnedWordsModel.h"

#include <QJsonArray>

namespace spocs {

LearnedWord LearnedWord::fromJson(const QJsonObject &o)
{
    const QString word = o.value(QStringLiteral("word")).toString();
    return LearnedWord { word, o.value(QStringLiteral("shown")).toString(word),
                         o.value(QStringLiteral("helped")).toInteger(),
                         o.value(QStringLiteral("notHelped")).toInteger() };
}

LearnedWordsModel::LearnedWordsModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void LearnedWordsModel::setFromAnswer(const QJsonObject &data)
{
    resetRows(rowsFromJson<LearnedWord>(data.value(QStringLiteral("words")).toArray()));
}

QHash<int, QByteArray> LearnedWordsModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(), WordRole, { "word" });
}

QVariant LearnedWordsModel::rowData(const LearnedWord &w, const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WordColumn:
            return w.shown;
        case HelpedColumn:
            return w.helped;
        case NotHelpedColumn:
            return w.notHelped;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != WordColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case WordRole:
        return w.word;
    }
    return {};
}

QStringList LearnedWordsModel::columnTitles() const
{
    return { tr("Word"), tr("Helped"), tr("Did not help") };
}

} // namespace spocs
