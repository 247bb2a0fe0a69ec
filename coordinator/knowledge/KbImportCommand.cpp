#include "coordinator/knowledge/KbImport.h"

#include "coordinator/auth/CardNumberGuard.h"
#include "coordinator/server/CommandLine.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QUrl>

// `kb-import`: which files, their chapter pages, and writing the articles (or, with
// --dry-run, saying what would be written).
namespace spocs {
namespace {

constexpr char kUsageText[]
    = "usage: spocs-coordinator [--db FILE] kb-import [--dry-run] [--visibility internal|public] "
      "[--language CODE] [--tags a,b] PATH...\n"
      "PATH: Markdown files (.md) with optional front matter, HTML FAQ documents (.html), or folders.\n";

int usage(QTextStream &err, const QString &problem)
{
    return cli::usage(err, kUsageText, problem);
}

// A file to read, and the folder its articles' source keys are relative to.
struct QueuedFile
{
    QString path;
    QDir root;
};

bool readBytes(const QString &path, QByteArray &bytes, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    bytes = file.readAll();
    return true;
}

QString decodeText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes); // old files in ISO 8859-1
    return text;
}

bool isMarkdown(const QString &path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    return s == u"md" || s == u"markdown";
}

bool isHtml(const QString &path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    return s == u"html" || s == u"htm" || s == u"xhtml";
}

// Links between imported questions become links between their articles ("kb:ID"); a link is
// read relative to the page the article came from.
QString linkArticles(const QString &body, const QString &source, const QHash<QString, qint64> &idBySource)
{
    const QUrl page(source);
    static const QRegularExpression link(QStringLiteral("\\]\\(<?([^)<>\\s]+)>?\\)"));
    QString out;
    qsizetype last = 0;
    for (auto it = link.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QUrl target(m.captured(1));
        const qint64 id = idBySource.value(page.resolved(target).toString());
        if (id == 0)
            continue;
        out += body.mid(last, m.capturedStart() - last) + QStringLiteral("](kb:%1)").arg(id);
        last = m.capturedEnd();
    }
    return last == 0 ? body : out + body.mid(last);
}

const char *skipReason(KnowledgeStore::ImportOutcome outcome)
{
    switch (outcome) {
    case KnowledgeStore::ImportOutcome::SkippedArchived:
        return "archived";
    case KnowledgeStore::ImportOutcome::SkippedEdited:
        return "edited by staff";
    case KnowledgeStore::ImportOutcome::SkippedProposal:
        return "has an open proposal";
    default:
        return nullptr;
    }
}

} // namespace

int runKbImportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    const cli::Options options
        = cli::parseOptions(args, { QStringLiteral("visibility"), QStringLiteral("language"), QStringLiteral("tags") },
                            { QStringLiteral("dry-run") });
    if (!options.problem.isEmpty())
        return usage(err, options.problem);
    // Without --visibility a new article is internal and an existing one keeps its visibility.
    const bool explicitVisibility = options.values.contains(QStringLiteral("visibility"));
    const QString visibility = options.values.value(QStringLiteral("visibility"), QStringLiteral("internal"));
    const QString language = options.values.value(QStringLiteral("language"), QStringLiteral("en"));
    const QStringList tags = kbimport::parseList(options.value(QStringLiteral("tags")));
    const QStringList &paths = options.positional;
    const bool dryRun = options.flag(QStringLiteral("dry-run"));
    if (paths.isEmpty())
        return usage(err, QStringLiteral("no files given"));
    if (visibility != u"internal" && visibility != u"public")
        return usage(err, QStringLiteral("--visibility must be internal or public"));

    // Each file with the folder its source key is relative to: the folder given, or the given file's.
    QList<QueuedFile> queue;
    for (const QString &p : std::as_const(paths)) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(p, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (isMarkdown(f) || isHtml(f))
                    found.append(f);
            }
            found.sort();
            const QDir root(info.canonicalFilePath());
            for (const QString &f : std::as_const(found))
                queue.append({ f, root });
        } else if (info.isFile()) {
            queue.append({ p, QDir(info.canonicalPath()) });
        } else {
            err << "error: " << p << " does not exist\n";
            err.flush();
            return 1;
        }
    }

    // Parse everything first: a broken file imports nothing. Each file is read once, however
    // it is reached (a symbolic link, a folder, a chapter link).
    QList<KnowledgeStore::Content> articles;
    // Each article's file: URL (with its anchor): what links between articles name, and its key
    // before keys were relative.
    QStringList urls;
    QSet<QString> visited;
    QSet<QString> sources;
    QHash<QString, QString> fileByKey;
    QStringList refused;
    int files = 0;
    for (qsizetype next = 0; next < queue.size(); ++next) {
        const QDir root = queue.at(next).root;
        const QString canonical = QFileInfo(queue.at(next).path).canonicalFilePath();
        if (canonical.isEmpty() || visited.contains(canonical))
            continue;
        visited.insert(canonical);
        ++files;
        QByteArray bytes;
        QString error;
        if (!readBytes(canonical, bytes, error)) {
            err << "error: " << error << "\n";
            err.flush();
            return 1;
        }
        const QString url = QUrl::fromLocalFile(canonical).toString();
        QList<KnowledgeStore::Content> found;
        if (isHtml(canonical)) {
            kbimport::HtmlImport page = kbimport::fromHtml(bytes, url);
            found = page.articles;
            const QDir dir = QFileInfo(canonical).dir();
            for (const QString &link : std::as_const(page.chapterLinks)) {
                const QString path = QDir::cleanPath(dir.filePath(QUrl::fromPercentEncoding(link.toUtf8())));
                if (QFileInfo(path).isFile())
                    queue.append({ path, root });
            }
        } else {
            found = kbimport::fromMarkdown(decodeText(bytes), canonical);
            for (KnowledgeStore::Content &c : found)
                c.source = url;
        }
        // The key is the file's path below the root ('/' on every platform), so the same tree
        // imported from another place or machine updates its articles.
        const QString key = root.relativeFilePath(canonical);
        if (const QString other = fileByKey.value(key); !other.isEmpty()) {
            err << "error: " << other << " and " << canonical << " are both " << key
                << " below the folders given; give the folder that holds both instead\n";
            err.flush();
            return 1;
        }
        fileByKey.insert(key, canonical);
        for (KnowledgeStore::Content &c : found) {
            // Two questions with one anchor still make two articles.
            const QString base = c.source;
            QString suffix;
            for (int n = 2; sources.contains(base + suffix); ++n)
                suffix = QStringLiteral("-%1").arg(n);
            sources.insert(base + suffix);
            const QString source = key + base.mid(url.size()) + suffix; // with the anchor, if any
            if (CardNumberGuard::containsCardNumber(c.title) || CardNumberGuard::containsCardNumber(c.body)
                || CardNumberGuard::containsCardNumber(c.tags.join(u' '))) {
                refused.append(QStringLiteral("refused (contains a card number) %1  %2")
                                   .arg(CardNumberGuard::maskCardNumbers(c.title), source));
                continue;
            }
            if (c.visibility.isEmpty() && explicitVisibility)
                c.visibility = visibility;
            if (c.language.isEmpty())
                c.language = language;
            for (const QString &t : std::as_const(tags)) {
                if (!c.tags.contains(t))
                    c.tags.append(t);
            }
            c.source = source;
            auto valid = KnowledgeStore::validate(c);
            if (!valid) {
                err << "error: " << canonical << ": \"" << c.title.left(60) << "\": " << valid.error().message << "\n";
                err.flush();
                return 1;
            }
            articles.append(c);
            urls.append(base + suffix);
        }
    }
    // Nothing with a card number is stored (as kb.save refuses it); the other articles are imported.
    for (const QString &line : std::as_const(refused))
        err << line << "\n";
    err.flush();
    const int exitCode = refused.isEmpty() ? 0 : 1;

    KnowledgeStore store(db);
    if (dryRun) {
        int create = 0, update = 0, skipped = 0;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const KnowledgeStore::Content &c = articles.at(i);
            auto existing = store.articleFromSource(c.source);
            if (existing && existing.value() == 0)
                existing = store.articleFromSource(urls.at(i)); // imported before keys were relative
            if (!existing) {
                err << "error: " << existing.error().message << "\n";
                err.flush();
                return 1;
            }
            const bool known = existing.value() != 0;
            if (known) {
                auto skip = store.importSkip(existing.value());
                if (!skip) {
                    err << "error: " << skip.error().message << "\n";
                    err.flush();
                    return 1;
                }
                if (const char *reason = skipReason(skip.value())) {
                    ++skipped;
                    out << "skip (" << reason << ") " << c.title << "  " << c.source << "\n";
                    continue;
                }
            }
            (known ? update : create) += 1;
            out << (known ? "update " : "create ") << c.title << "  [" << c.tags.join(QStringLiteral(", ")) << "]  "
                << c.source << "\n";
        }
        out << "dry run: would create " << create << " and update " << update << " articles";
        if (skipped > 0)
            out << " and skip " << skipped;
        out << " from " << files << " files; nothing was written\n";
        out.flush();
        return exitCode;
    }

    qint64 owner = 0;
    QSqlQuery admin = db.prepare(QStringLiteral("SELECT id FROM users WHERE login = 'admin' OR role = 'admin' "
                                                "ORDER BY login = 'admin' DESC, id LIMIT 1"));
    if (admin.exec() && admin.next())
        owner = admin.value(0).toLongLong();
    admin.finish();

    int created = 0, updated = 0, unchanged = 0;
    QStringList skipped; // what staff decided, and the import left alone
    auto r = db.write([&]() -> Result<void> {
        // First every source gets its article, so links between them (file: URLs) can name its id.
        QHash<QString, qint64> idByUrl;
        QSet<qint64> createdNow;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const KnowledgeStore::Content &c = articles.at(i);
            SPOCS_TRY_LET(existing, store.adoptSource(c.source, urls.at(i)));
            if (existing.value() == 0) {
                SPOCS_TRY_LET(imported, store.importArticle(c, owner));
                createdNow.insert(imported->id);
                idByUrl.insert(urls.at(i), imported->id);
            } else {
                idByUrl.insert(urls.at(i), existing.value());
            }
        }
        for (qsizetype i = 0; i < articles.size(); ++i) {
            KnowledgeStore::Content c = articles.at(i);
            const QString linked = linkArticles(c.body, urls.at(i), idByUrl);
            const qint64 id = idByUrl.value(urls.at(i));
            if (createdNow.contains(id)) {
                ++created;
                if (linked != c.body) {
                    SPOCS_TRY(store.replaceImportedBody(id, linked));
                }
                continue;
            }
            c.body = linked;
            SPOCS_TRY_LET(imported, store.importArticle(c, owner));
            if (const char *reason = skipReason(imported->outcome))
                skipped.append(QStringLiteral("skipped (%1) %2  %3").arg(QLatin1String(reason), c.title, c.source));
            else
                (imported->outcome == KnowledgeStore::ImportOutcome::Updated ? updated : unchanged) += 1;
        }
        return {};
    });
    if (!r) {
        err << "error: " << r.error().message << "\n";
        err.flush();
        return 1;
    }
    for (const QString &line : std::as_const(skipped))
        out << line << "\n";
    out << "imported " << articles.size() << " articles from " << files << " files: " << created << " created, "
        << updated << " updated, " << unchanged << " unchanged";
    if (!skipped.isEmpty())
        out << ", " << skipped.size() << " skipped";
    if (!refused.isEmpty())
        out << ", " << refused.size() << " refused";
    out << "\n";
    out.flush();
    return exitCode;
}

} // namespace spocs
