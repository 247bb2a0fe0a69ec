// Knowledge base search at scale: SPOCS_BENCH_ARTICLES generated articles (default 10,000),
// imported with `spocs-coordinator kb-import`, then kb.search top-20 with snippets through
// the real client library and coordinator on loopback.
#include "BenchSupport.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/knowledge/KbImport.h"
#include "coordinator/knowledge/KnowledgeRanking.h"
#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <QSet>
#include <QSqlQuery>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <optional>

using namespace spocs;
using namespace spocs::bench;

namespace {

// Words for generated articles: service vocabulary first (the most frequent), then
// pseudo-words; 20,000 in all.
QStringList vocabulary()
{
    QStringList words
        = QStringLiteral("the to and a of is how do i my not can order invoice delivery router printer refund "
                         "warranty password account return shipping payment card address battery screen cable "
                         "update reset install network connection signal charger contract discount voucher "
                         "label parcel tracking customer portal login error message device setting driver "
                         "firmware backup storage")
              .split(u' ');
    const QStringList syllables
        = QStringLiteral("ka lo mi ter ran su vel do pri nex bo ga stu fen wi hal zor ple quin tra mo cle yar jun")
              .split(u' ');
    QRandomGenerator rng(11);
    QSet<QString> seen(words.begin(), words.end());
    while (words.size() < 20000) {
        QString w;
        const int n = 2 + int(rng.bounded(3));
        for (int i = 0; i < n; ++i)
            w += syllables.at(int(rng.bounded(syllables.size())));
        if (!seen.contains(w)) {
            seen.insert(w);
            words.append(w);
        }
    }
    return words;
}

QString pick(const QStringList &words, QRandomGenerator &rng)
{
    // Log-uniform rank: P(rank r) ~ 1/r, the Zipf law of natural text ("the" in every article).
    const double r = std::pow(double(words.size()), rng.generateDouble());
    return words.at(std::min(qsizetype(r) - 1, words.size() - 1));
}

// The generated titles, so that queries look for things that exist.
QStringList &generatedTitles()
{
    static QStringList titles;
    return titles;
}

class KnowledgeCoordinator
{
public:
    static KnowledgeCoordinator &instance()
    {
        static KnowledgeCoordinator c;
        return c;
    }
    QUrl url() const { return m_process.url(); }
    int articles() const { return m_articles; }

private:
    KnowledgeCoordinator()
    {
        bool ok = false;
        const int n = qEnvironmentVariableIntValue("SPOCS_BENCH_ARTICLES", &ok);
        if (ok && n > 0)
            m_articles = n;
        const QString program = coordinatorProgram();
        const QString db = QDir(m_dir.path()).filePath(QStringLiteral("kb.db"));

        // One HTML FAQ with an <h2> question per article.
        const QStringList words = vocabulary();
        QRandomGenerator rng(42);
        QString html = QStringLiteral("<html><body>\n");
        for (int i = 0; i < m_articles; ++i) {
            QStringList title;
            for (int w = 0, n = 4 + int(rng.bounded(6)); w < n; ++w)
                title.append(pick(words, rng));
            generatedTitles().append(title.join(u' '));
            html += QStringLiteral("<h2>%1?</h2>\n").arg(title.join(u' '));
            for (int p = 0, paragraphs = 2 + int(rng.bounded(3)); p < paragraphs; ++p) {
                QStringList body;
                for (int w = 0, n = 30 + int(rng.bounded(50)); w < n; ++w)
                    body.append(pick(words, rng));
                html += QStringLiteral("<p>%1.</p>\n").arg(body.join(u' '));
            }
        }
        html += QStringLiteral("</body></html>\n");
        const QString faq = QDir(m_dir.path()).filePath(QStringLiteral("faq.html"));
        QFile file(faq);
        if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0)
            return;
        file.close();

