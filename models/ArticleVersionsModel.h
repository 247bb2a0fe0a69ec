#pragma once

#include "models/RowModel.h"

#include <QDateTime>
#include <QJsonObject>

namespace spocs {

// One version of an article, as kb.versions lists it.
struct ArticleVersion
{
    qint64 version = 0;
    QString authorLogin;
    QString authorName;
    QDateTime at;
    QString changeNote;
    QString status;
};

// The versions of one article (kb.versions), newest first as the server sends them.
class ArticleVersionsModel : public RowTableModel<ArticleVersion>
{
    Q_OBJECT

public:
    enum Column { VersionColumn, StatusColumn, AuthorColumn, WhenColumn, NoteColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { VersionRole = Qt::UserRole + 1, StatusRole };
    Q_ENUM(Role)

    using Version = ArticleVersion;

    explicit ArticleVersionsModel(QObject *parent = nullptr);

    // The translated name of an article's or a version's wire status ("in_review" -> "In review").
    static QString statusText(const QString &wireName);

    // data: the kb.versions answer ({"versions": [...]}).
    void setFromAnswer(const QJsonObject &data);
    void clear();

    Version versionAt(int row) const { return rowAt(row); }
    int rowOfVersion(qint64 version) const;
    // The newest published version older than `version` (0 when there is none): what a
    // proposal is compared against.
    qint64 publishedBefore(qint64 version) const;

private:
    QVariant rowData(const Version &v, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
};

} // namespace spocs
