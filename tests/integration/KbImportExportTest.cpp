#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

// Declared test dependency: scripts/install-deps installs sqlite3-doc.
const QString kSqliteFaq = QStringLiteral("/usr/share/doc/sqlite3/faq.html");

using test::CliResult;
using test::runCli;

QString fixtureDir()
{
    return QStringLiteral(SPOCS_SOURCE_DIR "/tests/fixtures/kb");
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

TEST(KbImportExport, ImportsTheSqliteFaqOneArticlePerQuestion)
{
    ASSERT_TRUE(QFileInfo::exists(kSqliteFaq))
        << "missing " << kSqliteFaq.toStdString()
        << ": the Debian package sqlite3-doc is a declared test dependency (scripts/install-deps installs it)";
    // Counted independently of the importer: each question's answer starts at an anchor
    // <a name="qN">. By hand (sqlite3-doc 3.40 in Debian 12) that is 27: q1..q28 without q16.
    const QString html = readAll(kSqliteFaq);
    const qsizetype questions = html.count(QRegularExpression(QStringLiteral("<a name=\"q\\d+\">")));
    ASSERT_GE(questions, 20) << "the FAQ's layout changed; check the importer against it";

    CoordinatorProcess coordinator;
    CoordinatorProcess::Options options;
    options.demoCustomers = 20;
    ASSERT_TRUE(coordinator.start(options)) << coordinator.output().toStdString();
    coordinator.stop();
    const CliResult imported = runCli({ QStringLiteral("--db"), coordinator.dbPath(), QStringLiteral("kb-import"),
                                        QStringLiteral("--visibility"), QStringLiteral("public"),
                                        QStringLiteral("--tags"), QStringLiteral("sqlite"), kSqliteFaq });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out.trimmed(),
              QStringLiteral("imported %1 articles from 1 files: %1 created, 0 updated, 0 unchanged").arg(questions));
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();

    Connection agent;
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok);
    const Reply all = call(
        agent, QStringLiteral("kb.search"),
        { { QStringLiteral("q"), QString() }, { QStringLiteral("tags"), QJsonArray { QStringLiteral("sqlite") } } });
    ASSERT_TRUE(all.ok) << all.error.message.toStdString();
    EXPECT_EQ(all.data.value(QStringLiteral("total")).toInteger(), questions);

    // Words from known questions find them in the top 3.
    const QList<QPair<QString, QString>> known {
        { QStringLiteral("create autoincrement field"), QStringLiteral("How do I create an AUTOINCREMENT field?") },
        { QStringLiteral("deleted data database file smaller"),
          QStringLiteral("I deleted a lot of data but the database file did not get any smaller. Is this a bug?") },
        { QStringLiteral("threadsafe"), QStringLiteral("Is SQLite threadsafe?") },
        { QStringLiteral("foreign keys"), QStringLiteral("Does SQLite support foreign keys?") },
    };
    for (const auto &[words, title] : known) {
        const Reply r = call(agent, QStringLiteral("kb.search"),
                             { { QStringLiteral("q"), words }, { QStringLiteral("limit"), 3 } });
        ASSERT_TRUE(r.ok) << r.error.message.toStdString();
        QStringList titles;
        for (const QJsonValue &v : r.data.value(QStringLiteral("items")).toArray())
            titles.append(v.toObject().value(QStringLiteral("title")).toString());
        EXPECT_TRUE(titles.contains(title))
            << words.toStdString() << " -> " << titles.join(QStringLiteral(" | ")).toStdString();
    }

    // Code blocks and links survive the conversion.
    const Reply hit
        = call(agent, QStringLiteral("kb.search"), { { QStringLiteral("q"), QStringLiteral("autoincrement field") } });
    const qint64 id
        = hit.data.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
    const QString body = call(agent, QStringLiteral("kb.get"), { { QStringLiteral("id"), id } })
                             .data.value(QStringLiteral("article"))
                             .toObject()
                             .value(QStringLiteral("body"))
                             .toString();
    EXPECT_TRUE(body.contains(QStringLiteral("```\nCREATE TABLE t1(\n  a INTEGER PRIMARY KEY,"))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("[AUTOINCREMENT](autoinc.html)"))) << body.toStdString();
}

