#pragma once

#include "coordinator/knowledge/HtmlTree.h"

#include <QString>

#include <functional>
#include <vector>

namespace spocs::kbimport {

// HTML to the Markdown the knowledge base stores, for the subset FAQs use: headings, p, a,
// pre/code, lists, dl/dt/dd, b/i, br, blockquote, tables as text. Navigation, forms and
// Sphinx's permalink signs are left out.
class HtmlMarkdown
{
public:
    // linkTarget maps a link's href to another one (links between imported questions);
    // an empty result keeps the href.
    explicit HtmlMarkdown(std::function<QString(const QString &)> linkTarget = {})
        : m_link(std::move(linkTarget))
    { }

    QString blocks(const std::vector<const HtmlNode *> &nodes) const;
    // The node's children.
    QString blocks(const HtmlNode *node) const;

private:
    std::function<QString(const QString &)> m_link;
};

QString htmlToMarkdown(const QString &html);

} // namespace spocs::kbimport
