#pragma once

#include "core/Result.h"

#include <QString>

namespace spocs {

class CustomerStore;
class Database;

// Who is writing to us: the customer whose address list holds a sender's address, or a new
// customer flagged "prospect" so that nobody who writes is turned away. Writes join the
// caller's transaction.
class SenderDirectory
{
public:
    SenderDirectory(Database &db, CustomerStore &customers);

    // The public id of the customer with this address (case-insensitive); empty when none.
    Result<QString> customerByAddress(const QString &address);
    // A new customer with this name and address, preferred channel e-mail, flagged prospect.
    Result<QString> createProspect(const QString &name, const QString &address);

private:
    Database &m_db;
    CustomerStore &m_customers;
};

} // namespace spocs
