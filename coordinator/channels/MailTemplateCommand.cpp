#include "coordinator/channels/MailTemplateCommand.h"

#include "coordinator/auth/AuditCommand.h"
#include "coordinator/auth/AuditLog.h"
#include "coordinator/server/CommandLine.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>

#include <functional>
#include <optional>

namespace spocs {
namespace {

using cli::fail;
using cli::kFailed;
using cli::kOk;

// Makes a change to one template together with its audit row, in one transaction.
using Commit = std::function<Result<void>(const std::function<Result<void>()> &change)>;

constexpr qsizetype kMaxBodyChars = 4000;
// The fallback of every other language: MailSender falls back to it, so it must exist.
constexpr auto kFallbackLanguage = u"en";

const QStringList &kinds()
{
    static const QStringList list { QStringLiteral("greeting"), QStringLiteral("signature"),
                                    QStringLiteral("acknowledgement") };
    return list;
}

const QStringList &placeholders()
{
    static const QStringList list { QStringLiteral("{name}"), QStringLiteral("{agent}"), QStringLiteral("{hours}") };
    return list;
}

constexpr char kUsageText[]
    = "usage: spocs-coordinator mail-template list\n"
      "       spocs-coordinator mail-template set LANGUAGE greeting|signature|acknowledgement [--file FILE]\n"
      "       spocs-coordinator mail-template reset LANGUAGE greeting|signature|acknowledgement\n"
      "LANGUAGE is 2 to 8 letters or hyphens (de, pt-BR). Without --file the body is read from standard\n"
      "input (UTF-8, at most 4000 characters). Placeholders: {name} {agent} {hours}.\n";

int usage(QTextStream &err, const QString &problem = {})
{
    return cli::usage(err, kUsageText, problem);
}

// LANGUAGE and KIND, checked; a usage problem otherwise.
QString checkTarget(const QString &language, const QString &kind)
{
    static const QRegularExpression languagePattern(QStringLiteral("^[A-Za-z][A-Za-z-]{0,6}[A-Za-z]$"));
    if (!languagePattern.match(language).hasMatch())
        return QStringLiteral("language %1 is not 2 to 8 letters or hyphens (e.g. de, pt-BR)").arg(language);
    if (!kinds().contains(kind))
        return QStringLiteral("unknown kind %1 (greeting, signature or acknowledgement)").arg(kind);
    return {};
}

// Every {...} that MailSender would leave unreplaced in the customer's mail.
QStringList unknownPlaceholders(const QString &body)
{
    static const QRegularExpression braces(QStringLiteral("\\{[^{}]*\\}"));
    QStringList unknown;
    for (auto it = braces.globalMatch(body); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!placeholders().contains(found) && !unknown.contains(found))
            unknown.append(found);
    }
    return unknown;
}

int listCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty())
        return usage(err, QStringLiteral("mail-template list takes no arguments"));
    QSqlQuery q = db.prepare(QStringLiteral("SELECT language, kind, body FROM mail_templates ORDER BY language, kind"));
    if (!q.exec())
        return fail(err, sqlError(q, "mail templates").message);
    while (q.next()) {
        out << "== " << q.value(0).toString() << " " << q.value(1).toString() << "\n"
            << q.value(2).toString() << "\n\n";
    }
    out.flush();
    return kOk;
}