TEST(KbImportExport, ExportedSiteHasPublicArticlesOnlyAndValidLinks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("kb.db"));
    const QString fixtures = fixtureDir();
    const CliResult md = runCli(
        { QStringLiteral("--db"), db, QStringLiteral("kb-import"), fixtures + QStringLiteral("/public-delivery.md"),
          fixtures + QStringLiteral("/internal-goodwill.md"), fixtures + QStringLiteral("/untitled-public.md") });
    ASSERT_EQ(md.exitCode, 0) << md.err.toStdString();
    EXPECT_EQ(md.out.trimmed(), QStringLiteral("imported 3 articles from 3 files: 3 created, 0 updated, 0 unchanged"));
    const CliResult html
        = runCli({ QStringLiteral("--db"), db, QStringLiteral("kb-import"), QStringLiteral("--visibility"),
                   QStringLiteral("public"), fixtures + QStringLiteral("/faq-headings.html") });
    ASSERT_EQ(html.exitCode, 0) << html.err.toStdString();
    const CliResult internalHtml = runCli(
        { QStringLiteral("--db"), db, QStringLiteral("kb-import"), fixtures + QStringLiteral("/faq-dl.html") });
    ASSERT_EQ(internalHtml.exitCode, 0) << internalHtml.err.toStdString();
    EXPECT_EQ(internalHtml.out.trimmed(),
              QStringLiteral("imported 3 articles from 1 files: 3 created, 0 updated, 0 unchanged"));

    const QString site = dir.filePath(QStringLiteral("site"));
    QDir().mkpath(site);
    // A page left from an earlier export (say of an article made internal since) must go.
    QFile stale(site + QStringLiteral("/article-999.html"));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("<p>zebracorn</p>");
    stale.close();

    const CliResult exported
        = runCli({ QStringLiteral("--db"), db, QStringLiteral("kb-export"), QStringLiteral("--public"), site });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.out.trimmed(), QStringLiteral("exported 5 public articles to %1").arg(site));

    const QStringList pages = QDir(site).entryList({ QStringLiteral("article-*.html") }, QDir::Files);
    EXPECT_EQ(pages.size(), 5);
    for (const QString &f : { QStringLiteral("index.html"), QStringLiteral("search.json"), QStringLiteral("search.js"),
                              QStringLiteral("search-index.js"), QStringLiteral("style.css") })
        EXPECT_TRUE(QFileInfo::exists(site + u'/' + f)) << f.toStdString();

    // No internal title or text in any file.
    QDirIterator it(site, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    static const QRegularExpression hrefRe(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QString text = readAll(path);
        for (const QString &secret :
             { QStringLiteral("zebracorn"), QStringLiteral("Secret goodwill"),
               QStringLiteral("Can I return opened items"), QStringLiteral("Who pays return shipping"),
               QStringLiteral("original payment method") })
            EXPECT_FALSE(text.contains(secret, Qt::CaseInsensitive))
                << secret.toStdString() << " in " << path.toStdString();
        // Every local link points at a file of the site.
        auto matches = hrefRe.globalMatch(text);
        while (matches.hasNext()) {
            const QString href = matches.next().captured(1);
            EXPECT_FALSE(href.isEmpty()) << path.toStdString();
            if (href.startsWith(QStringLiteral("https://")) || href.startsWith(QStringLiteral("http://"))
                || href.startsWith(QStringLiteral("mailto:")))
                continue;
            const QString target = href.section(u'#', 0, 0);
            EXPECT_TRUE(QFileInfo::exists(QFileInfo(path).dir().filePath(target)))
                << href.toStdString() << " in " << path.toStdString();
        }
    }
    EXPECT_EQ(files, 5 + 5);

    // The search index: one entry per page, public titles present.
    const QJsonArray index = QJsonDocument::fromJson(readAll(site + QStringLiteral("/search.json")).toUtf8()).array();
    ASSERT_EQ(index.size(), 5);
    QStringList titles;
    for (const QJsonValue &v : index) {
        titles.append(v.toObject().value(QStringLiteral("title")).toString());
        EXPECT_TRUE(pages.contains(v.toObject().value(QStringLiteral("url")).toString()));
        EXPECT_FALSE(v.toObject().value(QStringLiteral("text")).toString().isEmpty());
    }
    EXPECT_TRUE(titles.contains(QStringLiteral("Delivery times and tracking")));
    EXPECT_TRUE(titles.contains(QStringLiteral("How do I reset the router?")));
    // Web links are kept; the index page lists every article by category.
    // (category: the first tag in alphabetical order; an imported FAQ's questions carry its chapter)
    const QString indexPage = readAll(site + QStringLiteral("/index.html"));
    EXPECT_TRUE(indexPage.contains(QStringLiteral("<h2>Orders</h2>"))) << indexPage.toStdString();
    EXPECT_TRUE(indexPage.contains(QStringLiteral("<h2>Frequently asked questions</h2>"))) << indexPage.toStdString();
    bool carrierLink = false;
    for (const QString &p : pages)
        carrierLink = carrierLink
            || readAll(site + u'/' + p).contains(QStringLiteral("href=\"https://carrier.example/track\""));
    EXPECT_TRUE(carrierLink);
}

