#include "coordinator/customers/CustomerHistory.h"

#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Try.h"

#include <QSqlQuery>

namespace spocs {

CustomerHistory::CustomerHistory(Database &db)
    : m_db(db)
{ }

Result<qint64> CustomerHistory::append(const Entry &entry)
{
    QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT INTO history(customer_id, at, type, author_user_id, summary, "
                                                "ref) VALUES (?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(entry.customerRowId);
    ins.addBindValue(entry.at);
    ins.addBindValue(entry.type);
    ins.addBindValue(sqlvalues::nullableId(entry.authorUserId));
    ins.addBindValue(entry.text);
    ins.addBindValue(entry.ref ? QVariant(*entry.ref) : QVariant(QMetaType(QMetaType::QString)));
    if (!ins.exec())
        return sqlError(ins, "customer history");
    return ins.lastInsertId().toLongLong();
}

Result<domain::HistoryItem> CustomerHistory::record(const Entry &entry)
{
    SPOCS_TRY_LET(id, append(entry));
    QString author;
    if (entry.authorUserId) {
        QSqlQuery login = m_db.prepare(QStringLiteral("SELECT login FROM users WHERE id = ?"));
        login.addBindValue(*entry.authorUserId);
        if (!login.exec())
            return sqlError(login, "history author");
        if (login.next())
            author = login.value(0).toString();
    }
    return domain::HistoryItem { id.value(), entry.at, entry.type, author, entry.text, entry.ref };
}

Result<CustomerHistory::Appended> CustomerHistory::appendAndBump(const Entry &entry)
{
    SPOCS_TRY_LET(item, record(entry));
    QSqlQuery bump = m_db.prepare(QStringLiteral("UPDATE customers SET version = version + 1, updated_at = ? "
                                                 "WHERE id = ? RETURNING version"));
    bump.addBindValue(entry.at);
    bump.addBindValue(entry.customerRowId);
    if (!bump.exec() || !bump.next())
        return sqlError(bump, "bump customer version");
    Appended out;
    out.customerVersion = bump.value(0).toLongLong();
    out.item = item.value();
    return out;
}

} // namespace spocs
