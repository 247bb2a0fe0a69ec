#include "coordinator/knowledge/KbImport.h"

#include "coordinator/storage/Database.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>

#include <memory>
#include <vector>

namespace spocs {
namespace kbimport {
namespace {

// ---------------------------------------------------------------- tokens

struct Token
{
    enum Kind { Text, Start, End } kind = Text;
    QString name; // lower case tag name
    QString text;
    QHash<QString, QString> attrs;
    bool selfClosing = false;
};

const QHash<QString, QString> &entities()
{
    static const QHash<QString, QString> table {
        { QStringLiteral("amp"), QStringLiteral("&") },    { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },     { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },   { QStringLiteral("nbsp"), QStringLiteral(" ") },
        { QStringLiteral("mdash"), QStringLiteral("—") },  { QStringLiteral("ndash"), QStringLiteral("–") },
        { QStringLiteral("hellip"), QStringLiteral("…") }, { QStringLiteral("copy"), QStringLiteral("©") },
        { QStringLiteral("reg"), QStringLiteral("®") },    { QStringLiteral("trade"), QStringLiteral("™") },
        { QStringLiteral("lsquo"), QStringLiteral("‘") },  { QStringLiteral("rsquo"), QStringLiteral("’") },
        { QStringLiteral("ldquo"), QStringLiteral("“") },  { QStringLiteral("rdquo"), QStringLiteral("”") },
        { QStringLiteral("laquo"), QStringLiteral("«") },  { QStringLiteral("raquo"), QStringLiteral("»") },
        { QStringLiteral("auml"), QStringLiteral("ä") },   { QStringLiteral("ouml"), QStringLiteral("ö") },
        { QStringLiteral("uuml"), QStringLiteral("ü") },   { QStringLiteral("Auml"), QStringLiteral("Ä") },
        { QStringLiteral("Ouml"), QStringLiteral("Ö") },   { QStringLiteral("Uuml"), QStringLiteral("Ü") },
        { QStringLiteral("szlig"), QStringLiteral("ß") },  { QStringLiteral("eacute"), QStringLiteral("é") },
        { QStringLiteral("egrave"), QStringLiteral("è") }, { QStringLiteral("euro"), QStringLiteral("€") },
        { QStringLiteral("times"), QStringLiteral("×") },  { QStringLiteral("rarr"), QStringLiteral("→") },
        { QStringLiteral("larr"), QStringLiteral("←") },   { QStringLiteral("bull"), QStringLiteral("•") },
        { QStringLiteral("middot"), QStringLiteral("·") }, { QStringLiteral("deg"), QStringLiteral("°") },
    };
    return table;
}

QString decodeEntities(const QString &s)
{
    if (!s.contains(u'&'))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != u'&') {
            out += s.at(i);
            continue;
        }
        const qsizetype semi = s.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 12) {
            out += s.at(i);
            continue;
        }
        const QString name = s.mid(i + 1, semi - i - 1);
        bool ok = false;
        char32_t code = 0;
        if (name.startsWith(u'#')) {
            code = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')) ? name.mid(2).toUInt(&ok, 16)
                                                                                   : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                out += code == 0xA0 ? QString(u' ') : QString::fromUcs4(&code, 1);
                i = semi;
                continue;
            }
        } else if (const auto it = entities().constFind(name); it != entities().cend()) {
            out += *it;
            i = semi;
            continue;
        }
        out += s.at(i);
    }
    return out;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':';
}

