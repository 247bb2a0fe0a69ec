#include "coordinator/knowledge/HtmlMarkdown.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace spocs::kbimport {
namespace {

const QSet<QString> &inlineTags()
{
    static const QSet<QString> set = [] {
        const QStringList tags = QStringLiteral("a b strong i em cite var code tt kbd samp span font small big sup sub "
                                                "u s abbr br img mark q label nobr acronym dfn")
                                     .split(u' ');
        return QSet<QString>(tags.begin(), tags.end());
    }();
    return set;
}

constexpr QChar kHardBreak = u'\u0001';

QString escapeText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\' || c == u'*' || c == u'`' || c == u'[' || c == u']' || c == u'<') {
            out += u'\\';
        } else if (c == u'_') {
            // Inside a word (sqlite3_open) an underscore is not emphasis.
            const bool inWord
                = i > 0 && i + 1 < s.size() && s.at(i - 1).isLetterOrNumber() && s.at(i + 1).isLetterOrNumber();
            if (!inWord)
                out += u'\\';
        }
        out += c;
    }
    return out;
}

QString collapse(const QString &s)
{
    static const QRegularExpression ws(QStringLiteral("[ \\t\\r\\n\\f\\x{00A0}]+"));
    QString out = s;
    out.replace(ws, QStringLiteral(" "));
    return out;
}

QString finishInline(const QString &raw)
{
    QStringList lines;
    for (const QString &part : raw.split(kHardBreak))
        lines.append(collapse(part).trimmed());
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    return lines.join(QStringLiteral("  \n"));
}

QString formatHref(QString href)
{
    href = href.trimmed();
    if (href.contains(u' ') || href.contains(u'(') || href.contains(u')')) {
        href.remove(u'<');
        href.remove(u'>');
        return u'<' + href + u'>';
    }
    return href;
}

QString codeSpan(const QString &text)
{
    const QString t = collapse(text).trimmed();
    if (t.isEmpty())
        return {};
    if (t.contains(u'`'))
        return QStringLiteral("`` ") + t + QStringLiteral(" ``");
    return u'`' + t + u'`';
}

QString fence(QString raw)
{
    while (raw.startsWith(u'\n') || raw.startsWith(u'\r'))
        raw.remove(0, 1);
    while (!raw.isEmpty() && raw.back().isSpace())
        raw.chop(1);
    if (raw.isEmpty())
        return {};
    const QString f = raw.contains(QStringLiteral("```")) ? QStringLiteral("~~~~") : QStringLiteral("```");
    return f + u'\n' + raw + u'\n' + f;
}

QString indentAfterFirst(const QString &block, const QString &marker)
{
    const QString pad(marker.size(), u' ');
    QStringList lines = block.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0)
            lines[i] = marker + lines[i];
        else if (!lines[i].isEmpty())
            lines[i] = pad + lines[i];
    }
    return lines.join(u'\n');
}

class MarkdownWriter
{
public:
    explicit MarkdownWriter(std::function<QString(const QString &)> linkTarget)
        : m_link(std::move(linkTarget))
    { }

    QString blocks(const HtmlNode *n)
    {
        return blocks(std::vector<const HtmlNode *>(n->children.begin(), n->children.end()));
    }

    QString blocks(const std::vector<const HtmlNode *> &nodes)
    {
        QStringList out;
        QString para;
        const auto flush = [&] {
            const QString p = finishInline(para);
            if (!p.isEmpty())
                out.append(p);
            para.clear();
        };
        for (const HtmlNode *c : nodes) {
            if (c->tag.isEmpty() || inlineTags().contains(c->tag)) {
                inlineNode(c, para);
            } else {
                flush();
                const QString b = block(c);
                if (!b.isEmpty())
                    out.append(b);
            }
        }
        flush();
        return out.join(QStringLiteral("\n\n"));
    }

private:
    QString inlineOf(const HtmlNode *n)
    {
        QString out;
        for (const HtmlNode *c : n->children)
            inlineNode(c, out);
        return out;
    }

    void wrap(const QString &inner, const QString &mark, QString &out)
    {
        const QString t = collapse(inner);
        const QString core = t.trimmed();
        if (core.isEmpty()) {
            out += t;
            return;
        }
        if (t.startsWith(u' '))
            out += u' ';
        out += mark + core + mark;
        if (t.endsWith(u' '))
            out += u' ';
    }

