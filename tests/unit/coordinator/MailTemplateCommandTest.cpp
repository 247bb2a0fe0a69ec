#include "AdminCommandRun.h"
#include "TestDatabase.h"

#include "coordinator/auth/AuditCommand.h"
#include "coordinator/channels/MailTemplateCommand.h"

#include <QFile>

using namespace spocs;
using namespace spocs::test;

namespace {

CommandResult run(Database &db, const QStringList &args, const QString &input = {})
{
    return runAdminCommand(runMailTemplateCommand, db, args, input);
}

// The body MailSender reads for a customer of `language` (its query: the language, else English).
QString bodyFor(Database &db, const QString &language, const QString &kind)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT body FROM mail_templates WHERE kind = ? AND language IN (?, 'en') "
                                            "ORDER BY language = 'en' LIMIT 1"));
    EXPECT_TRUE(execWith(q, { kind, language }) && q.next());
    return q.value(0).toString();
}

QString allTemplates(TempDatabase &db)
{
    QSqlQuery q = db->prepare(
        QStringLiteral("SELECT group_concat(language || '/' || kind || '=' || body, '|') FROM mail_templates"));
    EXPECT_TRUE(q.exec() && q.next());
    return q.value(0).toString();
}

} // namespace

TEST(MailTemplateCommand, SetFromStandardInputThenListShowsIt)
{
    TempDatabase db;
    const auto set = run(*db, { QStringLiteral("set"), QStringLiteral("pt-BR"), QStringLiteral("greeting") },
                         QStringLiteral("Olá {name},\n"));
    ASSERT_EQ(set.code, 0) << set.err.toStdString();

    const auto list = run(*db, { QStringLiteral("list") });
    ASSERT_EQ(list.code, 0);
    EXPECT_TRUE(list.out.contains(QStringLiteral("== pt-BR greeting\nOlá {name},\n")));
    // The seeded rows are listed too, each with its body.
    EXPECT_TRUE(list.out.contains(QStringLiteral("== en signature\nKind regards,\n{agent}\n")));
    // A Brazilian customer's reply now opens with it; everything else still falls back to English.
    EXPECT_EQ(bodyFor(*db, QStringLiteral("pt-BR"), QStringLiteral("greeting")), QStringLiteral("Olá {name},"));
    EXPECT_EQ(bodyFor(*db, QStringLiteral("pt-BR"), QStringLiteral("signature")),
              QStringLiteral("Kind regards,\n{agent}"));
}

TEST(MailTemplateCommand, SetFromFileReplacesTheExistingBody)
{
    TempDatabase db;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("signature.txt"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Mit freundlichen Grüßen\n{agent}\nWir antworten binnen {hours} Stunden.\n").toUtf8());
    }
    const auto set = run(
        *db,
        { QStringLiteral("set"), QStringLiteral("de"), QStringLiteral("signature"), QStringLiteral("--file"), file });
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_EQ(bodyFor(*db, QStringLiteral("de"), QStringLiteral("signature")),
              QStringLiteral("Mit freundlichen Grüßen\n{agent}\nWir antworten binnen {hours} Stunden."));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM mail_templates WHERE language = 'de'")), 3);

    const auto missing = run(*db,
                             { QStringLiteral("set"), QStringLiteral("de"), QStringLiteral("signature"),
                               QStringLiteral("--file=") + dir.filePath(QStringLiteral("nope")) });
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("cannot read")));
}

TEST(MailTemplateCommand, BadInputIsAUsageErrorAndChangesNothing)
{
    TempDatabase db;
    const QString before = allTemplates(db);
    const QString set = QStringLiteral("set");
    struct Case
    {
        QStringList args;
        QString input;
        QString mentions;
    };
    const QList<Case> cases {
        { { set, QStringLiteral("de"), QStringLiteral("farewell") },
          QStringLiteral("Tschüss"),
          QStringLiteral("farewell") },
        { { set, QStringLiteral("d"), QStringLiteral("greeting") }, QStringLiteral("Hallo"), QStringLiteral("d ") },
        { { set, QStringLiteral("de_DE"), QStringLiteral("greeting") },
          QStringLiteral("Hallo"),
          QStringLiteral("de_DE") },
        { { set, QStringLiteral("de"), QStringLiteral("greeting") },
          QStringLiteral("Hallo {nmae} {customer},"),
          QStringLiteral("{nmae} {customer}") },
        { { set, QStringLiteral("de"), QStringLiteral("greeting") }, QStringLiteral(" \n\n"), QStringLiteral("empty") },
        { { set, QStringLiteral("de"), QStringLiteral("greeting") }, QString(4001, u'x'), QStringLiteral("4001") },
        { { set, QStringLiteral("de") }, QStringLiteral("Hallo"), QStringLiteral("LANGUAGE and KIND") },
        { { set, QStringLiteral("de"), QStringLiteral("greeting"), QStringLiteral("--colour") },
          QStringLiteral("Hallo"),
          QStringLiteral("--colour") },
        { { QStringLiteral("list"), QStringLiteral("de") }, {}, QStringLiteral("no arguments") },
        { { QStringLiteral("reset"), QStringLiteral("de"), QStringLiteral("farewell") },
          {},
          QStringLiteral("farewell") },
        { { QStringLiteral("edit") }, {}, QStringLiteral("edit") },
        { {}, {}, QStringLiteral("usage:") },
    };
    for (const Case &c : cases) {
        const auto r = run(*db, c.args, c.input);
        EXPECT_EQ(r.code, 2) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("usage:"))) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(c.mentions)) << r.err.toStdString();
    }
    EXPECT_EQ(allTemplates(db), before);
}

