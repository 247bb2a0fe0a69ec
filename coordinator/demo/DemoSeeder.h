#pragma once

#include "core/Result.h"

#include <QDate>

namespace spocs {

class AuthStore;
class Database;

// Fills an empty database with a believable demo world: 27 users (agent1..20,
// expert1..5, lead1, admin; password "demo"), ~200 products and `customers`
// international customers with accounts, orders, invoices, payments and history.
// Deterministic: the same count and day give the same data (dates are relative to
// `today`, default the current UTC date).
class DemoSeeder
{
public:
    struct DemoSummary
    {
        int users = 0;
        int customers = 0;
        int products = 0;
        int orders = 0;
        int invoices = 0;
        int historyItems = 0;
    };

    static constexpr int kDefaultCustomers = 2000;
    static constexpr int kFirstCustomerNumber = 1000;

    // Does nothing and returns zeros when the database already has users or customers.
    static Result<DemoSummary> seed(Database &db, AuthStore &auth, int customers = kDefaultCustomers, QDate today = {});
};

using DemoSummary = DemoSeeder::DemoSummary;

} // namespace spocs
