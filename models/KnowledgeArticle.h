#pragma once

#include "core/domain/Knowledge.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace spocs {

// Wire names of the knowledge-base ops and events (docs/protocol.md, "Knowledge").
namespace kb {
inline QString topic()
{
    return QStringLiteral("kb");
}
} // namespace kb

using KnowledgeStats = domain::ArticleStats;

// One knowledge article (kb.get, kb.propose, kb.published ...). Every field is optional
// on the wire; a missing one reads as empty.
struct KnowledgeArticle
{
    qint64 id = 0;
    QString title;
    QString body; // Markdown
    QStringList tags;
    QStringList products;
    QStringList reasons;
    QString language;
    QString visibility; // "internal" | "public"
    QString status; // "draft" | "in_review" | "published" | "archived"
    QString ownerLogin;
    QString ownerName;
    QDateTime lastReviewedAt;
    bool stale = false;
    qint64 version = 0; // the newest, open proposals included
    qint64 liveVersion = 0; // the version title and body come from (0: not sent)
    KnowledgeStats stats;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isEmpty() const { return id == 0; }
    static KnowledgeArticle fromJson(const QJsonObject &obj);
};

// One search or suggestion hit.
struct KnowledgeHit
{
    qint64 id = 0;
    QString title;
    QString snippet; // plain text, matched words between U+E000 and U+E001
    QStringList tags;
    QString visibility;
    QString status;
    QString language;
    double score = 0;
    bool learned = false; // agents' earlier searches in these words led to it

    static KnowledgeHit fromJson(const QJsonObject &obj);
};

// One line of kb.diff, and the side-by-side arrangement of a whole diff.
struct DiffLine
{
    enum class Kind { Same, Removed, Added, Blank };
    Kind kind = Kind::Same;
    QString text;
};

struct SideBySideDiff
{
    QList<DiffLine> left; // ' ' and '-' lines, padded with Blank to line up with the right
    QList<DiffLine> right; // ' ' and '+' lines
    int removed = 0;
    int added = 0;

    // lines: the "lines" array of a kb.diff answer.
    static SideBySideDiff fromLines(const QJsonArray &lines);

    // A changed title goes on top as one line removed and one added, counted like the text's;
    // the caller words them ("Title: …").
    void prependTitleChange(const QString &removedLine, const QString &addedLine);
};

// Snippet text to HTML: everything escaped, the marked words in <b>. An unclosed marker
// runs to the end; a stray closing marker is dropped.
QString snippetToHtml(const QString &snippet);
// The snippet without its markers.
QString snippetToPlainText(const QString &snippet);
// Parses an ISO date-time as the coordinator writes it (UTC), invalid when empty.
QDateTime parseWireTime(const QString &text);
QStringList jsonStringList(const QJsonValue &value);

} // namespace spocs
