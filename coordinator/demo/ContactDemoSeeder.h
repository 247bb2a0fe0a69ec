#pragma once

#include "core/Result.h"

#include <QDate>

namespace spocs {

class Database;

// The service side of the demo world: skills (= queues), the demo staff's skills,
// skills and forward targets on the seeded reasons, and 30 days of closed contact history
// (about 40 a day, with answer times, reasons, outcomes, transfers, consults, abandoned
// callers and surveys) so the lead's reports and charts have data from the first start.
// Runs after the users, customers and reasons are seeded. Deterministic: the same database
// content and `today` give the same rows. History ends yesterday; today is left to live
// traffic (`spocs-coordinator simulate`). Every follow-up in the history is already done but
// for a few left open, so My day and the lead's alerts have something to show: the latest of
// agent1's (two due today, one overdue since yesterday) and of agent2's and agent3's (due today).
class ContactDemoSeeder
{
public:
    struct Summary
    {
        int skills = 0;
        int userSkills = 0;
        int contacts = 0;
        int abandoned = 0;
        int surveys = 0;
        int selfService = 0; // questions answered by the public FAQ
        int openFollowUps = 0;
    };

    static constexpr int kHistoryDays = 30;

    static Result<Summary> seed(Database &db, QDate today);
};

} // namespace spocs