TEST(MailTemplateCommand, ResetDeletesALanguageButNeverEnglish)
{
    TempDatabase db;
    const auto english = run(*db, { QStringLiteral("reset"), QStringLiteral("en"), QStringLiteral("greeting") });
    EXPECT_EQ(english.code, 1);
    EXPECT_TRUE(english.err.contains(QStringLiteral("English")));
    EXPECT_EQ(bodyFor(*db, QStringLiteral("en"), QStringLiteral("greeting")), QStringLiteral("Dear {name},"));

    const auto german = run(*db, { QStringLiteral("reset"), QStringLiteral("de"), QStringLiteral("greeting") });
    ASSERT_EQ(german.code, 0) << german.err.toStdString();
    // A German customer is greeted in English now; the other German templates stay.
    EXPECT_EQ(bodyFor(*db, QStringLiteral("de"), QStringLiteral("greeting")), QStringLiteral("Dear {name},"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM mail_templates WHERE language = 'de'")), 2);

    const auto again = run(*db, { QStringLiteral("reset"), QStringLiteral("de"), QStringLiteral("greeting") });
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("no mail template de greeting")));
}

TEST(MailTemplateCommand, TheAuditLogNamesTheTemplateAnAdminChanged)
{
    TempDatabase db;
    const auto set = run(*db, { QStringLiteral("set"), QStringLiteral("fr"), QStringLiteral("greeting") },
                         QStringLiteral("Bonjour {name},"));
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.mail-template' AND "
                                       "subject = 'mail_template:fr/greeting' AND detail LIKE '%-> exit 0'")),
              1);
    // A failure is audited too, with its exit code.
    const auto missing = run(*db, { QStringLiteral("reset"), QStringLiteral("it"), QStringLiteral("signature") });
    EXPECT_EQ(missing.code, 1);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.mail-template' AND "
                                       "subject = 'mail_template:it/signature' AND detail LIKE '%-> exit 1'")),
              1);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.mail-template'")), 2);
}

TEST(MailTemplateCommand, AChangeTheAuditLogRefusesIsNotMade)
{
    TempDatabase db;
    ASSERT_EQ(run(*db, { QStringLiteral("set"), QStringLiteral("fr"), QStringLiteral("greeting") },
                  QStringLiteral("Bonjour {name},"))
                  .code,
              0);
    const QString before = allTemplates(db);
    // Only the row of a change is refused: the failure's own row afterwards still goes in.
    QSqlQuery trigger
        = db->prepare(QStringLiteral("CREATE TRIGGER refuse_template_change BEFORE INSERT ON audit_log "
                                     "WHEN NEW.action = 'admin.mail-template' AND NEW.detail LIKE '%-> exit 0' "
                                     "BEGIN SELECT RAISE(ABORT, 'audit refused'); END"));
    ASSERT_TRUE(trigger.exec());
    trigger.finish();

    const auto set = run(*db, { QStringLiteral("set"), QStringLiteral("fr"), QStringLiteral("greeting") },
                         QStringLiteral("Salut {name},"));
    EXPECT_EQ(set.code, 1);
    const auto reset = run(*db, { QStringLiteral("reset"), QStringLiteral("fr"), QStringLiteral("greeting") });
    EXPECT_EQ(reset.code, 1);
    EXPECT_EQ(allTemplates(db), before);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.mail-template' AND "
                                       "subject = 'mail_template:fr/greeting' AND detail LIKE '%-> exit 1'")),
              2);
}
