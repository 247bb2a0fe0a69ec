#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace spocs {

class Connection;

// Audit log rows as audit.query returns them: when, who, what, which record, detail.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { At, User, Action, Subject, Detail, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 }; // the wire value (ISO time, login, ...), for CSV

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QJsonArray &entries);
    QJsonObject entry(int row) const { return m_entries.at(row).toObject(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_entries;
};

// The admin's audit viewer logic: runs audit.query with a filter, keeps the rows in a model,
// exports them as CSV. The viewer widget only renders it.
class AuditSession : public QObject
{
    Q_OBJECT

public:
    struct Filter
    {
        QString customer; // "C-1042", or empty
        QString user; // a login, or empty
        QDateTime from;
        QDateTime to;
        int limit = 500;
    };

    explicit AuditSession(Connection *connection, QObject *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    bool isTruncated() const { return m_truncated; }

    void query(const Filter &filter);
    // The rows shown, as CSV (header and one record per row); false with error on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(int rows);
    void failed(const spocs::Error &error);

private:
    QPointer<Connection> m_connection;
    AuditLogModel *m_model;
    quint64 m_generation = 0; // only the newest query's answer is shown
    bool m_loading = false;
    bool m_truncated = false;
};

} // namespace spocs