        QElapsedTimer timer;
        timer.start();
        QProcess import;
        import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        import.start(program, { QStringLiteral("--db"), db, QStringLiteral("kb-import"), faq });
        if (!import.waitForFinished(600000) || import.exitCode() != 0) {
            std::fprintf(stderr, "spocs-bench: kb-import failed\n");
            return;
        }
        std::printf("kb-import: %s in %lld ms\n", import.readAllStandardOutput().trimmed().constData(),
                    qint64(timer.elapsed()));

        m_process.start(m_dir.path(), db, { QStringLiteral("--demo=50") });
    }

    QTemporaryDir m_dir;
    CoordinatorProcess m_process;
    int m_articles = 10000;
};

// Queries: one to three words of an existing title (an agent looking for an article about a
// problem); the last one a 3..5 letter prefix half of the time (type-ahead).
QStringList queries()
{
    const QStringList &titles = generatedTitles();
    QRandomGenerator rng(7);
    QStringList out;
    for (int i = 0; i < 500 && !titles.isEmpty(); ++i) {
        const QStringList words = titles.at(int(rng.bounded(titles.size()))).split(u' ');
        const int n = 1 + int(rng.bounded(3));
        const int start = int(rng.bounded(std::max<qsizetype>(1, words.size() - n + 1)));
        QStringList q = words.mid(start, n);
        if (rng.bounded(2) == 0)
            q.last() = q.last().left(3 + int(rng.bounded(3)));
        else
            q.last() += u' ';
        out.append(q.join(u' '));
    }
    return out;
}

void BM_KnowledgeSearchTop20(benchmark::State &state)
{
    KnowledgeCoordinator &kb = KnowledgeCoordinator::instance();
    Connection c;
    if (!loginOrSkip(state, c, kb.url(), QStringLiteral("agent1")))
        return;
    const QStringList qs = queries();
    std::vector<double> samples;
    QElapsedTimer timer;
    qint64 hits = 0;
    int i = 0;
    for (auto _ : state) {
        timer.start();
        const Reply r = syncCall(c, QStringLiteral("kb.search"),
                                 { { QStringLiteral("q"), qs.at(i++ % qs.size()) }, { QStringLiteral("limit"), 20 } });
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (!r.ok) {
            std::fprintf(stderr, "kb.search failed: %s\n", r.error.message.toUtf8().constData());
            state.SkipWithError("kb.search failed");
            break;
        }
        hits += r.data.value(QStringLiteral("items")).toArray().size();
    }
    state.counters["articles"] = kb.articles();
    state.counters["hits_per_query"] = double(hits) / double(std::max<size_t>(1, samples.size()));
    reportPercentiles(state, std::move(samples));
}
BENCHMARK(BM_KnowledgeSearchTop20)->Unit(benchmark::kMicrosecond)->Iterations(2000);

// kb.suggest with free text from a customer's problem (any word counts).
void BM_KnowledgeSuggestText(benchmark::State &state)
{
    Connection c;
    if (!loginOrSkip(state, c, KnowledgeCoordinator::instance().url(), QStringLiteral("agent2")))
        return;
    const QStringList words = vocabulary();
    QRandomGenerator rng(3);
    timeEachIteration(state, "kb.suggest failed", [&] {
        QStringList text;
        for (int w = 0; w < 12; ++w)
            text.append(pick(words, rng));
        return syncCall(c, QStringLiteral("kb.suggest"),
                        { { QStringLiteral("text"), text.join(u' ') }, { QStringLiteral("limit"), 5 } })
            .ok;
    });
}
BENCHMARK(BM_KnowledgeSuggestText)->Unit(benchmark::kMicrosecond)->Iterations(1000);

// ---------------------------------------------------------------- relevance

