// The lead's alerts read in the desktop's language: the coordinator sends each alert's kind and
// figures, the model says them in a sentence (English here, German with the German translation).
#include "models/LeadSnapshotModels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QJsonObject person(qint64 id, const QString &login, const QString &name)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("login"), login }, { QStringLiteral("name"), name } };
}

// One alert of each kind, as lead.snapshot and alert.raised carry them.
QJsonObject serviceLevel()
{
    return { { QStringLiteral("key"), QStringLiteral("service_level:general") },
             { QStringLiteral("kind"), QStringLiteral("service_level") },
             { QStringLiteral("severity"), QStringLiteral("warning") },
             { QStringLiteral("message"), QStringLiteral("General: service level today 62 % (target 80 %)") },
             { QStringLiteral("queue"), QStringLiteral("general") },
             { QStringLiteral("level"), 0.6154 },
             { QStringLiteral("target"), 0.8 } };
}

QJsonObject longContact()
{
    return { { QStringLiteral("key"), QStringLiteral("long_contact:7") },
             { QStringLiteral("kind"), QStringLiteral("long_contact") },
             { QStringLiteral("severity"), QStringLiteral("critical") },
             { QStringLiteral("message"), QStringLiteral("Contact with Anna Schmidt runs 25 min (usually 8 min)") },
             { QStringLiteral("queue"), QStringLiteral("general") },
             { QStringLiteral("contact"), 7 },
             { QStringLiteral("user"), person(10, QStringLiteral("agent10"), QStringLiteral("Maria Lopez")) },
             { QStringLiteral("customerName"), QStringLiteral("Anna Schmidt") },
             { QStringLiteral("minutes"), 25 },
             { QStringLiteral("usualMinutes"), 8 } };
}

QJsonObject afterContactWork(int minutes)
{
    return { { QStringLiteral("key"), QStringLiteral("after_contact_work:10") },
             { QStringLiteral("kind"), QStringLiteral("after_contact_work") },
             { QStringLiteral("severity"), QStringLiteral("warning") },
             { QStringLiteral("message"), QStringLiteral("Maria Lopez in after-contact work for %1 min").arg(minutes) },
             { QStringLiteral("user"), person(10, QStringLiteral("agent10"), QStringLiteral("Maria Lopez")) },
             { QStringLiteral("minutes"), minutes } };
}

QJsonObject followUp(bool overdue)
{
    QJsonObject a { { QStringLiteral("key"),
                      overdue ? QStringLiteral("follow_up_overdue:42") : QStringLiteral("follow_up_due_soon:42") },
                    { QStringLiteral("kind"),
                      overdue ? QStringLiteral("follow_up_overdue") : QStringLiteral("follow_up_due_soon") },
                    { QStringLiteral("severity"), QStringLiteral("warning") },
                    { QStringLiteral("message"),
                      overdue ? QStringLiteral("Follow-up of contact 42 is overdue")
                              : QStringLiteral("Follow-up of contact 42 is due within 15 min") },
                    { QStringLiteral("contact"), 42 },
                    { QStringLiteral("user"), person(11, QStringLiteral("agent11"), QStringLiteral("Jonas Berg")) } };
    if (!overdue)
        a.insert(QStringLiteral("minutes"), 15);
    return a;
}

QJsonObject longWait(int waiting)
{
    return { { QStringLiteral("key"), QStringLiteral("long_wait:general") },
             { QStringLiteral("kind"), QStringLiteral("long_wait") },
             { QStringLiteral("severity"), QStringLiteral("warning") },
             { QStringLiteral("message"),
               QStringLiteral("General: a contact has waited 95 s (%1 waiting)").arg(waiting) },
             { QStringLiteral("queue"), QStringLiteral("general") },
             { QStringLiteral("seconds"), 95 },
             { QStringLiteral("waiting"), waiting } };
}

QJsonObject moreFollowUps(int count)
{
    return { { QStringLiteral("key"), QStringLiteral("follow_up_overdue_more") },
             { QStringLiteral("kind"), QStringLiteral("follow_up_overdue_more") },
             { QStringLiteral("severity"), QStringLiteral("critical") },
             { QStringLiteral("message"), QStringLiteral("%1 more follow-ups are overdue").arg(count) },
             { QStringLiteral("count"), count } };
}

QJsonObject unknownKind()
{
    return { { QStringLiteral("key"), QStringLiteral("queue_closed:general") },
             { QStringLiteral("kind"), QStringLiteral("queue_closed") },
             { QStringLiteral("severity"), QStringLiteral("warning") },
             { QStringLiteral("message"), QStringLiteral("General is closed") } };
}

