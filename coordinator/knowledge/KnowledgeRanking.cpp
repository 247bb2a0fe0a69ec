#include "coordinator/knowledge/KnowledgeRanking.h"

#include "coordinator/knowledge/FullTextWords.h"
#include "coordinator/knowledge/KnowledgeRows.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace spocs {
namespace {

constexpr int kMaxWordLength = 64;
// The exact index's bm25 breaks ties between stems; more weight made the tune set worse.
constexpr double kExactWeight = 0.25;

// Words that say how someone asks, not what about. They would match nearly every article and
// make "covers more of the question" meaningless.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             { "a",    "about", "all",  "am",   "an",    "and",   "any",  "are",    "as",    "at",    "be",
               "been", "being", "but",  "by",   "can",   "could", "did",  "do",     "does",  "doing", "for",
               "from", "had",   "has",  "have", "how",   "i",     "if",   "in",     "into",  "is",    "it",
               "its",  "me",    "my",   "of",   "on",    "or",    "our",  "should", "so",    "some",  "that",
               "the",  "their", "them", "then", "there", "these", "they", "this",   "those", "to",    "was",
               "we",   "were",  "what", "when", "where", "which", "who",  "why",    "will",  "with",  "would",
               "you",  "your",  "der",  "die",  "das",   "ein",   "eine", "und",    "oder",  "ich",   "wie",
               "was",  "ist",   "mit",  "von",  "zu",    "für",   "auf",  "mein",   "meine", "kann" })
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words;
}

// Forms under which a word may stand in the synonym list ("owns" -> "own").
QStringList lookupForms(const QString &w)
{
    QStringList forms { w };
    for (const char *suffix : { "ing", "ed", "es", "s", "d" }) {
        const QString s = QString::fromLatin1(suffix);
        if (w.size() > s.size() + 2 && w.endsWith(s))
            forms.append(w.left(w.size() - s.size()));
    }
    return forms;
}

QString quoted(const QString &phrase)
{
    return u'"' + phrase + u'"';
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(u',');
}

} // namespace

KnowledgeRanker::KnowledgeRanker(Database &db)
    : m_db(db)
{ }

QStringList KnowledgeRanker::contentWords(const QString &text)
{
    QStringList words;
    for (const QString &w : fullTextWords(text)) {
        const QString lower = w.toLower().left(kMaxWordLength);
        if (!words.contains(lower))
            words.append(lower);
    }
    QStringList content;
    for (const QString &w : std::as_const(words)) {
        if (!stopWords().contains(w))
            content.append(w);
    }
    // A question made only of such words ("how to") is still searched for them.
    if (content.isEmpty())
        content = words;
    return content.mid(0, kMaxQueryWords);
}

QStringList KnowledgeRanker::learnedKeys(const QString &text)
{
    QStringList keys;
    for (const LearnedKey &k : learnedKeysWithWords(text))
        keys.append(k.key);
    return keys;
}

QList<KnowledgeRanker::LearnedKey> KnowledgeRanker::learnedKeysWithWords(const QString &text)
{
    QList<LearnedKey> keys;
    for (const QString &w : contentWords(text)) {
        QString base = w;
        for (const QString &form : lookupForms(w)) {
            if (form.size() < base.size())
                base = form;
        }
        // "upgrade" as "upgrades" and "upgraded" ("upgrad"), not a key of its own.
        if (base.size() > 4 && base.endsWith(u'e'))
            base.chop(1);
        if (std::none_of(keys.cbegin(), keys.cend(), [&](const LearnedKey &k) { return k.key == base; }))
            keys.append(LearnedKey { base, w });
    }
    return keys;
}

