#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>

namespace spocs {

// The versions of one article (kb.versions), newest first as the server sends them.
class ArticleVersionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, StatusColumn, AuthorColumn, WhenColumn, NoteColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { VersionRole = Qt::UserRole + 1, StatusRole };
    Q_ENUM(Role)

    struct Version
    {
        qint64 version = 0;
        QString authorLogin;
        QString authorName;
        QDateTime at;
        QString changeNote;
        QString status;
    };

    explicit ArticleVersionsModel(QObject *parent = nullptr);

    // data: the kb.versions answer ({"versions": [...]}).
    void setFromAnswer(const QJsonObject &data);
    void clear();

    Version versionAt(int row) const;
    int rowOfVersion(qint64 version) const;
    // The newest published version older than `version` (0 when there is none): what a
    // proposal is compared against.
    qint64 publishedBefore(qint64 version) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Version> m_versions;
};

} // namespace spocs
