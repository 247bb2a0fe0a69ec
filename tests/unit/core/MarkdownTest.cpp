#include "core/Markdown.h"

#include <gtest/gtest.h>

using namespace spocs;

TEST(Markdown, RawHtmlAndScriptLinksAreNotRendered)
{
    const QString html = markdownToHtml(
        QStringLiteral("Hello <img src=x onerror=alert(1)> <b>bold</b>\n\n<script>alert(2)</script>\n\n"
                       "[click](javascript:alert(3)) [web](https://example.com/a?b=1&c=2)"));
    EXPECT_FALSE(html.contains(QStringLiteral("<img"))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("<script"))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("<b>"))) << qPrintable(html);
    EXPECT_FALSE(html.contains(QStringLiteral("javascript:"))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"https://example.com/a?b=1&amp;c=2\">web</a>")))
        << qPrintable(html);
}

TEST(Markdown, LinkTargetsHeadingsAndImagesFollowTheOptions)
{
    MarkdownOptions options;
    options.headingShift = 1;
    options.imagesAsText = true;
    options.linkTarget = [](const QString &href) {
        return href.startsWith(QStringLiteral("https://")) ? href : QString();
    };
    EXPECT_EQ(markdownToHtml(QStringLiteral("# Title\n\n[local](page.html) [web](https://a.example/) "
                                            "![a *router* photo](router.png)"),
                             options),
              QStringLiteral("<h2>Title</h2>\n<p>local <a href=\"https://a.example/\">web</a> a router photo</p>\n"));
}

TEST(Markdown, ImagesTheFilterRefusesBecomeTheirDescription)
{
    MarkdownOptions options;
    options.keepImage = [](const QString &src) {
        return src.startsWith(QStringLiteral("data:"));
    };
    EXPECT_EQ(markdownToHtml(QStringLiteral("![the *back* panel](https://cdn.example/back.png) "
                                            "![dot](data:image/png;base64,iVBORw0KGgo=)"),
                             options),
              QStringLiteral("<p>the back panel <img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" /></p>\n"));
}

TEST(Markdown, DeeplyNestedQuotesDoNotOverflowTheStack)
{
    // The longest body an article may have, all quote markers: parsed and rendered without
    // recursion, and flattened to a few levels so no viewer has to lay out 64,000 of them.
    const QString body = QString(63990, u'>') + QStringLiteral(" deep");
    const QString html = markdownToHtml(body);
    EXPECT_TRUE(html.contains(QStringLiteral("deep")));
    EXPECT_EQ(html.count(QStringLiteral("<blockquote>")), kMaxQuoteDepth);
}
