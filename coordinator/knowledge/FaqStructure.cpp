#include "coordinator/knowledge/FaqStructure.h"

#include "coordinator/knowledge/KnowledgeStore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace spocs::kbimport {
namespace {

// Containers that are never an answer: site navigation and tables of contents.
bool isChrome(const HtmlNode *n)
{
    static const QSet<QString> tags { QStringLiteral("nav"), QStringLiteral("header"), QStringLiteral("footer"),
                                      QStringLiteral("form"), QStringLiteral("head") };
    static const QStringList classes { QStringLiteral("navheader"),     QStringLiteral("navfooter"),
                                       QStringLiteral("sphinxsidebar"), QStringLiteral("related"),
                                       QStringLiteral("footer"),        QStringLiteral("toc"),
                                       QStringLiteral("contents"),      QStringLiteral("toctree-wrapper"),
                                       QStringLiteral("headerlink"),    QStringLiteral("breadcrumbs") };
    if (tags.contains(n->tag))
        return true;
    for (const QString &c : classes) {
        if (n->hasClass(c))
            return true;
    }
    return false;
}

bool inChrome(const HtmlNode *n)
{
    for (; n; n = n->parent) {
        if (isChrome(n))
            return true;
    }
    return false;
}

bool isTableOfContents(const HtmlNode *n)
{
    for (; n; n = n->parent) {
        if (n->hasClass(QStringLiteral("toc")) || n->hasClass(QStringLiteral("toctree-wrapper"))
            || n->hasClass(QStringLiteral("contents")))
            return true;
    }
    return false;
}

bool looksLikeQuestion(const QString &rawTitle)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,4}(\\.\\d{1,4})*\\.|\\(\\d{1,4}\\))\\s"));
    QString t = rawTitle;
    t.remove(QChar(0xB6)); // Sphinx's permalink sign ends its headings
    t = t.simplified();
    return t.endsWith(u'?') || numbered.match(t).hasMatch();
}

const HtmlNode *firstMeaningful(const HtmlNode *n)
{
    for (const HtmlNode *c : n->children) {
        if (!c->isBlank())
            return c;
    }
    return nullptr;
}

bool isSection(const HtmlNode *n)
{
    return n->tag == u"section" || n->tag == u"article" || n->hasClass(QStringLiteral("section"));
}

// The section a heading opens (DocBook: div.section > div.titlepage > ... > h2; HTML5 and
// Sphinx: section > h3), and the child of it that holds the heading.
std::pair<const HtmlNode *, const HtmlNode *> sectionOf(const HtmlNode *heading)
{
    const HtmlNode *cur = heading;
    while (cur->parent && cur->parent->tag != u"body" && cur->parent->tag != u"#root") {
        const HtmlNode *p = cur->parent;
        if (firstMeaningful(p) != cur)
            break;
        if (isSection(p))
            return { p, cur };
        cur = p;
    }
    return { nullptr, nullptr };
}

QString anchorOf(const HtmlNode *heading, const HtmlNode *section)
{
    if (!heading->attr(QStringLiteral("id")).isEmpty())
        return heading->attr(QStringLiteral("id"));
    std::vector<const HtmlNode *> stack(heading->children.begin(), heading->children.end());
    while (!stack.empty()) {
        const HtmlNode *n = stack.back();
        stack.pop_back();
        if (n->tag == u"a" && !n->hasClass(QStringLiteral("headerlink"))) {
            const QString id = n->attr(QStringLiteral("id")).isEmpty() ? n->attr(QStringLiteral("name"))
                                                                       : n->attr(QStringLiteral("id"));
            if (!id.isEmpty())
                return id;
        }
        stack.insert(stack.end(), n->children.begin(), n->children.end());
    }
    return section ? section->attr(QStringLiteral("id")) : QString();
}

// A repeated question at the top of its answer goes; a quote that frames the whole answer
// gives way to its content.
std::vector<const HtmlNode *> tidyAnswer(std::vector<const HtmlNode *> nodes, const QString &title)
{
    std::erase_if(nodes, [](const HtmlNode *n) { return n->isBlank(); });
    if (!nodes.empty()) {
        const QString first = cleanTitle(nodes.front()->plain());
        if (!first.isEmpty() && first.size() <= title.size() + 20
            && (first.contains(title, Qt::CaseInsensitive) || title.contains(first, Qt::CaseInsensitive)))
            nodes.erase(nodes.begin());
    }
    if (nodes.size() == 1 && nodes.front()->tag == u"blockquote") {
        const HtmlNode *quote = nodes.front();
        nodes.assign(quote->children.begin(), quote->children.end());
    }
    return nodes;
}

