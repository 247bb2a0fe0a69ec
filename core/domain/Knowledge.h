#pragma once

#include "core/domain/DomainValue.h"
#include "core/domain/Person.h"
#include "core/domain/WireEnum.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// A knowledge-base article as kb.get, kb.propose, kb.review and the kb events send it.
namespace spocs::domain {

enum class ArticleStatus { Draft, InReview, Published, Archived };
SPOCS_WIRE_ENUM(ArticleStatus)

enum class Visibility { Internal, Public };
SPOCS_WIRE_ENUM(Visibility)

struct ArticleStats
{
    qint64 views = 0;
    qint64 sends = 0;
    qint64 helped = 0;
    qint64 notHelped = 0;

    SPOCS_DOMAIN_VALUE(ArticleStats);
};

struct Article
{
    qint64 id = 0;
    QString title;
    QString body;
    QStringList tags;
    QStringList products; // SKUs
    QStringList reasons; // contact reason codes
    QString language;
    Visibility visibility = Visibility::Internal;
    ArticleStatus status = ArticleStatus::Draft;
    std::optional<Person> owner;
    std::optional<QString> lastReviewedAt;
    bool stale = false; // published and not reviewed for too long
    qint64 version = 0;
    qint64 liveVersion = 0;
    ArticleStats stats;
    QString createdAt;
    QString updatedAt;

    SPOCS_DOMAIN_VALUE(Article);
};

} // namespace spocs::domain
