#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace spocs {

class CoordinatorServer;

// Who can help with what: expert.find and the "ask next" suggestion after a
// declined or expired consult. rank() is pure (ExpertDirectoryTest); find() gathers
// users, skills (table user_skills), presence and load from the running server.
class ExpertDirectory
{
public:
    struct SkillLevel
    {
        QString skill;
        QString label;
        int level = 0;
    };

    struct Entry
    {
        UserInfo user;
        PresenceState state = PresenceState::Offline;
        QString reason;
        QDateTime since;
        int voice = 0;
        int text = 0;
        int consults = 0; // active consults this user answers
        QList<SkillLevel> skills;
        std::optional<int> level; // in the skill asked for (or the best matching the query)

        int load() const { return voice + text + consults; }
        QJsonObject toJson() const;
    };

    struct Query
    {
        QString skill; // empty: any
        QString query; // empty: any; else matches login, name, skill code or label
        int limit = 20;
        QSet<qint64> exclude; // the caller, people already asked
        bool reachableOnly = false; // only available / on_contact (offers, "ask next")
    };

    // Presence (available, on_contact, after_contact_work, break, offline), then load
    // (voice + text + consults), then level (higher first), then name, then id.
    static void rank(QList<Entry> &entries);
    static int presenceRank(PresenceState state);
    // Whether a consult can be offered to someone in this state.
    static bool reachable(PresenceState state)
    {
        return state == PresenceState::Available || state == PresenceState::OnContact;
    }

    explicit ExpertDirectory(CoordinatorServer &server);

    // Unknown skill: bad_request (field skill).
    Result<QList<Entry>> find(const Query &query);
    Result<bool> skillExists(const QString &skill);
    // The user's skills, highest level first.
    Result<QList<SkillLevel>> skillsOf(qint64 userId);

private:
    CoordinatorServer &m_server;
};

} // namespace spocs
