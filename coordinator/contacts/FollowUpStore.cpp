#include "coordinator/contacts/FollowUpStore.h"

#include "coordinator/auth/Roles.h"
#include "coordinator/contacts/ContactRecords.h"
#include "coordinator/leads/ReportBuilder.h"
#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Try.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace spocs {
namespace {

using namespace sqlvalues;

// The due time in SQL, as a Julian day: a date-only due means the end of that day.
constexpr auto kDueDay = "(julianday(k.follow_up_due) + (length(k.follow_up_due) = 10))";

Error noFollowUp(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("contact %1 has no follow-up").arg(id),
                     QJsonObject { { QStringLiteral("field"), QStringLiteral("contact") } });
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

FollowUpStore::FollowUpStore(Database &db)
    : m_db(db)
{ }

QDateTime FollowUpStore::effectiveDue(const QString &due)
{
    if (due.size() == 10) {
        const QDate day = QDate::fromString(due, Qt::ISODate);
        return day.isValid() ? QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC) : QDateTime();
    }
    return ReportBuilder::parseTime(due);
}

Result<FollowUpStore::Info> FollowUpStore::info(qint64 contactId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT follow_up_due, follow_up_owner_user_id, follow_up_done_at "
                                               "FROM contacts WHERE id = ?"),
                                { contactId }, "follow-up"));
    if (!q.next() || q.value(0).isNull())
        return noFollowUp(contactId);
    Info info;
    info.contactId = contactId;
    info.due = effectiveDue(q.value(0).toString());
    info.owner = q.value(1).toLongLong();
    info.done = !q.value(2).isNull();
    return info;
}

Result<FollowUpStore::Info> FollowUpStore::workable(const ClientSession *session, qint64 contactId)
{
    SPOCS_TRY_LET(found, info(contactId));
    if (!isOwnerOrSupervisor(session, found->owner))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("the follow-up of contact %1 is someone else's").arg(contactId));
    if (found->done)
        return makeError(ErrorCode::InvalidState, QStringLiteral("the follow-up of contact %1 is done").arg(contactId));
    return found;
}

Result<QJsonObject> FollowUpStore::json(qint64 contactId, const QDateTime &now, int warnMinutes)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral(
                       "SELECT k.channel, cu.public_id, cu.name, k.follow_up_due, k.follow_up_done_at, o.id, o.login, "
                       "o.display_name FROM contacts k JOIN customers cu ON cu.id = k.customer_id "
                       "LEFT JOIN users o ON o.id = k.follow_up_owner_user_id WHERE k.id = ?"),
                   { contactId }, "follow-up"));
    if (!q.next() || q.value(3).isNull())
        return noFollowUp(contactId);
    SPOCS_TRY_LET(reasons, contactrecords::reasonCodes(m_db, contactId));
    SPOCS_TRY_LET(updates, contactrecords::followUpUpdates(m_db, contactId));
    const bool done = !q.value(4).isNull();
    const QDateTime due = effectiveDue(q.value(3).toString());
    domain::FollowUp followUp;
    followUp.contact = domain::FollowUpContact { contactId, q.value(0).toString(),
                                                 domain::CustomerRef { q.value(1).toString(), q.value(2).toString() },
                                                 reasons.value() };
    followUp.due = q.value(3).toString();
    followUp.owner = personAt(q, 5);
    followUp.overdue = !done && due.isValid() && due <= now;
    followUp.dueSoon = !done && !followUp.overdue && due.isValid() && due <= now.addSecs(qint64(warnMinutes) * 60);
    followUp.doneAt = optText(q, 4);
    followUp.updates = updates.value();
    return followUp.toJson();
}

Result<QJsonArray> FollowUpStore::list(qint64 owner, bool includeDone, const QDateTime &now, int warnMinutes)
{
    SPOCS_TRY_LET(ids,
                  m_db.ids(QStringLiteral("SELECT k.id, %1 AS due_day FROM contacts k "
                                          "WHERE k.follow_up_owner_user_id = ? AND k.follow_up_due IS NOT NULL "
                                          "AND (? OR k.follow_up_done_at IS NULL) ORDER BY due_day, k.id LIMIT 500")
                               .arg(QLatin1String(kDueDay)),
                           { owner, includeDone ? 1 : 0 }, "follow-ups"));
    QJsonArray out;
    for (qint64 id : *ids) {
        SPOCS_TRY_LET(item, json(id, now, warnMinutes));
        out.append(*item);
    }
    return out;
}

Result<void> FollowUpStore::addUpdate(qint64 contactId, qint64 userId, const QString &channel, const QString &note)
{
    SPOCS_TRY(m_db.query(
        QStringLiteral("INSERT INTO follow_up_updates(contact_id, user_id, channel, note, at) VALUES (?, ?, ?, ?, ?)"),
        { contactId, userId, channel, note, iso(m_db.now()) }, "follow-up update"));
    return {};
}

