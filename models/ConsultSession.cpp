#include "models/ConsultSession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ConsultChatModel.h"
#include "models/ExpertDirectoryModel.h"
#include "models/ModelsLog.h"
#include "models/ParticipantsModel.h"
#include "models/PersonName.h"

#include <QTimer>

namespace spocs {

namespace {

qint64 idOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("id")).toInteger();
}

QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

bool isFinished(const QString &state)
{
    return state == QLatin1String("ended") || state == QLatin1String("declined") || state == QLatin1String("expired")
        || state == QLatin1String("cancelled");
}

} // namespace

ConsultSession::ConsultSession(QObject *parent)
    : QObject(parent)
    , m_chat(new ConsultChatModel(this))
    , m_participants(new ParticipantsModel(this))
    , m_experts(new ExpertDirectoryModel(this))
    , m_reorder(new QTimer(this))
{
    // Presence changes update a row at once; the order (presence, load, level) follows shortly.
    m_reorder->setSingleShot(true);
    m_reorder->setInterval(700);
    connect(m_reorder, &QTimer::timeout, m_experts, &ExpertDirectoryModel::refresh);
    connect(m_chat, &ConsultChatModel::consultChanged, this, &ConsultSession::consultChanged);
    connect(m_chat, &ConsultChatModel::incomingMessage, this, &ConsultSession::acknowledge);
}

ConsultSession::~ConsultSession() = default;

void ConsultSession::setConnection(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    m_experts->setConnection(connection);
    if (!connection)
        return;
    connect(connection, &Connection::eventReceived, this, &ConsultSession::handleEvent);
    connect(connection, &Connection::stateChanged, this, &ConsultSession::onConnectionStateChanged);
    connect(connection, &Connection::resyncRequired, this, [this] {
        loadHistory();
        m_experts->refresh();
    });
    onConnectionStateChanged();
}

void ConsultSession::onConnectionStateChanged()
{
    if (!m_connection || m_connection->state() != Connection::State::Connected)
        return;
    if (m_connection->user().id > 0)
        setSelf(m_connection->user().id);
    if (m_connection->user().role == Role::Admin)
        return; // admins take no contacts and ask no experts
    // Offers, consult updates and messages for this user; presence for the finder's dots.
    m_connection->subscribe(QStringLiteral("user:%1").arg(m_self));
    m_connection->subscribe(protocol::presenceTopic());
    if (!m_reasonsLoaded)
        loadReasons();
    if (!m_experts->hasAnswer())
        m_experts->refresh();
}

void ConsultSession::setSelf(qint64 userId)
{
    m_self = userId;
    m_chat->setSelf(userId);
}

qint64 ConsultSession::contactId() const
{
    return idOf(m_contact);
}

bool ConsultSession::isContactOwner() const
{
    return contactId() > 0 && idOf(m_contact.value(QStringLiteral("owner")).toObject()) == m_self;
}

bool ConsultSession::isContactActive() const
{
    return m_contact.value(QStringLiteral("state")).toString() == QLatin1String("active");
}

void ConsultSession::setContact(const QJsonObject &contact)
{
    const bool sameContact = idOf(contact) == contactId() && contactId() > 0;
    m_contact = contact;
    m_participants->setContact(contact);
    if (!sameContact) {
        // An expert's consult for someone else's contact stays while it runs, whatever their own
        // current contact is.
        const bool keepConsult = m_chat->consultId() > 0 && (m_chat->contactId() == idOf(contact) || isHelping());
        if (!keepConsult) {
            m_chat->clear();
            m_next = {};
            m_asked.clear();
            m_lastQuestion.clear();
            m_ackDelivered = m_ackRead = 0;
            Q_EMIT nextExpertChanged();
        }
        followContact();
        loadHistory();
    }
    Q_EMIT contactChanged();
}

void ConsultSession::followContact()
{
    if (!m_connection)
        return;
    const QString topic = contactId() > 0 ? QStringLiteral("contact:%1").arg(contactId()) : QString();
    if (topic == m_followedTopic)
        return;
    // Only drop a topic this session added: the contact panel may follow the same one.
    if (!m_followedTopic.isEmpty())
        m_connection->unsubscribe(m_followedTopic);
    m_followedTopic.clear();
    if (!topic.isEmpty() && !m_connection->topics().contains(topic)) {
        m_connection->subscribe(topic);
        m_followedTopic = topic;
    }
}

