#include "models/KnowledgeSearchModel.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ModelsLog.h"

#include <QTimer>

namespace spocs {

KnowledgeSearchModel::KnowledgeSearchModel(QObject *parent)
    : RowModel(parent)
    , m_typeAhead(new TypeAhead(DefaultDebounceMs, this))
    , m_notesDebounce(new QTimer(this))
{
    connect(m_typeAhead, &TypeAhead::due, this, &KnowledgeSearchModel::searchNow);
    connect(m_typeAhead, &TypeAhead::busyChanged, this, &KnowledgeSearchModel::busyChanged);
    m_notesDebounce->setSingleShot(true);
    m_notesDebounce->setInterval(DefaultNotesDebounceMs);
    connect(m_notesDebounce, &QTimer::timeout, this, [this] {
        if (m_typedNotes == m_notes)
            return;
        m_notes = m_typedNotes;
        if (m_query.isEmpty())
            showIdleOrSuggestions();
    });
}

KnowledgeSearchModel::~KnowledgeSearchModel() = default;

void KnowledgeSearchModel::setConnection(Connection *connection)
{
    m_connection = connection;
}

void KnowledgeSearchModel::setDebounceInterval(int ms)
{
    m_typeAhead->setDebounceInterval(ms);
}

void KnowledgeSearchModel::setQuery(const QString &text)
{
    const QString q = text.trimmed();
    if (q == m_query && (m_typeAhead->isPending() || isBusy() || m_hasAnswer))
        return;
    m_query = q;
    Q_EMIT queryChanged(m_query);
    if (q.isEmpty()) {
        m_typeAhead->stop();
        showIdleOrSuggestions();
        return;
    }
    m_typeAhead->restart();
}

void KnowledgeSearchModel::setNotesDebounceInterval(int ms)
{
    m_notesDebounce->setInterval(ms);
}

void KnowledgeSearchModel::setNotesText(const QString &notes)
{
    m_typedNotes = notes.simplified();
    m_notesDebounce->start();
}

bool KnowledgeSearchModel::hasPendingNotes() const
{
    return m_notesDebounce->isActive();
}

QString KnowledgeSearchModel::suggestionText() const
{
    if (m_notes.isEmpty())
        return m_text;
    return m_text.isEmpty() ? m_notes : m_notes + u' ' + m_text;
}

bool KnowledgeSearchModel::hasPendingQuery() const
{
    return m_typeAhead->isPending();
}

void KnowledgeSearchModel::searchNow()
{
    m_typeAhead->stop();
    if (m_query.isEmpty()) {
        showIdleOrSuggestions();
        return;
    }
    sendRequest(beginQuery(Mode::Search, m_query));
}

void KnowledgeSearchModel::setSuggestionContext(const QStringList &products, const QString &reason, const QString &text)
{
    if (products == m_products && reason == m_reason && text == m_text)
        return;
    m_products = products;
    m_reason = reason;
    m_text = text;
    if (m_query.isEmpty())
        showIdleOrSuggestions();
}

void KnowledgeSearchModel::showIdleOrSuggestions()
{
    if (!hasSuggestionContext()) {
        beginQuery(Mode::Idle); // makes every answer in flight stale
        m_typeAhead->setBusy(false);
        clear();
        return;
    }
    sendRequest(beginQuery(Mode::Suggestions));
}

void KnowledgeSearchModel::refresh()
{
    if (m_typeAhead->isPending())
        return; // a new search is about to run anyway
    if (!m_query.isEmpty())
        sendRequest(beginQuery(Mode::Search, m_query));
    else if (hasSuggestionContext())
        sendRequest(beginQuery(Mode::Suggestions));
}

void KnowledgeSearchModel::sendRequest(quint64 generation)
{
    if (!m_connection) {
        applyError(generation, makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    QString op;
    QJsonObject args { { QStringLiteral("limit"), m_limit } };
    if (m_pendingMode == Mode::Search) {
        op = QString::fromUtf16(op::KbSearch);
        args.insert(QStringLiteral("q"), m_query);
    } else {
        op = QString::fromUtf16(op::KbSuggest);
        // The contract takes one product: the most recent order's first one leads.
        if (!m_products.isEmpty())
            args.insert(QStringLiteral("product"), m_products.first());
        if (!m_reason.isEmpty())
            args.insert(QStringLiteral("reason"), m_reason);
        if (const QString text = suggestionText(); !text.isEmpty())
            args.insert(QStringLiteral("text"), text.left(500));
    }
    m_connection->request(op, args, this, [this, generation](const Reply &reply) {
        if (reply.ok)
            applyAnswer(generation, reply.data);
        else
            applyError(generation, reply.error);
    });
}

quint64 KnowledgeSearchModel::beginQuery(Mode mode, const QString &text)
{
    m_typeAhead->next();
    m_pendingMode = mode;
    if (mode == Mode::Search && text.trimmed() != m_query) {
        m_query = text.trimmed();
        Q_EMIT queryChanged(m_query);
    }
    m_typeAhead->setBusy(mode != Mode::Idle);
    return m_typeAhead->generation();
}

bool KnowledgeSearchModel::applyAnswer(quint64 generation, const QJsonObject &data)
{
    if (!m_typeAhead->isCurrent(generation)) {
        qCDebug(lcModels) << "dropping stale knowledge answer" << generation << "latest" << m_typeAhead->generation();
        return false;
    }
    QList<KnowledgeHit> rows = rowsOfItems<KnowledgeHit>(data.value(QStringLiteral("items")).toArray());
    const int total = totalOfAnswer(data, int(rows.size()));
    m_typeAhead->setBusy(false);
    m_mode = m_pendingMode;
    m_hasAnswer = true;
    replaceRows(std::move(rows), total);
    return true;
}

bool KnowledgeSearchModel::applyError(quint64 generation, const Error &error)
{
    if (!m_typeAhead->isCurrent(generation))
        return false;
    qCInfo(lcModels) << "knowledge search failed:" << errorCodeName(error.code);
    m_typeAhead->setBusy(false);
    m_mode = m_pendingMode;
    m_hasAnswer = true;
    replaceRows({}, 0);
    Q_EMIT searchFailed(error);
    return true;
}

void KnowledgeSearchModel::setResults(const QJsonArray &items, int total, Mode mode)
{
    m_mode = mode;
    m_hasAnswer = true;
    replaceRows(rowsOfItems<KnowledgeHit>(items), total < 0 ? int(items.size()) : total);
}

void KnowledgeSearchModel::clear()
{
    m_mode = Mode::Idle;
    m_hasAnswer = false;
    replaceRows({}, 0);
}

bool KnowledgeSearchModel::removeArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_total = std::max(0, m_total - 1);
    endRemoveRows();
    return true;
}

void KnowledgeSearchModel::replaceRows(QList<KnowledgeHit> rows, int total)
{
    m_total = total;
    resetRows(std::move(rows));
    Q_EMIT resultsReplaced();
}

KnowledgeHit KnowledgeSearchModel::hitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : KnowledgeHit {};
}

qint64 KnowledgeSearchModel::articleIdAt(int row) const
{
    return hitAt(row).id;
}

int KnowledgeSearchModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QVariant KnowledgeSearchModel::rowData(const KnowledgeHit &h, const QModelIndex &, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return h.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return snippetToPlainText(h.snippet);
    case IdRole:
        return h.id;
    case SnippetRole:
        return h.snippet;
    case SnippetHtmlRole:
        return snippetToHtml(h.snippet);
    case TagsRole:
        return h.tags;
    case VisibilityRole:
        return h.visibility;
    case StatusRole:
        return h.status;
    case LanguageRole:
        return h.language;
    case ScoreRole:
        return h.score;
    }
    return {};
}

QHash<int, QByteArray> KnowledgeSearchModel::roleNames() const
{
    return withRoleNames(
        QAbstractListModel::roleNames(), IdRole,
        { "articleId", "title", "snippet", "snippetHtml", "tags", "visibility", "status", "language", "score" });
}

} // namespace spocs
