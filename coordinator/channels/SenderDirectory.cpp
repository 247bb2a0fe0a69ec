#include "coordinator/channels/SenderDirectory.h"

#include "coordinator/customers/CustomerStore.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Try.h"

#include <QSqlQuery>
#include <QVariant>

namespace spocs {

SenderDirectory::SenderDirectory(Database &db, CustomerStore &customers)
    : m_db(db)
    , m_customers(customers)
{ }

Result<QString> SenderDirectory::customerByAddress(const QString &address)
{
    SPOCS_TRY_ASSIGN(QSqlQuery q,
                     m_db.query(QStringLiteral("SELECT c.public_id FROM customer_emails e JOIN customers c "
                                               "ON c.id = e.customer_id WHERE e.email = ? ORDER BY c.id LIMIT 1"),
                                { address }, "customer by address"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> SenderDirectory::customerFrom(const QString &from)
{
    const QString trimmed = from.trimmed();
    return isAddress(trimmed) ? customerByAddress(trimmed) : m_customers.customerByPhone(trimmed);
}

Result<QString> SenderDirectory::createProspect(const QString &name, const QString &address)
{
    domain::CustomerDraft draft;
    draft.name
        = (name.simplified().isEmpty() ? address.simplified() : name.simplified()).left(CustomerStore::kMaxNameLength);
    if (draft.name.isEmpty())
        draft.name = QStringLiteral("Unknown sender");
    draft.emails = { address };
    draft.preferredChannel = QStringLiteral("email");
    auto created = m_customers.create(draft, std::nullopt, std::nullopt);
    if (!created && created.error().code == ErrorCode::BadRequest) {
        // An address we would not store as one still gets its customer: nobody is turned away.
        draft.emails.clear();
        created = m_customers.create(draft, std::nullopt, std::nullopt);
    }
    if (!created)
        return created.error();
    return created->id;
}

Result<QString> SenderDirectory::createProspectFrom(const QString &from, const QString &field)
{
    const QString trimmed = from.trimmed();
    domain::CustomerDraft draft;
    draft.name = trimmed;
    if (isAddress(trimmed)) {
        draft.emails = { trimmed };
        draft.preferredChannel = QStringLiteral("email");
    } else {
        draft.phones = { trimmed };
        draft.preferredChannel = QStringLiteral("phone");
    }
    auto created = m_customers.create(draft, std::nullopt, std::nullopt);
    if (!created) {
        // The caller named `from`, not emails or phones.
        if (created.error().code == ErrorCode::BadRequest)
            return badField(field, QStringLiteral("%1 is neither an e-mail address nor a phone number").arg(field));
        return created.error();
    }
    return created->id;
}

} // namespace spocs