void ConsultSession::loadHistory()
{
    if (!m_connection || contactId() <= 0)
        return;
    const qint64 contact = contactId();
    m_connection->request(wire(op::ConsultList), { { QStringLiteral("contact"), contact } }, this,
                          [this, contact](const Reply &reply) {
                              if (!reply.ok || contact != contactId())
                                  return;
                              // The newest consult of the contact is the one to continue.
                              QJsonObject newest;
                              for (const QJsonValue &value : reply.data.value(QStringLiteral("consults")).toArray()) {
                                  if (idOf(value.toObject()) > idOf(newest))
                                      newest = value.toObject();
                              }
                              if (!newest.isEmpty() && idOf(newest) >= m_chat->consultId() && !isHelping())
                                  openConsult(newest);
                          });
}

void ConsultSession::loadReasons()
{
    if (!m_connection)
        return;
    m_connection->request(wire(op::ReasonList), {}, this, [this](const Reply &reply) {
        if (!reply.ok)
            return;
        m_reasons = reply.data.value(QStringLiteral("reasons")).toArray();
        m_reasonsLoaded = true;
        Q_EMIT reasonsChanged();
    });
}

void ConsultSession::openConsult(const QJsonObject &consult)
{
    if (idOf(consult) <= 0)
        return;
    if (idOf(consult) != m_chat->consultId())
        m_ackDelivered = m_ackRead = 0;
    m_chat->setConsult(consult);
    if (m_lastQuestion.isEmpty())
        m_lastQuestion = consult.value(QStringLiteral("question")).toString();
    // An expert opening the consult follows its contact too (notes, participants).
    if (m_chat->contactId() > 0 && m_chat->contactId() != contactId() && m_connection) {
        const qint64 contact = m_chat->contactId();
        const QString topic = QStringLiteral("contact:%1").arg(contact);
        if (!m_connection->topics().contains(topic)) {
            if (!m_followedTopic.isEmpty())
                m_connection->unsubscribe(m_followedTopic);
            m_connection->subscribe(topic);
            m_followedTopic = topic;
        }
        m_connection->request(wire(op::ContactGet), { { QStringLiteral("id"), contact } }, this,
                              [this, contact](const Reply &reply) {
                                  if (reply.ok && m_chat->contactId() == contact)
                                      updateContact(reply.data.value(QStringLiteral("contact")).toObject());
                              });
    }
    acknowledge();
}

void ConsultSession::setReading(bool reading)
{
    m_reading = reading;
    if (reading)
        acknowledge();
}

void ConsultSession::acknowledge()
{
    const qint64 delivered = m_chat->unacknowledgedUpTo(QStringLiteral("delivered"));
    if (delivered > m_ackDelivered) {
        m_ackDelivered = delivered;
        sendReceipt(QStringLiteral("delivered"), delivered);
    }
    if (!m_reading)
        return;
    const qint64 read = m_chat->unacknowledgedUpTo(QStringLiteral("read"));
    if (read > m_ackRead) {
        m_ackRead = read;
        sendReceipt(QStringLiteral("read"), read);
    }
}

void ConsultSession::sendReceipt(const QString &kind, qint64 upTo)
{
    if (!m_connection || m_chat->consultId() <= 0)
        return;
    m_connection->write(wire(op::ConsultReceipt),
                        { { QStringLiteral("id"), m_chat->consultId() },
                          { QStringLiteral("upTo"), upTo },
                          { QStringLiteral("kind"), kind } },
                        this, [this, kind, upTo, consult = m_chat->consultId()](const Reply &reply) {
                            if (!reply.ok) {
                                qCInfo(lcModels)
                                    << "consult receipt" << kind << "failed:" << errorCodeName(reply.error.code);
                                return;
                            }
                            // The server tells only the sender; mark this user's copy too.
                            if (consult == m_chat->consultId())
                                m_chat->applyReceipt(upTo, kind, m_self);
                        });
}

QJsonArray ConsultSession::forwardReasons() const
{
    QJsonArray out;
    for (const QJsonValue &value : m_reasons) {
        const QJsonObject reason = value.toObject();
        if (reason.value(QStringLiteral("forwardOnly")).toBool() && !reason.value(QStringLiteral("archived")).toBool())
            out.append(reason);
    }
    return out;
}

QString ConsultSession::contactForwardReason() const
{
    const QJsonArray forwardable = forwardReasons();
    for (const QJsonValue &code : m_contact.value(QStringLiteral("reasons")).toArray()) {
        for (const QJsonValue &reason : forwardable) {
            if (reason.toObject().value(QStringLiteral("code")).toString() == code.toString())
                return code.toString();
        }
    }
    return {};
}

