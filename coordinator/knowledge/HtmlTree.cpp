#include "coordinator/knowledge/HtmlTree.h"

#include <QStringDecoder>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>

namespace spocs::kbimport {

bool HtmlNode::hasClass(const QString &name) const
{
    const QString c = attrs.value(QStringLiteral("class"));
    return !c.isEmpty() && c.split(u' ', Qt::SkipEmptyParts).contains(name);
}

int HtmlNode::headingLevel() const
{
    if (tag.size() == 2 && tag.at(0) == u'h' && tag.at(1) >= u'1' && tag.at(1) <= u'6')
        return tag.at(1).digitValue();
    return 0;
}

QString HtmlNode::rawText() const
{
    if (tag.isEmpty())
        return text;
    // Iterative: the parser bounds the depth, but text is asked for often.
    QString out;
    std::vector<const HtmlNode *> stack { this };
    while (!stack.empty()) {
        const HtmlNode *n = stack.back();
        stack.pop_back();
        if (n->tag.isEmpty())
            out += n->text;
        else if (n->tag == u"br")
            out += u'\n';
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.push_back(*it);
    }
    return out;
}

const HtmlNode *HtmlTree::first(const QString &tag) const
{
    for (const auto &n : m_nodes) {
        if (n->tag == tag)
            return n.get();
    }
    return nullptr;
}

HtmlTree HtmlTree::parse(const QByteArray &html)
{
    HtmlTree tree;
    tree.m_nodes.push_back(std::make_unique<HtmlNode>());
    HtmlNode *root = tree.m_nodes.front().get();
    root->tag = QStringLiteral("#root");
    // No network, no error output. Valid UTF-8 is read as UTF-8; anything else as the
    // document's meta charset says (old FAQ pages in ISO-8859-1).
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8.decode(html);
    const char *encoding = utf8.hasError() ? nullptr : "UTF-8";
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), nullptr, encoding,
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!doc) {
        root->last = 0;
        return tree;
    }
    // Depth-first without recursion: (libxml2 node, the HtmlNode it goes under).
    std::vector<std::pair<xmlNodePtr, HtmlNode *>> stack;
    for (xmlNodePtr c = doc->children; c; c = c->next)
        stack.emplace_back(c, root);
    std::reverse(stack.begin(), stack.end());
    int order = 0;
    while (!stack.empty()) {
        auto [x, parent] = stack.back();
        stack.pop_back();
        std::unique_ptr<HtmlNode> node;
        if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
            node = std::make_unique<HtmlNode>();
            node->text = QString::fromUtf8(reinterpret_cast<const char *>(x->content));
        } else if (x->type == XML_ELEMENT_NODE) {
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(x->name)).toLower();
            if (name == u"script" || name == u"style" || name == u"noscript" || name == u"template")
                continue;
            node = std::make_unique<HtmlNode>();
            node->tag = name;
            for (xmlAttrPtr a = x->properties; a; a = a->next) {
                xmlChar *value = xmlNodeListGetString(doc, a->children, 1);
                node->attrs.insert(QString::fromUtf8(reinterpret_cast<const char *>(a->name)).toLower(),
                                   QString::fromUtf8(reinterpret_cast<const char *>(value)));
                xmlFree(value);
            }
            std::vector<std::pair<xmlNodePtr, HtmlNode *>> kids;
            for (xmlNodePtr c = x->children; c; c = c->next)
                kids.emplace_back(c, node.get());
            stack.insert(stack.end(), kids.rbegin(), kids.rend());
        } else {
            continue; // comments, processing instructions, DTD
        }
        node->parent = parent;
        node->order = ++order;
        parent->children.push_back(node.get());
        tree.m_nodes.push_back(std::move(node));
    }
    xmlFreeDoc(doc);
    // Document order is creation order, so each node's last descendant is found bottom-up.
    for (auto it = tree.m_nodes.rbegin(); it != tree.m_nodes.rend(); ++it) {
        HtmlNode *n = it->get();
        if (n->last < n->order)
            n->last = n->order;
        if (n->parent && n->parent->last < n->last)
            n->parent->last = n->last;
    }
    return tree;
}

} // namespace spocs::kbimport
