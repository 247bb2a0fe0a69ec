#include "coordinator/channels/MailIntake.h"
#include "coordinator/auth/CardNumberGuard.h"

#include "coordinator/channels/AuthenticationResults.h"
#include "coordinator/channels/ChannelLog.h"
#include "coordinator/channels/ContactMessageStore.h"
#include "coordinator/channels/CurlTransfer.h"
#include "coordinator/channels/MailSender.h"
#include "coordinator/channels/MailboxPoller.h"
#include "coordinator/channels/SenderDirectory.h"
#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/storage/Database.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>

namespace spocs {
namespace {

QString sourceKeyOf(const QString &mailboxName, const InboundMail &mail)
{
    if (!mail.messageId.isEmpty())
        return mailboxName + QStringLiteral(":<") + mail.messageId + u'>';
    return mailboxName + QStringLiteral(":sha256:") + QString::fromLatin1(mail.digest);
}

std::optional<qint64> personId(const QJsonObject &object, const QString &key)
{
    const QJsonValue person = object.value(key);
    if (!person.isObject())
        return std::nullopt;
    const qint64 id = person.toObject().value(QStringLiteral("id")).toInteger();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

MailIntake::MailIntake(CoordinatorServer &server, ContactRouter &router, MailSender *sender, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_router(router)
    , m_sender(sender)
    , m_settings(server.config().mail)
    , m_messages(std::make_unique<ContactMessageStore>(server.db()))
    , m_senders(std::make_unique<SenderDirectory>(server.db(), server.customers()))
{ }

MailIntake::~MailIntake()
{
    m_cancel = true; // aborts a running transfer at once
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void MailIntake::start()
{
    if (m_thread || m_settings.mailboxes.isEmpty())
        return;
    CurlTransfer::globalInit(); // on this thread, before the worker uses libcurl
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("spocs-mail"));
    for (int i = 0; i < m_settings.mailboxes.size(); ++i) {
        MailboxSettings box = m_settings.mailboxes.at(i);
        auto known = m_router.store().skillExists(box.queue);
        if (!known || !*known) {
            qCWarning(lcMail) << "mailbox" << box.name << "names queue" << box.queue
                              << "which does not exist; its contacts wait in general";
            box.queue = QStringLiteral("general");
            m_settings.mailboxes[i].queue = box.queue;
        }
        QPointer<MailIntake> self(this);
        auto deliver = [self, i](qint64 uid, const InboundMail &mail) {
            // Back to the coordinator's loop: the database has one writer.
            QMetaObject::invokeMethod(
                self.data(),
                [self, i, uid, mail] {
                    if (self)
                        self->onFetched(i, uid, mail);
                },
                Qt::QueuedConnection);
        };
        auto *poller = new MailboxPoller(box, m_settings, deliver, &m_cancel);
        poller->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, poller, &QObject::deleteLater);
        m_pollers.append(poller);
    }
    m_thread->start();
    for (MailboxPoller *poller : std::as_const(m_pollers))
        QMetaObject::invokeMethod(poller, &MailboxPoller::start, Qt::QueuedConnection);
    qCInfo(lcMail) << "reading" << m_pollers.size() << "mailbox(es) every" << m_settings.pollSeconds << "s";
}

void MailIntake::onFetched(int mailbox, qint64 uid, const InboundMail &fetched)
{
    const MailboxSettings &box = m_settings.mailboxes.at(mailbox);
    MailboxPoller *poller = m_pollers.at(mailbox);
    // Only mail from a mailbox has headers a mail server wrote; with no trusted authserv-id
    // nothing is checked, so agents are not warned about every message.
    InboundMail mail = fetched;
    if (!m_settings.trustedAuthservId.isEmpty())
        mail.senderCheck
            = AuthenticationResults::check(mail.authenticationResults, m_settings.trustedAuthservId, mail.fromAddress);
    auto outcome = ingest(box.name, box.queue, mail);
    if (!outcome) {
        qCWarning(lcMail) << "mailbox" << box.name << "message" << uid
                          << "could not be stored:" << outcome.error().message;
        QMetaObject::invokeMethod(
            poller, [poller, uid] { poller->release(uid); }, Qt::QueuedConnection);
        return;
    }
    // Only now, with the contact committed, is the message marked processed in its mailbox.
    QMetaObject::invokeMethod(
        poller, [poller, uid] { poller->markProcessed(uid); }, Qt::QueuedConnection);
}

Result<std::optional<qint64>> MailIntake::threadOf(const InboundMail &mail)
{
    // The nearest ancestor first: In-Reply-To, then References from the newest back.
    QStringList ids;
    if (!mail.inReplyTo.isEmpty())
        ids.append(mail.inReplyTo);
    for (auto it = mail.references.crbegin(); it != mail.references.crend(); ++it)
        ids.append(*it);
    // Headers and the token in the subject count only from an address of that contact's customer:
    // a stranger cannot write into someone else's contact by copying a subject line, and someone
    // in Cc who answers all starts a contact of their own instead of joining (and, as the last
    // writer, receiving) the customer's.
    auto byHeader = m_messages->contactOfMessages(ids, mail.fromAddress);
    if (!byHeader || *byHeader)
        return byHeader;
    const auto token = ContactMessageStore::findToken(mail.subject);
    if (!token)
        return std::optional<qint64>();
    SPOCS_TRY_LET(sender, m_senders->customerByAddress(mail.fromAddress));
    if (*sender != token->customerId)
        return std::optional<qint64>();
    auto routing = m_router.store().routing(token->contactId);
    if (!routing) {
        if (routing.error().code == ErrorCode::NotFound)
            return std::optional<qint64>();
        return routing.error();
    }
    if (routing->customerId != token->customerId)
        return std::optional<qint64>();
    return std::optional<qint64>(token->contactId);
}

Result<MailIntake::Outcome> MailIntake::ingest(const QString &mailboxName, const QString &queue,
                                               const InboundMail &received)
{
    const QString sourceKey = sourceKeyOf(mailboxName, received);
    // Customers mail card numbers: none is stored, published or shown. Attachments are kept as
    // they came (files, not text the coordinator reads).
    InboundMail mail = received;
    for (QString *text : { &mail.fromName, &mail.subject, &mail.headers, &mail.text, &mail.html })
        *text = CardNumberGuard::maskCardNumbers(*text);
    Outcome out;
    std::optional<OutgoingMail> acknowledgement;
    auto r = m_server.transact([&]() -> Result<void> {
        SPOCS_TRY_LET(known, m_messages->contactOfSource(sourceKey));
        if (*known) {
            out.duplicate = true;
            out.contactId = **known;
            return {};
        }
        SPOCS_TRY_LET(thread, threadOf(mail));
        QString customerId;
        std::optional<qint64> contactId;
        std::optional<qint64> linkTo;
        if (*thread) {
            SPOCS_TRY_LET(contact, m_router.store().json(**thread));
            customerId = contact->value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString();
            if (contact->value(QStringLiteral("state")).toString() != u"closed") {
                contactId = *thread;
            } else if (mail.automated) {
                // An out-of-office or other robot answering our reply, acknowledgement or survey:
                // kept with the contact, which stays closed. Reopening would hand an agent a robot's
                // mail, and closing it again could send a new mail for the robot to answer.
                contactId = *thread;
            } else {
                const QJsonObject followUp = contact->value(QStringLiteral("followUp")).toObject();
                const bool followUpOpen = !followUp.isEmpty() && followUp.value(QStringLiteral("doneAt")).isNull();
                const QDateTime closedAt
                    = QDateTime::fromString(contact->value(QStringLiteral("closedAt")).toString(), Qt::ISODateWithMs);
                const bool recent = closedAt.isValid() && closedAt.daysTo(m_server.db().now()) < m_settings.reopenDays;
                if (followUpOpen || recent) {
                    const auto preferred = followUpOpen ? personId(followUp, QStringLiteral("owner"))
                                                        : personId(*contact, QStringLiteral("owner"));
                    SPOCS_TRY(m_router.store().reopen(**thread, preferred));
                    contactId = *thread;
                    out.reopened = true;
                } else {
                    linkTo = *thread;
                }
            }
        }
        if (!contactId) {
            if (customerId.isEmpty()) {
                SPOCS_TRY_LET(found, m_senders->customerByAddress(mail.fromAddress));
                customerId = *found;
            }
            if (customerId.isEmpty()) {
                SPOCS_TRY_LET(created, m_senders->createProspect(mail.fromName, mail.fromAddress));
                customerId = *created;
            }
            SPOCS_TRY_LET(created, m_router.store().create(QStringLiteral("email"), customerId, std::nullopt, queue));
            contactId = *created;
            out.created = true;
            if (linkTo) {
                SPOCS_TRY(m_messages->link(*contactId, *linkTo));
            }
        }
        out.contactId = *contactId;
        SPOCS_TRY_LET(messageId, m_messages->addInboundMail(*contactId, sourceKey, mail));
        SPOCS_TRY(m_messages->publishAdded(m_server.events(), *contactId, *messageId));
        SPOCS_TRY(m_router.publish(*contactId));
        if (out.created && m_settings.acknowledge && m_sender && m_sender->isConfigured() && !mail.automated
            && !mail.fromAddress.isEmpty()) {
            SPOCS_TRY_LET(ack, m_sender->prepareAcknowledgement(*contactId));
            acknowledgement = *ack;
        }
        return {};
    });
    if (!r)
        return r.error();
    // Durable before anything acts on it: the mailbox marks the message processed and the customer
    // is acknowledged only once the contact is kept. A failed commit is this message's error, so the
    // mailbox keeps it for the next poll and no acknowledgement names a contact that does not exist.
    SPOCS_TRY(m_server.commitGroup());
    if (out.created || out.reopened)
        m_router.schedule();
    if (acknowledgement)
        m_sender->send(*acknowledgement);
    return out;
}

} // namespace spocs