// The body from the file or standard input; nullopt (message on err) when it cannot be read.
std::optional<QString> readBody(const cli::Options &parsed, QTextStream &in, QTextStream &err)
{
    if (!parsed.has(QStringLiteral("file")))
        return in.readAll();
    const QString path = parsed.value(QStringLiteral("file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(err, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString body = utf8(file.readAll());
    if (utf8.hasError()) {
        fail(err, QStringLiteral("%1 is not UTF-8").arg(path));
        return std::nullopt;
    }
    return body;
}

const QStringList kValuedOptions { QStringLiteral("file") };

// "mail-template set de greeting" is about mail_template:de/greeting; nothing for a list or a
// command without LANGUAGE and KIND.
QString templateSubject(const QStringList &args)
{
    if (args.isEmpty() || (args.first() != u"set" && args.first() != u"reset"))
        return {};
    const cli::Options parsed = cli::parseOptions(args.mid(1), kValuedOptions);
    if (!parsed.problem.isEmpty() || parsed.positional.size() != 2)
        return {};
    return QStringLiteral("mail_template:%1/%2").arg(parsed.positional.at(0), parsed.positional.at(1));
}

int setCommand(const QStringList &args, Database &db, const Commit &commit, QTextStream &in, QTextStream &out,
               QTextStream &err)
{
    const cli::Options parsed = cli::parseOptions(args, kValuedOptions);
    if (!parsed.problem.isEmpty())
        return usage(err, parsed.problem);
    if (parsed.positional.size() != 2)
        return usage(err, QStringLiteral("mail-template set needs LANGUAGE and KIND"));
    const QString &language = parsed.positional.at(0);
    const QString &kind = parsed.positional.at(1);
    if (const QString problem = checkTarget(language, kind); !problem.isEmpty())
        return usage(err, problem);
    auto read = readBody(parsed, in, err);
    if (!read)
        return kFailed;
    // A file's final newline is not part of the template (it would become an empty line).
    QString body = *read;
    while (body.endsWith(u'\n') || body.endsWith(u'\r'))
        body.chop(1);
    if (body.trimmed().isEmpty())
        return usage(err, QStringLiteral("the template body is empty"));
    if (body.size() > kMaxBodyChars)
        return usage(err,
                     QStringLiteral("the template body has %1 characters; at most %2 are allowed")
                         .arg(body.size())
                         .arg(kMaxBodyChars));
    if (const QStringList unknown = unknownPlaceholders(body); !unknown.isEmpty())
        return usage(
            err,
            QStringLiteral("unknown placeholder(s) %1; known: %2").arg(unknown.join(u' '), placeholders().join(u' ')));

    const auto written = commit([&]() -> Result<void> {
        SPOCS_TRY(db.query(QStringLiteral("INSERT INTO mail_templates (language, kind, body) VALUES (?, ?, ?) "
                                          "ON CONFLICT (language, kind) DO UPDATE SET body = excluded.body"),
                           { language, kind, body }, "mail template"));
        return {};
    });
    if (!written)
        return fail(err, written.error().message);
    out << "mail template " << language << " " << kind << " set (" << body.size() << " characters)\n";
    out.flush();
    return kOk;
}

int resetCommand(const QStringList &args, Database &db, const Commit &commit, QTextStream &out, QTextStream &err)
{
    if (args.size() != 2)
        return usage(err, QStringLiteral("mail-template reset needs LANGUAGE and KIND"));
    const QString &language = args.at(0);
    const QString &kind = args.at(1);
    if (const QString problem = checkTarget(language, kind); !problem.isEmpty())
        return usage(err, problem);
    if (language == kFallbackLanguage)
        return fail(err,
                    QStringLiteral("the English templates are the fallback of every language and cannot be "
                                   "deleted; change them with mail-template set en %1")
                        .arg(kind));
    const auto written = commit([&]() -> Result<void> {
        SPOCS_TRY_ASSIGN(QSqlQuery q,
                         db.query(QStringLiteral("DELETE FROM mail_templates WHERE language = ? AND kind = ?"),
                                  { language, kind }, "mail template"));
        // Nothing deleted is a failure, audited as one, not a change.
        if (q.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no mail template %1 %2").arg(language, kind));
        return {};
    });
    if (!written)
        return fail(err, written.error().message);
    out << "mail template " << language << " " << kind << " deleted; the English one is used instead\n";
    out.flush();
    return kOk;
}

} // namespace

namespace {

int dispatch(const QStringList &args, Database &db, const Commit &commit, QTextStream &in, QTextStream &out,
             QTextStream &err)
{
    if (args.isEmpty())
        return usage(err);
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == u"list")
        return listCommand(rest, db, out, err);
    if (command == u"set")
        return setCommand(rest, db, commit, in, out, err);
    if (command == u"reset")
        return resetCommand(rest, db, commit, out, err);
    return usage(err, QStringLiteral("unknown mail-template command %1").arg(command));
}

} // namespace

int runMailTemplateCommand(const QStringList &args, Database &db, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const QStringList commandLine = QStringList { QStringLiteral("mail-template") } + args;
    const QString subject = templateSubject(args);
    // A change and its audit row commit together: a database that refuses the row refuses the
    // change, and nothing is changed that the audit log does not show.
    bool audited = false;
    const Commit commit = [&](const std::function<Result<void>()> &change) -> Result<void> {
        auto r = db.write([&]() -> Result<void> {
            SPOCS_TRY(change());
            return AuditLog(db).recordNow(adminCommandEntry(commandLine, subject, kOk));
        });
        audited = bool(r);
        return r;
    };
    const int rc = dispatch(args, db, commit, in, out, err);
    if (!audited) {
        // Nothing changed (a list, a refusal, a failure): recorded afterwards.
        if (const auto r = AuditLog(db).recordNow(adminCommandEntry(commandLine, subject, rc)); !r)
            qCWarning(lcAudit) << "could not audit an admin command";
    }
    return rc;
}

} // namespace spocs