QList<Token> tokenize(const QString &html)
{
    QList<Token> tokens;
    const qsizetype n = html.size();
    qsizetype i = 0;
    QString text;
    const auto flushText = [&] {
        if (!text.isEmpty()) {
            Token t;
            t.text = decodeEntities(text);
            tokens.append(t);
            text.clear();
        }
    };
    while (i < n) {
        const QChar c = html.at(i);
        if (c != u'<' || i + 1 >= n) {
            text += c;
            ++i;
            continue;
        }
        const QChar next = html.at(i + 1);
        if (html.mid(i, 4) == u"<!--") {
            flushText();
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (next == u'!' || next == u'?') {
            flushText();
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = next == u'/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n || !html.at(nameStart).isLetter()) {
            text += c; // a literal '<'
            ++i;
            continue;
        }
        flushText();
        qsizetype j = nameStart;
        while (j < n && isNameChar(html.at(j)))
            ++j;
        Token t;
        t.kind = closing ? Token::End : Token::Start;
        t.name = html.mid(nameStart, j - nameStart).toLower();
        // Attributes: name, name=value, name="value", name='value'.
        while (j < n && html.at(j) != u'>') {
            if (html.at(j).isSpace()) {
                ++j;
                continue;
            }
            if (html.at(j) == u'/') {
                t.selfClosing = true;
                ++j;
                continue;
            }
            qsizetype a = j;
            while (j < n && !html.at(j).isSpace() && html.at(j) != u'=' && html.at(j) != u'>' && html.at(j) != u'/')
                ++j;
            const QString attr = html.mid(a, j - a).toLower();
            if (j == a) { // a stray character
                ++j;
                continue;
            }
            t.selfClosing = false;
            QString value;
            while (j < n && html.at(j).isSpace())
                ++j;
            if (j < n && html.at(j) == u'=') {
                ++j;
                while (j < n && html.at(j).isSpace())
                    ++j;
                if (j < n && (html.at(j) == u'"' || html.at(j) == u'\'')) {
                    const QChar quote = html.at(j);
                    const qsizetype end = html.indexOf(quote, j + 1);
                    value = html.mid(j + 1, (end < 0 ? n : end) - j - 1);
                    j = end < 0 ? n : end + 1;
                } else {
                    const qsizetype v = j;
                    while (j < n && !html.at(j).isSpace() && html.at(j) != u'>')
                        ++j;
                    value = html.mid(v, j - v);
                }
            }
            if (!attr.isEmpty() && !t.attrs.contains(attr))
                t.attrs.insert(attr, decodeEntities(value));
        }
        i = j < n ? j + 1 : n;
        if (!closing && (t.name == u"script" || t.name == u"style" || t.name == u"noscript" || t.name == u"template")) {
            const qsizetype end = html.indexOf(QStringLiteral("</") + t.name, i, Qt::CaseInsensitive);
            const qsizetype close = end < 0 ? -1 : html.indexOf(u'>', end);
            i = close < 0 ? n : close + 1;
            continue;
        }
        tokens.append(t);
    }
    flushText();
    return tokens;
}

const QSet<QString> &voidTags()
{
    static const QSet<QString> set { QStringLiteral("br"),     QStringLiteral("hr"),    QStringLiteral("img"),
                                     QStringLiteral("input"),  QStringLiteral("meta"),  QStringLiteral("link"),
                                     QStringLiteral("wbr"),    QStringLiteral("area"),  QStringLiteral("base"),
                                     QStringLiteral("col"),    QStringLiteral("embed"), QStringLiteral("param"),
                                     QStringLiteral("source"), QStringLiteral("track") };
    return set;
}

// Closing one of these that was opened before a section started ends the section.
const QSet<QString> &containerTags()
{
    static const QSet<QString> set { QStringLiteral("div"),     QStringLiteral("li"),         QStringLiteral("ol"),
                                     QStringLiteral("ul"),      QStringLiteral("dl"),         QStringLiteral("dd"),
                                     QStringLiteral("section"), QStringLiteral("article"),    QStringLiteral("body"),
                                     QStringLiteral("html"),    QStringLiteral("table"),      QStringLiteral("td"),
                                     QStringLiteral("tr"),      QStringLiteral("blockquote"), QStringLiteral("main") };
    return set;
}

const QSet<QString> &inlineTags()
{
    static const QSet<QString> set {
        QStringLiteral("a"),     QStringLiteral("b"),     QStringLiteral("strong"),  QStringLiteral("i"),
        QStringLiteral("em"),    QStringLiteral("cite"),  QStringLiteral("var"),     QStringLiteral("code"),
        QStringLiteral("tt"),    QStringLiteral("kbd"),   QStringLiteral("samp"),    QStringLiteral("span"),
        QStringLiteral("font"),  QStringLiteral("small"), QStringLiteral("big"),     QStringLiteral("sup"),
        QStringLiteral("sub"),   QStringLiteral("u"),     QStringLiteral("s"),       QStringLiteral("abbr"),
        QStringLiteral("br"),    QStringLiteral("img"),   QStringLiteral("mark"),    QStringLiteral("q"),
        QStringLiteral("label"), QStringLiteral("nobr"),  QStringLiteral("acronym"), QStringLiteral("dfn"),
    };
    return set;
}

// ---------------------------------------------------------------- tree

struct Node
{
    QString tag; // empty: a text node
    QString text;
    QHash<QString, QString> attrs;
    std::vector<Node *> children;
    Node *parent = nullptr;
};

class Tree
{
public:
    explicit Tree(const QList<Token> &tokens, qsizetype from = 0, qsizetype to = -1)
    {
        m_root = make(QStringLiteral("#root"));
        std::vector<Node *> stack { m_root };
        if (to < 0)
            to = tokens.size();
        const auto popTo = [&](qsizetype index) {
            stack.resize(size_t(index));
        };
        // The nearest open `names` element below the nearest `stops` element, or -1.
        const auto find = [&](const QStringList &names, const QStringList &stops) -> qsizetype {
            for (qsizetype k = qsizetype(stack.size()) - 1; k > 0; --k) {
                if (names.contains(stack[size_t(k)]->tag))
                    return k;
                if (stops.contains(stack[size_t(k)]->tag))
                    return -1;
            }
            return -1;
        };
        static const QStringList blockStarters {
            QStringLiteral("p"),  QStringLiteral("div"),   QStringLiteral("ul"),         QStringLiteral("ol"),
            QStringLiteral("dl"), QStringLiteral("pre"),   QStringLiteral("blockquote"), QStringLiteral("h1"),
            QStringLiteral("h2"), QStringLiteral("h3"),    QStringLiteral("h4"),         QStringLiteral("h5"),
            QStringLiteral("h6"), QStringLiteral("table"), QStringLiteral("hr"),         QStringLiteral("li"),
            QStringLiteral("dt"), QStringLiteral("dd")
        };
        static const QStringList containers {
            QStringLiteral("li"), QStringLiteral("dd"),         QStringLiteral("dt"),   QStringLiteral("td"),
            QStringLiteral("th"), QStringLiteral("blockquote"), QStringLiteral("div"),  QStringLiteral("ul"),
            QStringLiteral("ol"), QStringLiteral("dl"),         QStringLiteral("table")
        };
        for (qsizetype i = from; i < to; ++i) {
            const Token &t = tokens.at(i);
            if (t.kind == Token::Text) {
                Node *node = make({});
                node->text = t.text;
                append(stack.back(), node);
            } else if (t.kind == Token::Start) {
                // HTML's implicit closes, for the tags FAQs leave open.
                if (blockStarters.contains(t.name)) {
                    if (const qsizetype p = find({ QStringLiteral("p") }, containers); p > 0)
                        popTo(p);
                }
                if (t.name == u"li") {
                    if (const qsizetype p
                        = find({ QStringLiteral("li") }, { QStringLiteral("ul"), QStringLiteral("ol") });
                        p > 0)
                        popTo(p);
                } else if (t.name == u"dt" || t.name == u"dd") {
                    if (const qsizetype p
                        = find({ QStringLiteral("dt"), QStringLiteral("dd") }, { QStringLiteral("dl") });
                        p > 0)
                        popTo(p);
                } else if (t.name == u"tr") {
                    if (const qsizetype p = find({ QStringLiteral("tr") }, { QStringLiteral("table") }); p > 0)
                        popTo(p);
                } else if (t.name == u"td" || t.name == u"th") {
                    if (const qsizetype p
                        = find({ QStringLiteral("td"), QStringLiteral("th") }, { QStringLiteral("tr") });
                        p > 0)
                        popTo(p);
                }
                Node *node = make(t.name);
                node->attrs = t.attrs;
                append(stack.back(), node);
                if (!voidTags().contains(t.name) && !t.selfClosing)
                    stack.push_back(node);
            } else {
                for (qsizetype k = qsizetype(stack.size()) - 1; k > 0; --k) {
                    if (stack[size_t(k)]->tag == t.name) {
                        popTo(k);
                        break;
                    }
                }
            }
        }
    }
    Node *root() const { return m_root; }

private:
    Node *make(const QString &tag)
    {
        m_nodes.push_back(std::make_unique<Node>());
        m_nodes.back()->tag = tag;
        return m_nodes.back().get();
    }
    static void append(Node *parent, Node *child)
    {
        child->parent = parent;
        parent->children.push_back(child);
    }
    std::vector<std::unique_ptr<Node>> m_nodes;
    Node *m_root = nullptr;
};

QString textOf(const Node *n)
{
    if (n->tag.isEmpty())
        return n->text;
    if (n->tag == u"br")
        return QStringLiteral("\n");
    QString out;
    for (const Node *c : n->children)
        out += textOf(c);
    return out;
}

bool isBlank(const Node *n)
{
    return n->tag.isEmpty() && n->text.trimmed().isEmpty();
}

// ---------------------------------------------------------------- Markdown

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
    QString blocks(const Node *n, qsizetype fromChild = 0)
    {
        QStringList out;
        QString para;
        const auto flush = [&] {
            const QString p = finishInline(para);
            if (!p.isEmpty())
                out.append(p);
            para.clear();
        };
        for (size_t k = size_t(fromChild); k < n->children.size(); ++k) {
            const Node *c = n->children[k];
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
    QString inlineOf(const Node *n)
    {
        QString out;
        for (const Node *c : n->children)
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

    void inlineNode(const Node *n, QString &out)
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
            const QString href = n->attrs.value(QStringLiteral("href")).trimmed();
            if (href.isEmpty() || href.startsWith(QStringLiteral("javascript:"), Qt::CaseInsensitive))
                out += inner;
            else if (!inner.isEmpty())
                out += u'[' + inner + QStringLiteral("](") + formatHref(href) + u')';
        } else if (tag == u"b" || tag == u"strong") {
            wrap(inlineOf(n), QStringLiteral("**"), out);
        } else if (tag == u"i" || tag == u"em" || tag == u"cite" || tag == u"var" || tag == u"dfn") {
            wrap(inlineOf(n), QStringLiteral("*"), out);
        } else if (tag == u"code" || tag == u"tt" || tag == u"kbd" || tag == u"samp") {
            out += codeSpan(textOf(n));
        } else if (tag == u"img") {
            const QString src = n->attrs.value(QStringLiteral("src"));
            if (!src.isEmpty())
                out += QStringLiteral("![") + escapeText(n->attrs.value(QStringLiteral("alt")).simplified())
                    + QStringLiteral("](") + formatHref(src) + u')';
        } else {
            // Other inline elements, and blocks found inside inline ones: their content.
            for (const Node *c : n->children)
                inlineNode(c, out);
        }
    }

    QString list(const Node *n, bool ordered)
    {
        QStringList items;
        int number = n->attrs.value(QStringLiteral("start"), QStringLiteral("1")).toInt();
        for (const Node *c : n->children) {
            if (isBlank(c))
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

    QString block(const Node *n)
    {
        const QString &tag = n->tag;
        if (tag.size() == 2 && tag.at(0) == u'h' && tag.at(1) >= u'1' && tag.at(1) <= u'6') {
            const QString text = finishInline(inlineOf(n));
            return text.isEmpty() ? QString() : QString(tag.at(1).digitValue(), u'#') + u' ' + text;
        }
        if (tag == u"pre")
            return fence(textOf(n));
        if (tag == u"blockquote") {
            // A quote that only frames a code example is just the code block.
            std::vector<const Node *> meaningful;
            for (const Node *c : n->children) {
                if (!isBlank(c))
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
        if (tag == u"head" || tag == u"title" || tag == u"nav" || tag == u"button" || tag == u"select")
            return {};
        return blocks(n); // p, div, dd, dl, section, body, ...
    }

    void collectRows(const Node *n, QStringList &rows)
    {
        for (const Node *c : n->children) {
            if (c->tag == u"tr") {
                QStringList cells;
                for (const Node *cell : c->children) {
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
};

// ---------------------------------------------------------------- splitting

// "(12) How do I ...", "12. How ...", "Q: How ..." -> "How ...".
QString cleanTitle(const QString &raw)
{
    static const QRegularExpression prefix(QStringLiteral("^(\\(\\d{1,4}\\)|\\d{1,4}[.)]|Q\\s*[:.])\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString t = raw.simplified();
    t.remove(prefix);
    return t.left(KnowledgeStore::kMaxTitle);
}

qsizetype matchingEnd(const QList<Token> &tokens, qsizetype start)
{
    const Token &t = tokens.at(start);
    if (voidTags().contains(t.name) || t.selfClosing)
        return start;
    int depth = 0;
    for (qsizetype i = start; i < tokens.size(); ++i) {
        if (tokens.at(i).name != t.name)
            continue;
        if (tokens.at(i).kind == Token::Start)
            ++depth;
        else if (tokens.at(i).kind == Token::End && --depth == 0)
            return i;
    }
    return start;
}

QString tokenText(const QList<Token> &tokens, qsizetype from, qsizetype to)
{
    QString out;
    for (qsizetype i = from; i < to && i < tokens.size(); ++i) {
        if (tokens.at(i).kind == Token::Text)
            out += tokens.at(i).text;
    }
    return out.simplified();
}

// The section that starts at `from` ends at `limit` or where it closes an element opened
// before it (the end of the list or block holding the questions).
qsizetype sectionEnd(const QList<Token> &tokens, qsizetype from, qsizetype limit)
{
    QStringList open;
    for (qsizetype i = from; i < limit; ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == Token::Start && !voidTags().contains(t.name) && !t.selfClosing) {
            open.append(t.name);
        } else if (t.kind == Token::End) {
            const qsizetype k = open.lastIndexOf(t.name);
            if (k >= 0)
                open.resize(k);
            else if (containerTags().contains(t.name))
                return i;
        }
    }
    return limit;
}

struct Section
{
    QString title;
    qsizetype from = 0;
    qsizetype to = 0;
};

QList<Section> anchorSections(const QList<Token> &tokens)
{
    // In-page links ("#q1") and the text they show, in document order.
    QHash<QString, QString> linkText;
    QHash<QString, qsizetype> linkAt;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind != Token::Start || t.name != u"a")
            continue;
        const QString href = t.attrs.value(QStringLiteral("href"));
        if (href.size() < 2 || !href.startsWith(u'#') || linkText.contains(href.mid(1)))
            continue;
        const QString text = tokenText(tokens, i + 1, matchingEnd(tokens, i));
        if (!text.isEmpty()) {
            linkText.insert(href.mid(1), text);
            linkAt.insert(href.mid(1), i);
        }
    }
    struct Target
    {
        QString id;
        qsizetype at;
    };
    QList<Target> targets;
    QSet<QString> seen;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind != Token::Start)
            continue;
        QString id = t.attrs.value(QStringLiteral("id"));
        if (id.isEmpty() && t.name == u"a")
            id = t.attrs.value(QStringLiteral("name"));
        if (id.isEmpty() || seen.contains(id) || !linkText.contains(id) || linkAt.value(id) > i)
            continue;
        seen.insert(id);
        targets.append(Target { id, i });
    }
    QList<Section> sections;
    if (targets.size() < 2)
        return sections;
    for (qsizetype k = 0; k < targets.size(); ++k) {
        const qsizetype start = matchingEnd(tokens, targets.at(k).at) + 1;
        const qsizetype limit = k + 1 < targets.size() ? targets.at(k + 1).at : tokens.size();
        sections.append(
            Section { cleanTitle(linkText.value(targets.at(k).id)), start, sectionEnd(tokens, start, limit) });
    }
    return sections;
}

QList<Section> definitionSections(const QList<Token> &tokens)
{
    QList<qsizetype> dts;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).kind == Token::Start && tokens.at(i).name == u"dt")
            dts.append(i);
    }
    QList<Section> sections;
    for (qsizetype k = 0; k < dts.size(); ++k) {
        // The term ends at </dt> or at the first dd.
        qsizetype end = dts.at(k) + 1;
        while (end < tokens.size() && !(tokens.at(end).name == u"dt" && tokens.at(end).kind == Token::End)
               && !(tokens.at(end).name == u"dd" && tokens.at(end).kind == Token::Start))
            ++end;
        const QString title = cleanTitle(tokenText(tokens, dts.at(k) + 1, end));
        const qsizetype start = end < tokens.size() && tokens.at(end).kind == Token::End ? end + 1 : end;
        const qsizetype limit = k + 1 < dts.size() ? dts.at(k + 1) : tokens.size();
        if (!title.isEmpty())
            sections.append(Section { title, start, sectionEnd(tokens, start, limit) });
    }
    return sections;
}

QList<Section> headingSections(const QList<Token> &tokens, int level)
{
    const auto levelOf = [](const Token &t) {
        return t.name.size() == 2 && t.name.at(0) == u'h' ? t.name.at(1).digitValue() : 0;
    };
    QList<qsizetype> heads;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).kind == Token::Start && levelOf(tokens.at(i)) == level)
            heads.append(i);
    }
    QList<Section> sections;
    for (qsizetype k = 0; k < heads.size(); ++k) {
        const qsizetype end = matchingEnd(tokens, heads.at(k));
        const QString title = cleanTitle(tokenText(tokens, heads.at(k) + 1, end));
        qsizetype limit = tokens.size();
        for (qsizetype i = end + 1; i < tokens.size(); ++i) {
            const int l = levelOf(tokens.at(i));
            if (tokens.at(i).kind == Token::Start && l >= 1 && l <= level) {
                limit = i;
                break;
            }
        }
        if (!title.isEmpty())
            sections.append(Section { title, end + 1, sectionEnd(tokens, end + 1, limit) });
    }
    return sections;
}

