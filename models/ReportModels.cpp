#include "models/ReportModels.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/DemandClassText.h"
#include "models/LeadText.h"
#include "models/ModelsLog.h"
#include "models/WireText.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

#include <cmath>
#include <limits>

namespace spocs {

namespace {

QVariant raw(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString();
    return QVariant::fromValue(nullptr); // valid but null: "no figure"
}

QVariant alignRight()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

namespace reportfigure {

QList<Field> fields()
{
    return {
        { "contacts", Count },
        { "answered", Count },
        { "handled", Count },
        { "abandoned", Count },
        { "fcrRate", Rate },
        { "ahtSec", Seconds },
        { "asaSec", Seconds },
        { "serviceLevel", Rate },
        { "abandonRate", Rate },
        { "transfersPerContact", Ratio },
        { "consultsPerContact", Ratio },
        { "repeatContacts", Count },
        { "repeatRate", Rate },
        { "csatAvg", Score },
        { "csatCount", Count },
        { "nps", Count },
        { "npsCount", Count },
    };
}

QList<Field> agentFields()
{
    return {
        { "team", Text },
        { "handled", Count },
        { "outbound", Count },
        { "fcrRate", Rate },
        { "ahtSec", Seconds },
        { "asaSec", Seconds },
        { "transfersPerContact", Ratio },
        { "consultsPerContact", Ratio },
        { "followUpsOnTime", Count },
        { "followUpsDue", Count },
        { "followUpOnTimeRate", Rate },
        { "csatAvg", Score },
        { "csatCount", Count },
        { "nps", Count },
        { "npsCount", Count },
    };
}

QString label(const Field &field)
{
    static constexpr WireText labels[] = {
        { "contacts", QT_TRANSLATE_NOOP("ReportFigures", "Contacts") },
        { "outbound", QT_TRANSLATE_NOOP("ReportFigures", "Outbound") },
        { "answered", QT_TRANSLATE_NOOP("ReportFigures", "Answered") },
        { "handled", QT_TRANSLATE_NOOP("ReportFigures", "Handled") },
        { "abandoned", QT_TRANSLATE_NOOP("ReportFigures", "Abandoned") },
        { "fcrRate", QT_TRANSLATE_NOOP("ReportFigures", "FCR") },
        { "ahtSec", QT_TRANSLATE_NOOP("ReportFigures", "AHT") },
        { "asaSec", QT_TRANSLATE_NOOP("ReportFigures", "ASA") },
        { "serviceLevel", QT_TRANSLATE_NOOP("ReportFigures", "Service level") },
        { "abandonRate", QT_TRANSLATE_NOOP("ReportFigures", "Abandon rate") },
        { "transfersPerContact", QT_TRANSLATE_NOOP("ReportFigures", "Transfers/contact") },
        { "consultsPerContact", QT_TRANSLATE_NOOP("ReportFigures", "Consults/contact") },
        { "repeatContacts", QT_TRANSLATE_NOOP("ReportFigures", "Repeats (7 days)") },
        { "repeatRate", QT_TRANSLATE_NOOP("ReportFigures", "Repeat rate") },
        { "csatAvg", QT_TRANSLATE_NOOP("ReportFigures", "CSAT") },
        { "csatCount", QT_TRANSLATE_NOOP("ReportFigures", "CSAT surveys") },
        { "nps", QT_TRANSLATE_NOOP("ReportFigures", "NPS") },
        { "npsCount", QT_TRANSLATE_NOOP("ReportFigures", "NPS surveys") },
        { "team", QT_TRANSLATE_NOOP("ReportFigures", "Team") },
        { "followUpsOnTime", QT_TRANSLATE_NOOP("ReportFigures", "Follow-ups on time") },
        { "followUpsDue", QT_TRANSLATE_NOOP("ReportFigures", "Follow-ups due") },
        { "followUpOnTimeRate", QT_TRANSLATE_NOOP("ReportFigures", "On time") },
    };
    return wireText("ReportFigures", labels, QString::fromLatin1(field.key));
}

QString text(const Field &field, const QJsonValue &value)
{
    const std::optional<double> n = leadtext::number(value);
    switch (field.kind) {
    case Count:
        return n ? QLocale().toString(qint64(std::llround(*n))) : QStringLiteral("–");
    case Rate:
        return leadtext::percent(n);
    case Seconds:
        return leadtext::duration(n);
    case Ratio:
        return leadtext::decimal(n, 2);
    case Score:
        return leadtext::decimal(n, 2);
    case Text:
        return value.toString();
    }
    return {};
}

} // namespace reportfigure

// --- ReportFiguresModel ------------------------------------------------------------------------

ReportFiguresModel::ReportFiguresModel(const QString &labelKey, const QString &labelHeader, QObject *parent)
    : ReportFiguresModel(labelKey, labelHeader, reportfigure::fields(), parent)
{ }

ReportFiguresModel::ReportFiguresModel(const QString &labelKey, const QString &labelHeader,
                                       QList<reportfigure::Field> fields, QObject *parent)
    : QAbstractTableModel(parent)
    , m_labelKey(labelKey)
    , m_labelHeader(labelHeader)
    , m_fields(std::move(fields))
{ }

void ReportFiguresModel::setRows(const QJsonArray &rows, const QJsonObject &totals)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : rows)
        m_rows.append(v.toObject());
    m_hasTotals = !totals.isEmpty();
    if (m_hasTotals) {
        QJsonObject total = totals;
        total.insert(m_labelKey, QString());
        m_rows.append(total);
    }
    endResetModel();
}

void ReportFiguresModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hasTotals = false;
    endResetModel();
}

int ReportFiguresModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(m_labelKey).toString() == key)
            return i;
    }
    return -1;
}

std::optional<double> ReportFiguresModel::figure(int row, const char *key) const
{
    return leadtext::number(m_rows.value(row).value(QLatin1String(key)));
}

int ReportFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_fields.size());
}

QVariant ReportFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const bool isTotal = m_hasTotals && index.row() == m_rows.size() - 1;
    if (role == Qt::FontRole && isTotal) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.column() == 0) {
        const QString key = row.value(m_labelKey).toString();
        switch (role) {
        case SortRole:
        case Qt::DisplayRole: {
            if (isTotal)
                return tr("Total");
            const QString label = row.value(QStringLiteral("label")).toString();
            if (!label.isEmpty())
                return label;
            const QDate date = QDate::fromString(key, Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : key;
        }
        case RawRole: // the totals row has no key: exports fall back to its label
            return isTotal ? QVariant() : QVariant(key);
        case KeyRole:
            return isTotal ? QString() : key;
        }
        return {};
    }
    const reportfigure::Field field = m_fields.at(index.column() - 1);
    const QJsonValue value = row.value(QLatin1String(field.key));
    switch (role) {
    case Qt::DisplayRole:
        return reportfigure::text(field, value);
    case Qt::TextAlignmentRole:
        return field.kind == reportfigure::Text ? QVariant() : alignRight();
    case SortRole:
        if (field.kind == reportfigure::Text)
            return value.toString();
        return value.isDouble() ? value.toDouble() : -std::numeric_limits<double>::infinity();
    case RawRole:
        return raw(value);
    case KeyRole:
        return isTotal ? QString() : row.value(m_labelKey).toString();
    }
    return {};
}

QVariant ReportFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return m_labelHeader;
        if (section - 1 < m_fields.size())
            return reportfigure::label(m_fields.at(section - 1));
    }
    if (role == RawRole) { // the stable wire name, for machine-readable exports
        if (section == 0)
            return m_labelKey;
        if (section - 1 < m_fields.size())
            return QString::fromLatin1(m_fields.at(section - 1).key);
    }
    return {};
}

// --- ReportRowsModel ---------------------------------------------------------------------------

ReportRowsModel::ReportRowsModel(QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{ }

void ReportRowsModel::setRows(const QJsonArray &rows)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : rows)
        m_rows.append(v.toObject());
    endResetModel();
}

void ReportRowsModel::clear()
{
    setRows({});
}

int ReportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const ColumnSpec &column = m_columns.at(index.column());
    const QJsonValue value = row.value(QLatin1String(column.key));
    const bool isNumber = column.cell == Cell::Count || column.cell == Cell::Share;
    switch (role) {
    case Qt::DisplayRole:
        switch (column.cell) {
        case Cell::Text:
            return value.toString();
        case Cell::Label:
            return value.toString().isEmpty() ? row.value(QStringLiteral("code")).toString() : value.toString();
        case Cell::DemandClass:
            return demandclass::shortText(value.toString());
        case Cell::Count:
            return QLocale().toString(value.toInteger());
        case Cell::Share:
            return leadtext::percent(leadtext::number(value));
        }
        return {};
    case Qt::TextAlignmentRole:
        return isNumber ? alignRight() : QVariant();
    case RawRole:
        return raw(value);
    }
    return {};
}

QVariant ReportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == RawRole)
        return QString::fromLatin1(m_columns.at(section).key);
    if (role == Qt::DisplayRole) // the titles are the subclass's, and so is their context
        return QCoreApplication::translate(metaObject()->className(), m_columns.at(section).title);
    return {};
}

// --- ReasonParetoModel -------------------------------------------------------------------------

