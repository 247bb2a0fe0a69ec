#include "TestDatabase.h"

#include "coordinator/knowledge/KbImport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

using namespace spocs;
using namespace spocs::test;

// The FAQs Debian ships, as declared test dependencies (scripts/install-deps installs
// debian-faq, python3.11-doc, sqlite3-doc and fp-compiler-3.2.2).
namespace {

const QString kDebianFaq = QStringLiteral("/usr/share/doc/debian/FAQ");
const QString kPythonFaq = QStringLiteral("/usr/share/doc/python3.11/html/faq");
const QString kSqliteFaq = QStringLiteral("/usr/share/doc/sqlite3/faq.html");
const QString kPascalFaq = QStringLiteral("/usr/share/doc/fp-compiler/3.2.2/faq.html");

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly))
        << path.toStdString() << ": the Debian FAQ packages are test dependencies (scripts/install-deps)";
    return f.readAll();
}

kbimport::HtmlImport importPage(const QString &path)
{
    return kbimport::fromHtml(bytesOf(path), QUrl::fromLocalFile(path).toString());
}

QStringList titlesOf(const QList<KnowledgeStore::Content> &list)
{
    QStringList out;
    for (const auto &c : list)
        out.append(c.title);
    return out;
}

// Questions counted independently of the importer, from the page's own markup.
qsizetype countMatches(const QString &path, const QString &pattern)
{
    return QString::fromUtf8(bytesOf(path)).count(QRegularExpression(pattern));
}

int runImport(Database &db, const QStringList &args, QString *output = nullptr)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int rc = runKbImportCommand(args, db, o, e);
    if (output)
        *output = out + err;
    EXPECT_TRUE(err.isEmpty()) << err.toStdString();
    return rc;
}

} // namespace

TEST(FaqImport, DebianFaqChapterGivesOneArticlePerNumberedQuestion)
{
    const QString page = kDebianFaq + QStringLiteral("/pkg-basics.en.html");
    const auto imported = importPage(page);
    const QStringList titles = titlesOf(imported.articles);
    EXPECT_EQ(titles.size(), countMatches(page, QStringLiteral("<h2 class=\"title\"><a id=")));
    EXPECT_EQ(titles.value(0), QStringLiteral("What is a Debian package?"));
    EXPECT_TRUE(titles.contains(QStringLiteral("How do I put a package on hold?"))) << titles.join(u'|').toStdString();
    // The glossary of maintainer scripts inside an answer stays in that answer.
    for (const QString &t : titles) {
        EXPECT_FALSE(t.endsWith(u':')) << t.toStdString();
        EXPECT_NE(t, QStringLiteral("prerm"));
        EXPECT_NE(t, QStringLiteral("postrm"));
        EXPECT_FALSE(t.contains(QStringLiteral("Chapter"))) << t.toStdString();
    }
    for (const auto &c : imported.articles) {
        EXPECT_EQ(c.tags, QStringList { QStringLiteral("basics of the debian package management system") });
        EXPECT_FALSE(c.body.contains(QStringLiteral("Table of Contents"))) << c.title.toStdString();
        EXPECT_FALSE(c.body.contains(QStringLiteral("images/prev.png"))) << c.title.toStdString();
        EXPECT_TRUE(c.source.startsWith(QUrl::fromLocalFile(page).toString() + u'#')) << c.source.toStdString();
    }
    const auto scripts = std::find_if(imported.articles.begin(), imported.articles.end(), [](const auto &c) {
        return c.title == QStringLiteral("What is a Debian preinst, postinst, prerm, and postrm script?");
    });
    ASSERT_NE(scripts, imported.articles.end());
    EXPECT_TRUE(scripts->body.contains(QStringLiteral("prerm"))) << scripts->body.toStdString();
    // The chapter pages of the FAQ are named by its "next" link and tables of contents.
    EXPECT_TRUE(imported.chapterLinks.contains(QStringLiteral("pkgtools.en.html")));
}

TEST(FaqImport, SphinxFaqTakesLeafSectionsNotCategoriesOrSidebar)
{
    const QString page = kPythonFaq + QStringLiteral("/general.html");
    const auto imported = importPage(page);
    const QStringList titles = titlesOf(imported.articles);
    EXPECT_TRUE(titles.contains(QStringLiteral("What is Python?"))) << titles.join(u'|').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("Why was Python created in the first place?")));
    EXPECT_FALSE(titles.contains(QStringLiteral("General Information")));
    EXPECT_FALSE(titles.contains(QStringLiteral("This Page")));
    EXPECT_FALSE(titles.contains(QStringLiteral("Table of Contents")));
    // Every question is an h3 in its own section (the h2s are categories).
    EXPECT_EQ(titles.size(), countMatches(page, QStringLiteral("<h3><a class=\"toc-backref\"")));
    for (const auto &c : imported.articles) {
        EXPECT_FALSE(c.title.contains(QChar(0xB6))) << c.title.toStdString();
        EXPECT_FALSE(c.body.contains(QChar(0xB6))) << c.title.toStdString() << c.body.toStdString();
        EXPECT_EQ(c.tags, QStringList { QStringLiteral("general python faq") });
    }
}

