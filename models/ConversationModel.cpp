#include "models/ConversationModel.h"

#include "models/PersonName.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace spocs {

using domain::ContactMessage;
using domain::MessageDirection;
using domain::MessageStatus;

QString attachmentText(const domain::MessageAttachment &attachment)
{
    const QString size = QLocale().formattedDataSize(attachment.size, 0);
    const QString name = attachment.filename.isEmpty() ? ConversationModel::tr("(no name)") : attachment.filename;
    if (attachment.refused)
        return ConversationModel::tr("%1 (%2) – refused, over the size limit").arg(name, size);
    return ConversationModel::tr("%1 (%2)").arg(name, size);
}

ConversationModel::ConversationModel(QObject *parent)
    : RowModel(parent)
{ }

void ConversationModel::setMessages(const QList<ContactMessage> &messages)
{
    beginResetModel();
    m_rows = messages;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const ContactMessage &a, const ContactMessage &b) { return a.id < b.id; });
    endResetModel();
}

bool ConversationModel::upsert(const ContactMessage &message)
{
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), message.id,
                               [](const ContactMessage &m, qint64 id) { return m.id < id; });
    const int row = int(it - m_rows.begin());
    if (it != m_rows.end() && it->id == message.id) {
        if (*it == message)
            return false;
        *it = message;
        rowChanged(row);
        return true;
    }
    insertRowAt(row, message);
    return true;
}

void ConversationModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_readUpTo = 0;
    endResetModel();
}

void ConversationModel::setReadUpTo(qint64 messageId)
{
    if (messageId <= m_readUpTo)
        return;
    m_readUpTo = messageId;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { ReadRole });
}

qint64 ConversationModel::lastInboundId() const
{
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->direction == MessageDirection::In && !it->isSystem())
            return it->id;
    }
    return 0;
}

qint64 ConversationModel::lastFailedId() const
{
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->status == MessageStatus::Failed)
            return it->id;
    }
    return 0;
}

QVariant ConversationModel::rowData(const domain::ContactMessage &m, const QModelIndex &, int role) const
{
    const bool outbound = m.direction == MessageDirection::Out;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case MessageIdRole:
        return m.id;
    case OutboundRole:
        return outbound;
    case SystemRole:
        return m.isSystem();
    case FromRole:
        if (outbound && m.author)
            return personName(*m.author);
        return m.from.name.isEmpty() ? m.from.address : m.from.name;
    case SubjectRole:
        return m.subject;
    case HtmlRole:
        return m.html.value_or(QString());
    case StatusRole:
        return wireName(m.status);
    case FailureRole:
        return m.failure.value_or(QString());
    case AtRole:
        return QDateTime::fromString(m.at, Qt::ISODateWithMs);
    case AttachmentsRole: {
        QStringList lines;
        for (const auto &a : m.attachments)
            lines.append(attachmentText(a));
        return lines.join(QLatin1Char('\n'));
    }
    case ReadRole:
        return outbound && m.channel == u"chat" && m.id <= m_readUpTo;
    case RefusedBodyRole:
        if (!m.refusedBodyBytes)
            return QString();
        return tr("The message body (%1) was over the size limit and was not kept")
            .arg(QLocale().formattedDataSize(*m.refusedBodyBytes, 1, QLocale::DataSizeTraditionalFormat));
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return withRoleNames(QAbstractListModel::roleNames(), MessageIdRole,
                         { "messageId", "outbound", "system", "from", "subject", "text", "html", "status", "failure",
                           "at", "attachments", "read", "refusedBody" });
}

} // namespace spocs