bool ConsultSession::isHelping() const
{
    return m_chat->consultId() > 0 && idOf(m_chat->requester()) != m_self && (m_chat->isActive() || isConsultPending());
}

bool ConsultSession::isConsultPending() const
{
    return m_chat->consultId() > 0 && !m_chat->isActive() && !isFinished(m_chat->state());
}

bool ConsultSession::canAsk() const
{
    return m_busy == 0 && isContactOwner() && isContactActive() && !isConsultPending() && !m_chat->isActive();
}

bool ConsultSession::canCancel() const
{
    return m_busy == 0 && isConsultPending() && idOf(m_chat->requester()) == m_self;
}

bool ConsultSession::canMessage() const
{
    return m_chat->isActive();
}

bool ConsultSession::canEnd() const
{
    return m_busy == 0 && m_chat->isActive();
}

bool ConsultSession::canConference() const
{
    const qint64 expert = idOf(m_chat->expert());
    return m_busy == 0 && isContactOwner() && isContactActive() && expert > 0
        && (m_chat->isActive() || m_chat->state() == QLatin1String("ended"))
        && !m_participants->isActiveParticipant(expert);
}

bool ConsultSession::canWarmTransfer() const
{
    return m_busy == 0 && isContactOwner() && isContactActive() && idOf(m_chat->expert()) > 0;
}

bool ConsultSession::canColdTransfer() const
{
    return m_busy == 0 && isContactOwner() && isContactActive();
}

bool ConsultSession::canForward() const
{
    return m_busy == 0 && isContactOwner() && isContactActive() && !contactForwardReason().isEmpty();
}

QString ConsultSession::draftAnswer() const
{
    const QString answer = m_chat->consult().value(QStringLiteral("answer")).toString().trimmed();
    if (!answer.isEmpty())
        return answer;
    const qint64 expert = idOf(m_chat->expert());
    QStringList parts;
    for (int i = 0; i < m_chat->messageCount(); ++i) {
        const QJsonObject message = m_chat->messageAt(i);
        if (idOf(message.value(QStringLiteral("author")).toObject()) == expert)
            parts << message.value(QStringLiteral("body")).toString();
    }
    return parts.join(QStringLiteral("\n\n"));
}

bool ConsultSession::canMakeKbDraft() const
{
    return m_busy == 0 && m_chat->state() == QLatin1String("ended") && m_draftedConsult != m_chat->consultId()
        && !m_chat->consult().value(QStringLiteral("question")).toString().isEmpty() && !draftAnswer().isEmpty();
}

bool ConsultSession::canLeave() const
{
    return m_busy == 0 && contactId() > 0 && !isContactOwner() && m_participants->isActiveParticipant(m_self);
}

QString ConsultSession::customerId() const
{
    const QString fromContact
        = m_contact.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString();
    if (!fromContact.isEmpty())
        return fromContact;
    return m_chat->consult().value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString();
}

void ConsultSession::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    if (m_busy < 0)
        m_busy = 0;
    Q_EMIT busyChanged(m_busy > 0);
}

