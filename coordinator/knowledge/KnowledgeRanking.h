#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace spocs {

class Database;

// Ranks articles for a question as people ask it. Every content word of the query counts (OR),
// widened by the admin's synonyms and matched stemmed (porter), so "upgraded" finds "upgrade"
// and "owns" finds "produced". Each word weighs by how rare it is (its idf), and an article
// scores, highest first:
//  - coverage: the weighted share of the query's words it has anywhere (x3),
//  - title coverage: the weighted share it has in its title (x2), so a title with every word wins,
//  - bm25 over the stemmed index, scaled to 0..1 among the best kCandidates,
//  - bm25 over the exact index, scaled the same way (x0.25), so exact words beat mere stems,
//  - feedback: helped minus did-not-help, bounded to +-kMaxFeedbackBoost,
//  - learned (x3, like coverage): the weighted share of the query's words that agents searched
//    with before this article helped them, so an article is found in words it does not use
//    itself; a word counts fully from kLearnedSaturation helped answers (net).
// Only the articles that have one of the query's rarer words are scored (at most about
// kCandidateBudget); when every word is common, the newest kCommonWindow articles with one in their
// title (else anywhere). So a search costs about the same at 10,000 articles as at 300.
class KnowledgeRanker
{
public:
    struct Hit
    {
        qint64 id = 0;
        double score = 0.0;
        QString snippet;
        bool learned = false; // agents' earlier searches in these words led to it
    };
    struct Ranking
    {
        QList<Hit> hits; // best first, at most the limit
        qint64 total = 0; // matches, counted up to kMaxCounted
    };

    explicit KnowledgeRanker(Database &db);

    // filters: " AND ..." conditions on kb_articles a, with their binds. typing: the last word is
    // still being typed and matches as a prefix. Snippets mark matches with the given markers.
    Result<Ranking> rank(const QString &text, bool typing, const QString &filters, const QVariantList &binds, int limit,
                         QChar markStart, QChar markEnd);

    // The query's content words (without words like "how", "do", "the"), at most kMaxQueryWords.
    static QStringList contentWords(const QString &text);
    // The content words' base forms ("assignments" -> "assignment"), under which
    // kb_learned_words remembers what a search that helped was asked in.
    static QStringList learnedKeys(const QString &text);
    // The same keys, each with the first word of the text it came from ("refund" for "refun"),
    // which is what a lead reads in the list of learned words.
    struct LearnedKey
    {
        QString key;
        QString word;
    };
    static QList<LearnedKey> learnedKeysWithWords(const QString &text);

    static constexpr int kMaxQueryWords = 12;
    static constexpr int kCandidateBudget = 500;
    static constexpr int kCommonWindow = 200;
    static constexpr int kCandidates = 100;
    static constexpr int kMaxCounted = 1000;
    static constexpr double kMaxFeedbackBoost = 0.2;
    static constexpr double kLearnedWeight = 3.0;
    static constexpr int kLearnedSaturation = 2;

private:
    Database &m_db;
};

// Admin-edited groups of words that mean the same to a customer (own, produce, belong).
class KnowledgeSynonyms
{
public:
    explicit KnowledgeSynonyms(Database &db);

    Result<QList<QStringList>> groups();
    // Replaces every group. Words are lower-cased letters and digits (a space makes a phrase);
    // bad_request names the group that is wrong.
    Result<QList<QStringList>> setGroups(const QList<QStringList> &groups);
    // word -> the other words of its groups.
    Result<QHash<QString, QStringList>> lookup();

    static constexpr int kMaxGroups = 500;
    static constexpr int kMaxWordsPerGroup = 12;
    static constexpr int kMaxWordLength = 40;

private:
    Database &m_db;
};

} // namespace spocs
