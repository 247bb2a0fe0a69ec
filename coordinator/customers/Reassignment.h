#pragma once

#include "core/Result.h"
#include "core/domain/Customer.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace spocs {

class Database;

// customer.reassign: moves customers (given ones, or every customer of a leaver) and their
// open follow-ups to a new owner, with a history item on each customer. Joins the caller's
// transaction; the op handler audits and publishes.
class Reassignment
{
public:
    explicit Reassignment(Database &db);

    struct Request
    {
        QStringList customers; // public ids; empty when `from` is given
        std::optional<qint64> from; // the leaver: all their customers and open follow-ups
        qint64 owner = 0;
        std::optional<qint64> backup;
        qint64 by = 0;
    };
    struct Moved
    {
        domain::CustomerReassignment summary;
        QList<qint64> previousOwners; // of the customers and follow-ups that moved, without the new owner
    };
    // bad_request naming `owner`, `backup` or `from` for an unknown user, a disabled owner or backup, or one who
    // does not serve customers; not_found naming `customers` for an unknown customer.
    Result<Moved> move(const Request &request);

    static constexpr int kMaxCustomers = 500; // per request by list

private:
    // A user who may own customers: exists, is enabled, serves customers.
    Result<domain::Person> assignee(qint64 userId, const QString &field);

    Database &m_db;
};

} // namespace spocs