// The Markdown of one answer: without a repeated question at its top, and without a
// quote that frames the whole answer.
QString answerMarkdown(const QList<Token> &tokens, const Section &s)
{
    Tree tree(tokens, s.from, s.to);
    Node *root = tree.root();
    std::vector<Node *> meaningful;
    for (Node *c : root->children) {
        if (!isBlank(c))
            meaningful.push_back(c);
    }
    qsizetype skip = 0;
    if (!meaningful.empty()) {
        const QString first = cleanTitle(textOf(meaningful.front()));
        if (!first.isEmpty()
            && (first.contains(s.title, Qt::CaseInsensitive) || s.title.contains(first, Qt::CaseInsensitive))) {
            const auto it = std::find(root->children.begin(), root->children.end(), meaningful.front());
            skip = qsizetype(it - root->children.begin()) + 1;
            meaningful.erase(meaningful.begin());
        }
    }
    MarkdownWriter writer;
    if (meaningful.size() == 1 && meaningful.front()->tag == u"blockquote")
        return writer.blocks(meaningful.front());
    return writer.blocks(root, skip);
}

QString baseTitle(const QString &fileName)
{
    QString t = QFileInfo(fileName).completeBaseName();
    t.replace(u'-', u' ');
    t.replace(u'_', u' ');
    return t.simplified();
}

