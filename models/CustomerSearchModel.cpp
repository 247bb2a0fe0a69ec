#include "models/CustomerSearchModel.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ModelsLog.h"

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
    : RowTableModel(ColumnCount, parent)
    , m_typeAhead(new TypeAhead(DefaultDebounceMs, this))
{
    connect(m_typeAhead, &TypeAhead::due, this, &CustomerSearchModel::searchNow);
    connect(m_typeAhead, &TypeAhead::busyChanged, this, &CustomerSearchModel::busyChanged);
}

CustomerSearchModel::~CustomerSearchModel() = default;

void CustomerSearchModel::setConnection(Connection *connection)
{
    m_connection = connection;
}

void CustomerSearchModel::setDebounceInterval(int ms)
{
    m_typeAhead->setDebounceInterval(ms);
}

int CustomerSearchModel::debounceInterval() const
{
    return m_typeAhead->debounceInterval();
}

void CustomerSearchModel::setQuery(const QString &text)
{
    const QString q = text.trimmed();
    if (q == m_query && (m_typeAhead->isPending() || isBusy() || m_hasAnswer))
        return;
    m_query = q;
    Q_EMIT queryChanged(m_query);
    if (q.isEmpty()) {
        m_typeAhead->stop();
        beginQuery(QString()); // makes every answer in flight stale
        m_typeAhead->setBusy(false);
        clear();
        return;
    }
    m_typeAhead->restart();
}

bool CustomerSearchModel::hasPendingQuery() const
{
    return m_typeAhead->isPending();
}

void CustomerSearchModel::searchNow()
{
    m_typeAhead->stop();
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
    m_typeAhead->next();
    if (text.trimmed() != m_query) {
        m_query = text.trimmed();
        Q_EMIT queryChanged(m_query);
    }
    m_hasAnswer = false;
    m_typeAhead->setBusy(!m_query.isEmpty());
    return m_typeAhead->generation();
}

bool CustomerSearchModel::applyAnswer(quint64 generation, const QJsonObject &data)
{
    if (!m_typeAhead->isCurrent(generation)) {
        qCDebug(lcModels) << "dropping stale customer.search answer" << generation << "latest"
                          << m_typeAhead->generation();
        return false;
    }
    QList<CustomerSummary> rows = rowsOfItems<CustomerSummary>(data.value(QStringLiteral("items")).toArray());
    const int total = totalOfAnswer(data, int(rows.size()));
    m_typeAhead->setBusy(false);
    m_hasAnswer = true;
    replaceRows(std::move(rows), total);
    return true;
}

bool CustomerSearchModel::applyError(quint64 generation, const Error &error)
{
    if (!m_typeAhead->isCurrent(generation))
        return false;
    qCInfo(lcModels) << "customer.search failed:" << errorCodeName(error.code);
    m_typeAhead->setBusy(false);
    m_hasAnswer = true;
    replaceRows({}, 0);
    Q_EMIT searchFailed(error);
    return true;
}

void CustomerSearchModel::setResults(const QJsonArray &items, int total)
{
    m_hasAnswer = true;
    replaceRows(rowsOfItems<CustomerSummary>(items), total < 0 ? int(items.size()) : total);
}

void CustomerSearchModel::clear()
{
    m_hasAnswer = false;
    replaceRows({}, 0);
}

void CustomerSearchModel::replaceRows(QList<CustomerSummary> rows, int total)
{
    m_total = total;
    resetRows(std::move(rows));
    Q_EMIT resultsReplaced();
}

QString CustomerSearchModel::customerIdAt(int row) const
{
    return customerAt(row).id;
}

QVariant CustomerSearchModel::rowData(const CustomerSummary &c, const QModelIndex &index, int role) const
{
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

QStringList CustomerSearchModel::columnTitles() const
{
    return { tr("Name"), tr("Company"), tr("Account"), tr("Owner"), tr("Email"), tr("Phone") };
}

QHash<int, QByteArray> CustomerSearchModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(), IdRole,
                         { "customerId", "name", "company", "email", "phone", "account", "ownerName", "match" });
}

} // namespace spocs
