#pragma once

#include "core/Protocol.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace spocs {

class ActiveContact;
class Connection;
class ConversationModel;

// The conversation of the current contact when it is an e-mail or a chat, without widgets:
// loads contact.messages, follows contact.message / contact.typing / contact.read on
// `contact:<id>` (ContactSession keeps that topic while the contact is in hand), answers on
// the customer's channel (contact.reply with inserted articles, contact.reply.retry for a
// failed e-mail), tells the customer the agent is typing and has read their chat messages,
// and offers the canned answers (canned.list, loaded once). The conversation view binds to it.
class ConversationSession : public QObject
{
    Q_OBJECT

public:
    ConversationSession(Connection *connection, ActiveContact *contact, QObject *parent = nullptr);
    ~ConversationSession() override;

    ConversationModel *messages() const { return m_messages; }
    // The current contact has a conversation (e-mail or chat).
    bool hasConversation() const;
    bool isChat() const;
    // The agent may answer: the contact is theirs and active or in after-contact work.
    bool canReply() const;
    qint64 contactId() const { return m_contactId; }
    bool isSending() const { return m_sending; }
    bool isCustomerTyping() const { return m_customerTyping; }

    // What the agent is told about who wrote the newest e-mail: its From address failed the
    // organisation's mail server's check (anyone can type a customer's address), or could not
    // be checked. Nothing when it passed, and nothing when the coordinator checks no sender
    // (no trusted authserv-id), or agents would learn to ignore a note on every mail.
    enum class SenderNotice { None, Failed, Unchecked };
    SenderNotice senderNotice() const;
    QString senderNoticeText() const; // empty for None

    struct InsertedArticle
    {
        qint64 id = 0;
        QString title;
    };
    // Articles whose public text goes under the next reply (at most five).
    const QList<InsertedArticle> &articles() const { return m_articles; }
    bool insertArticle(qint64 id, const QString &title);
    void removeArticle(qint64 id);

    struct CannedAnswer
    {
        QString title;
        QString body;
    };
    // The canned answers in the customer's language (all of them while it is unknown or has
    // none), loaded on the first conversation.
    QList<CannedAnswer> cannedAnswers() const;
    // What the open customer page knows: the language this customer is answered in.
    void setCustomerLanguage(const QString &customerId, const QString &language);

    // Loads the messages again (after a resync or an error).
    void reload();
    // contact.reply with the inserted articles; replySent or replyFailed follow.
    void reply(const QString &body);
    // contact.reply.retry for a failed e-mail reply.
    void retry(qint64 messageId);
    // The composer's text changed: a chat customer sees "typing…" (throttled) until it stops.
    void composerEdited(bool empty);
    // The conversation is on screen: the customer's chat messages are acknowledged as read.
    void setReading(bool reading);

Q_SIGNALS:
    void conversationChanged(); // another contact, or the messages were (re)loaded
    void replyableChanged(); // the contact changed: canReply() may differ
    void articlesChanged();
    void cannedAnswersChanged();
    void sendingChanged(bool sending);
    void replySent();
    void replyFailed(const spocs::Error &error);
    void loadFailed(const spocs::Error &error);
    void customerTypingChanged(bool typing);

private:
    void onContactChanged();
    void handleEvent(const protocol::Event &event);
    void loadCanned();
    void sendTyping(bool typing);
    void acknowledgeRead();

    QPointer<Connection> m_connection;
    ActiveContact *m_contact = nullptr;
    ConversationModel *m_messages = nullptr;
    QTimer *m_typingIdle = nullptr; // the agent stopped typing
    QTimer *m_customerTypingExpiry = nullptr; // a lost "stopped typing" must not stick
    qint64 m_contactId = 0;
    qint64 m_loadSerial = 0; // answers for an earlier contact are dropped
    qint64 m_readSent = 0;
    qint64 m_typingSentAt = 0; // ms since epoch of the last "typing" sent
    QList<InsertedArticle> m_articles;
    QJsonArray m_canned;
    QString m_languageOf; // the customer whose language is known
    QString m_language;
    bool m_cannedLoading = false;
    bool m_sending = false;
    bool m_reading = false;
    bool m_typing = false;
    bool m_customerTyping = false;
};

} // namespace spocs
