#pragma once

#include "models/KnowledgeArticle.h"

#include <QAbstractTableModel>

namespace spocs {

// One list of a kb.reviewQueue answer: the open proposals, the articles that help least,
// or the articles longest without review. Which one is fixed at construction.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Proposals, Worst, Stale };
    Q_ENUM(Kind)
    enum Column { TitleColumn, DetailColumn, WhoColumn, WhenColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        VersionRole, // the proposal's version (Proposals) or the article's current version
        ChangeNoteRole,
        StatusRole,
    };
    Q_ENUM(Role)

    struct Item
    {
        KnowledgeArticle article;
        qint64 version = 0;
        QString authorLogin;
        QString authorName;
        QString changeNote;
        QDateTime at;
    };

    explicit ReviewQueueModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // data: the whole kb.reviewQueue answer; this model takes its own list from it.
    void setFromAnswer(const QJsonObject &data);
    // items: the list itself (proposal objects or articles, depending on kind()).
    void setItems(const QJsonArray &items);
    void clear();

    Item itemAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<Item> m_items;
};

} // namespace spocs
