#include "core/Markdown.h"

#include <cmark.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace spocs {
namespace {

struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

// Moves the children of `node` in front of it and removes it (the node's content stays).
void unwrap(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_unlink(node);
    cmark_node_free(node);
}

// An image in the export: its description as plain text.
void replaceWithText(cmark_node *node)
{
    QString alt;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(node));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it.get());
        if (ev == CMARK_EVENT_ENTER
            && (cmark_node_get_type(n) == CMARK_NODE_TEXT || cmark_node_get_type(n) == CMARK_NODE_CODE))
            alt += QString::fromUtf8(cmark_node_get_literal(n));
    }
    it.reset();
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, alt.toUtf8().constData());
    cmark_node_insert_before(node, text);
    cmark_node_unlink(node);
    cmark_node_free(node);
}

} // namespace

QString markdownToHtml(const QString &markdown, const MarkdownOptions &options)
{
    const QByteArray utf8 = markdown.toUtf8();
    std::unique_ptr<cmark_node, NodeDeleter> doc(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_VALIDATE_UTF8));
    if (!doc)
        return {};

    // Collect first, change afterwards: the iterator must not see nodes removed under it.
    std::vector<cmark_node *> deepQuotes;
    std::vector<cmark_node *> links;
    std::vector<cmark_node *> images;
    {
        int quoteDepth = 0;
        std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(doc.get()));
        for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
            cmark_node *n = cmark_iter_get_node(it.get());
            switch (cmark_node_get_type(n)) {
            case CMARK_NODE_BLOCK_QUOTE:
                if (ev == CMARK_EVENT_ENTER) {
                    if (++quoteDepth > kMaxQuoteDepth)
                        deepQuotes.push_back(n);
                } else {
                    --quoteDepth;
                }
                break;
            case CMARK_NODE_HEADING:
                if (ev == CMARK_EVENT_ENTER && options.headingShift != 0)
                    cmark_node_set_heading_level(
                        n, std::clamp(cmark_node_get_heading_level(n) + options.headingShift, 1, 6));
                break;
            case CMARK_NODE_LINK:
                if (ev == CMARK_EVENT_ENTER && options.linkTarget)
                    links.push_back(n);
                break;
            case CMARK_NODE_IMAGE:
                if (ev == CMARK_EVENT_ENTER
                    && (options.imagesAsText
                        || (options.keepImage && !options.keepImage(QString::fromUtf8(cmark_node_get_url(n))))))
                    images.push_back(n);
                break;
            default:
                break;
            }
        }
    }
    for (cmark_node *link : links) {
        const QString target = options.linkTarget(QString::fromUtf8(cmark_node_get_url(link)));
        if (target.isEmpty())
            unwrap(link);
        else
            cmark_node_set_url(link, target.toUtf8().constData());
    }
    for (cmark_node *image : images)
        replaceWithText(image);
    for (cmark_node *quote : deepQuotes)
        unwrap(quote);

    // Without CMARK_OPT_UNSAFE, cmark omits raw HTML and blanks javascript:, vbscript:, file:
    // and data: (except images) link targets.
    char *html = cmark_render_html(doc.get(), CMARK_OPT_DEFAULT);
    const QString out = QString::fromUtf8(html);
    free(html);
    return out;
}

} // namespace spocs
