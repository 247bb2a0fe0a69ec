#include "coordinator/knowledge/KbImport.h"

#include "coordinator/knowledge/FaqStructure.h"
#include "coordinator/knowledge/HtmlMarkdown.h"

#include <QFileInfo>
#include <QUrl>

// Parsing: documents to articles. The command (files, chapters, writing) is in KbImportCommand.
namespace spocs {
namespace kbimport {
namespace {

// A chapter as a tag: lower case, at most as long as a tag may be, cut at a word.
QString chapterTag(const QString &title)
{
    QString t = title.simplified().toLower();
    if (t.size() > 64) {
        t.truncate(64);
        const qsizetype space = t.lastIndexOf(u' ');
        if (space > 20)
            t.truncate(space);
    }
    return t;
}

QString slug(const QString &title)
{
    QString out;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    return out.left(80);
}

QString baseTitle(const QString &fileName)
{
    QString t = QFileInfo(fileName).completeBaseName();
    t.replace(u'-', u' ');
    t.replace(u'_', u' ');
    return t.simplified();
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith(u'"') || v.startsWith(u'\'')) && v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v;
}

} // namespace

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

HtmlImport fromHtml(const QByteArray &html, const QString &documentUrl)
{
    HtmlImport result;
    const HtmlTree tree = HtmlTree::parse(html);
    const FaqPage page = readFaqPage(tree);
    result.chapterLinks = page.chapterLinks;
    const HtmlMarkdown markdown;
    const auto sourceOf = [&](const QString &anchor, const QString &title) -> QString {
        return documentUrl + u'#' + (anchor.isEmpty() ? slug(title) : anchor);
    };
    if (page.questions.isEmpty()) {
        // A table of contents that only links to the chapters holds no article of its own.
        if (!page.chapterLinks.isEmpty())
            return result;
        KnowledgeStore::Content c;
        c.visibility.clear(); // unset: the command's default applies
        c.language.clear();
        c.title = page.title.isEmpty() ? baseTitle(QUrl(documentUrl).path()) : page.title;
        const HtmlNode *body = tree.first(QStringLiteral("body"));
        c.body = body ? markdown.blocks(body) : QString();
        c.source = documentUrl;
        if (!c.body.isEmpty())
            result.articles.append(c);
        return result;
    }
    const QString tag = chapterTag(page.title);
    for (const FaqQuestion &q : page.questions) {
        KnowledgeStore::Content c;
        c.visibility.clear();
        c.language.clear();
        c.title = q.title;
        c.body = markdown.blocks(q.answer);
        if (!tag.isEmpty())
            c.tags.append(tag);
        c.source = sourceOf(q.anchor, q.title);
        if (!c.title.isEmpty() && !c.body.trimmed().isEmpty())
            result.articles.append(c);
    }
    return result;
}

QList<KnowledgeStore::Content> fromHtml(const QString &html, const QString &fileName)
{
    return fromHtml(html.toUtf8(), fileName).articles;
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
} // namespace spocs
