#pragma once

#include "core/Protocol.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QTimer;

namespace spocs {

class Connection;
class ConsultChatModel;
class ExpertDirectoryModel;
class ParticipantsModel;

// The data behind the consult panel: the rep's current contact and its consult (or, for an
// expert, the consult they accepted), the expert directory, the participants, and the ops
// that act on them (consult.*, conference.*, transfer.request, contact.forward,
// kb.draftFromText). Follows contact:<id> and user:<me>; sends delivered/read receipts for
// incoming messages. The widgets only display it and call these functions.
class ConsultSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsultSession(QObject *parent = nullptr);
    ~ConsultSession() override;

    void setConnection(Connection *connection);
    // Who "this user" is when no connection says so (tests).
    void setSelf(qint64 userId);
    qint64 self() const { return m_self; }

    ConsultChatModel *chat() const { return m_chat; }
    ParticipantsModel *participants() const { return m_participants; }
    ExpertDirectoryModel *experts() const { return m_experts; }

    // The rep's open contact (empty object: none). Loads its consult history.
    void setContact(const QJsonObject &contact);
    QJsonObject contact() const { return m_contact; }
    qint64 contactId() const;
    bool isContactOwner() const;
    bool isContactActive() const;
    // Shows a consult (the expert after accepting it, or the rep picking one from history).
    void openConsult(const QJsonObject &consult);
    // While true (the chat is on screen), incoming messages are acknowledged as read.
    void setReading(bool reading);

    // The best expert not yet asked, after a decline or time-out (empty: none).
    QJsonObject nextExpert() const { return m_next; }
    // Reasons (reason.list) the contact may be forwarded with.
    QJsonArray forwardReasons() const;
    // The contact's first forward-only reason code, or empty.
    QString contactForwardReason() const;
    QString lastQuestion() const { return m_lastQuestion; }

    // What the user may do now.
    bool canAsk() const;
    bool isConsultPending() const;
    // This user is the expert of a consult that is still open (someone else's contact).
    bool isHelping() const;
    bool canCancel() const;
    bool canMessage() const;
    bool canEnd() const;
    bool canConference() const;
    bool canWarmTransfer() const;
    bool canColdTransfer() const;
    bool canForward() const;
    bool canMakeKbDraft() const;
    // This user was conferenced into the contact (not its owner) and may leave it.
    bool canLeave() const;
    // The customer of the contact or consult shown (empty: none).
    QString customerId() const;
    // The answer a KB draft would get: the stored answer, else the expert's messages.
    QString draftAnswer() const;

    // Ops. Results come back as signals (consultChanged, contactChanged, notice, failed).
    void ask(qint64 expertId, const QString &skill, const QString &question);
    void askNext();
    void sendMessage(const QString &body);
    void cancel();
    void end(const QString &answer = QString());
    void conferenceIn(qint64 userId = 0); // 0: the consult's expert
    void leaveConference(qint64 userId = 0); // 0: this user
    void transfer(qint64 to, const QString &kind, const QString &note);
    void forward(const QString &reasonCode, const QString &note);
    void makeKbDraft();

    // One event from the connection; true if it concerned this session.
    bool handleEvent(const protocol::Event &event);

Q_SIGNALS:
    void contactChanged();
    void consultChanged();
    void nextExpertChanged();
    void reasonsChanged();
    // Something the user should read now (declined, timed out, transfer declined, …).
    void notice(const QString &text);
    void failed(const QString &op, const spocs::Error &error);
    void kbDraftCreated(const QJsonObject &article);
    // An op is in flight / done (buttons stay disabled meanwhile).
    void busyChanged(bool busy);

private:
    void write(const char16_t *op, QJsonObject args, std::function<void(const QJsonObject &)> done);
    void updateContact(const QJsonObject &contact);
    void followContact();
    void loadHistory();
    void loadReasons();
    void acknowledge();
    void sendReceipt(const QString &kind, qint64 upTo);
    void onConnectionStateChanged();
    void setBusy(bool busy);

    QPointer<Connection> m_connection;
    ConsultChatModel *m_chat = nullptr;
    ParticipantsModel *m_participants = nullptr;
    ExpertDirectoryModel *m_experts = nullptr;
    QTimer *m_reorder = nullptr;
    QJsonObject m_contact;
    QJsonObject m_next;
    QJsonArray m_reasons;
    QString m_lastQuestion;
    QString m_lastSkill;
    QString m_followedTopic; // a contact topic this session subscribed (and may drop)
    QSet<QString> m_asked; // logins asked for the current question
    qint64 m_self = 0;
    qint64 m_ackDelivered = 0;
    qint64 m_ackRead = 0;
    qint64 m_draftedConsult = 0;
    int m_busy = 0;
    bool m_reading = false;
    bool m_reasonsLoaded = false;
};

} // namespace spocs
