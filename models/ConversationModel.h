#pragma once

#include "core/domain/Conversation.h"
#include "models/RowModel.h"

#include <QList>

namespace spocs {

// The messages of one e-mail or chat contact, oldest first: what the customer wrote, what
// agents answered (sending, sent, or failed with the server's reason) and system lines.
// Fed with contact.messages and the contact.message event (a message already listed is
// replaced, so a reply moves from sending to sent in place); knows up to which message the
// customer has read the agents' chat messages.
class ConversationModel : public RowListModel<domain::ContactMessage>
{
    Q_OBJECT

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        OutboundRole, // bool: written to the customer
        SystemRole,
        FromRole, // display name: the agent for outbound messages, the sender otherwise
        SubjectRole,
        TextRole,
        HtmlRole, // sanitised HTML part of an e-mail, or empty
        StatusRole, // the status's wire name: received|sending|sent|failed
        FailureRole,
        AtRole, // QDateTime (UTC)
        AttachmentsRole, // QString: one line per attachment ("name (12 KB)", refused ones marked)
        ReadRole, // outbound chat message the customer has read
        RefusedBodyRole, // QString: says the body was over the size limit and was not kept, or empty
    };
    Q_ENUM(Role)

    explicit ConversationModel(QObject *parent = nullptr);

    void setMessages(const QList<domain::ContactMessage> &messages);
    // Adds a message, or replaces the one with its id. True when something changed.
    bool upsert(const domain::ContactMessage &message);
    void clear();
    // The customer read the outbound messages up to this id.
    void setReadUpTo(qint64 messageId);

    const QList<domain::ContactMessage> &messages() const { return m_rows; }
    // The newest message from the customer (0: none), what a read receipt acknowledges.
    qint64 lastInboundId() const;
    // The newest outbound message that failed (0: none), what Retry sends again.
    qint64 lastFailedId() const;

    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant rowData(const domain::ContactMessage &m, const QModelIndex &index, int role) const override;
    qint64 m_readUpTo = 0;
};

// "report.pdf (12 KB)", or with " – refused, over the size limit".
QString attachmentText(const domain::MessageAttachment &attachment);

} // namespace spocs
