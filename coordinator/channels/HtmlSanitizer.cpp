#include "coordinator/channels/HtmlSanitizer.h"

#include <QSet>
#include <QUrl>

#include <libxml/HTMLparser.h>

namespace spocs {
namespace {

QString name(xmlNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower();
}

QSet<QString> tagSet(const QString &spaceSeparated)
{
    const QStringList names = spaceSeparated.split(u' ');
    return QSet<QString>(names.begin(), names.end());
}

// Kept as they are (without attributes).
const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags = tagSet(QStringLiteral(
        "p br b strong i em u s ul ol li blockquote pre code table thead tbody tr td th h1 h2 h3 h4 hr div span a"));
    return tags;
}

// Dropped with everything inside them.
const QSet<QString> &droppedTags()
{
    static const QSet<QString> tags = tagSet(
        QStringLiteral("script style head title iframe frame frameset object embed applet form input button select "
                       "textarea svg math template noscript link meta base img video audio source picture"));
    return tags;
}

QString safeHref(xmlNode *node)
{
    xmlChar *href = xmlGetProp(node, reinterpret_cast<const xmlChar *>("href"));
    if (!href)
        return {};
    const QUrl url(QString::fromUtf8(reinterpret_cast<const char *>(href)).trimmed());
    xmlFree(href);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https" && scheme != u"mailto"))
        return {};
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

void appendSafe(xmlNode *node, QString &out, int depth)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            out += QString::fromUtf8(reinterpret_cast<const char *>(n->content)).toHtmlEscaped();
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue; // comments, processing instructions
        const QString tag = name(n);
        if (droppedTags().contains(tag))
            continue;
        // Deeply nested input is cut off rather than walked (no stack exhaustion).
        if (depth > 100)
            continue;
        if (!allowedTags().contains(tag)) {
            appendSafe(n->children, out, depth + 1); // html, body, font, center...: keep the text
            continue;
        }
        if (tag == u"a") {
            const QString href = safeHref(n);
            out += href.isEmpty() ? QStringLiteral("<a>") : QStringLiteral("<a href=\"%1\">").arg(href);
        } else {
            out += u'<' + tag + u'>';
        }
        if (tag == u"br" || tag == u"hr")
            continue;
        appendSafe(n->children, out, depth + 1);
        out += QStringLiteral("</") + tag + u'>';
    }
}

} // namespace

QString HtmlSanitizer::sanitize(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    htmlDocPtr doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                                        | HTML_PARSE_NOBLANKS);
    if (!doc)
        return {};
    QString out;
    appendSafe(xmlDocGetRootElement(doc), out, 0);
    xmlFreeDoc(doc);
    return out;
}

} // namespace spocs