QStringList parseList(const QString &value)
{
    QString v = value.trimmed();
    if (v.startsWith(u'[') && v.endsWith(u']'))
        v = v.mid(1, v.size() - 2);
    QStringList out;
    for (QString item : v.split(u',', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (item.size() >= 2 && (item.startsWith(u'"') || item.startsWith(u'\'')) && item.back() == item.front())
            item = item.mid(1, item.size() - 2);
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith(u'"') || v.startsWith(u'\'')) && v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v;
}

} // namespace

QString htmlToMarkdown(const QString &html)
{
    const QList<Token> tokens = tokenize(html);
    Tree tree(tokens);
    return MarkdownWriter().blocks(tree.root());
}

QList<KnowledgeStore::Content> fromHtml(const QString &html, const QString &fileName)
{
    const QList<Token> tokens = tokenize(html);
    QList<Section> sections = anchorSections(tokens);
    if (sections.isEmpty()) {
        const QList<Section> dl = definitionSections(tokens);
        QList<Section> best;
        for (int level = 2; level <= 4; ++level) {
            QList<Section> h = headingSections(tokens, level);
            if (h.size() > best.size())
                best = h;
        }
        sections = dl.size() >= 2 && dl.size() >= best.size() ? dl : (best.size() >= 2 ? best : QList<Section> {});
    }
    QList<KnowledgeStore::Content> out;
    if (sections.isEmpty()) {
        // Not an FAQ: the whole page is one article.
        QString title;
        for (qsizetype i = 0; i < tokens.size() && title.isEmpty(); ++i) {
            if (tokens.at(i).kind == Token::Start && (tokens.at(i).name == u"title" || tokens.at(i).name == u"h1"))
                title = cleanTitle(tokenText(tokens, i + 1, matchingEnd(tokens, i)));
        }
        KnowledgeStore::Content c;
        c.visibility.clear();
        c.language.clear();
        c.title = title.isEmpty() ? baseTitle(fileName) : title;
        c.body = MarkdownWriter().blocks(Tree(tokens).root());
        if (!c.body.isEmpty())
            out.append(c);
        return out;
    }
    for (const Section &s : std::as_const(sections)) {
        KnowledgeStore::Content c;
        c.visibility.clear(); // unset: the command's default applies
        c.language.clear();
        c.title = s.title;
        c.body = answerMarkdown(tokens, s);
        if (!c.title.isEmpty() && !c.body.trimmed().isEmpty())
            out.append(c);
    }
    return out;
}

