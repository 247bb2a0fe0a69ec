#include "coordinator/contacts/ContactHistory.h"

#include "coordinator/contacts/ContactRecords.h"
#include "coordinator/contacts/ContactStore.h"
#include "coordinator/customers/CustomerHistory.h"
#include "coordinator/server/EventBus.h"
#include "coordinator/storage/Database.h"
#include "core/Ops.h"
#include "core/Protocol.h"
#include "core/Try.h"

#include <QDateTime>
#include <QSqlQuery>

namespace spocs {
namespace {

QString channelText(const QString &channel)
{
    if (channel == u"phone")
        return QStringLiteral("Phone");
    if (channel == u"chat")
        return QStringLiteral("Chat");
    if (channel == u"email")
        return QStringLiteral("E-mail");
    return channel;
}

QString taskText(const domain::ContactTask &task)
{
    QString kind = task.kind;
    kind.replace(QLatin1Char('_'), QLatin1Char(' '));
    return task.resolved ? QStringLiteral("%1 (done)").arg(kind) : QStringLiteral("%1 (open)").arg(kind);
}

// How the next agent knows a colleague: by name, by login only when the name is missing.
QString shownName(const domain::Person &person)
{
    return person.name.isEmpty() ? person.login : person.name;
}

QString waited(const QString &from, const QString &to)
{
    const QDateTime start = QDateTime::fromString(from, Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(to, Qt::ISODateWithMs);
    if (!start.isValid() || !end.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, start.secsTo(end));
    return seconds < 120 ? QStringLiteral("%1 s").arg(seconds) : QStringLiteral("%1 min").arg(seconds / 60);
}

} // namespace

ContactHistory::ContactHistory(Database &db, EventBus &events)
    : m_db(db)
    , m_events(events)
{ }

QString ContactHistory::shortened(const QString &text, int length)
{
    const QString line = text.simplified();
    if (line.size() <= length)
        return line;
    QString cut = line.left(length);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > length / 2)
        cut.truncate(space);
    return cut + QChar(0x2026);
}

QString ContactHistory::closedText(const domain::Contact &contact, const QStringList &reasonLabels,
                                   const QString &queueName)
{
    QStringList parts;
    const bool outbound = contact.direction == domain::ContactDirection::Outbound;
    const QString channel = outbound ? QStringLiteral("Outbound %1").arg(channelText(contact.channel).toLower())
                                     : channelText(contact.channel);
    if (contact.abandoned) {
        const QString wait = waited(contact.createdAt, contact.closedAt.value_or(contact.updatedAt));
        parts << (wait.isEmpty()
                      ? QStringLiteral("%1 contact abandoned while waiting in %2").arg(channel, queueName)
                      : QStringLiteral("%1 contact abandoned after %2 waiting in %3").arg(channel, wait, queueName));
    } else if (contact.outcome == domain::ContactOutcome::FollowUp) {
        parts << QStringLiteral("%1 contact closed with a follow-up").arg(channel);
    } else {
        parts << QStringLiteral("%1 contact closed, resolved").arg(channel);
    }
    if (contact.followUpOf)
        parts << QStringLiteral("For the follow-up of contact %1").arg(*contact.followUpOf);
    if (contact.continues)
        parts << QStringLiteral("A reply to closed contact %1").arg(*contact.continues);
    if (!reasonLabels.isEmpty())
        parts << QStringLiteral("Reasons: %1").arg(reasonLabels.join(QStringLiteral(", ")));
    if (!contact.tasks.isEmpty()) {
        QStringList tasks;
        for (const domain::ContactTask &task : contact.tasks)
            tasks << taskText(task);
        parts << QStringLiteral("Tasks: %1").arg(tasks.join(QStringLiteral(", ")));
    }
    if (contact.owner)
        parts << QStringLiteral("Owner: %1").arg(shownName(*contact.owner));
    if (contact.followUp) {
        const QString owner = contact.followUp->owner ? shownName(*contact.followUp->owner) : QString();
        parts << (owner.isEmpty() ? QStringLiteral("Follow-up due %1").arg(contact.followUp->due)
                                  : QStringLiteral("Follow-up due %1 by %2").arg(contact.followUp->due, owner));
    }
    if (contact.consultCount > 0 || contact.transferCount > 0)
        parts << QStringLiteral("Consults: %1, transfers: %2").arg(contact.consultCount).arg(contact.transferCount);
    if (!contact.notes.trimmed().isEmpty())
        parts << QStringLiteral("Notes: %1").arg(shortened(contact.notes, kNotesSummaryLength));
    return parts.join(QStringLiteral(". "));
}

QString ContactHistory::consultText(const domain::Consult &consult)
{
    const QString expert = consult.expert ? shownName(*consult.expert) : QStringLiteral("nobody");
    QString text = QStringLiteral("Consult of %1 with %2. Question: “%3”")
                       .arg(shownName(consult.requester), expert, shortened(consult.question, kNotesSummaryLength));
    if (consult.answer && !consult.answer->trimmed().isEmpty())
        text += QStringLiteral(". Answer: “%1”").arg(shortened(*consult.answer, kNotesSummaryLength));
    return text;
}

Result<void> ContactHistory::closed(qint64 contactId, std::optional<qint64> byUser)
{
    SPOCS_TRY_LET(contact, ContactStore(m_db).contact(contactId));
    SPOCS_TRY_LET(labels, contactrecords::reasonLabels(m_db, contactId));
    SPOCS_TRY_LET(queue, queueName(contact->queue));
    return write(contactId, QStringLiteral("contact"), closedText(*contact, *labels, *queue), byUser);
}

Result<void> ContactHistory::forwarded(qint64 contactId, qint64 fromUser, const QString &reasonLabel,
                                       const QString &queue, const QString &note, std::optional<qint64> byUser)
{
    SPOCS_TRY_LET(from, userName(fromUser));
    SPOCS_TRY_LET(queueLabel, queueName(queue));
    QString text = QStringLiteral("Forwarded by %1 to the %2 queue (%3)").arg(*from, *queueLabel, reasonLabel);
    if (!note.trimmed().isEmpty())
        text += QStringLiteral(". Note: %1").arg(shortened(note, kNotesSummaryLength));
    return write(contactId, QStringLiteral("contact"), text, byUser);
}

Result<void> ContactHistory::transferred(qint64 contactId, qint64 fromUser, qint64 toUser, const QString &kind,
                                         std::optional<qint64> byUser)
{
    SPOCS_TRY_LET(from, userName(fromUser));
    SPOCS_TRY_LET(to, userName(toUser));
    return write(contactId, QStringLiteral("contact"),
                 QStringLiteral("Transferred (%1) from %2 to %3").arg(kind, *from, *to), byUser);
}

Result<void> ContactHistory::consulted(const domain::Consult &consult, std::optional<qint64> byUser)
{
    return write(consult.contact, QStringLiteral("consult"), consultText(consult), byUser);
}

Result<QString> ContactHistory::userName(qint64 userId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("SELECT login, display_name FROM users WHERE id = ?"), { userId }, "history user"));
    if (!q.next())
        return QString();
    return shownName(domain::Person { userId, q.value(0).toString(), q.value(1).toString(), {} });
}