Result<void> FollowUpStore::markDone(qint64 contactId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE contacts SET follow_up_done_at = ?, version = version + 1, "
                                              "updated_at = ? WHERE id = ? AND follow_up_done_at IS NULL"));
    const QString at = iso(m_db.now());
    if (!execWith(q, { at, at, contactId }))
        return sqlError(q, "follow-up done");
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::InvalidState, QStringLiteral("the follow-up of contact %1 is done").arg(contactId));
    return {};
}

Result<QList<FollowUpStore::Notice>> FollowUpStore::dueNotices(const QDateTime &now, int warnMinutes)
{
    // Candidates: open, due within the warning window, and the matching notice not yet sent.
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(
            QStringLiteral("SELECT k.id, k.follow_up_owner_user_id, k.follow_up_due, k.follow_up_warned_at "
                           "FROM contacts k WHERE k.follow_up_done_at IS NULL AND k.follow_up_due IS NOT NULL "
                           "AND k.follow_up_owner_user_id IS NOT NULL AND %1 <= julianday(?) + ? / 1440.0 "
                           "AND (k.follow_up_warned_at IS NULL OR julianday(k.follow_up_warned_at) < %1) LIMIT 1000")
                .arg(QLatin1String(kDueDay)),
            { iso(now), warnMinutes }, "due follow-ups"));
    QList<Notice> out;
    while (q.next()) {
        const QDateTime due = effectiveDue(q.value(2).toString());
        const bool warned = !q.value(3).isNull();
        const bool overdue = due.isValid() && due <= now;
        if (warned && !overdue)
            continue; // "due soon" went out; "overdue" not yet
        out.append(Notice { q.value(0).toLongLong(), q.value(1).toLongLong(), overdue });
    }
    return out;
}

Result<void> FollowUpStore::markWarned(qint64 contactId, const QDateTime &at)
{
    SPOCS_TRY(m_db.query(QStringLiteral("UPDATE contacts SET follow_up_warned_at = ? WHERE id = ?"),
                         { iso(at), contactId }, "follow-up warned"));
    return {};
}

Result<FollowUpStore::DueList> FollowUpStore::openDueBy(const QDateTime &until, int limit)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("SELECT k.id, k.follow_up_owner_user_id, k.follow_up_due, count(*) OVER () "
                                  "FROM contacts k WHERE k.follow_up_done_at IS NULL AND k.follow_up_due IS NOT NULL "
                                  "AND %1 <= julianday(?) ORDER BY %1 DESC, k.id DESC LIMIT ?")
                       .arg(QLatin1String(kDueDay)),
                   { iso(until), limit }, "follow-ups due"));
    DueList out;
    while (q.next()) {
        Info info;
        info.contactId = q.value(0).toLongLong();
        info.owner = q.value(1).toLongLong();
        info.due = effectiveDue(q.value(2).toString());
        out.items.append(info);
        out.total = q.value(3).toInt();
    }
    return out;
}

Result<QJsonObject> FollowUpStore::recordSurvey(qint64 contactId, std::optional<int> csat, std::optional<int> nps,
                                                const QString &comment, bool requireClosed)
{
    SPOCS_TRY_ASSIGN(QSqlQuery c,
                     m_db.query(QStringLiteral("SELECT state, abandoned FROM contacts WHERE id = ?"), { contactId },
                                "survey contact"));
    if (!c.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no contact %1").arg(contactId),
                         QJsonObject { { QStringLiteral("field"), QStringLiteral("contact") } });
    if ((requireClosed && c.value(0).toString() != u"closed") || c.value(1).toBool())
        return makeError(ErrorCode::InvalidState,
                         QStringLiteral("only a closed, answered contact gets a survey (contact %1)").arg(contactId));
    SPOCS_TRY_ASSIGN(
        QSqlQuery dup,
        m_db.query(QStringLiteral("SELECT 1 FROM surveys WHERE contact_id = ?"), { contactId }, "survey exists"));
    if (dup.next())
        return makeError(ErrorCode::Conflict, QStringLiteral("contact %1 has a survey already").arg(contactId));
    const QString at = iso(m_db.now());
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO surveys(contact_id, csat, nps, comment, recorded_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(contactId);
    q.addBindValue(csat ? QVariant(*csat) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(nps ? QVariant(*nps) : QVariant(QMetaType(QMetaType::Int)));
    // A null QString binds as SQL NULL; the column is NOT NULL (a survey without a comment).
    if (!execWith(q, { comment.isNull() ? QStringLiteral("") : comment, at }))
        return sqlError(q, "record survey");
    return domain::Survey { csat, nps, comment, at }.toJson();
}

} // namespace spocs
