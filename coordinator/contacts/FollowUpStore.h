#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace spocs {

class ClientSession;
class Database;

// Follow-ups (a contact closed with outcome follow_up: due, owner, status updates, done) and
// post-contact surveys. Writes join the caller's transaction.
class FollowUpStore
{
public:
    explicit FollowUpStore(Database &db);

    struct Info
    {
        qint64 contactId = 0;
        qint64 owner = 0;
        QDateTime due; // effective due time (a date-only due is the end of that day)
        bool done = false;
    };
    // not_found when the contact does not exist or has no follow-up.
    Result<Info> info(qint64 contactId);
    // The follow-up exists (not_found), is open (invalid_state) and `session`'s user is its owner
    // or a lead (forbidden): who may record updates on it or call the customer for it.
    Result<Info> workable(const ClientSession *session, qint64 contactId);
    // FollowUp = {contact:{id,channel,customer,reasons}, due, owner, dueSoon, overdue, doneAt, updates}.
    Result<QJsonObject> json(qint64 contactId, const QDateTime &now, int warnMinutes);
    // Sorted by due, then contact id; at most 500.
    Result<QJsonArray> list(qint64 owner, bool includeDone, const QDateTime &now, int warnMinutes);
    Result<void> addUpdate(qint64 contactId, qint64 userId, const QString &channel, const QString &note);
    Result<void> markDone(qint64 contactId);

    // Housekeeping: follow-ups that need a notice now (first the "due soon" one, then the
    // "overdue" one). follow_up_warned_at records what was sent: before the due time it
    // means "due soon was sent", at or after it "overdue was sent".
    struct Notice
    {
        qint64 contactId = 0;
        qint64 owner = 0;
        bool overdue = false;
    };
    Result<QList<Notice>> dueNotices(const QDateTime &now, int warnMinutes);
    Result<void> markWarned(qint64 contactId, const QDateTime &at);
    // Open follow-ups due at or before `until` (lead alerts: overdue ones, and those due soon
    // when `until` is now plus the warning time): contact id, owner, due. At most `limit`, the
    // latest due first, so a backlog of old ones never hides one just missed; `total` counts all.
    struct DueList
    {
        QList<Info> items;
        int total = 0;
    };
    Result<DueList> openDueBy(const QDateTime &until, int limit);

    // survey.record: the contact must be closed (unless !requireClosed: a chat the visitor left)
    // and not abandoned (invalid_state), one survey per contact (conflict). Returns the survey JSON.
    Result<QJsonObject> recordSurvey(qint64 contactId, std::optional<int> csat, std::optional<int> nps,
                                     const QString &comment, bool requireClosed = true);

    static QDateTime effectiveDue(const QString &due);

private:
    Database &m_db;
};

} // namespace spocs