Result<KnowledgeRanker::Ranking> KnowledgeRanker::rank(const QString &text, bool typing, const QString &filters,
                                                       const QVariantList &binds, int limit, QChar markStart,
                                                       QChar markEnd)
{
    Ranking ranking;
    const QStringList words = contentWords(text);
    if (words.isEmpty())
        return ranking;
    SPOCS_TRY_LET(synonyms, KnowledgeSynonyms(m_db).lookup());

    // One group per word: the word (a prefix while typed) OR its synonyms.
    const QStringList typed = fullTextWords(text);
    const QString lastTyped = typing && !typed.isEmpty() ? typed.last().toLower() : QString();
    QStringList groups;
    for (const QString &w : words) {
        QStringList alternatives;
        alternatives.append(w == lastTyped && w.size() >= 2 ? quoted(w) + u'*' : quoted(w));
        for (const QString &form : lookupForms(w)) {
            for (const QString &synonym : synonyms->value(form)) {
                const QString q = quoted(synonym);
                if (!alternatives.contains(q))
                    alternatives.append(q);
            }
        }
        groups.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    const QString any = groups.join(QStringLiteral(" OR "));

    // Helped minus did-not-help, as a bounded boost.
    const auto feedbackBoost = [](qint64 merit) {
        return std::clamp(double(merit), -4.0, 4.0) / 4.0 * kMaxFeedbackBoost;
    };
    // Articles that helped agents who searched with these words before: the weighted share of the
    // query's words that led to each (the weights are the words' idf shares), and its merit.
    struct Learned
    {
        double share = 0.0;
        qint64 merit = 0;
    };
    const auto learnedArticles = [&](const QList<double> &weights) -> Result<QHash<qint64, Learned>> {
        QHash<QString, double> weightOf;
        for (qsizetype i = 0; i < words.size(); ++i) {
            for (const QString &key : learnedKeys(words[i]))
                weightOf[key] += weights.value(i);
        }
        QHash<qint64, Learned> articles;
        if (weightOf.isEmpty())
            return articles;
        QStringList marks(weightOf.size(), QStringLiteral("?"));
        QSqlQuery q
            = m_db.prepare(QStringLiteral("SELECT l.article_id, l.word, l.helped - l.not_helped, a.helped - "
                                          "a.not_helped FROM kb_learned_words l CROSS JOIN kb_articles a ON "
                                          "a.id = l.article_id WHERE l.word IN (%1) AND l.helped > l.not_helped")
                               .arg(marks.join(u','))
                           + filters);
        for (auto it = weightOf.cbegin(); it != weightOf.cend(); ++it)
            q.addBindValue(it.key());
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return sqlError(q, "rank learned words");
        while (q.next()) {
            const double net = std::min<double>(q.value(2).toLongLong(), kLearnedSaturation);
            Learned &l = articles[q.value(0).toLongLong()];
            l.share = std::min(1.0, l.share + weightOf.value(q.value(1).toString()) * net / kLearnedSaturation);
            l.merit = q.value(3).toLongLong();
        }
        return articles;
    };

    // Counted up to kMaxCounted: beyond that nobody pages, and counting costs a row per match.
    // CROSS JOIN keeps the full-text index as the outer loop.
    QSqlQuery count = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM kb_fts_stem CROSS JOIN "
                                                  "kb_articles a ON a.id = kb_fts_stem.rowid WHERE kb_fts_stem MATCH ?")
                                   + filters + QStringLiteral(" LIMIT %1)").arg(kMaxCounted));
    count.addBindValue(any);
    for (const QVariant &b : binds)
        count.addBindValue(b);
    if (!count.exec() || !count.next())
        return sqlError(count, "count search");
    ranking.total = count.value(0).toLongLong();
    count.finish();
    if (ranking.total == 0) {
        // No article has the words; one may still be known by them. Every word weighs the same.
        SPOCS_TRY_LET(learned, learnedArticles(QList<double>(words.size(), 1.0 / double(words.size()))));
        for (auto it = learned->cbegin(); it != learned->cend(); ++it)
            ranking.hits.append(Hit { it.key(), kLearnedWeight * it->share + feedbackBoost(it->merit), {}, true });
        std::sort(ranking.hits.begin(), ranking.hits.end(),
                  [](const Hit &a, const Hit &b) { return a.score != b.score ? a.score > b.score : a.id < b.id; });
        ranking.total = ranking.hits.size();
        if (ranking.hits.size() > limit)
            ranking.hits.resize(limit);
        return ranking;
    }

    // How rare each word is: bm25's idf over the articles that have it.
    QSqlQuery all = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM kb_articles"));
    if (!all.exec() || !all.next())
        return sqlError(all, "count articles");
    const double articles = all.value(0).toDouble();
    all.finish();
    QSqlQuery frequency = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM kb_fts_stem WHERE kb_fts_stem MATCH ?"));
    QList<qint64> df;
    QList<double> idf;
    double idfSum = 0.0;
    for (const QString &group : std::as_const(groups)) {
        frequency.bindValue(0, group);
        if (!frequency.exec() || !frequency.next())
            return sqlError(frequency, "rank word frequency");
        df.append(frequency.value(0).toLongLong());
        idf.append(std::log(1.0 + (articles - double(df.last()) + 0.5) / (double(df.last()) + 0.5)));
        idfSum += idf.last();
    }
    frequency.finish();

    // The candidates: the articles with one of the rarest words, as many words as the budget
    // allows. When even the rarest word is common, a window of the newest matches.
    QList<qsizetype> byRarity;
    for (qsizetype i = 0; i < groups.size(); ++i)
        byRarity.append(i);
    std::stable_sort(byRarity.begin(), byRarity.end(), [&](qsizetype a, qsizetype b) { return df[a] < df[b]; });
    QStringList rare;
    QList<bool> isRare(groups.size(), false);
    qint64 candidates = 0;
    for (qsizetype i : std::as_const(byRarity)) {
        if (df[i] == 0)
            continue;
        if (!rare.isEmpty() && candidates + df[i] > kCandidateBudget)
            break;
        rare.append(groups[i]);
        isRare[i] = true;
        candidates += df[i];
    }
    QString family = u'(' + rare.join(QStringLiteral(" OR ")) + u')';
    qint64 fromRowid = 0;
    if (candidates > kCandidateBudget) {
        QSqlQuery window = m_db.prepare(QStringLiteral("SELECT rowid FROM kb_fts_stem WHERE kb_fts_stem MATCH ? "
                                                       "ORDER BY rowid DESC LIMIT 1 OFFSET %1")
                                            .arg(kCommonWindow - 1));
        const QString inTitle = QStringLiteral("({title} : %1)").arg(family);
        QSqlQuery anyTitle
            = m_db.prepare(QStringLiteral("SELECT 1 FROM kb_fts_stem WHERE kb_fts_stem MATCH ? LIMIT 1"));
        anyTitle.addBindValue(inTitle);
        if (!anyTitle.exec())
            return sqlError(anyTitle, "rank title window");
        if (anyTitle.next())
            family = inTitle;
        anyTitle.finish();
        window.addBindValue(family);
        if (!window.exec())
            return sqlError(window, "rank window");
        fromRowid = window.next() ? window.value(0).toLongLong() : 0;
    }
    const QString window = QStringLiteral(" AND rowid >= %1").arg(fromRowid);

    // Coverage of each word among the candidates, anywhere, in the title and exactly, summed
    // per article by SQLite; the filters apply to the best candidates only. A rare word's
    // articles are all candidates, so its match needs no intersection with the family (FTS5
    // would walk the family's doclists once more for each).
    const bool familyIsRare = candidates <= kCandidateBudget;
    QStringList parts;
    QVariantList partBinds;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const double weight = idfSum > 0 ? idf[i] / idfSum : 0.0;
        const QString candidate = familyIsRare && isRare[i] ? QString() : family + QStringLiteral(" AND ");
        const QString scoped = candidate + groups[i];
        const struct
        {
            const char *index;
            QString match;
            double weight;
        } kinds[] = { { "kb_fts_stem", scoped, 3.0 },
                      { "kb_fts_stem", candidate + QStringLiteral("{title} : ") + groups[i], 2.0 } };
        for (const auto &k : kinds) {
            parts.append(
                QStringLiteral("SELECT rowid AS id, ? AS s FROM %1 WHERE %1 MATCH ?").arg(QLatin1String(k.index))
                + window);
            partBinds << k.weight * weight << k.match;
        }
    }
    struct Candidate
    {
        qint64 id = 0;
        double coverage = 0.0;
        double bm25 = 0.0;
        double exactBm25 = 0.0;
        double learned = 0.0;
        qint64 merit = 0;
        double score = 0.0;
    };
    QList<Candidate> scored;
    QHash<qint64, qsizetype> index;
    QSqlQuery top = m_db.prepare(QStringLiteral("SELECT m.id, m.score, a.helped - a.not_helped FROM (SELECT id, "
                                                "SUM(s) AS score FROM (%1) GROUP BY id) m CROSS JOIN kb_articles a "
                                                "ON a.id = m.id WHERE 1")
                                     .arg(parts.join(QStringLiteral(" UNION ALL ")))
                                 + filters + QStringLiteral(" ORDER BY m.score DESC, m.id LIMIT %1").arg(kCandidates));
    for (const QVariant &b : std::as_const(partBinds))
        top.addBindValue(b);
    for (const QVariant &b : binds)
        top.addBindValue(b);
    if (!top.exec())
        return sqlError(top, "rank candidates");
    while (top.next()) {
        Candidate c;
        c.id = top.value(0).toLongLong();
        c.coverage = top.value(1).toDouble();
        c.merit = top.value(2).toLongLong();
        index.insert(c.id, scored.size());
        scored.append(c);
    }
    top.finish();
    // The articles known by the query's words join the candidates.
    QList<double> weights;
    for (double w : std::as_const(idf))
        weights.append(idfSum > 0 ? w / idfSum : 0.0);
    SPOCS_TRY_LET(learned, learnedArticles(weights));
    for (auto it = learned->cbegin(); it != learned->cend(); ++it) {
        const auto at = index.constFind(it.key());
        if (at != index.cend()) {
            scored[*at].learned = it->share;
            continue;
        }
        index.insert(it.key(), scored.size());
        scored.append(Candidate { .id = it.key(), .learned = it->share, .merit = it->merit });
    }
    if (scored.isEmpty())
        return ranking;

    // bm25 among the candidates (how often and how densely they use the words), stemmed and exact,
    // each scaled to 0..1; the exact one so that "upgraded" ranks an article that says "upgraded"
    // above one that says "upgrades". "+rowid IN" is a filter SQLite applies before it computes
    // bm25; a plain "rowid IN" would make FTS5 run the whole expression again for each id.
    const QString scopedAny = QStringLiteral("%1 AND (%2)").arg(family, any);
    QList<qint64> scoredIds;
    for (const Candidate &c : std::as_const(scored))
        scoredIds.append(c.id);
    const auto scaledBm25 = [&](const char *table, double Candidate::*into) -> Result<void> {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT rowid, -bm25(%1, 10.0, 1.0, 5.0) FROM %1 WHERE %1 MATCH ?").arg(QLatin1String(table))
            + window + QStringLiteral(" AND +rowid IN (%1)").arg(idList(scoredIds)));
        q.addBindValue(scopedAny);
        if (!q.exec())
            return sqlError(q, "rank bm25");
        QList<std::pair<qsizetype, double>> values;
        double max = 0.0;
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            values.append({ *it, q.value(1).toDouble() });
            max = std::max(max, values.last().second);
        }
        for (const auto &[at, value] : std::as_const(values))
            scored[at].*into = max > 0 ? value / max : 0.0;
        return {};
    };
    SPOCS_TRY(scaledBm25("kb_fts_stem", &Candidate::bm25));
    SPOCS_TRY(scaledBm25("kb_fts", &Candidate::exactBm25));
    for (Candidate &c : scored)
        c.score
            = c.coverage + c.bm25 + kExactWeight * c.exactBm25 + kLearnedWeight * c.learned + feedbackBoost(c.merit);
    std::stable_sort(scored.begin(), scored.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.id < b.id;
    });
    if (scored.size() > limit)
        scored.resize(limit);

    ranking.total = std::max<qint64>(ranking.total, scored.size());
    QList<qint64> chosen;
    for (const Candidate &c : std::as_const(scored)) {
        chosen.append(c.id);
        ranking.hits.append(Hit { c.id, c.score, {}, c.learned > 0 });
    }
    QSqlQuery snippets
        = m_db.prepare(QStringLiteral("SELECT rowid, snippet(kb_fts_stem, 1, ?, ?, '…', 16) FROM kb_fts_stem "
                                      "WHERE kb_fts_stem MATCH ?")
                       + window + QStringLiteral(" AND +rowid IN (%1)").arg(idList(chosen)));
    snippets.addBindValue(QString(markStart));
    snippets.addBindValue(QString(markEnd));
    snippets.addBindValue(scopedAny);
    if (!snippets.exec())
        return sqlError(snippets, "search snippets");
    QHash<qint64, QString> byId;
    while (snippets.next())
        byId.insert(snippets.value(0).toLongLong(), snippets.value(1).toString());
    for (Hit &h : ranking.hits)
        h.snippet = byId.value(h.id);
    return ranking;
}

