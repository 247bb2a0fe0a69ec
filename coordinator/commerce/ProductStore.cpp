#include "coordinator/commerce/ProductStore.h"

#include "coordinator/storage/Database.h"
#include "core/Try.h"
#include "core/domain/Commerce.h"

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
    return domain::Product { q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             domain::Money { q.value(3).toLongLong() },
                             q.value(4).toString(),
                             stock,
                             reserved,
                             std::max<qint64>(0, stock - reserved),
                             q.value(7).toLongLong(),
                             q.value(8).toInt() != 0,
                             q.value(9).toLongLong() }
        .toJson();
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
    if (!execWith(q, { text, QString(likeEscaped(text) + u'%'), QString(likeEscaped(text) + u'%'), limit }))
        return sqlError(q, "product search");
    QJsonArray items;
    while (q.next())
        items.append(productJson(q));
    return QJsonObject { { QStringLiteral("items"), items } };
}

Result<QJsonObject> ProductStore::get(const QString &sku)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("SELECT %1 FROM products WHERE sku = ?").arg(kColumns), { sku }, "get product"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no product %1").arg(sku.left(32)),
                         QJsonObject { { QStringLiteral("sku"), sku.left(32) } });
    return QJsonObject { { QStringLiteral("product"), productJson(q) } };
}

} // namespace spocs