QList<FaqQuestion> headingQuestions(const HtmlTree &tree)
{
    struct Candidate
    {
        const HtmlNode *heading;
        const HtmlNode *section;
        const HtmlNode *header;
        bool question;
    };
    std::vector<Candidate> all;
    for (const auto &n : tree.nodes()) {
        const int level = n->headingLevel();
        if (level < 2 || level > 4 || inChrome(n.get()))
            continue;
        const auto [section, header] = sectionOf(n.get());
        all.push_back(Candidate { n.get(), section, header, looksLikeQuestion(n->plain()) });
    }
    // Sphinx-style pages: when most leaf sections are questions, all of them are.
    int leaves = 0, questionLeaves = 0;
    std::vector<bool> leaf(all.size(), false);
    for (size_t i = 0; i < all.size(); ++i) {
        if (!all[i].section || all[i].section->tag != u"section")
            continue;
        leaf[i] = std::none_of(all.begin(), all.end(), [&](const Candidate &o) {
            return o.heading != all[i].heading && all[i].section->contains(o.heading);
        });
        if (leaf[i]) {
            ++leaves;
            questionLeaves += all[i].question ? 1 : 0;
        }
    }
    if (leaves >= 2 && questionLeaves * 2 >= leaves) {
        for (size_t i = 0; i < all.size(); ++i) {
            if (leaf[i])
                all[i].question = true;
        }
    }
    std::vector<const HtmlNode *> questionHeadings;
    for (const Candidate &c : all) {
        if (c.question)
            questionHeadings.push_back(c.heading);
    }
    // Every element that holds a question heading (the heading itself included).
    QSet<const HtmlNode *> holders;
    for (const HtmlNode *h : questionHeadings) {
        for (const HtmlNode *n = h; n && !holders.contains(n); n = n->parent)
            holders.insert(n);
    }
    const auto holdsQuestion = [&](const HtmlNode *n) {
        return holders.contains(n);
    };

    QList<FaqQuestion> out;
    for (const Candidate &c : all) {
        if (!c.question)
            continue;
        FaqQuestion q;
        q.title = cleanTitle(c.heading->plain());
        q.anchor = anchorOf(c.heading, c.section);
        std::vector<const HtmlNode *> answer;
        if (c.section) {
            bool afterHeader = false;
            for (const HtmlNode *child : c.section->children) {
                if (child == c.header) {
                    afterHeader = true;
                    continue;
                }
                if (afterHeader && !holdsQuestion(child) && !isChrome(child))
                    answer.push_back(child);
            }
        } else {
            const HtmlNode *parent = c.heading->parent;
            const auto start = std::find(parent->children.begin(), parent->children.end(), c.heading);
            const int level = c.heading->headingLevel();
            for (auto it = start + 1; it != parent->children.end(); ++it) {
                const HtmlNode *s = *it;
                const int l = s->headingLevel();
                if ((l >= 1 && l <= level) || holdsQuestion(s))
                    break;
                if (!isChrome(s))
                    answer.push_back(s);
            }
        }
        q.answer = tidyAnswer(std::move(answer), q.title);
        if (!q.title.isEmpty() && !q.answer.empty())
            out.append(q);
    }
    return out;
}

QList<FaqQuestion> tableOfContentsQuestions(const HtmlTree &tree)
{
    // In-page links ("#q1") and the text they show, in document order.
    QHash<QString, QString> linkText;
    QHash<QString, int> linkAt;
    QHash<QString, const HtmlNode *> targets;
    for (const auto &n : tree.nodes()) {
        if (n->tag == u"a") {
            const QString href = n->attr(QStringLiteral("href"));
            if (href.size() >= 2 && href.startsWith(u'#') && !linkText.contains(href.mid(1))) {
                const QString text = n->plain();
                if (!text.isEmpty()) {
                    linkText.insert(href.mid(1), text);
                    linkAt.insert(href.mid(1), n->order);
                }
            }
        }
    }
    std::vector<std::pair<QString, const HtmlNode *>> ordered;
    QSet<QString> seen;
    for (const auto &n : tree.nodes()) {
        if (!n->isElement())
            continue;
        QString id = n->attr(QStringLiteral("id"));
        if (id.isEmpty() && n->tag == u"a")
            id = n->attr(QStringLiteral("name"));
        if (id.isEmpty() || seen.contains(id) || !linkText.contains(id) || linkAt.value(id) > n->order
            || inChrome(n.get()))
            continue;
        seen.insert(id);
        ordered.emplace_back(id, n.get());
    }
    QList<FaqQuestion> out;
    if (ordered.size() < 2)
        return out;
    QString previousLastTag;
    for (size_t k = 0; k < ordered.size(); ++k) {
        const HtmlNode *target = ordered[k].second;
        const HtmlNode *next = k + 1 < ordered.size() ? ordered[k + 1].second : nullptr;
        // A section that holds the next entry is a chapter of entries, not one itself.
        if (next && target->contains(next))
            continue;
        FaqQuestion q;
        q.title = cleanTitle(linkText.value(ordered[k].first));
        q.anchor = ordered[k].first;
        std::vector<const HtmlNode *> answer;
        if (target->children.empty() || target->headingLevel() > 0) {
            // An empty anchor (or a heading): the answer is what follows it, up to the next one.
            const HtmlNode *parent = target->parent;
            auto it = std::find(parent->children.begin(), parent->children.end(), target);
            for (++it; it != parent->children.end(); ++it) {
                if (next && (*it)->contains(next))
                    break;
                answer.push_back(*it);
            }
        } else {
            for (const HtmlNode *c : target->children) {
                if (c->headingLevel() == 0)
                    answer.push_back(c);
            }
        }
        // The last answer has no next anchor to stop at: it ends with the kind of block the
        // answer before it ended with (not with the page's footer).
        if (!next && !previousLastTag.isEmpty()) {
            std::erase_if(answer, [](const HtmlNode *n) { return n->isBlank(); });
            const auto end = std::find_if(answer.begin(), answer.end(),
                                          [&](const HtmlNode *n) { return n->tag == previousLastTag; });
            if (end != answer.end())
                answer.erase(end + 1, answer.end());
        }
        if (!answer.empty())
            previousLastTag = answer.back()->tag;
        for (auto it = answer.rbegin(); it != answer.rend(); ++it) {
            if (!(*it)->isBlank()) {
                previousLastTag = (*it)->tag;
                break;
            }
        }
        q.answer = tidyAnswer(std::move(answer), q.title);
        if (!q.title.isEmpty() && !q.answer.empty())
            out.append(q);
    }
    return out;
}

