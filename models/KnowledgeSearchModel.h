#pragma once

#include "models/KnowledgeArticle.h"
#include "models/SearchModel.h"

class QTimer;

namespace spocs {

// Type-ahead knowledge search (kb.search) and, while nothing is typed and a
// contact gives context, suggestions (kb.suggest), on the SearchModel frame.
class KnowledgeSearchModel : public SearchRowModel<KnowledgeHit>
{
    Q_OBJECT

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
        LearnedRole, // bool: found by agents' earlier searches, perhaps without any of the words
    };
    Q_ENUM(Role)

    // Notes are typed while the customer talks: suggestions follow once the agent
    // pauses.
    static constexpr int DefaultNotesDebounceMs = 700;

    explicit KnowledgeSearchModel(QObject *parent = nullptr);

    void setNotesDebounceInterval(int ms);

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
    void setResults(const QJsonArray &items, int total = -1, Mode mode = Mode::Search);
    void clear() override;

    Mode mode() const { return m_mode; }
    KnowledgeHit hitAt(int row) const { return rowAt(row); }
    qint64 articleIdAt(int row) const;
    int rowOf(qint64 id) const;

    QHash<int, QByteArray> roleNames() const override;

private:
    void sendSearch() override;
    void showBlankQuery() override;
    void answered() override { m_mode = m_pendingMode; }
    QVariant rowData(const KnowledgeHit &h, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
    void sendRequest(quint64 generation);

    QTimer *m_notesDebounce = nullptr;
    QString m_notes;
    QString m_typedNotes;
    QStringList m_products;
    QString m_reason;
    QString m_text;
    Mode m_mode = Mode::Idle;
    Mode m_pendingMode = Mode::Idle;
};

} // namespace spocs
