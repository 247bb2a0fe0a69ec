#include "coordinator/channels/MailIntake.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/storage/Database.h"
#include "coordinator/visitors/SurveyLinks.h"
#include "coordinator/visitors/VisitorContext.h"
#include "coordinator/visitors/VisitorOps.h"
#include "coordinator/visitors/VisitorSession.h"
#include "coordinator/visitors/WebSettings.h"
#include "core/Args.h"
#include "core/Protocol.h"
#include "core/Try.h"

#include <QRegularExpression>
#include <QUuid>

// What a visitor does without an agent: leave a message when nobody can chat, answer a survey.
namespace spocs {
namespace {

constexpr int kMaxComment = 1000;
constexpr int kMaxCid = 64;
constexpr int kMaxToken = 128;

Result<QJsonObject> leave(VisitorContext &c, VisitorSession *session, Args &args)
{
    // The widget's id for this message: sent again after a dropped connection, it is the same
    // message, not a second contact.
    const QString cid = args.optString(QStringLiteral("cid"), {}, kMaxCid);
    if (!args.ok())
        return args.error();
    static const QRegularExpression cidShape(QStringLiteral("^[A-Za-z0-9-]*$"));
    if (!cidShape.match(cid).hasMatch())
        return badField(QStringLiteral("cid"), QStringLiteral("cid is letters, digits and dashes"));
    SPOCS_TRY_LET(form, c.readForm(args, true));
    const auto &[name, email, topic, text] = *form;
    // The offline form is an e-mail the web wrote: it becomes an e-mail contact exactly as mail
    // intake makes one (customer by address or a new prospect, queued on the topic's queue).
    InboundMail mail;
    // "@web.spocs" marks the contact's identity as typed on the website (ContactStore reads it).
    mail.messageId = (cid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                    : QStringLiteral("leave-%1-%2").arg(session->visitorId).arg(cid))
        + QStringLiteral("@web.spocs");
    SPOCS_TRY_LET(stored, c.messages.contactOfSource(QStringLiteral("web:<%1>").arg(mail.messageId)));
    if (*stored)
        return QJsonObject { { QStringLiteral("contact"), **stored } };
    SPOCS_TRY(c.withinHourlyLimit(session, QStringLiteral("message"), c.settings.messagesLeftPerHour));
    mail.fromAddress = email.toLower();
    mail.fromName = name;
    mail.subject = topic.name;
    mail.date = c.server.db().now();
    mail.text = text;
    SPOCS_TRY_LET(ingested, c.offline->ingest(QStringLiteral("web"), topic.queue, mail));
    auto recorded = c.write([&]() -> Result<QJsonObject> {
        SPOCS_TRY(c.recordAction(session, QStringLiteral("message"), ingested->contactId));
        return QJsonObject { { QStringLiteral("contact"), ingested->contactId } };
    });
    return recorded;
}

Result<QJsonObject> surveyGet(VisitorContext &c, VisitorSession *, Args &args)
{
    const QString token = args.string(QStringLiteral("token"), kMaxToken);
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(survey, c.surveys->describe(token));
    return QJsonObject { { QStringLiteral("survey"), *survey } };
}

Result<QJsonObject> surveyAnswer(VisitorContext &c, VisitorSession *, Args &args)
{
    const QString token = args.string(QStringLiteral("token"), kMaxToken);
    const int score = int(args.integer(QStringLiteral("score"), 1, 5));
    const QString comment = args.optString(QStringLiteral("comment"), {}, kMaxComment).trimmed();
    if (!args.ok())
        return args.error();
    return c.write([&]() -> Result<QJsonObject> {
        SPOCS_TRY(c.surveys->answer(token, score, comment));
        return QJsonObject {};
    });
}

} // namespace

void registerOfflineOps(VisitorOpTable &table)
{
    table.insert(QString::fromUtf16(visitorop::MessageLeave), leave);
    table.insert(QString::fromUtf16(visitorop::SurveyGet), surveyGet);
    table.insert(QString::fromUtf16(visitorop::SurveyAnswer), surveyAnswer);
}

} // namespace spocs