QList<FaqQuestion> definitionListQuestions(const HtmlTree &tree)
{
    QList<FaqQuestion> out;
    for (const auto &dl : tree.nodes()) {
        if (dl->tag != u"dl" || inChrome(dl.get()))
            continue;
        int terms = 0, questions = 0;
        for (const HtmlNode *c : dl->children) {
            if (c->tag == u"dt") {
                ++terms;
                questions += looksLikeQuestion(c->plain()) ? 1 : 0;
            }
        }
        if (questions < 2 || questions * 2 < terms)
            continue; // a glossary, not questions
        for (size_t i = 0; i < dl->children.size(); ++i) {
            const HtmlNode *dt = dl->children[i];
            if (dt->tag != u"dt")
                continue;
            FaqQuestion q;
            q.title = cleanTitle(dt->plain());
            q.anchor = dt->attr(QStringLiteral("id"));
            std::vector<const HtmlNode *> answer;
            for (size_t j = i + 1; j < dl->children.size() && dl->children[j]->tag != u"dt"; ++j) {
                if (dl->children[j]->tag == u"dd")
                    answer.insert(answer.end(), dl->children[j]->children.begin(), dl->children[j]->children.end());
            }
            q.answer = tidyAnswer(std::move(answer), q.title);
            if (!q.title.isEmpty() && !q.answer.empty())
                out.append(q);
        }
    }
    return out;
}

QString pageTitle(const HtmlTree &tree)
{
    static const QRegularExpression chapter(QStringLiteral("^(chapter|kapitel|appendix)\\s+[\\w.]+[.:]\\s*"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString title;
    for (const auto &n : tree.nodes()) {
        if (n->tag == u"h1" && !inChrome(n.get())) {
            title = n->plain();
            break;
        }
    }
    if (title.isEmpty()) {
        if (const HtmlNode *t = tree.first(QStringLiteral("title")))
            title = t->plain();
    }
    title.remove(chapter);
    return cleanTitle(title);
}

QStringList chapterLinks(const HtmlTree &tree)
{
    QStringList out;
    const auto add = [&](QString href) {
        // Pages of the same FAQ sit beside this one; a "next" link out of the folder leads on to
        // the rest of a manual.
        if (href.isEmpty() || href.startsWith(u'#') || href.contains(u':') || href.contains(u'/'))
            return;
        href = href.section(u'#', 0, 0);
        const QString lower = href.toLower();
        if ((lower.endsWith(QStringLiteral(".html")) || lower.endsWith(QStringLiteral(".htm"))) && !out.contains(href))
            out.append(href);
    };
    for (const auto &n : tree.nodes()) {
        if (n->tag == u"a" && isTableOfContents(n.get()))
            add(n->attr(QStringLiteral("href")));
        else if (n->tag == u"link" && n->attr(QStringLiteral("rel")).toLower() == u"next")
            add(n->attr(QStringLiteral("href")));
    }
    return out;
}

} // namespace

QString cleanTitle(const QString &raw)
{
    static const QRegularExpression prefix(QStringLiteral("^(\\(\\d{1,4}\\)|\\d{1,4}(\\.\\d{1,4})*[.)]|Q\\s*[:.])\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString t = raw.simplified();
    t.remove(prefix);
    t.remove(QChar(0xB6)); // a permalink sign left in a heading
    return t.trimmed().left(KnowledgeStore::kMaxTitle);
}

FaqPage readFaqPage(const HtmlTree &tree)
{
    FaqPage page;
    page.title = pageTitle(tree);
    page.chapterLinks = chapterLinks(tree);
    page.questions = headingQuestions(tree);
    // A page's own table of contents lists its entries, questions or not ("Getting the compiler"):
    // when it lists more than the headings that read as questions, it is the better guide.
    if (QList<FaqQuestion> listed = tableOfContentsQuestions(tree); listed.size() > page.questions.size())
        page.questions = std::move(listed);
    if (page.questions.isEmpty())
        page.questions = definitionListQuestions(tree);
    return page;
}

} // namespace spocs::kbimport
