#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace spocs {

class Database;

// The catalogue with live availability. Product = {sku, name, description, price,
// currency, stockOnHand, reserved, available, leadTimeDays, discontinued, version}.
// Stock is reserved and released by OrderStore inside its write transaction.
class ProductStore
{
public:
    explicit ProductStore(Database &db);

    // Exact SKU first, then SKU prefixes, then names starting with the words, then
    // names or descriptions containing every word. Empty query: the catalogue by name.
    // {"items":[Product]}
    Result<QJsonObject> search(const QString &query, int limit);
    // {"product": Product}; not_found for an unknown SKU.
    Result<QJsonObject> get(const QString &sku);

    static constexpr int kMaxSearchLimit = 50;

private:
    Database &m_db;
};

} // namespace spocs
