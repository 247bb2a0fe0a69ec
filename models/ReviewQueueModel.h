#pragma once

#include "models/KnowledgeArticle.h"
#include "models/RowModel.h"

namespace spocs {

// One row of a review queue: the article and, for a proposal, the proposed version.
struct ReviewQueueItem
{
    KnowledgeArticle article;
    qint64 version = 0;
    qint64 authorId = 0; // the proposal's author (0: not sent, or an imported article's)
    QString authorLogin;
    QString authorName;
    QString changeNote;
    QDateTime at;
};

// One list of a kb.reviewQueue answer: the open proposals, the articles that help least,
// or the articles longest without review. Which one is fixed at construction.
class ReviewQueueModel : public RowTableModel<ReviewQueueItem>
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

    using Item = ReviewQueueItem;

    explicit ReviewQueueModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // data: the whole kb.reviewQueue answer; this model takes its own list from it.
    void setFromAnswer(const QJsonObject &data);
    // items: the list itself (proposal objects or articles, depending on kind()).
    void setItems(const QJsonArray &items);
    void clear();

    Item itemAt(int row) const { return rowAt(row); }

private:
    QVariant rowData(const Item &item, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
    Kind m_kind;
};

} // namespace spocs
