#pragma once

#include "core/Result.h"
#include "core/domain/Customer.h"

#include <QString>

#include <optional>

namespace spocs {

class Database;

// The one writer of a customer's timeline (the history table). Notes, orders, payments and
// sent articles all land here; each joins the caller's Database::write() transaction.
class CustomerHistory
{
public:
    explicit CustomerHistory(Database &db);

    struct Entry
    {
        qint64 customerRowId = 0;
        QString at;
        QString type; // note|contact|order|invoice|article|consult
        std::optional<qint64> authorUserId;
        QString text;
        std::optional<QString> ref;
    };

    // Appends an entry; the record it belongs to (an order, an invoice) carries its own version.
    Result<qint64> append(const Entry &entry);
    // Appends an entry and returns it as the wire shows it (with the author's login).
    Result<domain::HistoryItem> record(const Entry &entry);

    struct Appended
    {
        domain::HistoryItem item;
        qint64 customerVersion = 0;
    };
    // Appends an entry that changes the customer's own view (a note, a sent article) and bumps
    // the customer's version, so that open views refetch.
    Result<Appended> appendAndBump(const Entry &entry);

private:
    Database &m_db;
};

} // namespace spocs
