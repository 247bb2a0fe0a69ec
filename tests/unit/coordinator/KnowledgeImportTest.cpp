#include "coordinator/knowledge/KbExport.h"
#include "coordinator/knowledge/KbImport.h"
#include "coordinator/knowledge/LineDiff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QString fixture(const QString &name)
{
    const QString path = QStringLiteral(SPOCS_SOURCE_DIR "/tests/fixtures/kb/") + name;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(f.readAll());
}

QStringList titlesOf(const QList<KnowledgeStore::Content> &list)
{
    QStringList out;
    for (const auto &c : list)
        out.append(c.title);
    return out;
}

} // namespace

TEST(KnowledgeImport, HtmlFaqSplitsAtHeadingsKeepingLinksAndCode)
{
    const auto articles = kbimport::fromHtml(fixture(QStringLiteral("faq-headings.html")), QStringLiteral("faq.html"));
    ASSERT_EQ(titlesOf(articles),
              (QStringList { QStringLiteral("How long does delivery take?"),
                             QStringLiteral("How do I reset the router?"), QStringLiteral("Can I pay by invoice?") }));
    EXPECT_EQ(articles.at(0).body,
              QStringLiteral("Usually **2 to 3 working days**. See the "
                             "[shipping page](https://example.com/shipping)."));
    EXPECT_EQ(articles.at(1).body,
              QStringLiteral("Hold the pin for 10 seconds, then run:\n\n"
                             "```\nrouter-setup --factory && reboot\n```\n\n"
                             "- Wait for the *green* light\n- Reconnect"));
    EXPECT_EQ(articles.at(2).body, QStringLiteral("Yes, with `PAY_LATER` enabled.  \nLimits apply."));
}

TEST(KnowledgeImport, HtmlDefinitionListGivesOneArticlePerTerm)
{
    const auto articles = kbimport::fromHtml(fixture(QStringLiteral("faq-dl.html")), QStringLiteral("faq-dl.html"));
    ASSERT_EQ(titlesOf(articles),
              (QStringList { QStringLiteral("Can I return opened items?"), QStringLiteral("Who pays return shipping?"),
                             QStringLiteral("How fast is the refund?") }));
    EXPECT_EQ(articles.at(0).body, QStringLiteral("Yes, within 30 days. Use the [returns form](returns.html)."));
    EXPECT_EQ(articles.at(2).body, QStringLiteral("Within 5 working days – by the original payment method."));
}

TEST(KnowledgeImport, HtmlAnchorTableOfContentsSplitsAtTargets)
{
    const QString html = QStringLiteral(
        "<ol><li><a href=\"#q1\">First question?</a></li><li><a href=\"#q2\">Second one?</a></li></ol>"
        "<a name=\"q1\"></a><p><b>(1) First question?</b></p><blockquote>Answer <i>one</i>.</blockquote></li>"
        "<a name=\"q2\"></a><p><b>(2) Second one?</b></p><blockquote><p>Answer two.</p><blockquote><pre>\nx = 1\n"
        "</pre></blockquote></blockquote></li></ol><p>Footer, not an answer</p>");
    const auto articles = kbimport::fromHtml(html, QStringLiteral("faq.html"));
    ASSERT_EQ(titlesOf(articles), (QStringList { QStringLiteral("First question?"), QStringLiteral("Second one?") }));
    EXPECT_EQ(articles.at(0).body, QStringLiteral("Answer *one*."));
    EXPECT_EQ(articles.at(1).body, QStringLiteral("Answer two.\n\n```\nx = 1\n```"));
}

TEST(KnowledgeImport, HtmlToMarkdownEscapesTextAndNestsLists)
{
    EXPECT_EQ(kbimport::htmlToMarkdown(QStringLiteral("<p>2 * 3 &lt;b&gt; [x] sqlite3_open _x_</p>")),
              QStringLiteral("2 \\* 3 \\<b> \\[x\\] sqlite3_open \\_x\\_"));
    EXPECT_EQ(kbimport::htmlToMarkdown(QStringLiteral("<ol><li>one<ul><li>a</li></ul></li><li>two</li></ol>")),
              QStringLiteral("1. one\n\n   - a\n2. two"));
    EXPECT_EQ(kbimport::htmlToMarkdown(QStringLiteral("<h3>Title</h3><p>a <a href=\"x y.html\">link</a></p>")),
              QStringLiteral("### Title\n\na [link](<x y.html>)"));
}

TEST(KnowledgeImport, MarkdownFrontMatterSetsTagsAndVisibility)
{
    auto list = kbimport::fromMarkdown(fixture(QStringLiteral("public-delivery.md")), QStringLiteral("x.md"));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).title, QStringLiteral("Delivery times and tracking"));
    EXPECT_EQ(list.at(0).tags, (QStringList { QStringLiteral("shipping"), QStringLiteral("orders") }));
    EXPECT_EQ(list.at(0).visibility, QStringLiteral("public"));
    EXPECT_EQ(list.at(0).language, QStringLiteral("en"));
    EXPECT_TRUE(list.at(0).body.startsWith(QStringLiteral("Parcels arrive")));

    list = kbimport::fromMarkdown(fixture(QStringLiteral("internal-goodwill.md")), QStringLiteral("x.md"));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).tags, (QStringList { QStringLiteral("billing"), QStringLiteral("policy") }));
    EXPECT_EQ(list.at(0).visibility, QStringLiteral("internal"));

    // No title in the front matter: the first "# " heading is the title.
    list = kbimport::fromMarkdown(fixture(QStringLiteral("untitled-public.md")), QStringLiteral("x.md"));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).title, QStringLiteral("Changing your e-mail address"));
    EXPECT_TRUE(list.at(0).body.startsWith(QStringLiteral("Open the portal")));
}

TEST(KnowledgeExport, MarkdownToHtmlKeepsOnlyAllowedLinks)
{
    const auto web = [](const QString &href) {
        return href.startsWith(QStringLiteral("https://")) ? href : QString();
    };
    const QString html
        = kbexport::markdownToHtml(QStringLiteral("## Steps\n\n1. Go to [site](https://a.example/?a=1&b=2)\n"
                                                  "2. Read [local](page.html) <b>\n\n```\na < b\n```"),
                                   web);
    EXPECT_TRUE(html.startsWith(QStringLiteral("<h3>Steps</h3>\n<ol>\n<li>Go to "
                                               "<a href=\"https://a.example/?a=1&amp;b=2\">site</a></li>\n"
                                               "<li>Read local")))
        << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("<b>"))) << "raw HTML is not exported";
    EXPECT_TRUE(html.contains(QStringLiteral("<pre><code>a &lt; b\n</code></pre>"))) << html.toStdString();
}

TEST(LineDiff, ShowsRemovedThenAddedAroundCommonLines)
{
    const QList<DiffLine> d
        = lineDiff({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") },
                   { QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("c"), QStringLiteral("d") });
    QString ops;
    for (const DiffLine &l : d)
        ops += l.op + l.text + u' ';
    EXPECT_EQ(ops, QStringLiteral(" a -b +x  c +d "));
    EXPECT_EQ(lineDiff({}, {}).size(), 0);
}

TEST(KnowledgeExport, LongestQuotedBodyExportsWithoutOverflow)
{
    // The hand-written converter recursed once per '>' and crashed on this body.
    const QString body = QString(KnowledgeStore::kMaxBody - 10, u'>') + QStringLiteral(" deep");
    const QString html = kbexport::markdownToHtml(body, [](const QString &) { return QString(); });
    EXPECT_TRUE(html.contains(QStringLiteral("deep")));
}
