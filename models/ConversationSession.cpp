#include "models/ConversationSession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "core/domain/Conversation.h"
#include "models/ActiveContact.h"
#include "models/ConversationModel.h"
#include "models/ModelsLog.h"

#include <QDateTime>
#include <QTimer>

namespace spocs {

namespace {

constexpr int kMaxArticles = 5; // what contact.reply takes
constexpr qint64 kTypingRepeatMs = 3000; // "still typing" at most this often
constexpr int kTypingIdleMs = 4000; // no key for this long: stopped typing
constexpr int kCustomerTypingMs = 8000; // the customer's indicator goes after this without news

QList<domain::ContactMessage> messagesOf(const QJsonArray &array)
{
    QList<domain::ContactMessage> list;
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list.append(domain::ContactMessage::fromJson(v.toObject()));
    return list;
}

} // namespace

ConversationSession::ConversationSession(Connection *connection, ActiveContact *contact, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_contact(contact)
    , m_messages(new ConversationModel(this))
    , m_typingIdle(new QTimer(this))
    , m_customerTypingExpiry(new QTimer(this))
{
    m_typingIdle->setSingleShot(true);
    m_typingIdle->setInterval(kTypingIdleMs);
    connect(m_typingIdle, &QTimer::timeout, this, [this] { sendTyping(false); });
    m_customerTypingExpiry->setSingleShot(true);
    m_customerTypingExpiry->setInterval(kCustomerTypingMs);
    connect(m_customerTypingExpiry, &QTimer::timeout, this, [this] {
        m_customerTyping = false;
        Q_EMIT customerTypingChanged(false);
    });
    connect(m_contact, &ActiveContact::contactChanged, this, &ConversationSession::onContactChanged);
    connect(m_contact, &ActiveContact::currentChanged, this, &ConversationSession::onContactChanged);
    if (m_connection) {
        connect(m_connection, &Connection::eventReceived, this, &ConversationSession::handleEvent);
        connect(m_connection, &Connection::resyncRequired, this, &ConversationSession::reload);
    }
    onContactChanged();
}

ConversationSession::~ConversationSession() = default;

bool ConversationSession::hasConversation() const
{
    const QString channel = m_contact->channel();
    return !m_contact->isEmpty() && (channel == u"email" || channel == u"chat");
}

bool ConversationSession::isChat() const
{
    return hasConversation() && m_contact->channel() == u"chat";
}

bool ConversationSession::canReply() const
{
    const QString state = m_contact->state();
    return hasConversation() && m_contact->isMine() && (state == u"active" || state == u"after_contact_work");
}

ConversationSession::SenderNotice ConversationSession::senderNotice() const
{
    const QList<domain::ContactMessage> &messages = m_messages->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->direction != domain::MessageDirection::In || it->isSystem() || it->channel != u"email")
            continue;
        if (!it->senderCheck)
            return SenderNotice::None;
        switch (*it->senderCheck) {
        case domain::SenderCheck::Failed:
            return SenderNotice::Failed;
        case domain::SenderCheck::Unknown:
            return SenderNotice::Unchecked;
        case domain::SenderCheck::Verified:
            return SenderNotice::None;
        }
    }
    return SenderNotice::None;
}

QString ConversationSession::senderNoticeText() const
{
    switch (senderNotice()) {
    case SenderNotice::Failed:
        return tr("The sender's address failed the mail server's check: this may not be the customer. Confirm who "
                  "they are before changing anything.");
    case SenderNotice::Unchecked:
        return tr("The sender's address could not be checked.");
    case SenderNotice::None:
        break;
    }
    return QString();
}

bool ConversationSession::insertArticle(qint64 id, const QString &title)
{
    if (id <= 0 || m_articles.size() >= kMaxArticles)
        return false;
    for (const InsertedArticle &a : std::as_const(m_articles)) {
        if (a.id == id)
            return false;
    }
    m_articles.append({ id, title });
    Q_EMIT articlesChanged();
    return true;
}

void ConversationSession::removeArticle(qint64 id)
{
    if (m_articles.removeIf([id](const InsertedArticle &a) { return a.id == id; }) > 0)
        Q_EMIT articlesChanged();
}

