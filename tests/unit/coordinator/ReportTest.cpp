#include "coordinator/leads/ReportBuilder.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace spocs;
using Fact = ReportBuilder::Fact;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Five contacts from 2 to 4 March plus one on 27 February (only for repeats). Every figure
// below was computed by hand from this table (see ReportIntegrationTest for the same world
// going through the database and the protocol).
QList<Fact> world()
{
    QList<Fact> facts;
    Fact f0;
    f0.id = 10;
    f0.customer = 2;
    f0.queue = QStringLiteral("general");
    f0.createdAt = at("2026-02-27T09:00:00Z");
    f0.answeredAt = at("2026-02-27T09:00:04Z");
    f0.closedAt = at("2026-02-27T09:04:00Z");
    f0.handledMs = f0.answeredAt.msecsTo(f0.closedAt);
    f0.closed = true;
    f0.outcome = QStringLiteral("resolved");
    f0.reasons = { QStringLiteral("billing.explain") };
    facts << f0;

    Fact f1;
    f1.id = 11;
    f1.customer = 1;
    f1.queue = QStringLiteral("general");
    f1.createdAt = at("2026-03-02T10:00:00Z");
    f1.answeredAt = at("2026-03-02T10:00:10Z"); // 10 s wait
    f1.closedAt = at("2026-03-02T10:05:10Z"); // 300 s handled
    f1.handledMs = f1.answeredAt.msecsTo(f1.closedAt);
    f1.closed = true;
    f1.outcome = QStringLiteral("resolved");
    f1.reasons = { QStringLiteral("orders.where") };
    f1.csat = 5;
    f1.nps = 10;
    facts << f1;

    Fact f2;
    f2.id = 12;
    f2.customer = 2;
    f2.queue = QStringLiteral("general");
    f2.createdAt = at("2026-03-02T11:00:00Z");
    f2.answeredAt = at("2026-03-02T11:00:30Z"); // 30 s
    f2.closedAt = at("2026-03-02T11:10:30Z"); // 600 s
    f2.handledMs = f2.answeredAt.msecsTo(f2.closedAt);
    f2.closed = true;
    f2.outcome = QStringLiteral("follow_up");
    f2.transferCount = 1;
    f2.consultCount = 2;
    f2.reasons = { QStringLiteral("billing.explain"), QStringLiteral("orders.where") };
    f2.csat = 3;
    f2.nps = 6;
    facts << f2;

    Fact f3;
    f3.id = 13;
    f3.customer = 1;
    f3.queue = QStringLiteral("general");
    f3.createdAt = at("2026-03-03T09:00:00Z");
    f3.closedAt = at("2026-03-03T09:01:00Z");
    f3.closed = true;
    f3.abandoned = true;
    facts << f3;

    Fact f4;
    f4.id = 14;
    f4.customer = 1;
    f4.queue = QStringLiteral("billing");
    f4.createdAt = at("2026-03-04T12:00:00Z");
    f4.answeredAt = at("2026-03-04T12:00:05Z"); // 5 s
    f4.closedAt = at("2026-03-04T12:03:05Z"); // 180 s
    f4.handledMs = f4.answeredAt.msecsTo(f4.closedAt);
    f4.closed = true;
    f4.forwarded = true;
    f4.outcome = QStringLiteral("resolved");
    f4.reasons = { QStringLiteral("account.update"), QStringLiteral("orders.where") };
    f4.nps = 8;
    facts << f4;

    Fact f5;
    f5.id = 15;
    f5.customer = 3;
    f5.queue = QStringLiteral("general");
    f5.createdAt = at("2026-03-04T13:00:00Z");
    f5.answeredAt = at("2026-03-04T13:00:20Z"); // 20 s: still within a 20 s service level
    facts << f5;
    return facts;
}

QHash<QString, ReportBuilder::ReasonInfo> reasons()
{
    // The demand classes as the method means them: a avoidable, b needs an immediate answer, c can wait.
    return { { QStringLiteral("orders.where"), { QStringLiteral("Where is my order?"), QStringLiteral("a") } },
             { QStringLiteral("billing.explain"), { QStringLiteral("Explain an invoice"), QStringLiteral("a") } },
             { QStringLiteral("account.update"), { QStringLiteral("Update details"), QStringLiteral("c") } },
             { QStringLiteral("orders.new"), { QStringLiteral("New order"), QStringLiteral("b") } } };
}

QJsonObject report()
{
    QList<Fact> facts = world();
    ReportBuilder::markRepeats(facts);
    return ReportBuilder::build(QDate(2026, 3, 2), QDate(2026, 3, 4), {}, facts, reasons(),
                                { { QStringLiteral("general"), QStringLiteral("General") },
                                  { QStringLiteral("billing"), QStringLiteral("Billing") },
                                  { QStringLiteral("returns"), QStringLiteral("Returns") } },
                                20);
}

} // namespace

