#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace spocs::kbimport {

// One node of an HTML document as libxml2's HTML parser understood it (implied and unclosed
// elements resolved, entities decoded). Scripts, styles and comments are left out.
struct HtmlNode
{
    QString tag; // lower case; empty: a text node
    QString text; // text nodes only
    QHash<QString, QString> attrs;
    std::vector<HtmlNode *> children;
    HtmlNode *parent = nullptr;
    int order = 0; // position in document order
    int last = 0; // document order of the last node inside this one

    bool isElement() const { return !tag.isEmpty(); }
    bool contains(const HtmlNode *other) const { return other->order >= order && other->order <= last; }
    bool hasClass(const QString &name) const;
    QString attr(const QString &name) const { return attrs.value(name); }
    // 1..6 for h1..h6, otherwise 0.
    int headingLevel() const;
    // The text inside, whitespace as in the document (br as a line break).
    QString rawText() const;
    // The text inside, simplified.
    QString plain() const { return rawText().simplified(); }
    bool isBlank() const { return tag.isEmpty() && text.trimmed().isEmpty(); }
};

class HtmlTree
{
public:
    // Never fails: a broken document gives what libxml2 recovered (maybe an empty tree).
    static HtmlTree parse(const QByteArray &html);
    static HtmlTree parse(const QString &html) { return parse(html.toUtf8()); }

    const HtmlNode *root() const { return m_nodes.empty() ? nullptr : m_nodes.front().get(); }
    // Every node in document order.
    const std::vector<std::unique_ptr<HtmlNode>> &nodes() const { return m_nodes; }
    // The first element with this tag, or nullptr.
    const HtmlNode *first(const QString &tag) const;

private:
    std::vector<std::unique_ptr<HtmlNode>> m_nodes;
};

} // namespace spocs::kbimport