QList<ConversationSession::CannedAnswer> ConversationSession::cannedAnswers() const
{
    const QString language = m_languageOf == m_contact->customerId() ? m_language : QString();
    QList<CannedAnswer> mine;
    QList<CannedAnswer> all;
    for (const QJsonValue &v : m_canned) {
        const QJsonObject o = v.toObject();
        const QString answerLanguage = o.value(QStringLiteral("language")).toString();
        const QString title = o.value(QStringLiteral("title")).toString();
        const QString body = o.value(QStringLiteral("body")).toString();
        if (answerLanguage == language)
            mine.append({ title, body });
        all.append({ answerLanguage.isEmpty() ? title : tr("%1 (%2)").arg(title, answerLanguage.toUpper()), body });
    }
    return mine.isEmpty() ? all : mine;
}

void ConversationSession::setCustomerLanguage(const QString &customerId, const QString &language)
{
    if (customerId == m_languageOf && language == m_language)
        return;
    m_languageOf = customerId;
    m_language = language;
    Q_EMIT cannedAnswersChanged();
}

void ConversationSession::onContactChanged()
{
    const qint64 id = hasConversation() ? m_contact->id() : 0;
    Q_EMIT replyableChanged(); // its state may have changed (closed, taken over)
    if (id == m_contactId)
        return;
    if (m_typing)
        sendTyping(false);
    m_contactId = id;
    m_readSent = 0;
    m_messages->clear();
    if (!m_articles.isEmpty()) {
        m_articles.clear();
        Q_EMIT articlesChanged();
    }
    if (m_customerTyping) {
        m_customerTyping = false;
        Q_EMIT customerTypingChanged(false);
    }
    Q_EMIT conversationChanged();
    reload();
    loadCanned();
}

void ConversationSession::reload()
{
    if (!m_connection || m_contactId == 0)
        return;
    const qint64 id = m_contactId;
    const qint64 serial = ++m_loadSerial;
    m_connection->request(QString::fromUtf16(op::ContactMessages), { { QStringLiteral("id"), id } }, this,
                          [this, id, serial](const Reply &reply) {
                              if (serial != m_loadSerial || id != m_contactId)
                                  return;
                              if (!reply.ok) {
                                  qCInfo(lcModels) << "contact.messages failed:" << errorCodeName(reply.error.code);
                                  Q_EMIT loadFailed(reply.error);
                                  return;
                              }
                              m_messages->setMessages(
                                  messagesOf(reply.data.value(QStringLiteral("messages")).toArray()));
                              Q_EMIT conversationChanged();
                              acknowledgeRead();
                          });
}

void ConversationSession::loadCanned()
{
    if (!m_connection || m_contactId == 0 || m_cannedLoading || !m_canned.isEmpty())
        return;
    m_cannedLoading = true;
    m_connection->request(QString::fromUtf16(op::CannedList), {}, this, [this](const Reply &reply) {
        m_cannedLoading = false;
        if (!reply.ok) {
            qCInfo(lcModels) << "canned.list failed:" << errorCodeName(reply.error.code);
            return;
        }
        m_canned = reply.data.value(QStringLiteral("answers")).toArray();
        Q_EMIT cannedAnswersChanged();
    });
}

void ConversationSession::reply(const QString &body)
{
    if (!m_connection || m_sending || !canReply() || body.trimmed().isEmpty())
        return;
    QJsonArray articles;
    for (const InsertedArticle &a : std::as_const(m_articles))
        articles.append(a.id);
    QJsonObject args { { QStringLiteral("id"), m_contactId }, { QStringLiteral("body"), body } };
    if (!articles.isEmpty())
        args.insert(QStringLiteral("articles"), articles);
    m_sending = true;
    Q_EMIT sendingChanged(true);
    m_typingIdle->stop();
    m_typing = false; // the message itself ends the customer's "typing…"
    const qint64 id = m_contactId;
    m_connection->write(QString::fromUtf16(op::ContactReply), args, this, [this, id](const Reply &reply) {
        m_sending = false;
        Q_EMIT sendingChanged(false);
        if (!reply.ok) {
            Q_EMIT replyFailed(reply.error);
            return;
        }
        if (id == m_contactId) {
            m_messages->upsert(
                domain::ContactMessage::fromJson(reply.data.value(QStringLiteral("message")).toObject()));
            if (!m_articles.isEmpty()) {
                m_articles.clear();
                Q_EMIT articlesChanged();
            }
        }
        Q_EMIT replySent();
    });
}