ReasonParetoModel::ReasonParetoModel(QObject *parent)
    : ReportRowsModel({ { "label", QT_TR_NOOP("Reason"), Cell::Label },
                        { "code", QT_TR_NOOP("Code"), Cell::Text },
                        { "demandClass", QT_TR_NOOP("Demand class"), Cell::DemandClass },
                        { "count", QT_TR_NOOP("Contacts"), Cell::Count },
                        { "share", QT_TR_NOOP("Share"), Cell::Share },
                        { "cumulativeShare", QT_TR_NOOP("Cumulative"), Cell::Share } },
                      parent)
{ }

// --- DemandClassModel --------------------------------------------------------------------------

DemandClassModel::DemandClassModel(QObject *parent)
    : ReportRowsModel({ { "demandClass", QT_TR_NOOP("Demand class"), Cell::DemandClass },
                        { "count", QT_TR_NOOP("Contacts"), Cell::Count },
                        { "share", QT_TR_NOOP("Share"), Cell::Share } },
                      parent)
{ }

// --- ReportLoader ------------------------------------------------------------------------------

ReportLoader::ReportLoader(QObject *parent)
    : QObject(parent)
    , m_byQueue(new ReportFiguresModel(QStringLiteral("queue"), tr("Queue"), this))
    , m_daily(new ReportFiguresModel(QStringLiteral("date"), tr("Day"), this))
    , m_byReason(new ReasonParetoModel(this))
    , m_byDemandClass(new DemandClassModel(this))
    , m_byAgent(new ReportFiguresModel(QStringLiteral("login"), tr("Agent"), reportfigure::agentFields(), this))
{ }

ReportLoader::AvoidableDemand ReportLoader::avoidableDemand() const
{
    const QJsonObject o = m_report.value(QStringLiteral("avoidableDemand")).toObject();
    return AvoidableDemand { o.value(QStringLiteral("contacts")).toInteger(),
                             o.value(QStringLiteral("classified")).toInteger(),
                             leadtext::number(o.value(QStringLiteral("share"))) };
}

ReportLoader::SelfService ReportLoader::selfService() const
{
    const QJsonObject o = m_report.value(QStringLiteral("selfService")).toObject();
    SelfService out { o.value(QStringLiteral("helped")).toInteger(),
                      leadtext::number(o.value(QStringLiteral("share"))),
                      {} };
    for (const QJsonValue &row : o.value(QStringLiteral("topArticles")).toArray())
        out.topArticles.append({ row.toObject().value(QStringLiteral("title")).toString(),
                                 row.toObject().value(QStringLiteral("count")).toInteger() });
    return out;
}

void ReportLoader::setConnection(Connection *connection)
{
    m_connection = connection;
}

void ReportLoader::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ReportLoader::load(const QDate &from, const QDate &to, const QString &queue)
{
    const quint64 generation = ++m_generation;
    if (!m_connection) {
        Q_EMIT loadFailed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    QJsonObject args { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                       { QStringLiteral("to"), to.toString(Qt::ISODate) } };
    if (!queue.isEmpty())
        args.insert(QStringLiteral("queue"), queue);
    setBusy(true);
    m_connection->request(QString::fromUtf16(op::ReportGet), args, this, [this, generation](const Reply &reply) {
        if (generation != m_generation)
            return; // a newer range was asked for
        setBusy(false);
        if (reply.ok) {
            applyReport(reply.data);
        } else {
            qCInfo(lcModels) << "report.get failed:" << errorCodeName(reply.error.code);
            Q_EMIT loadFailed(reply.error);
        }
    });
}

void ReportLoader::applyReport(const QJsonObject &report)
{
    m_report = report;
    m_from = QDate::fromString(report.value(QStringLiteral("from")).toString().left(10), Qt::ISODate);
    m_to = QDate::fromString(report.value(QStringLiteral("to")).toString().left(10), Qt::ISODate);
    m_byQueue->setRows(report.value(QStringLiteral("byQueue")).toArray(), totals());
    m_daily->setRows(report.value(QStringLiteral("daily")).toArray());
    m_byReason->setRows(report.value(QStringLiteral("byReason")).toArray());
    m_byDemandClass->setRows(report.value(QStringLiteral("byDemandClass")).toArray());
    m_byAgent->setRows(report.value(QStringLiteral("byAgent")).toArray());
    Q_EMIT reportChanged();
}

void ReportLoader::clear()
{
    ++m_generation;
    setBusy(false);
    m_report = {};
    m_byQueue->clear();
    m_daily->clear();
    m_byReason->clear();
    m_byDemandClass->clear();
    m_byAgent->clear();
    Q_EMIT reportChanged();
}

} // namespace spocs
