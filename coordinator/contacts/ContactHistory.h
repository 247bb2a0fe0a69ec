#pragma once

#include "core/Result.h"
#include "core/domain/Consult.h"
#include "core/domain/Contact.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace spocs {

class Database;
class EventBus;

// A contact's story in its customer's history, so the next agent sees what happened last time:
// one item of type "contact" when the contact closes, is abandoned, forwarded or handed over
// or answered by e-mail,
// and one of type "consult" when a consult on it ends. Every item's `ref` is the contact's id.
// Each write joins the caller's transaction and publishes customer.history.added on the
// customer's topic; the customer's own version is left alone (the contact is not the record).
class ContactHistory
{
public:
    ContactHistory(Database &db, EventBus &events);

    // Closed or abandoned: reasons, outcome, tasks, owner, follow-up and the notes in short.
    Result<void> closed(qint64 contactId, std::optional<qint64> byUser);
    Result<void> forwarded(qint64 contactId, qint64 fromUser, const QString &reasonLabel, const QString &queue,
                           const QString &note, std::optional<qint64> byUser);
    Result<void> transferred(qint64 contactId, qint64 fromUser, qint64 toUser, const QString &kind,
                             std::optional<qint64> byUser);
    Result<void> consulted(const domain::Consult &consult, std::optional<qint64> byUser);
    // An e-mail answer to the customer: its subject and the start of what they were told,
    // so the timeline shows it without opening the contact (chat lines stay in the contact).
    Result<void> emailed(qint64 contactId, qint64 byUser, const QString &subject, const QString &text);

    // The item texts (English, like every history text the coordinator writes), naming people and
    // queues as the next agent knows them: by name, not by login or code.
    static QString closedText(const domain::Contact &contact, const QStringList &reasonLabels,
                              const QString &queueName);
    static QString consultText(const domain::Consult &consult);
    // At most `length` characters on one line, cut at a word with an ellipsis.
    static QString shortened(const QString &text, int length);

    static constexpr int kNotesSummaryLength = 200;

private:
    Result<void> write(qint64 contactId, const QString &type, const QString &text, std::optional<qint64> byUser);
    Result<QString> userName(qint64 userId); // the name, else the login
    Result<QString> queueName(const QString &code); // the queue's label, else its code

    Database &m_db;
    EventBus &m_events;
};

} // namespace spocs