TEST(KbImportExport, MissingFileImportsNothing)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kb.db"));
    const CliResult r
        = runCli({ QStringLiteral("--db"), db, QStringLiteral("kb-import"),
                   fixtureDir() + QStringLiteral("/public-delivery.md"), dir.filePath(QStringLiteral("nope.md")) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    const CliResult exported = runCli({ QStringLiteral("--db"), db, QStringLiteral("kb-export"),
                                        QStringLiteral("--public"), dir.filePath(QStringLiteral("site")) });
    EXPECT_EQ(exported.out.trimmed(),
              QStringLiteral("exported 0 public articles to %1").arg(dir.filePath(QStringLiteral("site"))));
    EXPECT_EQ(runCli({ QStringLiteral("--db"), db, QStringLiteral("kb-export") }).exitCode, 2);
}

TEST(KbImportExport, PublicSiteEmbedsTheChatWidgetWhenAsked)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kb.db"));
    const CliResult imported = runCli({ QStringLiteral("--db"), db, QStringLiteral("kb-import"),
                                        fixtureDir() + QStringLiteral("/public-delivery.md") });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QString site = dir.filePath(QStringLiteral("site"));
    const QString tag = QStringLiteral("<script src=\"https://support.example.com:7401/widget.js\" defer></script>");

    // The web endpoint's root gets widget.js appended; every page, the index and the articles, carries the tag once.
    const CliResult exported
        = runCli({ QStringLiteral("--db"), db, QStringLiteral("kb-export"), QStringLiteral("--public"), site,
                   QStringLiteral("--widget-url"), QStringLiteral("https://support.example.com:7401/") });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QStringList pages = QDir(site).entryList({ QStringLiteral("*.html") }, QDir::Files);
    ASSERT_EQ(pages.size(), 2) << pages.join(u' ').toStdString();
    for (const QString &p : pages) {
        const QString html = readAll(site + u'/' + p);
        EXPECT_EQ(html.count(tag), 1) << p.toStdString() << "\n" << html.toStdString();
        EXPECT_LT(html.indexOf(tag), html.indexOf(QStringLiteral("</body>"))) << p.toStdString();
    }

    // Without the flag the pages stay widget-free (an export run again replaces them).
    ASSERT_EQ(
        runCli({ QStringLiteral("--db"), db, QStringLiteral("kb-export"), QStringLiteral("--public"), site }).exitCode,
        0);
    for (const QString &p : pages)
        EXPECT_FALSE(readAll(site + u'/' + p).contains(QStringLiteral("widget.js"))) << p.toStdString();

    // Only an absolute http(s) address is written into the pages; anything else is refused up front.
    for (const QString &bad : { QStringLiteral("javascript:alert(1)"), QStringLiteral("/widget.js"),
                                QStringLiteral("https://support.example.com/\"><script>x()</script>") }) {
        const CliResult refused = runCli({ QStringLiteral("--db"), db, QStringLiteral("kb-export"),
                                           QStringLiteral("--public"), site, QStringLiteral("--widget-url"), bad });
        EXPECT_EQ(refused.exitCode, 2) << bad.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("--widget-url"))) << refused.err.toStdString();
    }
    for (const QString &p : pages)
        EXPECT_FALSE(readAll(site + u'/' + p).contains(QStringLiteral("<script>x()"))) << p.toStdString();
}