// ---------------------------------------------------------------- synonyms

KnowledgeSynonyms::KnowledgeSynonyms(Database &db)
    : m_db(db)
{ }

Result<QList<QStringList>> KnowledgeSynonyms::groups()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT words FROM kb_synonyms ORDER BY position"));
    if (!q.exec())
        return sqlError(q, "read synonyms");
    QList<QStringList> out;
    while (q.next())
        out.append(q.value(0).toString().split(u',', Qt::SkipEmptyParts));
    return out;
}

Result<QHash<QString, QStringList>> KnowledgeSynonyms::lookup()
{
    SPOCS_TRY_LET(all, groups());
    QHash<QString, QStringList> out;
    for (const QStringList &group : all.value()) {
        for (const QString &w : group) {
            QStringList &others = out[w];
            for (const QString &o : group) {
                if (o != w && !others.contains(o))
                    others.append(o);
            }
        }
    }
    return out;
}

Result<QList<QStringList>> KnowledgeSynonyms::setGroups(const QList<QStringList> &in)
{
    if (in.size() > kMaxGroups)
        return badField(QStringLiteral("groups"), QStringLiteral("at most %1 groups").arg(kMaxGroups));
    QList<QStringList> clean;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QString field = QStringLiteral("groups[%1]").arg(i);
        QStringList group;
        for (const QString &raw : in.at(i)) {
            // The words as the index sees them: letters and digits, lower case.
            const QString w = fullTextWords(raw.toLower()).join(u' ');
            if (w.isEmpty())
                continue;
            if (w.size() > kMaxWordLength)
                return badField(field, QStringLiteral("words are at most %1 characters").arg(kMaxWordLength));
            if (!group.contains(w))
                group.append(w);
        }
        if (group.size() > kMaxWordsPerGroup)
            return badField(field, QStringLiteral("at most %1 words a group").arg(kMaxWordsPerGroup));
        if (group.size() == 1)
            return badField(field, QStringLiteral("a group needs at least two words"));
        if (!group.isEmpty())
            clean.append(group);
    }
    auto r = m_db.write([&]() -> Result<void> {
        QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM kb_synonyms"));
        if (!del.exec())
            return sqlError(del, "replace synonyms");
        QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT INTO kb_synonyms(position, words) VALUES (?, ?)"));
        for (qsizetype i = 0; i < clean.size(); ++i) {
            ins.bindValue(0, qint64(i));
            ins.bindValue(1, clean.at(i).join(u','));
            if (!ins.exec())
                return sqlError(ins, "insert synonyms");
        }
        return {};
    });
    if (!r)
        return r.error();
    return clean;
}

} // namespace spocs
