#include "coordinator/channels/MailSender.h"

#include "coordinator/channels/ChannelLog.h"
#include "coordinator/channels/ContactMessageStore.h"
#include "coordinator/channels/CurlTransfer.h"
#include "coordinator/channels/PublicArticles.h"
#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/storage/Database.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace spocs {
namespace {

struct Recipient
{
    QString customerId;
    QString name;
    QString language;
    int expectedResponseHours = 24;
    QString firstAddress;
};

Result<Recipient> recipientOf(Database &db, qint64 contactId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        db.query(QStringLiteral(
                     "SELECT c.public_id, c.name, c.language, c.expected_response_hours, "
                     "(SELECT email FROM customer_emails e WHERE e.customer_id = c.id ORDER BY position, id LIMIT 1) "
                     "FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE k.id = ?"),
                 { contactId }, "reply recipient"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no contact %1").arg(contactId));
    return Recipient { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                       q.value(4).toString() };
}

Result<QString> agentName(Database &db, qint64 userId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        db.query(QStringLiteral("SELECT COALESCE(NULLIF(display_name, ''), login) FROM users WHERE id = ?"), { userId },
                 "agent name"));
    return q.next() ? q.value(0).toString() : QString();
}

// "Re: Re: AW: Where is my order? [#C-1042-7]" -> "Where is my order?"
QString baseSubject(QString subject)
{
    static const QRegularExpression token(QStringLiteral("\\s*\\[#C-\\d+-\\d+\\]"));
    static const QRegularExpression prefix(QStringLiteral("^\\s*((re|aw|fwd?|wg)\\s*:\\s*)+"),
                                           QRegularExpression::CaseInsensitiveOption);
    subject.remove(token);
    subject.remove(prefix);
    return subject.trimmed();
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QStringLiteral("spocs.invalid") : address.mid(at + 1);
}

// The envelope of an answer on this contact: to the address of the customer's last message
// (or their first address), threaded under that message, the contact token in the subject.
OutgoingMail answerEnvelope(const MailSettings &settings, const Recipient &recipient, qint64 contactId,
                            const std::optional<InboundMail> &inbound)
{
    OutgoingMail mail;
    mail.fromAddress = settings.fromAddress;
    mail.fromName = settings.fromName;
    mail.toName = recipient.name;
    mail.toAddress = inbound ? inbound->fromAddress : recipient.firstAddress;
    const QString base = inbound ? baseSubject(inbound->subject) : QString();
    mail.subject = (base.isEmpty() ? QStringLiteral("Your request") : QStringLiteral("Re: ") + base) + u' '
        + ContactMessageStore::contactToken(recipient.customerId, contactId);
    mail.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + domainOf(mail.fromAddress);
    if (inbound && !inbound->messageId.isEmpty()) {
        mail.inReplyTo = inbound->messageId;
        mail.references = inbound->references.mid(std::max<qsizetype>(0, inbound->references.size() - 20));
        mail.references.append(inbound->messageId);
    }
    return mail;
}

} // namespace

