#pragma once

#include "models/RowModel.h"

#include <QJsonObject>

namespace spocs {

// One word an article learned from agents' searches, as kb.learned lists it: its base form (what
// kb.learned.forget takes), the word as an agent last typed it, and how often a search in it
// ended helped or not.
struct LearnedWord
{
    QString word;
    QString shown;
    qint64 helped = 0;
    qint64 notHelped = 0;

    static LearnedWord fromJson(const QJsonObject &o);
    bool operator==(const LearnedWord &) const = default;
};

// The learned words of one article, in the server's order (most net helped first).
class LearnedWordsModel : public RowTableModel<LearnedWord>
{
    Q_OBJECT

public:
    enum Column { WordColumn, HelpedColumn, NotHelpedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { WordRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    explicit LearnedWordsModel(QObject *parent = nullptr);

    // data: a kb.learned or kb.learned.forget answer ({"words": [...]}).
    void setFromAnswer(const QJsonObject &data);
    void clear() { clearRows(); }

    LearnedWord wordAt(int row) const { return rowAt(row); }
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant rowData(const LearnedWord &w, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
};

} // namespace spocs
