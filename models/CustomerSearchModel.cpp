#include "models/CustomerSearchModel.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ModelsLog.h"

#include <QTimer>

namespace spocs {

CustomerSummary CustomerSummary::fromJson(const QJsonObject &obj)
{
    CustomerSummary s;
    s.id = obj.value(QStringLiteral("id")).toString();
    s.name = obj.value(QStringLiteral("name")).toString();
    s.company = obj.value(QStringLiteral("company")).toString();
    s.email = obj.value(QStringLiteral("email")).toString();
    s.phone = obj.value(QStringLiteral("phone")).toString();
    s.account = obj.value(QStringLiteral("account")).toString();
    const QJsonObject owner = obj.value(QStringLiteral("owner")).toObject();
    s.ownerName = owner.value(QStringLiteral("name")).toString();
    s.ownerLogin = owner.value(QStringLiteral("login")).toString();
    s.match = obj.value(QStringLiteral("match")).toString();
    return s;
}

CustomerSearchModel::CustomerSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DefaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CustomerSearchModel::searchNow);
}

CustomerSearchModel::~CustomerSearchModel() = default;

void CustomerSearchModel::setConnection(Connection *connection)
{
    m_connection = connection;
}

void CustomerSearchModel::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

int CustomerSearchModel::debounceInterval() const
{
    return m_debounce->interval();
}

void CustomerSearchModel::setQuery(const QString &text)
{
    const QString q = text.trimmed();
    if (q == m_query && (m_debounce->isActive() || m_busy || m_hasAnswer))
        return;
    m_query = q;
    Q_EMIT queryChanged(m_query);
    if (q.isEmpty()) {
        m_debounce->stop();
        beginQuery(QString()); // makes every answer in flight stale
        setBusy(false);
        clear();
        return;
    }
    m_debounce->start();
}

bool CustomerSearchModel::hasPendingQuery() const
{
    return m_debounce->isActive();
}

void CustomerSearchModel::searchNow()
{
    m_debounce->stop();
    if (m_query.isEmpty())
        return;
    const quint64 generation = beginQuery(m_query);
    if (!m_connection) {
        applyError(generation, makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    const QJsonObject args { { QStringLiteral("q"), m_query }, { QStringLiteral("limit"), m_limit } };
    m_connection->request(QString::fromUtf16(op::CustomerSearch), args, this, [this, generation](const Reply &reply) {
        if (reply.ok)
            applyAnswer(generation, reply.data);
        else
            applyError(generation, reply.error);
    });
}

quint64 CustomerSearchModel::beginQuery(const QString &text)
{
    ++m_generation;
    if (text.trimmed() != m_query) {
        m_query = text.trimmed();
        Q_EMIT queryChanged(m_query);
    }
    m_hasAnswer = false;
    setBusy(!m_query.isEmpty());
    return m_generation;
}

bool CustomerSearchModel::applyAnswer(quint64 generation, const QJsonObject &data)
{
    if (generation != m_generation) {
        qCDebug(lcModels) << "dropping stale customer.search answer" << generation << "latest" << m_generation;
        return false;
    }
    const QJsonArray items = data.value(QStringLiteral("items")).toArray();
    QList<CustomerSummary> rows;
    rows.reserve(items.size());
    for (const QJsonValue &item : items)
        rows.append(CustomerSummary::fromJson(item.toObject()));
    const int total
        = data.contains(QStringLiteral("total")) ? data.value(QStringLiteral("total")).toInt() : int(rows.size());
    setBusy(false);
    m_hasAnswer = true;
    replaceRows(std::move(rows), total);
    return true;
}

bool CustomerSearchModel::applyError(quint64 generation, const Error &error)
{
    if (generation != m_generation)
        return false;
    qCInfo(lcModels) << "customer.search failed:" << errorCodeName(error.code);
    setBusy(false);
    m_hasAnswer = true;
    replaceRows({}, 0);
    Q_EMIT searchFailed(error);
    return true;
}

void CustomerSearchModel::setResults(const QJsonArray &items, int total)
{
    QList<CustomerSummary> rows;
    rows.reserve(items.size());
    for (const QJsonValue &item : items)
        rows.append(CustomerSummary::fromJson(item.toObject()));
    m_hasAnswer = true;
    replaceRows(std::move(rows), total < 0 ? int(items.size()) : total);
}

void CustomerSearchModel::clear()
{
    m_hasAnswer = false;
    replaceRows({}, 0);
}

void CustomerSearchModel::replaceRows(QList<CustomerSummary> rows, int total)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_total = total;
    endResetModel();
    Q_EMIT resultsReplaced();
}

void CustomerSearchModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

CustomerSummary CustomerSearchModel::customerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CustomerSummary {};
}

QString CustomerSearchModel::customerIdAt(int row) const
{
    return customerAt(row).id;
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerSummary &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case CompanyColumn:
            return c.company;
        case AccountColumn:
            return c.account;
        case OwnerColumn:
            return c.ownerName.isEmpty() ? c.ownerLogin : c.ownerName;
        case EmailColumn:
            return c.email;
        case PhoneColumn:
            return c.phone;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines { c.name };
        for (const QString &s : { c.company, c.email, c.phone, c.account })
            if (!s.isEmpty())
                lines << s;
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole:
        return c.id;
    case NameRole:
        return c.name;
    case CompanyRole:
        return c.company;
    case EmailRole:
        return c.email;
    case PhoneRole:
        return c.phone;
    case AccountRole:
        return c.account;
    case OwnerNameRole:
        return c.ownerName;
    case MatchRole:
        return c.match;
    }
    return {};
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case AccountColumn:
        return tr("Account");
    case OwnerColumn:
        return tr("Owner");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    }
    return {};
}

QHash<int, QByteArray> CustomerSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "customerId");
    names.insert(NameRole, "name");
    names.insert(CompanyRole, "company");
    names.insert(EmailRole, "email");
    names.insert(PhoneRole, "phone");
    names.insert(AccountRole, "account");
    names.insert(OwnerNameRole, "ownerName");
    names.insert(MatchRole, "match");
    return names;
}

} // namespace spocs