QList<KnowledgeStore::Content> fromMarkdown(const QString &text, const QString &fileName)
{
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    KnowledgeStore::Content c;
    c.visibility.clear(); // unset: the command's default applies
    c.language.clear();
    QStringList lines = body.split(u'\n');
    if (!lines.isEmpty() && lines.first().trimmed() == u"---") {
        qsizetype end = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines.at(i).trimmed() == u"---" || lines.at(i).trimmed() == u"...") {
                end = i;
                break;
            }
        }
        if (end > 0) {
            QString listKey;
            for (qsizetype i = 1; i < end; ++i) {
                const QString line = lines.at(i);
                if (line.trimmed().startsWith(QStringLiteral("- ")) && !listKey.isEmpty()) {
                    const QString item = unquote(line.trimmed().mid(2));
                    if (listKey == u"tags")
                        c.tags.append(item);
                    else if (listKey == u"products")
                        c.products.append(item);
                    else if (listKey == u"reasons")
                        c.reasons.append(item);
                    continue;
                }
                const qsizetype colon = line.indexOf(u':');
                if (colon <= 0)
                    continue;
                const QString key = line.left(colon).trimmed().toLower();
                const QString value = line.mid(colon + 1).trimmed();
                listKey = value.isEmpty() ? key : QString();
                if (key == u"title")
                    c.title = unquote(value);
                else if (key == u"tags" || key == u"category" || key == u"categories")
                    c.tags += parseList(value);
                else if (key == u"products")
                    c.products += parseList(value);
                else if (key == u"reasons")
                    c.reasons += parseList(value);
                else if (key == u"visibility")
                    c.visibility = unquote(value).toLower();
                else if (key == u"language" || key == u"lang")
                    c.language = unquote(value);
                if (listKey == u"category" || listKey == u"categories")
                    listKey = QStringLiteral("tags");
            }
            lines = lines.mid(end + 1);
        }
    }
    if (c.title.isEmpty()) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            if (lines.at(i).startsWith(QStringLiteral("# "))) {
                c.title = lines.at(i).mid(2).trimmed();
                lines.removeAt(i);
            }
            break;
        }
    }
    if (c.title.isEmpty())
        c.title = baseTitle(fileName);
    c.body = lines.join(u'\n').trimmed();
    if (c.body.isEmpty())
        return {};
    return { c };
}

} // namespace kbimport

