#include "coordinator/commerce/ProductStore.h"

#include "coordinator/customers/CustomerStore.h"
#include "coordinator/storage/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace spocs {
namespace {

constexpr int kMaxWords = 5;

const QString kColumns = QStringLiteral("sku, name, description, price_cents, currency, stock_on_hand, reserved, "
                                        "lead_time_days, discontinued, version");

QJsonObject productJson(const QSqlQuery &q)
{
    const qint64 stock = q.value(5).toLongLong();
    const qint64 reserved = q.value(6).toLongLong();
    return QJsonObject { { QStringLiteral("sku"), q.value(0).toString() },
                         { QStringLiteral("name"), q.value(1).toString() },
                         { QStringLiteral("description"), q.value(2).toString() },
                         { QStringLiteral("price"), CustomerStore::formatCents(q.value(3).toLongLong()) },
                         { QStringLiteral("currency"), q.value(4).toString() },
                         { QStringLiteral("stockOnHand"), stock },
                         { QStringLiteral("reserved"), reserved },
                         { QStringLiteral("available"), std::max<qint64>(0, stock - reserved) },
                         { QStringLiteral("leadTimeDays"), q.value(7).toLongLong() },
                         { QStringLiteral("discontinued"), q.value(8).toInt() != 0 },
                         { QStringLiteral("version"), q.value(9).toLongLong() } };
}

// LIKE pattern text with its wildcards escaped (ESCAPE '\').
QString likeEscaped(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

ProductStore::ProductStore(Database &db)
    : m_db(db)
{ }

Result<QJsonObject> ProductStore::search(const QString &query, int limit)
{
    limit = std::clamp(limit, 1, kMaxSearchLimit);
    const QString text = query.simplified().left(200);
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > kMaxWords)
        words = words.mid(0, kMaxWords);

    // Every word must occur in the SKU, the name or the description.
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions.append(QStringLiteral("(sku LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' "
                                         "OR description LIKE ? ESCAPE '\\')"));
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString sql = QStringLiteral("SELECT %1 FROM products%2 ORDER BY (sku = ? COLLATE NOCASE) DESC, "
                                       "(sku LIKE ? ESCAPE '\\') DESC, (name LIKE ? ESCAPE '\\') DESC, "
                                       "discontinued, name COLLATE NOCASE, sku LIMIT ?")
                            .arg(kColumns, where);
    QSqlQuery q = m_db.prepare(sql);
    for (const QString &w : std::as_const(words)) {
        const QString contains = QString(u'%' + likeEscaped(w) + u'%');
        q.addBindValue(contains);
        q.addBindValue(contains);
        q.addBindValue(contains);
    }
    q.addBindValue(text);
    q.addBindValue(QString(likeEscaped(text) + u'%'));
    q.addBindValue(QString(likeEscaped(text) + u'%'));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, "product search");
    QJsonArray items;
    while (q.next())
        items.append(productJson(q));
    return QJsonObject { { QStringLiteral("items"), items } };
}

Result<QJsonObject> ProductStore::get(const QString &sku)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM products WHERE sku = ?").arg(kColumns));
    q.addBindValue(sku);
    if (!q.exec())
        return sqlError(q, "get product");
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no product %1").arg(sku.left(32)),
                         QJsonObject { { QStringLiteral("sku"), sku.left(32) } });
    return QJsonObject { { QStringLiteral("product"), productJson(q) } };
}

} // namespace spocs