    void inlineNode(const HtmlNode *n, QString &out)
    {
        if (n->tag.isEmpty()) {
            out += escapeText(collapse(n->text));
            return;
        }
        const QString &tag = n->tag;
        if (tag == u"br") {
            out += kHardBreak;
        } else if (tag == u"a") {
            const QString inner = finishInline(inlineOf(n));
            if (n->hasClass(QStringLiteral("headerlink")))
                return; // Sphinx's permalink sign
            QString href = n->attrs.value(QStringLiteral("href")).trimmed();
            if (m_link && !href.isEmpty()) {
                if (const QString mapped = m_link(href); !mapped.isEmpty())
                    href = mapped;
            }
            if (href.isEmpty() || href.startsWith(QStringLiteral("javascript:"), Qt::CaseInsensitive))
                out += inner;
            else if (!inner.isEmpty())
                out += u'[' + inner + QStringLiteral("](") + formatHref(href) + u')';
        } else if (tag == u"b" || tag == u"strong") {
            wrap(inlineOf(n), QStringLiteral("**"), out);
        } else if (tag == u"i" || tag == u"em" || tag == u"cite" || tag == u"var" || tag == u"dfn") {
            wrap(inlineOf(n), QStringLiteral("*"), out);
        } else if (tag == u"code" || tag == u"tt" || tag == u"kbd" || tag == u"samp") {
            out += codeSpan(n->rawText());
        } else if (tag == u"img") {
            const QString src = n->attrs.value(QStringLiteral("src"));
            if (!src.isEmpty())
                out += QStringLiteral("![") + escapeText(n->attrs.value(QStringLiteral("alt")).simplified())
                    + QStringLiteral("](") + formatHref(src) + u')';
        } else {
            // Other inline elements, and blocks found inside inline ones: their content.
            for (const HtmlNode *c : n->children)
                inlineNode(c, out);
        }
    }

    QString list(const HtmlNode *n, bool ordered)
    {
        QStringList items;
        int number = n->attrs.value(QStringLiteral("start"), QStringLiteral("1")).toInt();
        for (const HtmlNode *c : n->children) {
            if (c->isBlank())
                continue;
            if (c->tag != u"li") {
                const QString other = c->tag.isEmpty() ? finishInline(escapeText(c->text)) : block(c);
                if (!other.isEmpty())
                    items.append(other);
                continue;
            }
            if (ordered && c->attrs.contains(QStringLiteral("value")))
                number = c->attrs.value(QStringLiteral("value")).toInt();
            const QString marker = ordered ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("- ");
            items.append(indentAfterFirst(blocks(c), marker));
        }
        return items.join(u'\n');
    }

    QString block(const HtmlNode *n)
    {
        const QString &tag = n->tag;
        if (tag.size() == 2 && tag.at(0) == u'h' && tag.at(1) >= u'1' && tag.at(1) <= u'6') {
            const QString text = finishInline(inlineOf(n));
            return text.isEmpty() ? QString() : QString(tag.at(1).digitValue(), u'#') + u' ' + text;
        }
        if (tag == u"pre")
            return fence(n->rawText());
        if (tag == u"blockquote") {
            // A quote that only frames a code example is just the code block.
            std::vector<const HtmlNode *> meaningful;
            for (const HtmlNode *c : n->children) {
                if (!c->isBlank())
                    meaningful.push_back(c);
            }
            const QString inner = blocks(n);
            if (meaningful.size() == 1 && meaningful.front()->tag == u"pre")
                return inner;
            QStringList lines = inner.split(u'\n');
            for (QString &l : lines)
                l = l.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + l;
            return inner.isEmpty() ? QString() : lines.join(u'\n');
        }
        if (tag == u"ul" || tag == u"menu")
            return list(n, false);
        if (tag == u"ol")
            return list(n, true);
        if (tag == u"li")
            return indentAfterFirst(blocks(n), QStringLiteral("- "));
        if (tag == u"dt") {
            const QString t = finishInline(inlineOf(n));
            return t.isEmpty() ? QString() : QStringLiteral("**") + t + QStringLiteral("**");
        }
        if (tag == u"hr")
            return QStringLiteral("---");
        if (tag == u"table") {
            QStringList rows;
            collectRows(n, rows);
            return rows.join(QStringLiteral("  \n"));
        }
        if (tag == u"head" || tag == u"title" || tag == u"nav" || tag == u"button" || tag == u"select"
            || tag == u"header" || tag == u"footer" || tag == u"form" || n->hasClass(QStringLiteral("toc"))
            || n->hasClass(QStringLiteral("navheader")) || n->hasClass(QStringLiteral("navfooter")))
            return {};
        return blocks(n); // p, div, dd, dl, section, body, ...
    }

    void collectRows(const HtmlNode *n, QStringList &rows)
    {
        for (const HtmlNode *c : n->children) {
            if (c->tag == u"tr") {
                QStringList cells;
                for (const HtmlNode *cell : c->children) {
                    if (cell->tag == u"td" || cell->tag == u"th") {
                        const QString t
                            = finishInline(inlineOf(cell)).replace(QStringLiteral("  \n"), QStringLiteral(" "));
                        if (!t.isEmpty())
                            cells.append(t);
                    }
                }
                if (!cells.isEmpty())
                    rows.append(cells.join(QStringLiteral(" | ")));
            } else if (!c->tag.isEmpty()) {
                collectRows(c, rows);
            }
        }
    }

    std::function<QString(const QString &)> m_link;
};

} // namespace

QString HtmlMarkdown::blocks(const std::vector<const HtmlNode *> &nodes) const
{
    return MarkdownWriter(m_link).blocks(nodes);
}

QString HtmlMarkdown::blocks(const HtmlNode *node) const
{
    return MarkdownWriter(m_link).blocks(node);
}

QString htmlToMarkdown(const QString &html)
{
    const HtmlTree tree = HtmlTree::parse(html);
    const HtmlNode *body = tree.first(QStringLiteral("body"));
    return HtmlMarkdown().blocks(body ? body : tree.root());
}

} // namespace spocs::kbimport
