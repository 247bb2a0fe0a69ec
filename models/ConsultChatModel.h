#pragma once

#include "core/Protocol.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>

namespace spocs {

// One consult as a chat: the rep's question first (with the story the expert saw), then what
// happened (accepted, declined, timed out, ended with the answer) and the messages, each with
// its delivered/read state. Fed with the Consult JSON (consult.get, consult.updated) and the
// consult.message / consult.receipt events; knows which messages are the user's own.
class ConsultChatModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Question, Notice, Message };
    Q_ENUM(Kind)
    // A message's state as the sender sees it.
    enum class Ticks { None, Sent, Delivered, Read };
    Q_ENUM(Ticks)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        MessageIdRole,
        AuthorIdRole,
        AuthorNameRole,
        BodyRole,
        AtRole, // QDateTime (UTC): sent, or when the notice happened
        DeliveredAtRole,
        ReadAtRole,
        MineRole, // written by this user
        TicksRole, // Ticks, for own messages
    };
    Q_ENUM(Role)

    explicit ConsultChatModel(QObject *parent = nullptr);

    // Whose messages are "mine".
    void setSelf(qint64 userId);
    qint64 self() const { return m_self; }

    // Shows this consult (its "messages" included); a different id replaces everything,
    // the same id merges (an older version is ignored, messages are kept).
    void setConsult(const QJsonObject &consult);
    void clear();
    // Adds one message (duplicates by id are ignored); true when it was new.
    bool addMessage(const QJsonObject &message);
    // consult.receipt: the recipient `by` got (delivered) or read the messages up to `upTo`.
    bool applyReceipt(qint64 upTo, const QString &kind, qint64 by, const QDateTime &at = QDateTime());
    // consult.updated / consult.message / consult.receipt for this consult; true if it applied.
    bool handleEvent(const protocol::Event &event);

    QJsonObject consult() const { return m_consult; }
    qint64 consultId() const;
    qint64 contactId() const;
    QString state() const;
    QJsonObject requester() const;
    QJsonObject expert() const;
    // The other party of the consult, seen from this user (the expert for the rep).
    QJsonObject otherParty() const;
    bool isActive() const { return state() == QLatin1String("active"); }
    int messageCount() const { return int(m_messages.size()); }
    QJsonObject messageAt(int index) const { return m_messages.value(index); }
    // The highest id of messages to me that lack a delivered (kind "delivered") or read
    // ("read") mark, or 0: what a receipt should acknowledge.
    qint64 unacknowledgedUpTo(const QString &kind) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The consult itself changed (state, expert, answer, …), not only its messages.
    void consultChanged();
    // A message from the other party arrived.
    void incomingMessage(const QJsonObject &message);

private:
    struct Row
    {
        QString key;
        Kind kind = Kind::Notice;
        QJsonObject author;
        QString body;
        QDateTime at;
        int message = -1; // index into m_messages
    };
    QList<Row> buildRows() const;
    void rebuild();
    QString noticeText(const QString &what) const;

    QJsonObject m_consult; // without "messages"
    QList<QJsonObject> m_messages; // by id
    QList<Row> m_rows;
    qint64 m_self = 0;
};

} // namespace spocs
