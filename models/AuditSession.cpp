#include "models/AuditSession.h"

#include "client/Connection.h"
#include "core/AuditDetail.h"
#include "core/Ops.h"
#include "models/ReportCsv.h"

#include <QJsonObject>

namespace spocs {

// --- AuditLogModel -----------------------------------------------------------------------------

void AuditLogModel::setEntries(const QJsonArray &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawRole)
        return {};
    const QJsonObject e = m_entries.at(index.row()).toObject();
    const QJsonObject user = e.value(QStringLiteral("user")).toObject();
    switch (Column(index.column())) {
    case At: {
        const QString wire = e.value(QStringLiteral("at")).toString();
        if (role == RawRole)
            return wire;
        return QLocale().toString(QDateTime::fromString(wire, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    }
    case User:
        if (role == RawRole)
            return user.value(QStringLiteral("login")).toString();
        return user.isEmpty() ? QString() : user.value(QStringLiteral("name")).toString();
    case Action:
        return e.value(QStringLiteral("action")).toString();
    case Subject:
        return e.value(QStringLiteral("subject")).toString();
    case Detail: {
        const QString detail = e.value(QStringLiteral("detail")).toString();
        if (role == RawRole)
            return detail;
        if (const auto count = auditdetail::resultCountOf(detail))
            return tr("%n result(s)", nullptr, int(*count));
        return detail;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case At:
        return tr("When");
    case User:
        return tr("Who");
    case Action:
        return tr("Action");
    case Subject:
        return tr("Record");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

// --- AuditSession ------------------------------------------------------------------------------

AuditSession::AuditSession(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_model(new AuditLogModel(this))
{ }

void AuditSession::query(const Filter &filter)
{
    if (!m_connection)
        return;
    QJsonObject args { { QStringLiteral("from"), filter.from.toUTC().toString(Qt::ISODateWithMs) },
                       { QStringLiteral("to"), filter.to.toUTC().toString(Qt::ISODateWithMs) },
                       { QStringLiteral("limit"), filter.limit } };
    if (!filter.customer.trimmed().isEmpty())
        args.insert(QStringLiteral("customer"), filter.customer.trimmed());
    if (!filter.user.trimmed().isEmpty())
        args.insert(QStringLiteral("user"), filter.user.trimmed());
    const quint64 generation = ++m_generation;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_connection->request(QString::fromUtf16(op::AuditQuery), args, this, [this, generation](const Reply &reply) {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!reply.ok) {
            Q_EMIT failed(reply.error);
            return;
        }
        m_truncated = reply.data.value(QStringLiteral("truncated")).toBool();
        m_model->setEntries(reply.data.value(QStringLiteral("entries")).toArray());
        Q_EMIT loaded(m_model->rowCount());
    });
}

bool AuditSession::exportCsv(const QString &path, QString *error) const
{
    return reportcsv::writeFile(path, reportcsv::fromModel(*m_model, AuditLogModel::RawRole), error);
}

} // namespace spocs
