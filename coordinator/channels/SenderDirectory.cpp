#include "coordinator/channels/SenderDirectory.h"

#include "coordinator/customers/CustomerStore.h"
#include "coordinator/storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace spocs {

SenderDirectory::SenderDirectory(Database &db, CustomerStore &customers)
    : m_db(db)
    , m_customers(customers)
{ }

Result<QString> SenderDirectory::customerByAddress(const QString &address)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT c.public_id FROM customer_emails e JOIN customers c "
                                              "ON c.id = e.customer_id WHERE e.email = ? ORDER BY c.id LIMIT 1"));
    if (!execWith(q, { address }))
        return sqlError(q, "customer by address");
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> SenderDirectory::createProspect(const QString &name, const QString &address)
{
    QSqlQuery max = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(CAST(substr(public_id, 3) AS INTEGER)), 999) "
                                                "FROM customers WHERE public_id GLOB 'C-[0-9]*'"));
    if (!max.exec() || !max.next())
        return sqlError(max, "next customer number");
    const QString publicId = QStringLiteral("C-%1").arg(max.value(0).toLongLong() + 1);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery c = m_db.prepare(QStringLiteral("INSERT INTO customers(public_id, name, preferred_channel, created_at, "
                                              "updated_at) VALUES (?, ?, 'email', ?, ?)"));
    if (!execWith(c, { publicId, name.isEmpty() ? address : name.left(200), at, at }))
        return sqlError(c, "insert prospect");
    const qint64 rowId = c.lastInsertId().toLongLong();
    QSqlQuery e = m_db.prepare(
        QStringLiteral("INSERT INTO customer_emails(customer_id, email, kind, position) VALUES (?, ?, 'private', 0)"));
    if (!execWith(e, { rowId, address }))
        return sqlError(e, "insert prospect address");
    QSqlQuery f = m_db.prepare(QStringLiteral("INSERT INTO customer_flags(customer_id, flag) VALUES (?, 'prospect')"));
    if (!execWith(f, { rowId }))
        return sqlError(f, "flag prospect");
    if (auto r = m_customers.reindex(rowId); !r)
        return r.error();
    return publicId;
}

} // namespace spocs
