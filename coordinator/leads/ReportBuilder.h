#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace spocs {

class Database;

// The figures of report.get and of the lead's queue table (docs/protocol.md, "Lead and reports").
// The arithmetic is pure (facts in, JSON out) so ReportTest can check it by hand; load()
// reads the facts from the database.
class ReportBuilder
{
public:
    // One contact, as the figures need it.
    struct Fact
    {
        qint64 id = 0;
        qint64 customer = 0;
        QString queue;
        QDateTime createdAt;
        QDateTime answeredAt; // invalid: never answered
        bool outbound = false; // started by an agent: handled like others, never waited or answered
        QDateTime closedAt; // invalid: not closed
        bool closed = false;
        qint64 handledMs = 0; // the sum of its finished handlings (domain::ContactSegments)
        bool reopened = false; // a handling had closed it before it was queued again
        bool abandoned = false;
        bool forwarded = false;
        QString outcome;
        int transferCount = 0;
        int consultCount = 0;
        QStringList reasons; // codes
        std::optional<int> csat;
        std::optional<int> nps;
        bool repeat = false; // set by markRepeats
        qint64 owner = 0; // the agent who has it (0: nobody, e.g. abandoned)
        qint64 followUpOwner = 0; // 0: no follow-up promised
        QDateTime followUpDue; // effective due time (a due day ends at midnight UTC)
        QDateTime followUpDoneAt; // invalid: not done yet

        // Its first wait ended in an answer: answered, never also abandoned.
        bool answered() const { return answeredAt.isValid(); }
        // The customer left before anyone answered (a forwarded contact left in its second queue
        // had its answer).
        bool abandonedUnanswered() const { return abandoned && !answered(); }
        // Closed after someone had it in hand.
        bool handled() const { return closed && answered(); }
    };
    // An agent as the per-agent table shows them.
    struct Agent
    {
        qint64 id = 0;
        QString login;
        QString name;
        QString team; // empty: no team
    };
    struct ReasonInfo
    {
        QString label;
        QString demandClass;
    };

    static constexpr int kRepeatDays = 7;
    static constexpr int kMaxDays = 366;
    static constexpr int kSelfServiceTopArticles = 5;

    // Figures over these contacts: {"contacts","answered","handled","abandoned","fcrRate",...}.
    static QJsonObject figures(const QList<const Fact *> &facts, int serviceLevelSeconds);
    // Sets Fact::repeat: the same customer had an earlier contact sharing a reason, created
    // within kRepeatDays before. `facts` must be sorted by createdAt and include the look-back.
    static void markRepeats(QList<Fact> &facts);
    // byReason (Pareto: count desc, code asc) and byDemandClass over reason mentions.
    static QJsonArray byReason(const QList<const Fact *> &facts, const QHash<QString, ReasonInfo> &reasons);
    static QJsonArray byDemandClass(const QList<const Fact *> &facts, const QHash<QString, ReasonInfo> &reasons);
    // The headline of the demand classes: of the contacts with a reason, how many had an avoidable
    // (class a) one: {"contacts","classified","share"}.
    static QJsonObject avoidableDemand(const QList<const Fact *> &facts, const QHash<QString, ReasonInfo> &reasons);
    // One row per agent in `agents` who had contacts or follow-ups: figures() over the contacts
    // they own, plus their follow-ups (on time: done by the due time; late: done after it, or
    // still open after it; open and not yet due: not counted). Sorted by name.
    static QJsonArray byAgent(const QList<const Fact *> &facts, const QList<Agent> &agents, const QDateTime &now,
                              int serviceLevelSeconds);
    // The whole report.get answer; `facts` as for markRepeats (already marked).
    static QJsonObject build(QDate from, QDate to, const QString &queue, const QList<Fact> &facts,
                             const QHash<QString, ReasonInfo> &reasons, const QList<QPair<QString, QString>> &queues,
                             int serviceLevelSeconds, const QList<Agent> &agents = {}, const QDateTime &now = {});

    // Contacts created in [from, to) (UTC), with reasons and surveys, sorted by createdAt.
    static Result<QList<Fact>> load(Database &db, const QDateTime &from, const QDateTime &to);
    static Result<QHash<QString, ReasonInfo>> loadReasons(Database &db);
    // Agents, experts and leads (who can own contacts); with a team, only that team's.
    static Result<QList<Agent>> loadAgents(Database &db, const QString &team);
    // (code, label) of every skill, by position.
    static Result<QList<QPair<QString, QString>>> loadQueues(Database &db);
    // Questions visitors answered themselves in the public FAQ ("This answered my question") in
    // [start, end): {"helped", "share" (of helped + inbound contacts: the demand the FAQ met),
    // "topArticles": [{"articleId","title","count"}]}. Not a contact, so in no queue or team.
    static Result<QJsonObject> selfService(Database &db, const QDateTime &start, const QDateTime &end,
                                           qint64 inboundContacts);
    // report.get end to end. Validation of the range is the caller's. A non-empty `team` limits
    // byAgent to that team's agents (a lead with a team); the other figures are the floor's.
    static Result<QJsonObject> report(Database &db, QDate from, QDate to, const QString &queue, const QString &team,
                                      int serviceLevelSeconds);

    static QDateTime parseTime(const QString &iso);
};

} // namespace spocs
