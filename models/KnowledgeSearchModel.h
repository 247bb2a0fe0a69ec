#pragma once

#include "core/Result.h"
#include "models/KnowledgeArticle.h"
#include "models/RowModel.h"
#include "models/TypeAhead.h"

#include <QPointer>

class QTimer;

namespace spocs {

class Connection;

// Type-ahead knowledge search (kb.search) and, while nothing is typed and a
// contact gives context, suggestions (kb.suggest). Only the answer to the
// latest request is applied. Tests feed rows directly with setResults() or
// drive beginQuery()/applyAnswer().
class KnowledgeSearchModel : public RowListModel<KnowledgeHit>
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    enum class Mode { Idle, Search, Suggestions };
    Q_ENUM(Mode)
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SnippetRole, // raw, with markers
        SnippetHtmlRole, // escaped, marked words bold
        TagsRole,
        VisibilityRole,
        StatusRole,
        LanguageRole,
        ScoreRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultLimit = 20;
    static constexpr int DefaultDebounceMs = 150;
    // Notes are typed while the customer talks: suggestions follow once the agent
    // pauses.
    static constexpr int DefaultNotesDebounceMs = 700;

    explicit KnowledgeSearchModel(QObject *parent = nullptr);
    ~KnowledgeSearchModel() override;

    void setConnection(Connection *connection);
    void setDebounceInterval(int ms);
    void setNotesDebounceInterval(int ms);
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }

    // Type-ahead entry point (debounced). Blank text shows the suggestions, or
    // nothing.
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void searchNow();
    bool hasPendingQuery() const;

    // What the suggestions are for: the open contact's products, contact reason
    // and what the customer's problem is about (free text). All empty means no
    // suggestions.
    void setSuggestionContext(const QStringList &products, const QString &reason = QString(),
                              const QString &text = QString());
    QStringList suggestionProducts() const { return m_products; }
    bool hasSuggestionContext() const
    {
        return !m_products.isEmpty() || !m_reason.isEmpty() || !m_text.isEmpty() || !m_notes.isEmpty();
    }
    // The agent's notes on the open contact, as typed: after a pause they join
    // the suggestion text (kb.suggest {text}), beside the contact reason's linked
    // articles.
    void setNotesText(const QString &notes);
    bool hasPendingNotes() const;
    // What kb.suggest is asked about: the notes first, then the problem text.
    QString suggestionText() const;

    // Runs the current search or suggestion again, keeping the rows until the
    // answer arrives (live updates).
    void refresh();
    // Drops one article's row at once (archived elsewhere).
    bool removeArticle(qint64 id);

    quint64 beginQuery(Mode mode, const QString &text = QString());
    quint64 currentGeneration() const { return m_typeAhead->generation(); }
    bool applyAnswer(quint64 generation, const QJsonObject &data);
    bool applyError(quint64 generation, const Error &error);
    void setResults(const QJsonArray &items, int total = -1, Mode mode = Mode::Search);
    void clear();

    Mode mode() const { return m_mode; }
    KnowledgeHit hitAt(int row) const;
    qint64 articleIdAt(int row) const;
    int rowOf(qint64 id) const;
    int total() const { return m_total; }
    bool isBusy() const { return m_typeAhead->isBusy(); }
    bool hasAnswer() const { return m_hasAnswer; }

    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryChanged(const QString &query);
    void busyChanged(bool busy);
    void resultsReplaced();
    void searchFailed(const spocs::Error &error);

private:
    QVariant rowData(const KnowledgeHit &h, const QModelIndex &index, int role) const override;
    void replaceRows(QList<KnowledgeHit> rows, int total);
    void showIdleOrSuggestions();
    void sendRequest(quint64 generation);

    QPointer<Connection> m_connection;
    TypeAhead *m_typeAhead;
    QTimer *m_notesDebounce = nullptr;
    QString m_notes;
    QString m_typedNotes;
    QString m_query;
    QStringList m_products;
    QString m_reason;
    QString m_text;
    Mode m_mode = Mode::Idle;
    Mode m_pendingMode = Mode::Idle;
    int m_total = 0;
    int m_limit = DefaultLimit;
    bool m_hasAnswer = false;
};

} // namespace spocs