// Relevance over the FAQs Debian ships (debian-faq, python3.11-doc, sqlite3-doc, fp-compiler-3.2.2), imported
// with kb-import, among generated articles up to SPOCS_BENCH_ARTICLES (default 10,000): each
// paraphrased question of tests/fixtures/kb/faq-paraphrases.tsv (or $SPOCS_BENCH_PARAPHRASES)
// is searched in-process (the coordinator's own search, no socket) and the rank of the
// article that answers it recorded. Set 0 is "tune", 1 "heldout", 2 "fresh", 3 "pascal", 4 "blind",
// 5 "blind2", 6 "pairs-a", 7 "pairs-b", 8 "blind3", 9 "blind4", 10 "blind5". SPOCS_BENCH_LEARN_FROM=<set> first feeds
// that set's questions back as "helped" feedback, as agents would in daily use (see learnFrom());
// SPOCS_BENCH_SYNONYMS=<file> replaces the synonym list (see useSynonyms()); SPOCS_BENCH_DUMP=<file>
// writes the candidates for offline re-ranking experiments (see openDump()).
struct Paraphrase
{
    QString set;
    QString question;
    QString title;
};

class RelevanceWorld
{
public:
    static RelevanceWorld &instance()
    {
        static RelevanceWorld w;
        return w;
    }
    KnowledgeStore *store() { return m_db ? m_store.get() : nullptr; }
    const QList<Paraphrase> &paraphrases() const { return m_paraphrases; }
    qint64 articles() const { return m_articles; }
    // With SPOCS_BENCH_DUMP: the question's widest candidate list, for re-ranking experiments.
    void dumpCandidates(const QString &set, const Paraphrase &p)
    {
        if (!m_dump)
            return;
        KnowledgeStore::SearchQuery q;
        q.text = p.question + u' ';
        q.limit = KnowledgeStore::kMaxLimit;
        auto r = m_store->search(q);
        const QJsonObject line { { QStringLiteral("set"), set },
                                 { QStringLiteral("q"), p.question },
                                 { QStringLiteral("target"), p.title },
                                 { QStringLiteral("items"), r ? r->value(QStringLiteral("items")) : QJsonArray() } };
        m_dump->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_dump->flush();
    }

private:
    RelevanceWorld()
    {
        auto db = Database::open(QDir(m_dir.path()).filePath(QStringLiteral("relevance.db")));
        if (!db) {
            std::fprintf(stderr, "spocs-bench: %s\n", qPrintable(db.error().message));
            return;
        }
        m_db = std::move(db).value();
        // The database closes while QCoreApplication and its SQL driver still live.
        onShutdown([this] {
            m_store.reset();
            m_db.reset();
        });
        QString out, err;
        QTextStream o(&out), e(&err);
        QElapsedTimer timer;
        timer.start();
        if (runKbImportCommand({ QStringLiteral("--visibility"), QStringLiteral("public"),
                                 QStringLiteral("/usr/share/doc/debian/FAQ/index.en.html"),
                                 QStringLiteral("/usr/share/doc/python3.11/html/faq/index.html"),
                                 QStringLiteral("/usr/share/doc/sqlite3/faq.html"),
                                 QStringLiteral("/usr/share/doc/fp-compiler/3.2.2/faq.html") },
                               *m_db, o, e)
            != 0) {
            std::fprintf(stderr, "spocs-bench: kb-import of the Debian FAQs failed: %s\n", qPrintable(err));
            m_db.reset();
            return;
        }
        std::printf("relevance: %s in %lld ms\n", qPrintable(out.trimmed()), qint64(timer.elapsed()));
        m_store = std::make_unique<KnowledgeStore>(*m_db);
        bool ok = false;
        int target = qEnvironmentVariableIntValue("SPOCS_BENCH_ARTICLES", &ok);
        if (!ok || target <= 0)
            target = 10000;
        QSqlQuery count = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM kb_articles"));
        m_articles = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
        count.finish();
        // Generated articles around the real ones: the same Zipf text as the search benchmark.
        const QStringList words = vocabulary();
        QRandomGenerator rng(99);
        auto filled = m_db->write([&]() -> Result<void> {
            for (; m_articles < target; ++m_articles) {
                KnowledgeStore::Content c;
                QStringList title, body;
                for (int w = 0, n = 4 + int(rng.bounded(6)); w < n; ++w)
                    title.append(pick(words, rng));
                for (int w = 0, n = 60 + int(rng.bounded(150)); w < n; ++w)
                    body.append(pick(words, rng));
                c.title = title.join(u' ') + u'?';
                c.body = body.join(u' ');
                SPOCS_TRY(m_store->addPublished(c, 0, QStringLiteral("bench")));
            }
            return {};
        });
        if (!filled) {
            std::fprintf(stderr, "spocs-bench: %s\n", qPrintable(filled.error().message));
            m_db.reset();
            return;
        }
        QString path = qEnvironmentVariable("SPOCS_BENCH_PARAPHRASES");
        if (path.isEmpty())
            path = QStringLiteral(SPOCS_SOURCE_DIR "/tests/fixtures/kb/faq-paraphrases.tsv");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "spocs-bench: cannot read %s\n", qPrintable(path));
            m_db.reset();
            return;
        }
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QStringList cols = line.split(u'\t');
            if (cols.size() == 3 && !line.startsWith(u'#'))
                m_paraphrases.append(Paraphrase { cols.at(0), cols.at(1), cols.at(2) });
        }
        learnFrom(qEnvironmentVariable("SPOCS_BENCH_LEARN_FROM"));
        useSynonyms(qEnvironmentVariable("SPOCS_BENCH_SYNONYMS"));
        openDump(qEnvironmentVariable("SPOCS_BENCH_DUMP"));
    }

    // For re-ranking experiments outside the coordinator (bench/relevance/): every article to
    // <path>.articles, then each question's widest candidate list to <path>, one JSON object a line.
    void openDump(const QString &path)
    {
        if (path.isEmpty())
            return;
        QFile articles(path + QStringLiteral(".articles"));
        m_dump = std::make_unique<QFile>(path);
        if (!articles.open(QIODevice::WriteOnly) || !m_dump->open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "spocs-bench: cannot write %s\n", qPrintable(path));
            m_dump.reset();
            return;
        }
        QSqlQuery q = m_db->prepare(QStringLiteral("SELECT id, title, body FROM kb_articles ORDER BY id"));
        if (!q.exec())
            return;
        while (q.next()) {
            const QJsonObject a { { QStringLiteral("id"), q.value(0).toLongLong() },
                                  { QStringLiteral("title"), q.value(1).toString() },
                                  { QStringLiteral("body"), q.value(2).toString() } };
            articles.write(QJsonDocument(a).toJson(QJsonDocument::Compact) + '\n');
        }
    }

    // A candidate synonym list (one group a line, words comma-separated) in place of the shipped
    // seed, to measure it before an admin adopts it with kb.synonyms.set.
    void useSynonyms(const QString &path)
    {
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "spocs-bench: cannot read %s\n", qPrintable(path));
            m_db.reset();
            return;
        }
        QList<QStringList> groups;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts))
            groups.append(line.split(u','));
        auto set = KnowledgeSynonyms(*m_db).setGroups(groups);
        if (!set) {
            std::fprintf(stderr, "spocs-bench: %s: %s\n", qPrintable(path), qPrintable(set.error().message));
            m_db.reset();
            return;
        }
        std::printf("relevance: %lld synonym groups from %s\n", qint64(set->size()), qPrintable(path));
    }

    // Daily use before the searches: for each question of the set, an agent searched with it, found
    // its article and marked it "helped" (kb.feedback with the query).
    void learnFrom(const QString &set)
    {
        if (set.isEmpty())
            return;
        auto agent = AuthStore(*m_db).addUserWithHash(QStringLiteral("bench-agent"), QStringLiteral("Bench Agent"),
                                                      Role::Agent, QStringLiteral("x"));
        if (!agent) {
            std::fprintf(stderr, "spocs-bench: %s\n", qPrintable(agent.error().message));
            m_db.reset();
            return;
        }
        int learned = 0;
        for (const Paraphrase &p : std::as_const(m_paraphrases)) {
            if (p.set != set)
                continue;
            QSqlQuery q
                = m_db->prepare(QStringLiteral("SELECT id FROM kb_articles WHERE title = ? ORDER BY id LIMIT 1"));
            q.addBindValue(p.title);
            if (!q.exec() || !q.next())
                continue;
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            learned += m_store->feedback({ agent->id, Role::Agent }, id, true, {}, p.question).ok();
        }
        std::printf("relevance: learned from %d questions of \"%s\"\n", learned, qPrintable(set));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KnowledgeStore> m_store;
    std::unique_ptr<QFile> m_dump;
    QList<Paraphrase> m_paraphrases;
    qint64 m_articles = 0;
};

