#include "models/KnowledgeSearchModel.h"

#include "core/Ops.h"

#include <QTimer>

namespace spocs {

KnowledgeSearchModel::KnowledgeSearchModel(QObject *parent)
    : SearchRowModel(1, parent)
    , m_notesDebounce(new QTimer(this))
{
    m_notesDebounce->setSingleShot(true);
    m_notesDebounce->setInterval(DefaultNotesDebounceMs);
    connect(m_notesDebounce, &QTimer::timeout, this, [this] {
        if (m_typedNotes == m_notes)
            return;
        m_notes = m_typedNotes;
        if (query().isEmpty())
            showBlankQuery();
    });
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

void KnowledgeSearchModel::sendSearch()
{
    sendRequest(beginQuery(Mode::Search, query()));
}

void KnowledgeSearchModel::setSuggestionContext(const QStringList &products, const QString &reason, const QString &text)
{
    if (products == m_products && reason == m_reason && text == m_text)
        return;
    m_products = products;
    m_reason = reason;
    m_text = text;
    if (query().isEmpty())
        showBlankQuery();
}

// Without a query the model shows suggestions for the contact, or nothing.
void KnowledgeSearchModel::showBlankQuery()
{
    if (!hasSuggestionContext()) {
        beginQuery(Mode::Idle); // makes every answer in flight stale
        clear();
        return;
    }
    sendRequest(beginQuery(Mode::Suggestions));
}

void KnowledgeSearchModel::refresh()
{
    if (hasPendingQuery())
        return; // a new search is about to run anyway
    if (!query().isEmpty())
        sendRequest(beginQuery(Mode::Search, query()));
    else if (hasSuggestionContext())
        sendRequest(beginQuery(Mode::Suggestions));
}

void KnowledgeSearchModel::sendRequest(quint64 generation)
{
    if (m_pendingMode == Mode::Search) {
        request(generation, op::KbSearch, { { QStringLiteral("q"), query() } });
        return;
    }
    QJsonObject args;
    // The contract takes one product: the most recent order's first one leads.
    if (!m_products.isEmpty())
        args.insert(QStringLiteral("product"), m_products.first());
    if (!m_reason.isEmpty())
        args.insert(QStringLiteral("reason"), m_reason);
    if (const QString text = suggestionText(); !text.isEmpty())
        args.insert(QStringLiteral("text"), text.left(500));
    request(generation, op::KbSuggest, args);
}

quint64 KnowledgeSearchModel::beginQuery(Mode mode, const QString &text)
{
    m_pendingMode = mode;
    return beginGeneration(mode == Mode::Search ? text : query(), mode != Mode::Idle);
}

void KnowledgeSearchModel::setResults(const QJsonArray &items, int total, Mode mode)
{
    m_mode = mode;
    SearchModel::setResults(items, total);
}

void KnowledgeSearchModel::clear()
{
    m_mode = Mode::Idle;
    SearchModel::clear();
}

bool KnowledgeSearchModel::removeArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    setTotal(std::max(0, total() - 1));
    removeRowAt(row);
    return true;
}

qint64 KnowledgeSearchModel::articleIdAt(int row) const
{
    return hitAt(row).id;
}

int KnowledgeSearchModel::rowOf(qint64 id) const
{
    return rowWhere([id](const KnowledgeHit &h) { return h.id == id; });
}

QVariant KnowledgeSearchModel::rowData(const KnowledgeHit &h, const QModelIndex &, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return h.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        // Without a matched word there is no snippet; say why the article is listed at all.
        if (h.snippet.isEmpty() && h.learned)
            return tr("Agents found this article with searches like this one.");
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
    case LearnedRole:
        return h.learned;
    }
    return {};
}

QStringList KnowledgeSearchModel::columnTitles() const
{
    return { tr("Article") };
}

QHash<int, QByteArray> KnowledgeSearchModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(), IdRole,
                         { "articleId", "title", "snippet", "snippetHtml", "tags", "visibility", "status", "language",
                           "score", "learned" });
}

} // namespace spocs
