#include "models/SearchModel.h"

#include "client/Connection.h"
#include "models/ModelsLog.h"

namespace spocs {

SearchModel::SearchModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_typeAhead(new TypeAhead(DefaultDebounceMs, this))
{
    connect(m_typeAhead, &TypeAhead::due, this, &SearchModel::searchNow);
    connect(m_typeAhead, &TypeAhead::busyChanged, this, &SearchModel::busyChanged);
}

SearchModel::~SearchModel() = default;

void SearchModel::setConnection(Connection *connection)
{
    m_connection = connection;
}

void SearchModel::setDebounceInterval(int ms)
{
    m_typeAhead->setDebounceInterval(ms);
}

int SearchModel::debounceInterval() const
{
    return m_typeAhead->debounceInterval();
}

void SearchModel::setQuery(const QString &text)
{
    const QString q = text.trimmed();
    if (q == m_query && (m_typeAhead->isPending() || isBusy() || m_hasAnswer))
        return;
    m_query = q;
    Q_EMIT queryChanged(m_query);
    if (q.isEmpty()) {
        m_typeAhead->stop();
        showBlankQuery();
        return;
    }
    m_typeAhead->restart();
}

bool SearchModel::hasPendingQuery() const
{
    return m_typeAhead->isPending();
}

void SearchModel::searchNow()
{
    m_typeAhead->stop();
    if (m_query.isEmpty())
        showBlankQuery();
    else
        sendSearch();
}

void SearchModel::showBlankQuery()
{
    beginGeneration(QString(), false); // makes every answer in flight stale
    clear();
}

quint64 SearchModel::beginGeneration(const QString &text, bool busy)
{
    m_typeAhead->next();
    if (text.trimmed() != m_query) {
        m_query = text.trimmed();
        Q_EMIT queryChanged(m_query);
    }
    m_hasAnswer = false;
    m_typeAhead->setBusy(busy);
    return m_typeAhead->generation();
}

void SearchModel::request(quint64 generation, const char16_t *op, QJsonObject args)
{
    if (!m_connection) {
        applyError(generation, makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    args.insert(QStringLiteral("limit"), m_limit);
    m_connection->request(QString::fromUtf16(op), args, this, [this, generation](const Reply &reply) {
        if (reply.ok)
            applyAnswer(generation, reply.data);
        else
            applyError(generation, reply.error);
    });
}

bool SearchModel::applyAnswer(quint64 generation, const QJsonObject &data)
{
    if (!m_typeAhead->isCurrent(generation)) {
        qCDebug(lcModels) << metaObject()->className() << "dropping stale answer" << generation << "latest"
                          << m_typeAhead->generation();
        return false;
    }
    const QJsonArray items = data.value(QStringLiteral("items")).toArray();
    m_typeAhead->setBusy(false);
    m_hasAnswer = true;
    answered();
    replaceResults(items, totalOfAnswer(data, int(items.size())));
    return true;
}

bool SearchModel::applyError(quint64 generation, const Error &error)
{
    if (!m_typeAhead->isCurrent(generation))
        return false;
    qCInfo(lcModels) << metaObject()->className() << "search failed:" << errorCodeName(error.code);
    m_typeAhead->setBusy(false);
    m_hasAnswer = true;
    answered();
    replaceResults({}, 0);
    Q_EMIT searchFailed(error);
    return true;
}

void SearchModel::setResults(const QJsonArray &items, int total)
{
    m_hasAnswer = true;
    replaceResults(items, total < 0 ? int(items.size()) : total);
}

void SearchModel::clear()
{
    m_hasAnswer = false;
    replaceResults({}, 0);
}

void SearchModel::replaceResults(const QJsonArray &items, int total)
{
    m_total = total;
    takeRows(items);
    Q_EMIT resultsReplaced();
}

} // namespace spocs
