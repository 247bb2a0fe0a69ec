#include "coordinator/visitors/SurveyLinks.h"

#include "coordinator/auth/PasswordHasher.h"
#include "coordinator/channels/InboundMail.h"
#include "coordinator/channels/MailSender.h"
#include "coordinator/leads/SurveyRecording.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace spocs {
namespace {

struct Recipient
{
    QString name;
    QString language;
    QString address;
};

Result<std::optional<Recipient>> recipientOf(Database &db, qint64 contactId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        db.query(QStringLiteral(
                     "SELECT c.name, c.language, e.email FROM contacts k JOIN customers c ON c.id = k.customer_id "
                     "JOIN customer_emails e ON e.customer_id = c.id WHERE k.id = ? ORDER BY e.position, e.id LIMIT 1"),
                 { contactId }, "survey recipient"));
    if (!q.next())
        return std::optional<Recipient>();
    return std::optional<Recipient>(Recipient { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
}

// Whether the contact's newest e-mail came from a robot (an auto-reply, a bounce, a list): a
// survey to it would only be answered by another robot, as a new contact.
Result<bool> lastMailFromRobot(Database &db, qint64 contactId)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     db.query(QStringLiteral("SELECT headers, from_address FROM contact_messages WHERE contact_id = ? "
                                             "AND channel = 'email' AND direction = 'in' ORDER BY id DESC LIMIT 1"),
                              { contactId }, "survey sender"));
    return q.next() && InboundMail::isAutomated(q.value(0).toString(), q.value(1).toString());
}

// "Anna Berger" -> "Anna B.": enough for the customer to remember, no more.
QString shortName(const QString &displayName)
{
    const QStringList words = displayName.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return displayName;
    return words.first() + u' ' + words.last().front() + u'.';
}

QString mailText(const Recipient &to, const QString &link)
{
    if (to.language == u"de")
        return QStringLiteral(
                   "Guten Tag %1,\n\nvielen Dank für Ihre Anfrage. Wie zufrieden waren Sie mit unserer Hilfe? "
                   "Ein Klick genügt:\n\n%2\n\nDer Link gilt einmal und %3 Tage lang.\n")
            .arg(to.name, link)
            .arg(SurveyLinks::kValidDays);
    return QStringLiteral("Dear %1,\n\nthank you for contacting us. How did we do? One click is enough:\n\n%2\n\n"
                          "The link works once and for %3 days.\n")
        .arg(to.name, link)
        .arg(SurveyLinks::kValidDays);
}

} // namespace