MailSender::MailSender(CoordinatorServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_settings(server.config().mail)
    , m_messages(std::make_unique<ContactMessageStore>(server.db()))
    , m_knowledge(std::make_unique<KnowledgeStore>(server.db()))
{
    auto interrupted = m_server.db().write([&]() -> Result<void> {
        SPOCS_TRY_LET(n, m_messages->failInterrupted());
        if (*n > 0)
            qCWarning(lcMail) << *n << "reply(ies) were interrupted by a restart and are marked failed";
        return {};
    });
    if (!interrupted)
        qCWarning(lcMail) << "could not check for interrupted replies:" << interrupted.error().message;
    if (!isConfigured())
        return;
    CurlTransfer::globalInit();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("spocs-smtp"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

MailSender::~MailSender()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

Result<QString> MailSender::templateText(const QString &language, const QString &kind)
{
    QSqlQuery q = m_server.db().prepare(QStringLiteral(
        "SELECT body FROM mail_templates WHERE kind = ? AND language IN (?, 'en') ORDER BY language = 'en' LIMIT 1"));
    if (!execWith(q, { kind, language }))
        return sqlError(q, "mail template");
    return q.next() ? q.value(0).toString() : QString();
}

Result<OutgoingMail> MailSender::prepareReply(const Reply &reply)
{
    if (!isConfigured())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("e-mail sending is not configured ([mail] smtp_server)"));
    SPOCS_TRY_LET(recipient, recipientOf(m_server.db(), reply.contactId));
    SPOCS_TRY_LET(inbound, m_messages->lastInbound(reply.contactId));
    SPOCS_TRY_LET(agent, agentName(m_server.db(), reply.authorUserId));

    OutgoingMail mail = answerEnvelope(m_settings, *recipient, reply.contactId, *inbound);
    if (mail.toAddress.isEmpty())
        return makeError(ErrorCode::InvalidState, QStringLiteral("the customer has no e-mail address"));

    SPOCS_TRY_LET(greeting, templateText(recipient->language, QStringLiteral("greeting")));
    SPOCS_TRY_LET(signature, templateText(recipient->language, QStringLiteral("signature")));
    QStringList parts;
    if (!greeting->isEmpty())
        parts << QString(*greeting).replace(QStringLiteral("{name}"), recipient->name);
    parts << reply.body.trimmed();
    SPOCS_TRY_LET(articles, publicArticleTexts(*m_knowledge, reply.articleIds));
    parts << *articles;
    if (!signature->isEmpty())
        parts << QString(*signature).replace(QStringLiteral("{agent}"), *agent);
    mail.text = parts.join(QStringLiteral("\n\n")) + u'\n';

    SPOCS_TRY_LET(row, m_messages->addOutboundMail(reply.contactId, reply.authorUserId, mail));
    mail.messageRowId = *row;
    SPOCS_TRY(publishMessage(reply.contactId, *row));
    return mail;
}

Result<OutgoingMail> MailSender::prepareRetry(qint64 contactId, qint64 messageRowId)
{
    if (!isConfigured())
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("e-mail sending is not configured ([mail] smtp_server)"));
    SPOCS_TRY_LET(stored, m_messages->stored(messageRowId));
    if (stored->contactId != contactId || stored->direction != u"out")
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no reply %1 on contact %2").arg(messageRowId).arg(contactId));
    if (stored->status != u"failed")
        return makeError(
            ErrorCode::InvalidState,
            QStringLiteral("reply %1 is %2, only a failed reply is retried").arg(messageRowId).arg(stored->status));
    SPOCS_TRY(m_messages->setStatus(messageRowId, QStringLiteral("sending")));
    SPOCS_TRY(publishMessage(contactId, messageRowId));
    return stored->mail;
}

Result<OutgoingMail> MailSender::prepareAcknowledgement(qint64 contactId)
{
    SPOCS_TRY_LET(recipient, recipientOf(m_server.db(), contactId));
    SPOCS_TRY_LET(inbound, m_messages->lastInbound(contactId));
    if (!*inbound)
        return makeError(ErrorCode::InvalidState,
                         QStringLiteral("contact %1 has no e-mail to acknowledge").arg(contactId));
    SPOCS_TRY_LET(text, templateText(recipient->language, QStringLiteral("acknowledgement")));
    OutgoingMail mail = answerEnvelope(m_settings, *recipient, contactId, *inbound);
    mail.origin = OutgoingMail::Origin::AutoReplied;
    mail.text = QString(*text)
                    .replace(QStringLiteral("{name}"), recipient->name)
                    .replace(QStringLiteral("{hours}"), QString::number(recipient->expectedResponseHours))
        + u'\n';
    SPOCS_TRY_LET(row, m_messages->addOutboundMail(contactId, std::nullopt, mail));
    mail.messageRowId = *row;
    SPOCS_TRY(publishMessage(contactId, *row));
    return mail;
}

Result<QJsonObject> MailSender::messageJson(qint64 messageRowId)
{
    return m_messages->message(messageRowId);
}

Result<void> MailSender::publishMessage(qint64 contactId, qint64 messageRowId)
{
    SPOCS_TRY(m_messages->publishAdded(m_server.events(), contactId, messageRowId));
    return {};
}

void MailSender::send(const OutgoingMail &mail)
{
    if (!m_worker)
        return;
    QPointer<MailSender> self(this);
    const MailSettings settings = m_settings;
    const std::atomic<bool> *cancel = &m_cancel;
    QMetaObject::invokeMethod(
        m_worker,
        [self, settings, mail, cancel] {
            CurlTransfer smtp(settings.smtpServer, settings.smtpUser, settings.smtpPassword, cancel);
            auto sent = smtp.smtp(mail.fromAddress, { mail.toAddress }, mail.compose());
            const QString failure = sent ? QString() : sent.error().message;
            QMetaObject::invokeMethod(
                self.data(),
                [self, row = mail.messageRowId, failure] {
                    if (self)
                        self->onSent(row, failure);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void MailSender::onSent(qint64 messageRowId, const QString &failure)
{
    if (!failure.isEmpty())
        qCWarning(lcMail) << "reply" << messageRowId << "failed:" << failure;
    if (messageRowId == 0)
        return; // a mail with no contact message (a chat transcript, a survey link): nothing to update
    auto r = m_server.transact([&]() -> Result<void> {
        SPOCS_TRY_LET(stored, m_messages->stored(messageRowId));
        SPOCS_TRY(m_messages->setStatus(
            messageRowId, failure.isEmpty() ? QStringLiteral("sent") : QStringLiteral("failed"), failure));
        return publishMessage(stored->contactId, messageRowId);
    });
    if (!r)
        qCWarning(lcMail) << "could not record the outcome of reply" << messageRowId << ":" << r.error().message;
}

} // namespace spocs