void ConsultSession::write(const char16_t *op, QJsonObject args, std::function<void(const QJsonObject &)> done)
{
    const QString name = wire(op);
    if (!m_connection) {
        Q_EMIT failed(name, makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    setBusy(true);
    m_connection->write(name, std::move(args), this, [this, name, done = std::move(done)](const Reply &reply) {
        setBusy(false);
        if (!reply.ok) {
            qCInfo(lcModels) << name << "failed:" << errorCodeName(reply.error.code);
            Q_EMIT failed(name, reply.error);
            return;
        }
        if (done)
            done(reply.data);
    });
}

void ConsultSession::ask(qint64 expertId, const QString &skill, const QString &question)
{
    const QString text = question.trimmed();
    if (contactId() <= 0 || text.isEmpty() || (expertId <= 0 && skill.isEmpty()))
        return;
    QJsonObject args { { QStringLiteral("contact"), contactId() }, { QStringLiteral("question"), text } };
    if (expertId > 0)
        args.insert(QStringLiteral("expert"), expertId);
    else
        args.insert(QStringLiteral("skill"), skill);
    if (text != m_lastQuestion)
        m_asked.clear();
    m_lastQuestion = text;
    m_lastSkill = skill;
    m_next = {};
    Q_EMIT nextExpertChanged();
    write(op::ConsultRequest, args, [this](const QJsonObject &data) {
        const QJsonObject consult = data.value(QStringLiteral("consult")).toObject();
        if (!consult.isEmpty()) {
            m_ackDelivered = m_ackRead = 0;
            m_chat->setConsult(consult);
        }
    });
}

void ConsultSession::askNext()
{
    if (m_next.isEmpty())
        return;
    ask(idOf(m_next), QString(), m_lastQuestion);
}

void ConsultSession::sendMessage(const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty() || !m_chat->isActive())
        return;
    write(op::ConsultMessage, { { QStringLiteral("id"), m_chat->consultId() }, { QStringLiteral("body"), text } },
          [this](const QJsonObject &data) { m_chat->addMessage(data.value(QStringLiteral("message")).toObject()); });
}

void ConsultSession::cancel()
{
    if (!canCancel())
        return;
    write(op::ConsultCancel, { { QStringLiteral("id"), m_chat->consultId() } }, [this](const QJsonObject &data) {
        const QJsonObject consult = data.value(QStringLiteral("consult")).toObject();
        if (!consult.isEmpty())
            m_chat->setConsult(consult);
    });
}

void ConsultSession::end(const QString &answer)
{
    if (!m_chat->isActive())
        return;
    QJsonObject args { { QStringLiteral("id"), m_chat->consultId() } };
    if (!answer.trimmed().isEmpty())
        args.insert(QStringLiteral("answer"), answer.trimmed());
    write(op::ConsultEnd, args, [this](const QJsonObject &data) {
        const QJsonObject consult = data.value(QStringLiteral("consult")).toObject();
        if (!consult.isEmpty())
            m_chat->setConsult(consult);
    });
}

void ConsultSession::conferenceIn(qint64 userId)
{
    const qint64 user = userId > 0 ? userId : idOf(m_chat->expert());
    if (user <= 0 || contactId() <= 0)
        return;
    write(op::ConferenceAdd, { { QStringLiteral("contact"), contactId() }, { QStringLiteral("user"), user } },
          [this](const QJsonObject &data) { updateContact(data.value(QStringLiteral("contact")).toObject()); });
}

void ConsultSession::leaveConference(qint64 userId)
{
    if (contactId() <= 0)
        return;
    QJsonObject args { { QStringLiteral("contact"), contactId() } };
    if (userId > 0)
        args.insert(QStringLiteral("user"), userId);
    write(op::ConferenceLeave, args,
          [this](const QJsonObject &data) { updateContact(data.value(QStringLiteral("contact")).toObject()); });
}

void ConsultSession::transfer(qint64 to, const QString &kind, const QString &note)
{
    if (to <= 0 || contactId() <= 0)
        return;
    write(op::TransferRequest,
          { { QStringLiteral("contact"), contactId() },
            { QStringLiteral("to"), to },
            { QStringLiteral("kind"), kind },
            { QStringLiteral("note"), note.trimmed() } },
          [this](const QJsonObject &data) {
              const QJsonObject transfer = data.value(QStringLiteral("transfer")).toObject();
              Q_EMIT notice(tr("Transfer offered to %1. The contact stays with you until they accept.")
                                .arg(personName(transfer.value(QStringLiteral("to")).toObject())));
          });
}

void ConsultSession::forward(const QString &reasonCode, const QString &note)
{
    if (reasonCode.isEmpty() || contactId() <= 0)
        return;
    write(op::ContactForward,
          { { QStringLiteral("id"), contactId() },
            { QStringLiteral("reason"), reasonCode },
            { QStringLiteral("note"), note.trimmed() } },
          [this](const QJsonObject &data) {
              updateContact(data.value(QStringLiteral("contact")).toObject());
              Q_EMIT notice(tr("The contact was forwarded. You are free for the next one."));
          });
}

void ConsultSession::makeKbDraft()
{
    if (!canMakeKbDraft())
        return;
    const qint64 consult = m_chat->consultId();
    write(op::KbDraftFromText,
          { { QStringLiteral("question"), m_chat->consult().value(QStringLiteral("question")).toString().left(2000) },
            { QStringLiteral("answer"), draftAnswer().left(20000) } },
          [this, consult](const QJsonObject &data) {
              m_draftedConsult = consult;
              const QJsonObject article = data.value(QStringLiteral("article")).toObject();
              Q_EMIT consultChanged(); // the draft button follows
              Q_EMIT kbDraftCreated(article);
          });
}

void ConsultSession::updateContact(const QJsonObject &contact)
{
    if (idOf(contact) <= 0)
        return;
    if (contactId() > 0 && idOf(contact) != contactId())
        return;
    if (contact.value(QStringLiteral("version")).toInteger() < m_contact.value(QStringLiteral("version")).toInteger())
        return;
    m_contact = contact;
    m_participants->setContact(contact);
    Q_EMIT contactChanged();
}

bool ConsultSession::handleEvent(const protocol::Event &event)
{
    const QJsonObject &data = event.data;
    if (event.kind == QStringView(event::PresenceChanged)) {
        if (m_experts->applyPresence(data))
            m_reorder->start();
        return false;
    }
    // On customer:<id> the contact comes without its notes (see ContactSession::handleEvent).
    if (event.kind == QStringView(event::ContactUpdated) && !event.topic.startsWith(u"customer:")) {
        const QJsonObject contact = data.value(QStringLiteral("contact")).toObject();
        const bool mine = idOf(contact) == contactId() || (contactId() <= 0 && idOf(contact) == m_chat->contactId());
        if (!mine)
            return false;
        updateContact(contact);
        return true;
    }
    if (event.kind == QStringView(event::TransferUpdated)) {
        const QJsonObject contact = data.value(QStringLiteral("contact")).toObject();
        if (idOf(contact) != contactId())
            return false;
        updateContact(contact);
        const QJsonObject transfer = data.value(QStringLiteral("transfer")).toObject();
        const QString state = transfer.value(QStringLiteral("state")).toString();
        const QString to = personName(transfer.value(QStringLiteral("to")).toObject());
        if (idOf(transfer.value(QStringLiteral("from")).toObject()) == m_self) {
            if (state == QLatin1String("accepted"))
                Q_EMIT notice(tr("%1 took over the contact.").arg(to));
            else if (state == QLatin1String("declined"))
                Q_EMIT notice(tr("%1 declined the transfer (%2). The contact stays with you.")
                                  .arg(to, transfer.value(QStringLiteral("declineReason")).toString()));
            else if (state == QLatin1String("expired"))
                Q_EMIT notice(tr("%1 did not answer the transfer in time. The contact stays with you.").arg(to));
        }
        return true;
    }
    if (event.kind == QStringView(event::ConsultWithdrawn)) {
        if (data.value(QStringLiteral("consultId")).toInteger() != m_chat->consultId() || m_chat->consultId() <= 0)
            return false;
        Q_EMIT notice(tr("Someone else answered this consult."));
        return true;
    }
    if (event.kind == QStringView(event::ConsultUpdated)) {
        const QJsonObject consult = data.value(QStringLiteral("consult")).toObject();
        const qint64 contact = consult.value(QStringLiteral("contact")).toInteger();
        const bool current = idOf(consult) == m_chat->consultId();
        // A newer consult on the rep's contact (asked elsewhere, or after a reconnect) takes over.
        const bool newer = !current && contact == contactId() && contactId() > 0 && idOf(consult) > m_chat->consultId()
            && idOf(consult.value(QStringLiteral("requester")).toObject()) == m_self;
        if (!current && !newer)
            return false;
        const QString before = m_chat->state();
        if (newer)
            openConsult(consult);
        else
            m_chat->setConsult(consult);
        const QString state = m_chat->state();
        if (data.contains(QStringLiteral("next"))) {
            m_next = data.value(QStringLiteral("next")).toObject();
            Q_EMIT nextExpertChanged();
        }
        const bool rep = idOf(m_chat->requester()) == m_self;
        if (rep && state != before) {
            const QString nextText = m_next.isEmpty() ? QString() : tr(" Ask next: %1").arg(personName(m_next));
            if (state == QLatin1String("declined"))
                Q_EMIT notice(tr("Your consult was declined.") + nextText);
            else if (state == QLatin1String("expired"))
                Q_EMIT notice(tr("Nobody answered your consult in time.") + nextText);
            else if (state == QLatin1String("active"))
                Q_EMIT notice(tr("%1 accepted your consult.").arg(personName(m_chat->expert())));
        }
        return true;
    }
    if (event.kind == QStringView(event::ConsultMessageAdded) || event.kind == QStringView(event::ConsultReceipt))
        return m_chat->handleEvent(event);
    return false;
}

} // namespace spocs