void BM_KnowledgeRelevance(benchmark::State &state)
{
    RelevanceWorld &world = RelevanceWorld::instance();
    KnowledgeStore *store = world.store();
    if (!store) {
        state.SkipWithError("no knowledge base");
        return;
    }
    static const QStringList sets { QStringLiteral("tune"),    QStringLiteral("heldout"), QStringLiteral("fresh"),
                                    QStringLiteral("pascal"),  QStringLiteral("blind"),   QStringLiteral("blind2"),
                                    QStringLiteral("pairs-a"), QStringLiteral("pairs-b"), QStringLiteral("blind3"),
                                    QStringLiteral("blind4"),  QStringLiteral("blind5") };
    const QString set = sets.value(int(state.range(0)));
    QList<Paraphrase> questions;
    for (const Paraphrase &p : world.paraphrases()) {
        if (p.set == set)
            questions.append(p);
    }
    // CPU time beside wall-clock time: on a shared machine the wall clock also counts waiting for a core.
    std::vector<double> samples, cpuSamples;
    int top1 = 0, top3 = 0, top10 = 0;
    double reciprocal = 0.0;
    bool first = true;
    QElapsedTimer timer;
    for (auto _ : state) {
        for (const Paraphrase &p : std::as_const(questions)) {
            KnowledgeStore::SearchQuery q;
            q.text = p.question + u' '; // a finished question, not type-ahead
            q.limit = 10;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            auto r = store->search(q);
            cpuSamples.push_back(double(std::clock() - cpuStart) * 1e6 / CLOCKS_PER_SEC);
            samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
            if (!r) {
                state.SkipWithError("search failed");
                return;
            }
            if (!first)
                continue;
            world.dumpCandidates(set, p);
            int rank = 0;
            QStringList got;
            const QJsonArray items = r->value(QStringLiteral("items")).toArray();
            for (int i = 0; i < items.size(); ++i) {
                got.append(items.at(i).toObject().value(QStringLiteral("title")).toString());
                if (rank == 0 && got.last() == p.title)
                    rank = i + 1;
            }
            top1 += rank == 1;
            top3 += rank >= 1 && rank <= 3;
            top10 += rank >= 1;
            reciprocal += rank > 0 ? 1.0 / rank : 0.0;
            if (rank == 0 || rank > 3)
                std::printf("relevance %s: rank %d for \"%s\" (top: %s)\n", qPrintable(set), rank,
                            qPrintable(p.question), qPrintable(got.mid(0, 3).join(QStringLiteral(" | "))));
        }
        first = false;
    }
    const double n = std::max<double>(1, questions.size());
    state.counters["questions"] = double(questions.size());
    state.counters["articles"] = double(world.articles());
    state.counters["top1_pct"] = 100.0 * top1 / n;
    state.counters["top3_pct"] = 100.0 * top3 / n;
    state.counters["top10_pct"] = 100.0 * top10 / n;
    state.counters["mrr"] = reciprocal / n;
    reportPercentiles(state, std::move(samples));
    reportPercentiles(state, std::move(cpuSamples), "cpu_");
}
BENCHMARK(BM_KnowledgeRelevance)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Arg(3)
    ->Arg(4)
    ->Arg(5)
    ->Arg(6)
    ->Arg(7)
    ->Arg(8)
    ->Arg(9)
    ->Arg(10)
    ->Unit(benchmark::kMicrosecond)
    ->Iterations(20);

} // namespace
