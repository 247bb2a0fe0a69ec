#pragma once

#include "coordinator/knowledge/KnowledgeRanking.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace spocs {

class Database;

// The knowledge base: articles with versions, review workflow, full-text search, feedback
// and counters. Results are the JSON shapes of the kb.* ops (docs/protocol.md, "Knowledge").
// Writes join the caller's Database::write() transaction, so the ops publish their events
// inside it.
class KnowledgeStore
{
public:
    // Who acts: reviews and rollbacks are for leads and the article's owner.
    struct Actor
    {
        qint64 userId = 0;
        Role role = Role::Agent;
    };

    // The editable content of an article (one version).
    struct Content
    {
        QString title;
        QString body; // Markdown
        QStringList tags;
        QStringList products; // SKUs
        QStringList reasons; // contact-reason codes
        QString language = QStringLiteral("en");
        QString visibility = QStringLiteral("internal");
        // Where an import found it (file or URL and anchor); not versioned, never shown.
        QString source;
    };

    struct SearchQuery
    {
        QString text;
        int limit = 20;
        QStringList tags;
        QString product;
        QString reason;
        QString visibility; // empty: any
        QString language; // empty: any
        QString status = QStringLiteral("published"); // "any": every status
    };

    // What a write did, so the op knows which event to publish.
    struct Change
    {
        QJsonObject answer;
        QJsonObject article; // Article JSON after the change
        enum class Event { None, Published, Archived, Proposed } event = Event::None;
        qint64 version = 0; // the version created or reviewed
    };

    explicit KnowledgeStore(Database &db);

    // The clock for timestamps and the stale flag (default: the database's); the demo seeder
    // back-dates its articles with it.
    void setClock(std::function<QDateTime()> now);

    Result<QJsonObject> search(const SearchQuery &query);
    Result<QJsonObject> suggest(const QString &reason, const QString &product, const QString &text, int limit);
    // Article JSON (views counted by ArticleViewCounter are added by the caller).
    Result<QJsonObject> article(qint64 id);
    // base: the version whose text the proposal was edited from (default: the live one). With an
    // open proposal other than base the proposal is a version_conflict naming it ("openProposal"),
    // so nobody replaces a proposal they have not seen.
    Result<Change> propose(const Actor &actor, std::optional<qint64> id, qint64 expectedVersion, const Content &content,
                           const QString &changeNote, bool draft, std::optional<qint64> base = std::nullopt);
    Result<Change> draftFromText(const Actor &actor, const QString &question, const QString &answer,
                                 const QStringList &tags, const QStringList &reasons);
    // action: publish | request_changes | archive | reject
    Result<Change> review(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &action,
                          const QString &comment);
    Result<Change> rollback(const Actor &actor, qint64 id, qint64 expectedVersion, qint64 toVersion);
    Result<QJsonObject> versions(qint64 id);
    Result<QJsonObject> diff(qint64 id, qint64 fromVersion, qint64 toVersion);
    // query: the search that led the agent to the article, if any; its words (not the text) are remembered
    // for the article (kb_learned_words), so later searches in those words find it.
    Result<QJsonObject> feedback(const Actor &actor, qint64 id, bool helped, const QString &comment,
                                 const QString &query = {});
    // Records the article in the customer's history and counts a send. An article sent after a
    // search answered it: the query's words are remembered as for a "helped" feedback.
    // {"history": HistoryItem, "customer": id, "version": customer version}
    Result<QJsonObject> recordSend(const Actor &actor, qint64 id, const QString &customerId, const QString &channel,
                                   const QString &query = {});
    Result<QJsonObject> reviewQueue();
    // The words agents' searches taught the article (kb_learned_words), most net helped first:
    // {"articleId": id, "words": [{"word", "helped", "notHelped"}]}. not_found for no article.
    Result<QJsonObject> learnedWords(qint64 id);
    // Forgets one learned word of the article, or every one when word is absent, so later searches
    // in it no longer find the article by it. Answers as learnedWords plus "forgotten" (rows removed).
    Result<QJsonObject> forgetLearned(qint64 id, const std::optional<QString> &word);

    // Import, demo data and benchmarks: a published article (version 1), owned by ownerUserId
    // (0: no owner). Returns its id.
    Result<qint64> addPublished(const Content &content, qint64 ownerUserId, const QString &changeNote);
    // Import: the article a source made before (0: none).
    Result<qint64> articleFromSource(const QString &source);
    // Import, in a write: articleFromSource(source), else the article imported under
    // legacySource (its key before keys were relative), which takes `source` as its key.
    Result<qint64> adoptSource(const QString &source, const QString &legacySource);
    // Skipped*: the article an earlier import made is staff's now, and the import leaves it alone.
    enum class ImportOutcome { Created, Updated, Unchanged, SkippedArchived, SkippedEdited, SkippedProposal };
    struct Imported
    {
        qint64 id = 0;
        ImportOutcome outcome = ImportOutcome::Created;
    };
    // Creates the article of content.source, or updates the one it made before with a new
    // published version when the content differs. Joins the caller's write transaction.
    // An import never undoes what staff decided: an archived article, one whose live text is no
    // longer the imported one, and one with an open proposal are skipped. An empty visibility
    // keeps an existing article's (a new one's is internal).
    Result<Imported> importArticle(const Content &content, qint64 ownerUserId);
    // Why importArticle would skip article id (Updated: it would not).
    Result<ImportOutcome> importSkip(qint64 id);
    // Rewrites the body of an article this import has just created, in place (its links to
    // the other imported articles are only known once they all exist).
    Result<void> replaceImportedBody(qint64 id, const QString &body);
    // Export: published public articles, as Article JSON plus "plain" (body as plain text), by id.
    Result<QList<QJsonObject>> publicArticles();
    // A few dozen realistic articles for --demo (English and German, internal and public,
    // linked to demo products and reasons). Deterministic; does nothing when articles exist.
    static Result<int> seedDemo(Database &db, QDate today);

    // Checks and normalises content (trims, removes duplicate tags); bad_request names the field.
    static Result<Content> validate(Content content);
    // Markdown reduced to plain text: what the index holds and snippets show.
    static QString plainText(const QString &markdown);

    static constexpr int kStaleDays = 180;
    static constexpr int kMaxTitle = 200;
    static constexpr int kMaxBody = 64000;
    static constexpr int kMaxLimit = 50;
    static constexpr int kMaxLearnedListed = 200;
    static constexpr char16_t kMarkStart = 0xE000; // snippet highlight markers (private use)
    static constexpr char16_t kMarkEnd = 0xE001;

private:
    QString nowStamp() const;
    QDateTime now() const;
    Result<void> writeLive(qint64 id, const Content &content);
    // Remembers the query's words for the article (kb_learned_words), as helped or not.
    Result<void> learnWords(qint64 id, const QString &query, bool helped);
    Result<void> insertVersion(qint64 id, qint64 version, const Content &content, qint64 authorUserId,
                               const QString &changeNote, const QString &status);
    Result<Content> versionContent(qint64 id, qint64 version);
    Result<QList<QJsonObject>> articles(const QString &whereAndOrder, const QVariantList &binds);
    // The hit JSON of ranked articles, in the ranking's order.
    Result<QList<QJsonObject>> rankedHits(const KnowledgeRanker::Ranking &ranking);
    // Runs a prepared one-column list (tags, products, reasons) for one article: the strings.
    static Result<QJsonArray> listOf(QSqlQuery &list, qint64 articleId, const char *what);

    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace spocs
