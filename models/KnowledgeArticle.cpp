#include "models/KnowledgeArticle.h"

namespace spocs {

namespace {
constexpr QChar kMarkOpen(0xE000);
constexpr QChar kMarkClose(0xE001);
} // namespace

QStringList jsonStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        if (v.isString())
            list << v.toString();
    return list;
}

QDateTime parseWireTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) // "YYYY-MM-DD HH:MM:SS" as SQLite writes it
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

KnowledgeArticle KnowledgeArticle::fromJson(const QJsonObject &obj)
{
    KnowledgeArticle a;
    a.id = obj.value(QStringLiteral("id")).toInteger();
    a.title = obj.value(QStringLiteral("title")).toString();
    a.body = obj.value(QStringLiteral("body")).toString();
    a.tags = jsonStringList(obj.value(QStringLiteral("tags")));
    a.products = jsonStringList(obj.value(QStringLiteral("products")));
    a.reasons = jsonStringList(obj.value(QStringLiteral("reasons")));
    a.language = obj.value(QStringLiteral("language")).toString();
    a.visibility = obj.value(QStringLiteral("visibility")).toString();
    a.status = obj.value(QStringLiteral("status")).toString();
    const QJsonObject owner = obj.value(QStringLiteral("owner")).toObject();
    a.ownerLogin = owner.value(QStringLiteral("login")).toString();
    a.ownerName = owner.value(QStringLiteral("name")).toString();
    a.lastReviewedAt = parseWireTime(obj.value(QStringLiteral("lastReviewedAt")).toString());
    a.stale = obj.value(QStringLiteral("stale")).toBool();
    a.version = obj.value(QStringLiteral("version")).toInteger();
    a.liveVersion = obj.value(QStringLiteral("liveVersion")).toInteger();
    a.stats = KnowledgeStats::fromJson(obj.value(QStringLiteral("stats")).toObject());
    a.createdAt = parseWireTime(obj.value(QStringLiteral("createdAt")).toString());
    a.updatedAt = parseWireTime(obj.value(QStringLiteral("updatedAt")).toString());
    return a;
}

KnowledgeHit KnowledgeHit::fromJson(const QJsonObject &obj)
{
    KnowledgeHit h;
    h.id = obj.value(QStringLiteral("id")).toInteger();
    h.title = obj.value(QStringLiteral("title")).toString();
    h.snippet = obj.value(QStringLiteral("snippet")).toString();
    h.tags = jsonStringList(obj.value(QStringLiteral("tags")));
    h.visibility = obj.value(QStringLiteral("visibility")).toString();
    h.status = obj.value(QStringLiteral("status")).toString();
    h.language = obj.value(QStringLiteral("language")).toString();
    h.score = obj.value(QStringLiteral("score")).toDouble();
    h.learned = obj.value(QStringLiteral("learned")).toBool();
    return h;
}

SideBySideDiff SideBySideDiff::fromLines(const QJsonArray &lines)
{
    SideBySideDiff diff;
    QList<DiffLine> removed;
    QList<DiffLine> added;
    // A run of removals next to a run of additions is a change: show them on the same rows.
    auto flush = [&] {
        const qsizetype rows = std::max(removed.size(), added.size());
        for (qsizetype i = 0; i < rows; ++i) {
            diff.left << (i < removed.size() ? removed.at(i) : DiffLine { DiffLine::Kind::Blank, {} });
            diff.right << (i < added.size() ? added.at(i) : DiffLine { DiffLine::Kind::Blank, {} });
        }
        removed.clear();
        added.clear();
    };
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const QString op = line.value(QStringLiteral("op")).toString();
        const QString text = line.value(QStringLiteral("text")).toString();
        if (op == QLatin1String("-")) {
            removed << DiffLine { DiffLine::Kind::Removed, text };
            ++diff.removed;
        } else if (op == QLatin1String("+")) {
            added << DiffLine { DiffLine::Kind::Added, text };
            ++diff.added;
        } else {
            flush();
            diff.left << DiffLine { DiffLine::Kind::Same, text };
            diff.right << DiffLine { DiffLine::Kind::Same, text };
        }
    }
    flush();
    return diff;
}

void SideBySideDiff::prependTitleChange(const QString &removedLine, const QString &addedLine)
{
    left.prepend(DiffLine { DiffLine::Kind::Removed, removedLine });
    right.prepend(DiffLine { DiffLine::Kind::Added, addedLine });
    ++removed;
    ++added;
}

QString snippetToHtml(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    QString run;
    bool bold = false;
    auto emitRun = [&] {
        if (run.isEmpty())
            return;
        const QString escaped = run.toHtmlEscaped();
        html += bold ? QStringLiteral("<b>%1</b>").arg(escaped) : escaped;
        run.clear();
    };
    for (const QChar ch : snippet) {
        if (ch == kMarkOpen) {
            emitRun();
            bold = true;
        } else if (ch == kMarkClose) {
            emitRun();
            bold = false;
        } else {
            run += ch;
        }
    }
    emitRun();
    return html;
}

QString snippetToPlainText(const QString &snippet)
{
    QString text = snippet;
    text.remove(kMarkOpen);
    text.remove(kMarkClose);
    return text;
}

} // namespace spocs