Result<QString> ContactHistory::queueName(const QString &code)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT label FROM skills WHERE code = ?"), { code }, "history queue"));
    const QString label = q.next() ? q.value(0).toString() : QString();
    return label.isEmpty() ? code : label;
}

Result<void> ContactHistory::emailed(qint64 contactId, qint64 byUser, const QString &subject, const QString &text)
{
    return write(contactId, QStringLiteral("contact"),
                 QStringLiteral("E-mail sent: %1 – %2").arg(subject, shortened(text, kNotesSummaryLength)), byUser);
}

Result<void> ContactHistory::write(qint64 contactId, const QString &type, const QString &text,
                                   std::optional<qint64> byUser)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT cu.id, cu.public_id, cu.version FROM contacts k "
                                               "JOIN customers cu ON cu.id = k.customer_id WHERE k.id = ?"),
                                { contactId }, "contact's customer"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no contact %1").arg(contactId));
    const qint64 rowId = q.value(0).toLongLong();
    const QString customerId = q.value(1).toString();
    const qint64 version = q.value(2).toLongLong();
    q.finish();
    SPOCS_TRY_LET(
        item, CustomerHistory(m_db).record({ rowId, m_db.nowStamp(), type, byUser, text, QString::number(contactId) }));
    SPOCS_TRY_LET(seq,
                  m_events.publish(protocol::customerTopic(customerId), QString::fromUtf16(event::CustomerHistoryAdded),
                                   QJsonObject { { QStringLiteral("history"), item->toJson() },
                                                 { QStringLiteral("customer"), customerId },
                                                 { QStringLiteral("version"), version } }));
    return {};
}

} // namespace spocs
