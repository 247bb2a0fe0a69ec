#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <optional>

namespace spocs {

class Connection;

// The figures report.get gives for a range, a queue and a day (see docs/protocol.md).
namespace reportfigure {
enum Kind { Count, Rate, Seconds, Ratio, Score, Text };
struct Field
{
    const char *key; // wire name
    Kind kind;
};
// In table order: contacts, answered, handled, abandoned, fcrRate, ahtSec, ...
QList<Field> fields();
// The per-agent table's columns: team, handled, fcrRate, ahtSec, asaSec, ..., follow-ups, csatAvg, nps.
QList<Field> agentFields();
QString label(const Field &field); // translated column header
QString text(const Field &field, const QJsonValue &value); // formatted for a table cell, "–" for null
} // namespace reportfigure

// Rows of Figures with a leading label column: byQueue (with the totals as the last row), daily,
// or byAgent (with its own columns).
class ReportFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawRole = Qt::UserRole + 1, // the wire value (number, or null as an invalid QVariant)
        KeyRole, // the row's queue code or date
        SortRole, // for a sorting proxy: the number (a missing one sorts first) or the text
    };
    Q_ENUM(Role)

    // labelKey: "queue" or "date"; labelHeader: translated title of the first column.
    ReportFiguresModel(const QString &labelKey, const QString &labelHeader, QObject *parent = nullptr);
    // The same with other columns than reportfigure::fields().
    ReportFiguresModel(const QString &labelKey, const QString &labelHeader, QList<reportfigure::Field> fields,
                       QObject *parent = nullptr);

    void setRows(const QJsonArray &rows, const QJsonObject &totals = {});
    void clear();

    QJsonObject rowObject(int row) const { return m_rows.value(row); }
    int rowOfKey(const QString &key) const;
    // The wire value of one figure in one row, nothing when null or absent.
    std::optional<double> figure(int row, const char *key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_labelKey;
    QString m_labelHeader;
    QList<reportfigure::Field> m_fields;
    QList<QJsonObject> m_rows;
    bool m_hasTotals = false;
};

// A report table as report.get sends it: one JSON object a row, one wire key a column, described
// by the subclass. RawRole gives the wire value, and a column header's RawRole its key (what the
// CSV export writes).
class ReportRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RawRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    void setRows(const QJsonArray &rows);
    void clear();
    QJsonObject rowObject(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // What a column's cells show: the text as sent, a reason's label (its code when it has none),
    // a demand class, or the right-aligned numbers: a count, a share in per cent.
    enum class Cell { Text, Label, DemandClass, Count, Share };
    struct ColumnSpec
    {
        const char *key; // wire name
        const char *title; // QT_TR_NOOP: translated in the subclass's context
        Cell cell;
    };
    ReportRowsModel(QList<ColumnSpec> columns, QObject *parent);

private:
    QList<ColumnSpec> m_columns;
    QList<QJsonObject> m_rows;
};

// The Pareto list of contact reasons: count desc, share, cumulative share.
class ReasonParetoModel : public ReportRowsModel
{
    Q_OBJECT

public:
    enum Column {
        ReasonColumn,
        CodeColumn,
        DemandClassColumn,
        CountColumn,
        ShareColumn,
        CumulativeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ReasonParetoModel(QObject *parent = nullptr);
};

// Contacts by demand class (models/DemandClassText.h says what a, b and c mean).
class DemandClassModel : public ReportRowsModel
{
    Q_OBJECT

public:
    enum Column { ClassColumn, CountColumn, ShareColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DemandClassModel(QObject *parent = nullptr);
};

// Asks report.get for a range (and optional queue) and fills the four tables. Only the answer
// to the latest request is applied.
class ReportLoader : public QObject
{
    Q_OBJECT

public:
    explicit ReportLoader(QObject *parent = nullptr);

    void setConnection(Connection *connection);
    void load(const QDate &from, const QDate &to, const QString &queue = QString());
    // Applies a report.get answer (tests feed JSON directly).
    void applyReport(const QJsonObject &report);
    void clear();

    bool isBusy() const { return m_busy; }
    bool hasReport() const { return !m_report.isEmpty(); }
    QJsonObject report() const { return m_report; }
    QJsonObject totals() const { return m_report.value(QStringLiteral("totals")).toObject(); }
    // Of the contacts with a reason (classified), those with an avoidable (class a) one.
    struct AvoidableDemand
    {
        qint64 contacts = 0;
        qint64 classified = 0;
        std::optional<double> share; // nothing without classified contacts
    };
    AvoidableDemand avoidableDemand() const;
    // Questions visitors answered themselves in the public FAQ, with the articles that answered
    // most (title, count); share: of those questions and the inbound contacts together.
    struct SelfService
    {
        qint64 helped = 0;
        std::optional<double> share;
        QList<QPair<QString, qint64>> topArticles;
    };
    SelfService selfService() const;
    // The team the per-agent table is limited to (a lead's own), empty for everyone.
    QString team() const { return m_report.value(QStringLiteral("team")).toString(); }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    ReportFiguresModel *byQueue() const { return m_byQueue; }
    ReportFiguresModel *daily() const { return m_daily; }
    ReasonParetoModel *byReason() const { return m_byReason; }
    DemandClassModel *byDemandClass() const { return m_byDemandClass; }
    ReportFiguresModel *byAgent() const { return m_byAgent; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void reportChanged();
    void loadFailed(const spocs::Error &error);

private:
    void setBusy(bool busy);

    QPointer<Connection> m_connection;
    ReportFiguresModel *m_byQueue = nullptr;
    ReportFiguresModel *m_daily = nullptr;
    ReasonParetoModel *m_byReason = nullptr;
    DemandClassModel *m_byDemandClass = nullptr;
    ReportFiguresModel *m_byAgent = nullptr;
    QJsonObject m_report;
    QDate m_from;
    QDate m_to;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace spocs