TEST(FaqImport, SqliteFaqSplitsAtItsInPageTableOfContents)
{
    const auto imported = importPage(kSqliteFaq);
    const QStringList titles = titlesOf(imported.articles);
    EXPECT_EQ(titles.size(), countMatches(kSqliteFaq, QStringLiteral("<a name=\"q\\d+\">")));
    EXPECT_EQ(titles.value(0), QStringLiteral("How do I create an AUTOINCREMENT field?"));
    EXPECT_TRUE(imported.articles.value(0).body.startsWith(QStringLiteral("Short answer:")))
        << imported.articles.value(0).body.toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("Is SQLite threadsafe?")));
}

TEST(FaqImport, PascalFaqTakesEveryEntryOfItsTableOfContentsNotOnlyTheQuestions)
{
    // Headings like "Getting the compiler" are entries too: only some end with "?".
    const auto imported = importPage(kPascalFaq);
    const QStringList titles = titlesOf(imported.articles);
    // Its table of contents, without the entries the authors commented out.
    const QString html
        = QString::fromLatin1(bytesOf(kPascalFaq))
              .remove(QRegularExpression(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption));
    const qsizetype listed = html.count(QRegularExpression(QStringLiteral("<li><a href=[\"']#")));
    EXPECT_GE(listed, 60);
    EXPECT_EQ(titles.size(), listed) << titles.join(u'\n').toStdString();
    EXPECT_EQ(titles.value(0), QStringLiteral("What is Free Pascal (FPC)?"));
    EXPECT_TRUE(titles.contains(QStringLiteral("Getting the compiler")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Why are the generated binaries so big?")));
    const qsizetype runtimeErrors = titles.indexOf(QStringLiteral("Runtime errors"));
    ASSERT_GE(runtimeErrors, 0);
    EXPECT_FALSE(imported.articles.at(runtimeErrors).body.contains(QStringLiteral("Standard units")))
        << "an answer ends where the next entry starts";
}

TEST(FaqImport, WholeDebianFaqFollowsItsChaptersOnceAndReimportUpdates)
{
    TempDatabase db;
    QString out;
    // The index links every chapter; the chapters link each other and back: each is read once.
    ASSERT_EQ(runImport(*db, { QStringLiteral("--dry-run"), kDebianFaq + QStringLiteral("/index.en.html") }, &out), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("create What is a Debian package?"))) << out.toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles")), 0) << "a dry run writes nothing";

    ASSERT_EQ(runImport(*db, { kDebianFaq + QStringLiteral("/index.en.html") }, &out), 0);
    const qint64 articles = db.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles"));
    EXPECT_GE(articles, 100) << out.toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles WHERE title IN ('Freedom:', 'prerm', "
                                       "'postrm')")),
              0);
    // Links between questions became links between the articles.
    EXPECT_GT(db.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles WHERE body LIKE '%](kb:%'")), 0);

    // The same FAQ again, through the symbolic link and a folder: nothing new.
    ASSERT_EQ(runImport(*db, { kDebianFaq }, &out), 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles")), articles);
    EXPECT_TRUE(out.contains(QStringLiteral(" 0 created, 0 updated"))) << out.toStdString();
}

TEST(FaqImport, ReimportOfAChangedAnswerUpdatesItsArticle)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("faq.html"));
    QByteArray html = bytesOf(kSqliteFaq);
    {
        QFile f(copy);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(html);
    }
    TempDatabase db;
    ASSERT_EQ(runImport(*db, { copy }), 0);
    const qint64 articles = db.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles"));
    html.replace("Short answer: A column declared", "Short answer, revised: A column declared");
    {
        QFile f(copy);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(html);
    }
    QString out;
    ASSERT_EQ(runImport(*db, { copy }, &out), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("0 created, 1 updated"))) << out.toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM kb_articles")), articles);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT version FROM kb_articles WHERE title = 'How do I create an "
                                       "AUTOINCREMENT field?' AND body LIKE 'Short answer, revised%'")),
              2);
}
