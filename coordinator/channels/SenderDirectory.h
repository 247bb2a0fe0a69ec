#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace spocs {

class CustomerStore;
class Database;

// Who is writing or calling us: the customer whose address list holds a sender's address (or
// whose phone numbers hold the caller's number), or a new prospect created through
// CustomerStore::create so that nobody who gets in touch is turned away. Writes join the
// caller's transaction.
class SenderDirectory
{
public:
    SenderDirectory(Database &db, CustomerStore &customers);

    // The public id of the customer with this address (case-insensitive); empty when none.
    Result<QString> customerByAddress(const QString &address);
    // `from` is an e-mail address (it has an "@") or a phone number: the customer it belongs
    // to; empty when none.
    Result<QString> customerFrom(const QString &from);
    // A new prospect with this name and address, preferred channel e-mail, owned by nobody.
    Result<QString> createProspect(const QString &name, const QString &address);
    // A new prospect named after `from` (an address or a number) with it as their only contact
    // detail; bad_request naming `field` when it is neither.
    Result<QString> createProspectFrom(const QString &from, const QString &field);

    static bool isAddress(const QString &from) { return from.contains(u'@'); }

private:
    Database &m_db;
    CustomerStore &m_customers;
};

} // namespace spocs