namespace {

void writeArticle(const QString &path, const QString &title, const QString &tag, const QString &body)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("---\ntitle: %1\ntags: [%2]\n---\n%3\n").arg(title, tag, body).toUtf8());
}

// The article kb-import made with this tag, any status.
QJsonObject taggedArticle(Connection &c, const QString &tag)
{
    const Reply r = call(c, QStringLiteral("kb.search"),
                         { { QStringLiteral("q"), QString() },
                           { QStringLiteral("tags"), QJsonArray { tag } },
                           { QStringLiteral("status"), QStringLiteral("any") } });
    const qint64 id
        = r.data.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger();
    return call(c, QStringLiteral("kb.get"), { { QStringLiteral("id"), id } })
        .data.value(QStringLiteral("article"))
        .toObject();
}

} // namespace

TEST(KbImportExport, ReimportDoesNotRepublishArchivedOrStaffEditedArticles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList tags { QStringLiteral("archivedone"), QStringLiteral("editedone"), QStringLiteral("proposedone"),
                             QStringLiteral("untouchedone") };
    const auto fileOf = [&](const QString &tag) {
        return dir.filePath(tag + QStringLiteral(".md"));
    };
    for (const QString &tag : tags)
        writeArticle(fileOf(tag), QStringLiteral("About %1").arg(tag), tag, QStringLiteral("First imported text."));

    CoordinatorProcess coordinator;
    CoordinatorProcess::Options options;
    options.demoCustomers = 20;
    ASSERT_TRUE(coordinator.start(options)) << coordinator.output().toStdString();
    coordinator.stop();
    QStringList importArgs { QStringLiteral("--db"), coordinator.dbPath(), QStringLiteral("kb-import") };
    QStringList files;
    for (const QString &tag : tags)
        files.append(fileOf(tag));
    const CliResult first
        = runCli(importArgs + QStringList { QStringLiteral("--visibility"), QStringLiteral("public") } + files);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();

    // Staff decide: the lead archives one, publishes an agent's edit of another; a third has an open proposal.
    Connection lead, agent;
    ASSERT_TRUE(loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok);
    ASSERT_TRUE(loginAndWait(agent, coordinator.url(), QStringLiteral("agent1")).ok);
    const QJsonObject archived = taggedArticle(lead, tags.at(0));
    ASSERT_TRUE(callWrite(lead, QStringLiteral("kb.review"),
                          { { QStringLiteral("id"), archived.value(QStringLiteral("id")) },
                            { QStringLiteral("version"), archived.value(QStringLiteral("version")) },
                            { QStringLiteral("action"), QStringLiteral("archive") } })
                    .ok);
    for (const QString &tag : { tags.at(1), tags.at(2) }) {
        const QJsonObject a = taggedArticle(agent, tag);
        const Reply proposed = callWrite(agent, QStringLiteral("kb.propose"),
                                         { { QStringLiteral("id"), a.value(QStringLiteral("id")) },
                                           { QStringLiteral("version"), a.value(QStringLiteral("version")) },
                                           { QStringLiteral("title"), a.value(QStringLiteral("title")) },
                                           { QStringLiteral("body"), QStringLiteral("Staff text.") },
                                           { QStringLiteral("tags"), QJsonArray { tag } },
                                           { QStringLiteral("visibility"), QStringLiteral("public") },
                                           { QStringLiteral("changeNote"), QStringLiteral("clearer") } });
        ASSERT_TRUE(proposed.ok) << proposed.error.message.toStdString();
        if (tag == tags.at(1)) {
            ASSERT_TRUE(callWrite(lead, QStringLiteral("kb.review"),
                                  { { QStringLiteral("id"), a.value(QStringLiteral("id")) },
                                    { QStringLiteral("version"), a.value(QStringLiteral("version")).toInteger() + 1 },
                                    { QStringLiteral("action"), QStringLiteral("publish") } })
                            .ok);
        }
    }
    coordinator.stop();

    // The FAQ changed everywhere; imported again without --visibility.
    for (const QString &tag : tags)
        writeArticle(fileOf(tag), QStringLiteral("About %1").arg(tag), tag, QStringLiteral("Second imported text."));
    const CliResult again = runCli(importArgs + files);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("skipped (archived) About archivedone"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("skipped (edited by staff) About editedone")))
        << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("skipped (has an open proposal) About proposedone")))
        << again.out.toStdString();
    EXPECT_TRUE(again.out.trimmed().endsWith(
        QStringLiteral("imported 4 articles from 4 files: 0 created, 1 updated, 0 unchanged, 3 skipped")))
        << again.out.toStdString();
    ASSERT_TRUE(coordinator.restart()) << coordinator.output().toStdString();
    ASSERT_TRUE(loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok);

    EXPECT_EQ(taggedArticle(lead, tags.at(0)).value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    EXPECT_EQ(taggedArticle(lead, tags.at(1)).value(QStringLiteral("body")).toString(), QStringLiteral("Staff text."));
    const QJsonObject proposal = taggedArticle(lead, tags.at(2));
    EXPECT_EQ(proposal.value(QStringLiteral("body")).toString(), QStringLiteral("First imported text."));
    const Reply versions
        = call(lead, QStringLiteral("kb.versions"), { { QStringLiteral("id"), proposal.value(QStringLiteral("id")) } });
    EXPECT_EQ(versions.data.value(QStringLiteral("versions"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("in_review"));
    // The untouched one follows the source and stays public.
    const QJsonObject untouched = taggedArticle(lead, tags.at(3));
    EXPECT_EQ(untouched.value(QStringLiteral("body")).toString(), QStringLiteral("Second imported text."));
    EXPECT_EQ(untouched.value(QStringLiteral("visibility")).toString(), QStringLiteral("public"));
    EXPECT_EQ(untouched.value(QStringLiteral("status")).toString(), QStringLiteral("published"));

    // Once more: the untouched one is as imported; the others are still named, their source still differs.
    coordinator.stop();
    const CliResult third = runCli(importArgs + files);
    ASSERT_EQ(third.exitCode, 0) << third.err.toStdString();
    EXPECT_TRUE(third.out.trimmed().endsWith(
        QStringLiteral("imported 4 articles from 4 files: 0 created, 0 updated, 1 unchanged, 3 skipped")))
        << third.out.toStdString();
}

namespace {

// Runs statements on a database the coordinator is not running on; the first column of the last
// statement's first row, or an empty string.
QString sqlOn(const QString &dbPath, const QStringList &statements)
{
    const QString name = QStringLiteral("kb-import-test");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
                value = q.next() ? q.value(0).toString() : QString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// A small FAQ tree: faq/returns.md and faq/billing/invoices.md.
void writeFaq(const QString &root, const QString &invoiceText)
{
    ASSERT_TRUE(QDir().mkpath(root + QStringLiteral("/faq/billing")));
    writeArticle(root + QStringLiteral("/faq/returns.md"), QStringLiteral("Returns"), QStringLiteral("returns"),
                 QStringLiteral("Thirty days, unused."));
    writeArticle(root + QStringLiteral("/faq/billing/invoices.md"), QStringLiteral("Invoices"),
                 QStringLiteral("invoices"), invoiceText);
}

} // namespace

TEST(KbImportExport, TheSameFolderImportedFromAnotherPlaceUpdatesItsArticles)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kb.db"));
    writeFaq(dir.filePath(QStringLiteral("checkout")), QStringLiteral("Monthly."));
    const QStringList importArgs { QStringLiteral("--db"), db, QStringLiteral("kb-import") };
    const CliResult first = runCli(importArgs + QStringList { dir.filePath(QStringLiteral("checkout/faq")) });
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    // Keyed by the path below the folder given, '/' between folders.
    EXPECT_EQ(sqlOn(db,
                    { QStringLiteral("SELECT group_concat(source, ' ') FROM "
                                     "(SELECT source FROM kb_articles ORDER BY source)") }),
              QStringLiteral("billing/invoices.md returns.md"));

    // A copy elsewhere (another checkout, another machine), one answer changed.
    writeFaq(dir.filePath(QStringLiteral("elsewhere/copy")), QStringLiteral("Monthly, by e-mail."));
    const CliResult dryRun = runCli(
        importArgs + QStringList { QStringLiteral("--dry-run"), dir.filePath(QStringLiteral("elsewhere/copy/faq")) });
    ASSERT_EQ(dryRun.exitCode, 0) << dryRun.err.toStdString();
    EXPECT_TRUE(dryRun.out.contains(QStringLiteral("dry run: would create 0 and update 2 articles")))
        << dryRun.out.toStdString();
    const CliResult copy = runCli(importArgs + QStringList { dir.filePath(QStringLiteral("elsewhere/copy/faq")) });
    ASSERT_EQ(copy.exitCode, 0) << copy.err.toStdString();
    EXPECT_TRUE(
        copy.out.contains(QStringLiteral("imported 2 articles from 2 files: 0 created, 1 updated, 1 unchanged")))
        << copy.out.toStdString();
    EXPECT_EQ(sqlOn(db, { QStringLiteral("SELECT COUNT(*) FROM kb_articles") }), QStringLiteral("2"));
    EXPECT_EQ(sqlOn(db, { QStringLiteral("SELECT body FROM kb_articles WHERE source = 'billing/invoices.md'") }),
              QStringLiteral("Monthly, by e-mail."));

    // Two folders whose files would share keys: nothing is imported, the folder above them is named.
    const CliResult both = runCli(importArgs
                                  + QStringList { dir.filePath(QStringLiteral("checkout/faq")),
                                                  dir.filePath(QStringLiteral("elsewhere/copy/faq")) });
    EXPECT_EQ(both.exitCode, 1);
    EXPECT_TRUE(both.err.contains(QStringLiteral("are both billing/invoices.md below the folders given")))
        << both.err.toStdString();
    EXPECT_EQ(sqlOn(db, { QStringLiteral("SELECT COUNT(*) FROM kb_articles") }), QStringLiteral("2"));
}

TEST(KbImportExport, AnArticleImportedUnderItsAbsolutePathIsFoundAndRekeyed)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kb.db"));
    writeFaq(dir.filePath(QStringLiteral("checkout")), QStringLiteral("Monthly."));
    const QString faq = QFileInfo(dir.filePath(QStringLiteral("checkout/faq"))).canonicalFilePath();
    const QStringList importArgs { QStringLiteral("--db"), db, QStringLiteral("kb-import") };
    ASSERT_EQ(runCli(importArgs + QStringList { faq }).exitCode, 0);
    // As an import before keys were relative left them: the file's absolute file: URL.
    const QString oldKey = QUrl::fromLocalFile(faq + QStringLiteral("/billing/invoices.md")).toString();
    sqlOn(db,
          { QStringLiteral("UPDATE kb_articles SET source = '%1' WHERE source = 'billing/invoices.md'").arg(oldKey) });

    writeFaq(dir.filePath(QStringLiteral("checkout")), QStringLiteral("Monthly, by e-mail."));
    const CliResult again = runCli(importArgs + QStringList { faq });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 created, 1 updated, 1 unchanged"))) << again.out.toStdString();
    EXPECT_EQ(sqlOn(db, { QStringLiteral("SELECT source FROM kb_articles WHERE body = 'Monthly, by e-mail.'") }),
              QStringLiteral("billing/invoices.md"));

    // Rekeyed once: a copy elsewhere finds it too.
    writeFaq(dir.filePath(QStringLiteral("elsewhere")), QStringLiteral("Monthly, by e-mail."));
    const CliResult copy = runCli(importArgs + QStringList { dir.filePath(QStringLiteral("elsewhere/faq")) });
    ASSERT_EQ(copy.exitCode, 0) << copy.err.toStdString();
    EXPECT_TRUE(copy.out.contains(QStringLiteral("0 created, 0 updated, 2 unchanged"))) << copy.out.toStdString();
    EXPECT_EQ(sqlOn(db, { QStringLiteral("SELECT COUNT(*) FROM kb_articles") }), QStringLiteral("2"));
}

TEST(KbImportExport, AnArticleWithACardNumberIsRefusedAndTheRestImported)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kb.db"));
    writeFaq(dir.path(), QStringLiteral("Test payments with 4111 1111 1111 1111 in the shop."));
    writeArticle(dir.filePath(QStringLiteral("faq/card.md")), QStringLiteral("Paying by 5500-0000-0000-0004"),
                 QStringLiteral("cards"), QStringLiteral("Card payments are taken on the phone."));
    const QStringList importArgs { QStringLiteral("--db"), db, QStringLiteral("kb-import") };

    const CliResult dryRun
        = runCli(importArgs + QStringList { QStringLiteral("--dry-run"), dir.filePath(QStringLiteral("faq")) });
    EXPECT_EQ(dryRun.exitCode, 1);
    EXPECT_TRUE(dryRun.err.contains(QStringLiteral("refused (contains a card number) Invoices  billing/invoices.md")))
        << dryRun.err.toStdString();
    EXPECT_TRUE(dryRun.out.contains(QStringLiteral("would create 1 and update 0 articles")))
        << dryRun.out.toStdString();

    const CliResult imported = runCli(importArgs + QStringList { dir.filePath(QStringLiteral("faq")) });
    EXPECT_EQ(imported.exitCode, 1) << "not everything was imported";
    EXPECT_TRUE(imported.err.contains(QStringLiteral("refused (contains a card number) Invoices  billing/invoices.md")))
        << imported.err.toStdString();
    // The title's card number is not repeated on the terminal.
    EXPECT_TRUE(imported.err.contains(QStringLiteral("refused (contains a card number) Paying by ••••-••••-••••-0004  "
                                                     "card.md")))
        << imported.err.toStdString();
    EXPECT_FALSE(imported.err.contains(QStringLiteral("5500"))) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("imported 1 articles from 3 files: 1 created, 0 updated, "
                                                     "0 unchanged, 2 refused")))
        << imported.out.toStdString();
    EXPECT_EQ(sqlOn(db, { QStringLiteral("SELECT group_concat(title) FROM kb_articles") }), QStringLiteral("Returns"));
    EXPECT_EQ(sqlOn(db,
                    { QStringLiteral("SELECT COUNT(*) FROM kb_versions WHERE body LIKE '%4111%' OR title LIKE "
                                     "'%5500%'") }),
              QStringLiteral("0"));
}