void ConversationSession::retry(qint64 messageId)
{
    if (!m_connection || m_sending || !canReply() || messageId <= 0)
        return;
    m_sending = true;
    Q_EMIT sendingChanged(true);
    const qint64 id = m_contactId;
    m_connection->write(QString::fromUtf16(op::ContactReplyRetry),
                        { { QStringLiteral("id"), id }, { QStringLiteral("message"), messageId } }, this,
                        [this, id](const Reply &reply) {
                            m_sending = false;
                            Q_EMIT sendingChanged(false);
                            if (!reply.ok) {
                                Q_EMIT replyFailed(reply.error);
                                return;
                            }
                            if (id == m_contactId)
                                m_messages->upsert(domain::ContactMessage::fromJson(
                                    reply.data.value(QStringLiteral("message")).toObject()));
                            Q_EMIT replySent();
                        });
}

void ConversationSession::composerEdited(bool empty)
{
    if (!isChat() || !canReply())
        return;
    if (empty) {
        m_typingIdle->stop();
        if (m_typing)
            sendTyping(false);
        return;
    }
    m_typingIdle->start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_typing || now - m_typingSentAt >= kTypingRepeatMs)
        sendTyping(true);
}

void ConversationSession::sendTyping(bool typing)
{
    m_typing = typing;
    if (typing)
        m_typingSentAt = QDateTime::currentMSecsSinceEpoch();
    if (!m_connection || m_contactId == 0 || m_connection->state() != Connection::State::Connected)
        return;
    // Ephemeral: nobody waits for the answer, and a lost one is corrected by the next.
    m_connection->request(QString::fromUtf16(op::ContactTyping),
                          { { QStringLiteral("id"), m_contactId }, { QStringLiteral("typing"), typing } }, this,
                          [](const Reply &) {});
}

void ConversationSession::setReading(bool reading)
{
    m_reading = reading;
    acknowledgeRead();
}

void ConversationSession::acknowledgeRead()
{
    if (!m_reading || !isChat() || !canReply() || !m_connection)
        return;
    const qint64 upTo = m_messages->lastInboundId();
    if (upTo <= m_readSent)
        return;
    m_readSent = upTo;
    m_connection->request(QString::fromUtf16(op::ContactRead),
                          { { QStringLiteral("id"), m_contactId }, { QStringLiteral("upTo"), upTo } }, this,
                          [this, upTo](const Reply &reply) {
                              if (!reply.ok && m_readSent == upTo)
                                  m_readSent = 0; // try again with the next message
                          });
}

void ConversationSession::handleEvent(const protocol::Event &event)
{
    if (m_contactId == 0 || event.topic != QStringLiteral("contact:%1").arg(m_contactId))
        return;
    if (event.kind == QStringView(event::ContactMessageAdded)) {
        const auto message = domain::ContactMessage::fromJson(event.data.value(QStringLiteral("message")).toObject());
        if (message.id <= 0 || !m_messages->upsert(message))
            return;
        if (message.direction == domain::MessageDirection::In && m_customerTyping) {
            m_customerTyping = false;
            m_customerTypingExpiry->stop();
            Q_EMIT customerTypingChanged(false);
        }
        acknowledgeRead();
    } else if (event.kind == QStringView(event::ContactTyping)) {
        const bool typing = event.data.value(QStringLiteral("typing")).toBool();
        if (typing)
            m_customerTypingExpiry->start();
        else
            m_customerTypingExpiry->stop();
        if (typing != m_customerTyping) {
            m_customerTyping = typing;
            Q_EMIT customerTypingChanged(typing);
        }
    } else if (event.kind == QStringView(event::ContactRead)) {
        m_messages->setReadUpTo(event.data.value(QStringLiteral("upTo")).toInteger());
    }
}

} // namespace spocs