SurveyLinks::SurveyLinks(CoordinatorServer &server, MailSender *sender, std::function<QString()> publicUrl,
                         QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_sender(sender)
    , m_publicUrl(std::move(publicUrl))
{ }

Result<std::optional<QString>> SurveyLinks::issue(qint64 contactId)
{
    const QString token = PasswordHasher::newToken();
    const QDateTime now = m_server.db().now();
    QSqlQuery q = m_server.db().prepare(QStringLiteral(
        "INSERT OR IGNORE INTO survey_tokens (token_hash, contact_id, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    if (!execWith(q,
                  { PasswordHasher::tokenHash(token), contactId, now.toString(Qt::ISODateWithMs),
                    now.addDays(kValidDays).toString(Qt::ISODateWithMs) }))
        return sqlError(q, "survey token");
    if (q.numRowsAffected() == 0)
        return std::optional<QString>(); // this contact's link went out before
    return std::optional<QString>(token);
}

void SurveyLinks::contactClosed(const QJsonObject &contact)
{
    const QString channel = contact.value(QStringLiteral("channel")).toString();
    if (!m_sender || !m_sender->isConfigured() || (channel != u"email" && channel != u"phone")
        || contact.value(QStringLiteral("abandoned")).toBool() || contact.value(QStringLiteral("survey")).isObject())
        return;
    const qint64 contactId = contact.value(QStringLiteral("id")).toInteger();
    std::optional<OutgoingMail> mail;
    const auto r = m_server.transact([&]() -> Result<void> {
        SPOCS_TRY_LET(to, recipientOf(m_server.db(), contactId));
        if (!*to)
            return {}; // a caller without an address gets no survey
        SPOCS_TRY_LET(robot, lastMailFromRobot(m_server.db(), contactId));
        if (*robot)
            return {};
        SPOCS_TRY_LET(token, issue(contactId));
        if (!*token)
            return {};
        const QString link = m_publicUrl() + QStringLiteral("/survey?t=") + **token;
        OutgoingMail m;
        m.fromAddress = m_server.config().mail.fromAddress;
        m.fromName = m_server.config().mail.fromName;
        m.toAddress = (*to)->address;
        m.toName = (*to)->name;
        m.subject
            = (*to)->language == u"de" ? QStringLiteral("Wie zufrieden waren Sie?") : QStringLiteral("How did we do?");
        m.messageId
            = QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + m.fromAddress.section(u'@', 1).trimmed();
        m.text = mailText(**to, link);
        m.origin = OutgoingMail::Origin::AutoGenerated;
        mail = m;
        return {};
    });
    if (!r) {
        qCWarning(lcServer) << "could not issue the survey of contact" << contactId << ":" << r.error().message;
        return;
    }
    if (!mail)
        return;
    // The token is durable before its link leaves: a link to a token the commit took back is dead.
    if (const auto committed = m_server.commitGroup(); !committed) {
        qCWarning(lcServer) << "the survey link of contact" << contactId << "was not saved; no survey goes out";
        return;
    }
    m_sender->send(*mail);
}

Result<SurveyLinks::Link> SurveyLinks::link(const QString &token)
{
    const Error unknown = makeError(ErrorCode::NotFound, QStringLiteral("no such survey"),
                                    QJsonObject { { QStringLiteral("field"), QStringLiteral("token") } });
    if (token.isEmpty() || token.size() > 128)
        return unknown;
    QSqlQuery q = m_server.db().prepare(
        QStringLiteral("SELECT contact_id, expires_at, used_at FROM survey_tokens WHERE token_hash = ?"));
    if (!execWith(q, { PasswordHasher::tokenHash(token) }))
        return sqlError(q, "survey token");
    if (!q.next() || QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs) <= m_server.db().now())
        return unknown;
    return Link { q.value(0).toLongLong(), !q.value(2).isNull() };
}

Result<int> SurveyLinks::pruneExpired(const QDateTime &now)
{
    QSqlQuery q = m_server.db().prepare(QStringLiteral("DELETE FROM survey_tokens WHERE expires_at <= ?"));
    if (!execWith(q, { now.toString(Qt::ISODateWithMs) }))
        return sqlError(q, "prune survey links");
    return q.numRowsAffected();
}

Result<QJsonObject> SurveyLinks::describe(const QString &token)
{
    SPOCS_TRY_LET(found, link(token));
    QSqlQuery q = m_server.db().prepare(
        QStringLiteral("SELECT k.channel, u.display_name, COALESCE(k.closed_at, k.created_at), "
                       "EXISTS (SELECT 1 FROM surveys s WHERE s.contact_id = k.id) FROM contacts k "
                       "LEFT JOIN users u ON u.id = k.owner_user_id WHERE k.id = ?"));
    if (!execWith(q, { found->contactId }) || !q.next())
        return sqlError(q, "survey contact");
    return QJsonObject { { QStringLiteral("channel"), q.value(0).toString() },
                         { QStringLiteral("agent"), shortName(q.value(1).toString()) },
                         { QStringLiteral("date"), q.value(2).toString() },
                         { QStringLiteral("answered"), found->used || q.value(3).toBool() } };
}

Result<void> SurveyLinks::answer(const QString &token, int score, const QString &comment)
{
    SPOCS_TRY_LET(found, link(token));
    if (found->used)
        return makeError(ErrorCode::InvalidState, QStringLiteral("this survey has been answered"));
    QSqlQuery use = m_server.db().prepare(
        QStringLiteral("UPDATE survey_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"));
    if (!execWith(use, { m_server.db().nowStamp(), PasswordHasher::tokenHash(token) }))
        return sqlError(use, "use survey token");
    auto recorded = recordSurvey(m_server, found->contactId, score, std::nullopt, comment);
    if (!recorded) {
        if (recorded.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::InvalidState, QStringLiteral("this survey has been answered"));
        return recorded.error();
    }
    return {};
}

} // namespace spocs