AlertListModel *modelWithQueueNames(QObject *parent)
{
    auto *model = new AlertListModel(parent);
    model->setQueueLabels({ { QStringLiteral("general"), QStringLiteral("General") } });
    return model;
}

} // namespace

TEST(AlertText, EachKindReadsInEnglish)
{
    QObject owner;
    AlertListModel *model = modelWithQueueNames(&owner);
    EXPECT_EQ(model->text(serviceLevel()), QStringLiteral("General: service level today 62 % (target 80 %)"));
    EXPECT_EQ(model->text(longContact()), QStringLiteral("Contact with Anna Schmidt runs 25 min (usually 8 min)"));
    EXPECT_EQ(model->text(afterContactWork(1)), QStringLiteral("Maria Lopez in after-contact work for 1 min"));
    EXPECT_EQ(model->text(afterContactWork(3)), QStringLiteral("Maria Lopez in after-contact work for 3 min"));
    EXPECT_EQ(model->text(followUp(false)), QStringLiteral("Follow-up of contact 42 is due within 15 min"));
    EXPECT_EQ(model->text(followUp(true)), QStringLiteral("Follow-up of contact 42 is overdue"));
    EXPECT_EQ(model->text(longWait(1)), QStringLiteral("General: a contact has waited 1:35 (1 waiting)"));
    EXPECT_EQ(model->text(longWait(4)), QStringLiteral("General: a contact has waited 1:35 (4 waiting)"));
    EXPECT_EQ(model->text(moreFollowUps(1)), QStringLiteral("1 more follow-up is overdue"));
    EXPECT_EQ(model->text(moreFollowUps(12)), QStringLiteral("12 more follow-ups are overdue"));
    // A kind this desktop does not know, and an alert without the figures: the coordinator's message.
    EXPECT_EQ(model->text(unknownKind()), QStringLiteral("General is closed"));
    QJsonObject bare = serviceLevel();
    bare.remove(QStringLiteral("level"));
    bare.insert(QStringLiteral("message"), QStringLiteral("Older coordinator's text"));
    EXPECT_EQ(model->text(bare), QStringLiteral("Older coordinator's text"));

    // The list shows the same, and the queue's name once the snapshot names it.
    model->setAlerts(QJsonArray { serviceLevel() });
    EXPECT_EQ(model->data(model->index(0), Qt::DisplayRole).toString(), model->text(serviceLevel()));
    model->setQueueLabels({ { QStringLiteral("general"), QStringLiteral("General enquiries") } });
    EXPECT_EQ(model->data(model->index(0), Qt::DisplayRole).toString(),
              QStringLiteral("General enquiries: service level today 62 % (target 80 %)"));
}

TEST(AlertText, EachKindReadsInGerman)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("spocs_de"), QStringLiteral(SPOCS_TRANSLATIONS_DIR)));
    QCoreApplication::installTranslator(&german);
    QObject owner;
    AlertListModel *model = modelWithQueueNames(&owner);
    EXPECT_EQ(model->text(serviceLevel()), QStringLiteral("General: Servicelevel heute 62 % (Ziel 80 %)"));
    EXPECT_EQ(model->text(longContact()), QStringLiteral("Kontakt mit Anna Schmidt läuft seit 25 min (üblich 8 min)"));
    EXPECT_EQ(model->text(afterContactWork(3)), QStringLiteral("Maria Lopez seit 3 min in der Nachbearbeitung"));
    EXPECT_EQ(model->text(followUp(false)), QStringLiteral("Wiedervorlage von Kontakt 42 in 15 min fällig"));
    EXPECT_EQ(model->text(followUp(true)), QStringLiteral("Wiedervorlage von Kontakt 42 überfällig"));
    EXPECT_EQ(model->text(longWait(1)), QStringLiteral("General: ein Kontakt wartet seit 1:35 (1 wartet)"));
    EXPECT_EQ(model->text(longWait(4)), QStringLiteral("General: ein Kontakt wartet seit 1:35 (4 warten)"));
    EXPECT_EQ(model->text(moreFollowUps(1)), QStringLiteral("1 weitere Wiedervorlage überfällig"));
    EXPECT_EQ(model->text(moreFollowUps(12)), QStringLiteral("12 weitere Wiedervorlagen überfällig"));
    EXPECT_EQ(model->text(unknownKind()), QStringLiteral("General is closed"));
    QCoreApplication::removeTranslator(&german);
}