TEST(Report, TotalsMatchTheHandComputedFigures)
{
    const QJsonObject t = report().value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("contacts")).toInt(), 5);
    EXPECT_EQ(t.value(QStringLiteral("answered")).toInt(), 4);
    EXPECT_EQ(t.value(QStringLiteral("handled")).toInt(), 3);
    EXPECT_EQ(t.value(QStringLiteral("abandoned")).toInt(), 1);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("fcrRate")).toDouble(), 0.5); // f1 of f1, f2 (f4 forwarded)
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("ahtSec")).toDouble(), 360.0); // (300 + 600 + 180) / 3
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("asaSec")).toDouble(), 16.3); // (10 + 30 + 5 + 20) / 4 = 16.25
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("serviceLevel")).toDouble(), 0.6); // 3 within 20 s / (4 + 1)
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("abandonRate")).toDouble(), 0.2);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("transfersPerContact")).toDouble(), 0.3333);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("consultsPerContact")).toDouble(), 0.6667);
    EXPECT_EQ(t.value(QStringLiteral("repeatContacts")).toInt(), 2); // f2 (f0 within 7 days), f4 (f1)
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("repeatRate")).toDouble(), 0.4);
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("csatAvg")).toDouble(), 4.0);
    EXPECT_EQ(t.value(QStringLiteral("csatCount")).toInt(), 2);
    EXPECT_EQ(t.value(QStringLiteral("nps")).toInt(), 0); // one promoter, one detractor, one passive
    EXPECT_EQ(t.value(QStringLiteral("npsCount")).toInt(), 3);
}