// ---------------------------------------------------------------- command

namespace {

int usage(QTextStream &err, const QString &problem)
{
    err << "error: " << problem << "\n"
        << "usage: spocs-coordinator [--db FILE] kb-import [--visibility internal|public] [--language CODE] "
           "[--tags a,b] PATH...\n"
           "PATH: Markdown files (.md) with optional front matter, HTML FAQ documents (.html), or folders.\n";
    err.flush();
    return 2;
}

QString readText(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes); // old FAQ pages in ISO 8859-1
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

} // namespace

int runKbImportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    QString visibility = QStringLiteral("internal");
    QString language = QStringLiteral("en");
    QStringList tags;
    QStringList paths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QStringLiteral("--"))) {
            paths.append(a);
            continue;
        }
        QString key = a.mid(2);
        QString value;
        if (const qsizetype eq = key.indexOf(u'='); eq >= 0) {
            value = key.mid(eq + 1);
            key.truncate(eq);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            return usage(err, QStringLiteral("option --%1 needs a value").arg(key));
        }
        if (key == u"visibility")
            visibility = value;
        else if (key == u"language")
            language = value;
        else if (key == u"tags")
            tags = kbimport::parseList(value);
        else
            return usage(err, QStringLiteral("unknown option --%1").arg(key));
    }
    if (paths.isEmpty())
        return usage(err, QStringLiteral("no files given"));
    if (visibility != u"internal" && visibility != u"public")
        return usage(err, QStringLiteral("--visibility must be internal or public"));

    QStringList files;
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
            files += found;
        } else if (info.isFile()) {
            files.append(p);
        } else {
            err << "error: " << p << " does not exist\n";
            err.flush();
            return 1;
        }
    }

    // Parse everything first: a broken file imports nothing.
    QList<KnowledgeStore::Content> articles;
    for (const QString &f : std::as_const(files)) {
        QString error;
        const QString text = readText(f, error);
        if (!error.isEmpty()) {
            err << "error: " << error << "\n";
            err.flush();
            return 1;
        }
        QList<KnowledgeStore::Content> found
            = isHtml(f) ? kbimport::fromHtml(text, f) : kbimport::fromMarkdown(text, f);
        for (KnowledgeStore::Content &c : found) {
            if (c.visibility.isEmpty())
                c.visibility = visibility;
            if (c.language.isEmpty())
                c.language = language;
            for (const QString &t : std::as_const(tags)) {
                if (!c.tags.contains(t))
                    c.tags.append(t);
            }
            auto valid = KnowledgeStore::validate(c);
            if (!valid) {
                err << "error: " << f << ": \"" << c.title.left(60) << "\": " << valid.error().message << "\n";
                err.flush();
                return 1;
            }
        }
        articles += found;
    }

    qint64 owner = 0;
    QSqlQuery admin = db.prepare(QStringLiteral("SELECT id FROM users WHERE login = 'admin' OR role = 'admin' "
                                                "ORDER BY login = 'admin' DESC, id LIMIT 1"));
    if (admin.exec() && admin.next())
        owner = admin.value(0).toLongLong();
    admin.finish();

    KnowledgeStore store(db);
    auto r = db.write([&]() -> Result<void> {
        for (const KnowledgeStore::Content &c : std::as_const(articles)) {
            auto id = store.addPublished(c, owner, QStringLiteral("Imported"));
            if (!id)
                return id.error();
        }
        return {};
    });
    if (!r) {
        err << "error: " << r.error().message << "\n";
        err.flush();
        return 1;
    }
    out << "imported " << articles.size() << " articles from " << files.size() << " files\n";
    out.flush();
    return 0;
}

} // namespace spocs