TEST(Report, QueuesAndDaysSplitTheSameContacts)
{
    const QJsonObject r = report();
    const QJsonArray queues = r.value(QStringLiteral("byQueue")).toArray();
    ASSERT_EQ(queues.size(), 2); // returns had nothing
    const QJsonObject general = queues.at(0).toObject();
    EXPECT_EQ(general.value(QStringLiteral("queue")).toString(), QStringLiteral("general"));
    EXPECT_EQ(general.value(QStringLiteral("label")).toString(), QStringLiteral("General"));
    EXPECT_EQ(general.value(QStringLiteral("contacts")).toInt(), 4);
    EXPECT_DOUBLE_EQ(general.value(QStringLiteral("ahtSec")).toDouble(), 450.0);
    EXPECT_DOUBLE_EQ(general.value(QStringLiteral("asaSec")).toDouble(), 20.0);
    EXPECT_DOUBLE_EQ(general.value(QStringLiteral("serviceLevel")).toDouble(), 0.5);
    const QJsonObject billing = queues.at(1).toObject();
    EXPECT_EQ(billing.value(QStringLiteral("contacts")).toInt(), 1);
    EXPECT_TRUE(billing.value(QStringLiteral("fcrRate")).isNull()); // only a forwarded contact
    EXPECT_TRUE(billing.value(QStringLiteral("csatAvg")).isNull());
    EXPECT_DOUBLE_EQ(billing.value(QStringLiteral("serviceLevel")).toDouble(), 1.0);

    const QJsonArray daily = r.value(QStringLiteral("daily")).toArray();
    ASSERT_EQ(daily.size(), 3);
    EXPECT_EQ(daily.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(daily.at(0).toObject().value(QStringLiteral("contacts")).toInt(), 2);
    EXPECT_EQ(daily.at(1).toObject().value(QStringLiteral("abandoned")).toInt(), 1);
    EXPECT_TRUE(daily.at(1).toObject().value(QStringLiteral("asaSec")).isNull());
    EXPECT_EQ(daily.at(2).toObject().value(QStringLiteral("contacts")).toInt(), 2);
}

TEST(Report, ReasonsFormAParetoWithCumulativeShares)
{
    const QJsonObject r = report();
    const QJsonArray reasons = r.value(QStringLiteral("byReason")).toArray();
    ASSERT_EQ(reasons.size(), 3);
    // Count desc, then code asc: orders.where 3, account.update 1, billing.explain 1.
    EXPECT_EQ(reasons.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("orders.where"));
    EXPECT_EQ(reasons.at(0).toObject().value(QStringLiteral("count")).toInt(), 3);
    EXPECT_DOUBLE_EQ(reasons.at(0).toObject().value(QStringLiteral("share")).toDouble(), 0.6);
    EXPECT_EQ(reasons.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("account.update"));
    EXPECT_DOUBLE_EQ(reasons.at(1).toObject().value(QStringLiteral("cumulativeShare")).toDouble(), 0.8);
    EXPECT_EQ(reasons.at(2).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("billing.explain"));
    EXPECT_DOUBLE_EQ(reasons.at(2).toObject().value(QStringLiteral("cumulativeShare")).toDouble(), 1.0);
    EXPECT_EQ(reasons.at(2).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Explain an invoice"));

    const QJsonArray classes = r.value(QStringLiteral("byDemandClass")).toArray();
    ASSERT_EQ(classes.size(), 3);
    EXPECT_EQ(classes.at(0).toObject().value(QStringLiteral("count")).toInt(),
              4); // a: orders.where 3, billing.explain 1
    EXPECT_DOUBLE_EQ(classes.at(0).toObject().value(QStringLiteral("share")).toDouble(), 0.8);
    EXPECT_EQ(classes.at(1).toObject().value(QStringLiteral("count")).toInt(), 0); // b
    EXPECT_EQ(classes.at(2).toObject().value(QStringLiteral("count")).toInt(), 1); // c: account.update
}

TEST(Report, AvoidableShareCountsContactsWithAClassAReason)
{
    // Four contacts: avoidable only, avoidable among others, unavoidable only, and one without a
    // reason (not classified, so not in the denominator).
    QList<Fact> facts(4);
    const QStringList reasonsOf[] = { { QStringLiteral("orders.where") },
                                      { QStringLiteral("orders.new"), QStringLiteral("billing.explain") },
                                      { QStringLiteral("orders.new") },
                                      {} };
    for (int i = 0; i < 4; ++i) {
        facts[i].id = i + 1;
        facts[i].customer = i + 1;
        facts[i].createdAt = at("2026-03-02T10:00:00Z").addSecs(i * 60);
        facts[i].reasons = reasonsOf[i];
    }
    QList<const Fact *> all;
    for (const Fact &f : facts)
        all.append(&f);
    const QJsonObject avoidable = ReportBuilder::avoidableDemand(all, reasons());
    EXPECT_EQ(avoidable.value(QStringLiteral("contacts")).toInt(), 2);
    EXPECT_EQ(avoidable.value(QStringLiteral("classified")).toInt(), 3);
    EXPECT_DOUBLE_EQ(avoidable.value(QStringLiteral("share")).toDouble(), 0.6667);
    EXPECT_TRUE(ReportBuilder::avoidableDemand({}, reasons()).value(QStringLiteral("share")).isNull());
}

TEST(Report, EmptyRangesGiveNullRatesNotZeroes)
{
    const QJsonObject f = ReportBuilder::figures({}, 20);
    EXPECT_EQ(f.value(QStringLiteral("contacts")).toInt(), 0);
    for (const char *key : { "fcrRate", "ahtSec", "asaSec", "serviceLevel", "abandonRate", "transfersPerContact",
                             "consultsPerContact", "repeatRate", "csatAvg", "nps" })
        EXPECT_TRUE(f.value(QString::fromLatin1(key)).isNull()) << key;
}

TEST(Report, RepeatNeedsTheSameCustomerAndReasonWithinSevenDays)
{
    QList<Fact> facts(3);
    facts[0].customer = 1;
    facts[0].createdAt = at("2026-03-01T10:00:00Z");
    facts[0].reasons = { QStringLiteral("orders.where") };
    facts[1].customer = 1;
    facts[1].createdAt = at("2026-03-08T10:00:01Z"); // just over 7 days later
    facts[1].reasons = { QStringLiteral("orders.where") };
    facts[2].customer = 2; // another customer, same reason, same day
    facts[2].createdAt = at("2026-03-08T11:00:00Z");
    facts[2].reasons = { QStringLiteral("orders.where") };
    ReportBuilder::markRepeats(facts);
    EXPECT_FALSE(facts[0].repeat);
    EXPECT_FALSE(facts[1].repeat);
    EXPECT_FALSE(facts[2].repeat);
    facts[1].createdAt = at("2026-03-08T09:59:59Z");
    ReportBuilder::markRepeats(facts);
    EXPECT_TRUE(facts[1].repeat);
}

TEST(Report, OutboundContactIsHandledButNeverAnsweredOrARepeat)
{
    // An inbound call answered after 10 s, then the agent calls the customer back: handled for
    // 120 s, nobody waited for it.
    QList<Fact> facts(2);
    facts[0].customer = 1;
    facts[0].createdAt = at("2026-03-02T10:00:00Z");
    facts[0].answeredAt = at("2026-03-02T10:00:10Z");
    facts[0].closedAt = at("2026-03-02T10:05:10Z");
    facts[0].handledMs = facts[0].answeredAt.msecsTo(facts[0].closedAt);
    facts[0].closed = true;
    facts[0].outcome = QStringLiteral("follow_up");
    facts[0].reasons = { QStringLiteral("orders.where") };
    facts[1].customer = 1;
    facts[1].outbound = true;
    facts[1].createdAt = at("2026-03-02T15:00:00Z");
    facts[1].answeredAt = facts[1].createdAt; // its start
    facts[1].closedAt = at("2026-03-02T15:02:00Z");
    facts[1].handledMs = facts[1].answeredAt.msecsTo(facts[1].closedAt);
    facts[1].closed = true;
    facts[1].outcome = QStringLiteral("resolved");
    facts[1].reasons = { QStringLiteral("orders.where") };
    ReportBuilder::markRepeats(facts);
    EXPECT_FALSE(facts[1].repeat) << "calling back is not the customer coming again";
    const QJsonObject f = ReportBuilder::figures({ &facts[0], &facts[1] }, 20);
    EXPECT_EQ(f.value(QStringLiteral("contacts")).toInt(), 2);
    EXPECT_EQ(f.value(QStringLiteral("outbound")).toInt(), 1);
    EXPECT_EQ(f.value(QStringLiteral("answered")).toInt(), 1);
    EXPECT_EQ(f.value(QStringLiteral("handled")).toInt(), 2);
    EXPECT_DOUBLE_EQ(f.value(QStringLiteral("asaSec")).toDouble(), 10.0);
    EXPECT_DOUBLE_EQ(f.value(QStringLiteral("serviceLevel")).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(f.value(QStringLiteral("ahtSec")).toDouble(), 210.0); // (300 + 120) / 2
    // The customer's contact was not resolved; the agent's call back does not make it so.
    EXPECT_DOUBLE_EQ(f.value(QStringLiteral("fcrRate")).toDouble(-1), 0.0);
    EXPECT_DOUBLE_EQ(f.value(QStringLiteral("abandonRate")).toDouble(-1), 0.0);
    EXPECT_DOUBLE_EQ(f.value(QStringLiteral("repeatRate")).toDouble(-1), 0.0);
}

TEST(Report, RatesOfCustomersDemandLeaveOutboundContactsOut)
{
    // Two inbound calls, one abandoned, and two calls back: half the customers' calls were lost.
    QList<Fact> facts(4);
    facts[0].createdAt = at("2026-03-02T10:00:00Z");
    facts[0].closedAt = at("2026-03-02T10:01:00Z");
    facts[0].closed = true;
    facts[0].abandoned = true;
    facts[1].createdAt = at("2026-03-02T11:00:00Z");
    facts[1].answeredAt = at("2026-03-02T11:00:05Z");
    for (qsizetype i = 2; i < facts.size(); ++i) {
        facts[i].outbound = true;
        facts[i].createdAt = at("2026-03-02T12:00:00Z");
        facts[i].answeredAt = facts[i].createdAt;
    }
    const QJsonObject r = ReportBuilder::figures({ &facts[0], &facts[1], &facts[2], &facts[3] }, 20);
    EXPECT_DOUBLE_EQ(r.value(QStringLiteral("abandonRate")).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(r.value(QStringLiteral("serviceLevel")).toDouble(), 0.5);
}

TEST(Report, ReopenedContactIsHandledForItsHandlingsAndNotFirstContactResolved)
{
    Fact f;
    f.createdAt = at("2026-03-02T09:00:00Z");
    f.answeredAt = at("2026-03-02T09:05:00Z");
    f.closedAt = at("2026-03-04T10:20:00Z");
    f.closed = true;
    f.outcome = QStringLiteral("resolved");
    f.handledMs = 20 * 60 * 1000; // two handlings of ten minutes
    f.reopened = true;
    const QJsonObject r = ReportBuilder::figures({ &f }, 20);
    EXPECT_DOUBLE_EQ(r.value(QStringLiteral("ahtSec")).toDouble(), 1200.0);
    EXPECT_DOUBLE_EQ(r.value(QStringLiteral("fcrRate")).toDouble(-1), 0.0);
}

TEST(Report, ForwardedContactLeftWaitingIsAnsweredNotAbandoned)
{
    Fact f;
    f.createdAt = at("2026-03-02T09:00:00Z");
    f.answeredAt = at("2026-03-02T09:00:10Z");
    f.closedAt = at("2026-03-02T09:08:00Z");
    f.closed = true;
    f.forwarded = true;
    f.abandoned = true;
    f.handledMs = 170 * 1000;
    const QJsonObject r = ReportBuilder::figures({ &f }, 20);
    EXPECT_EQ(r.value(QStringLiteral("answered")).toInt(), 1);
    EXPECT_EQ(r.value(QStringLiteral("abandoned")).toInt(), 0);
    EXPECT_EQ(r.value(QStringLiteral("handled")).toInt(), 1);
    EXPECT_DOUBLE_EQ(r.value(QStringLiteral("serviceLevel")).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(r.value(QStringLiteral("ahtSec")).toDouble(), 170.0);
}
