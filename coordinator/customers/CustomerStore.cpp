#include "coordinator/customers/CustomerStore.h"

#include "coordinator/commerce/BillingStore.h"
#include "coordinator/contacts/ContactStore.h"
#include "coordinator/customers/CustomerHistory.h"
#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Args.h"
#include "core/Try.h"
#include "core/domain/Commerce.h"

#include <QJsonArray>
#include <QSqlQuery>

// The customer's unified view (customer.get) and notes; the search lives in
// CustomerSearch.cpp and account.update in AccountUpdate.cpp.
namespace spocs {
namespace {

constexpr int kRecentHistory = 50;
constexpr int kRecentOrders = 20;

template<typename T> QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(item.toJson());
    return out;
}

} // namespace

CustomerStore::CustomerStore(Database &db)
    : m_db(db)
{ }

QString CustomerStore::formatCents(qint64 cents)
{
    return domain::Money { cents }.toString();
}

Error CustomerStore::notFound(const QString &customerId)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customerId.left(32)),
                     QJsonObject { { QStringLiteral("id"), customerId.left(32) } });
}

Result<qint64> CustomerStore::rowId(const QString &customerId)
{
    SPOCS_TRY_ASSIGN(
        QSqlQuery q,
        m_db.query(QStringLiteral("SELECT id FROM customers WHERE public_id = ?"), { customerId }, "find customer"));
    if (!q.next())
        return notFound(customerId);
    return q.value(0).toLongLong();
}

qint64 CustomerStore::rowIdOf(const QString &customerId)
{
    const auto id = rowId(customerId);
    return id ? *id : 0;
}

bool CustomerStore::exists(const QString &customerId)
{
    return rowIdOf(customerId) != 0;
}

// ---------------------------------------------------------------- get

Result<domain::Customer> CustomerStore::customer(const QString &customerId, qint64 *rowIdOut)
{
    // One query for the profile: lists come back joined with the unit separator.
    QSqlQuery c = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.public_id, c.name, COALESCE(c.company, ''), c.language, c.preferred_channel, c.notes, "
        "c.version, o.id, o.login, o.display_name, b.id, b.login, b.display_name, c.created_at, c.updated_at, "
        "c.expected_response_hours, "
        "(SELECT group_concat(email, char(31)) FROM (SELECT email FROM customer_emails WHERE customer_id = c.id "
        " ORDER BY position, id)), "
        "(SELECT group_concat(raw, char(31)) FROM (SELECT raw FROM customer_phones WHERE customer_id = c.id "
        " ORDER BY position, id)), "
        "(SELECT group_concat(flag, char(31)) FROM (SELECT flag FROM customer_flags WHERE customer_id = c.id "
        " ORDER BY flag)), "
        "ad.id, ad.street, ad.city, ad.postcode, ad.country, "
        "a.id, a.number, a.status, a.plan, a.credit_limit_cents, a.balance_cents, a.currency, a.opened_on, a.version "
        "FROM customers c LEFT JOIN users o ON o.id = c.owner_user_id "
        "LEFT JOIN users b ON b.id = c.backup_user_id "
        "LEFT JOIN addresses ad ON ad.id = (SELECT id FROM addresses WHERE customer_id = c.id "
        " ORDER BY kind = 'billing' DESC, id LIMIT 1) "
        "LEFT JOIN accounts a ON a.id = (SELECT id FROM accounts WHERE customer_id = c.id ORDER BY id LIMIT 1) "
        "WHERE c.public_id = ?"));
    c.addBindValue(customerId);
    if (!c.exec())
        return sqlError(c, "get customer");
    if (!c.next())
        return notFound(customerId);
    if (rowIdOut)
        *rowIdOut = c.value(0).toLongLong();
    const auto list = [&](int column) {
        return c.value(column).toString().split(QChar(31), Qt::SkipEmptyParts);
    };
    domain::Customer customer;
    customer.id = c.value(1).toString();
    customer.name = c.value(2).toString();
    customer.company = c.value(3).toString();
    customer.emails = list(17);
    customer.phones = list(18);
    if (!c.value(20).isNull())
        customer.address = domain::Address { c.value(21).toString(), c.value(22).toString(), c.value(23).toString(),
                                             c.value(24).toString() };
    customer.language = c.value(4).toString();
    customer.flags = list(19);
    customer.notes = c.value(6).toString();
    customer.preferredChannel = c.value(5).toString();
    customer.expectedResponseHours = c.value(16).toLongLong();
    customer.version = c.value(7).toLongLong();
    customer.owner = sqlvalues::personAt(c, 8);
    customer.backup = sqlvalues::personAt(c, 11);
    if (!c.value(25).isNull()) {
        domain::Account account;
        account.number = c.value(26).toString();
        domain::fromWireName(c.value(27).toString(), &account.status);
        account.plan = c.value(28).toString();
        account.creditLimit = domain::Money { c.value(29).toLongLong() };
        account.balance = domain::Money { c.value(30).toLongLong() };
        account.currency = c.value(31).toString();
        account.openedOn = c.value(32).toString();
        account.version = c.value(33).toLongLong();
        customer.account = account;
    }
    customer.createdAt = c.value(14).toString();
    customer.updatedAt = c.value(15).toString();
    return customer;
}

Result<QJsonObject> CustomerStore::customerJson(const QString &customerId, qint64 *rowIdOut)
{
    SPOCS_TRY_LET(c, customer(customerId, rowIdOut));
    return c->toJson();
}

Result<domain::CustomerView> CustomerStore::get(const QString &customerId)
{
    qint64 rowId = 0;
    SPOCS_TRY_LET(customer, this->customer(customerId, &rowId));
    const QString today = m_db.now().date().toString(Qt::ISODate);

    SPOCS_TRY_ASSIGN(QList<domain::OrderSummary> openOrders,
                     ordersOf(rowId,
                              QStringLiteral("AND status IN ('draft', 'placed', 'picked', 'shipped') "
                                             "ORDER BY created_at DESC, id DESC"),
                              {}));
    // One more than shown says whether there are older ones.
    SPOCS_TRY_ASSIGN(
        QList<domain::OrderSummary> recentOrders,
        ordersOf(rowId, QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT ?"), { kRecentOrders + 1 }));
    const bool moreOrders = recentOrders.size() > kRecentOrders;
    if (moreOrders)
        recentOrders.removeLast();

    QList<domain::InvoiceSummary> invoices;
    qint64 overdueCents = 0;
    QSqlQuery i = m_db.prepare(QStringLiteral(
        "SELECT number, issued_on, due_on, total_cents, balance_cents, currency, status, (SELECT "
        "COALESCE(SUM(amount_cents), 0) FROM credit_requests WHERE invoice_id = invoices.id AND status = "
        "'pending_approval') FROM invoices WHERE customer_id = ? AND balance_cents > 0 AND status IN ('open', "
        "'disputed') ORDER BY due_on, id"));
    i.addBindValue(rowId);
    if (!i.exec())
        return sqlError(i, "get customer invoices");
    while (i.next()) {
        const domain::InvoiceSummary summary = BillingStore::summary(
            i.value(0).toString(), i.value(1).toString(), i.value(2).toString(), i.value(3).toLongLong(),
            i.value(4).toLongLong(), i.value(5).toString(), i.value(6).toString(), today, i.value(7).toLongLong());
        if (summary.overdue)
            overdueCents += summary.balance.cents;
        invoices.append(summary);
    }
    const domain::Balance balance { customer->account ? customer->account->balance : domain::Money {},
                                    customer->account ? customer->account->currency : QStringLiteral("EUR"),
                                    domain::Money { overdueCents } };

    QList<domain::Card> cards;
    QSqlQuery k = m_db.prepare(QStringLiteral("SELECT brand, bin, last4 FROM payment_cards WHERE customer_id = ? "
                                              "ORDER BY id"));
    k.addBindValue(rowId);
    if (!k.exec())
        return sqlError(k, "get customer cards");
    while (k.next())
        cards.append(domain::Card { k.value(0).toString(), k.value(1).toString(), k.value(2).toString() });

    SPOCS_TRY_ASSIGN(QList<domain::HistoryItem> history, historyOf(rowId, QString(), {}, kRecentHistory + 1));
    const bool moreHistory = history.size() > kRecentHistory;
    if (moreHistory)
        history.removeLast();

    SPOCS_TRY_LET(openContacts, ContactStore(m_db).openContacts(customerId));
    auto closedContacts
        = ContactStore(m_db).closedContacts(rowId, m_db.now().addDays(-kClosedContactDays), kMaxClosedContacts);
    if (!closedContacts)
        return closedContacts.error();
    domain::CustomerView view;
    view.customer = std::move(*customer);
    view.openOrders = std::move(openOrders);
    view.orders = std::move(recentOrders);
    view.moreOrders = moreOrders;
    view.invoices = std::move(invoices);
    view.balance = balance;
    view.cards = std::move(cards);
    view.recentHistory = std::move(history);
    view.moreHistory = moreHistory;
    view.openContacts = std::move(openContacts.value());
    view.contacts = std::move(closedContacts.value());
    return view;
}

Result<QList<domain::OrderSummary>> CustomerStore::ordersOf(qint64 rowId, const QString &where,
                                                            const QVariantList &values)
{
    QVariantList bound { rowId };
    bound.append(values);
    SPOCS_TRY_ASSIGN(QSqlQuery o,
                     m_db.query(QStringLiteral("SELECT number, status, total_cents, currency, created_at, promised_on, "
                                               "version, (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) "
                                               "FROM orders o WHERE customer_id = ? %1")
                                    .arg(where),
                                bound, "customer orders"));
    QList<domain::OrderSummary> out;
    while (o.next()) {
        domain::OrderSummary order;
        order.number = o.value(0).toString();
        domain::fromWireName(o.value(1).toString(), &order.status);
        order.total = domain::Money { o.value(2).toLongLong() };
        order.currency = o.value(3).toString();
        order.createdAt = o.value(4).toString();
        order.promisedOn = sqlvalues::optText(o, 5);
        order.version = o.value(6).toLongLong();
        order.lineCount = o.value(7).toLongLong();
        out.append(order);
    }
    return out;
}

Result<QList<domain::HistoryItem>> CustomerStore::historyOf(qint64 rowId, const QString &where,
                                                            const QVariantList &values, int limit)
{
    QVariantList bound { rowId };
    bound.append(values);
    bound.append(limit);
    SPOCS_TRY_ASSIGN(QSqlQuery h,
                     m_db.query(QStringLiteral("SELECT h.id, h.at, h.type, COALESCE(u.login, ''), h.summary, h.ref "
                                               "FROM history h LEFT JOIN users u ON u.id = h.author_user_id "
                                               "WHERE h.customer_id = ? %1 ORDER BY h.at DESC, h.id DESC LIMIT ?")
                                    .arg(where),
                                bound, "customer history"));
    QList<domain::HistoryItem> out;
    while (h.next()) {
        out.append(domain::HistoryItem { h.value(0).toLongLong(), h.value(1).toString(), h.value(2).toString(),
                                         h.value(3).toString(), h.value(4).toString(), sqlvalues::optText(h, 5) });
    }
    return out;
}

Result<domain::OrderPage> CustomerStore::olderOrders(const QString &customerId, const QString &beforeNumber, int limit)
{
    const qint64 rowId = rowIdOf(customerId);
    if (rowId == 0)
        return notFound(customerId);
    // The page starts after the named order in the view's order (newest first).
    SPOCS_TRY_ASSIGN(
        QSqlQuery before,
        m_db.query(QStringLiteral("SELECT created_at, id FROM orders WHERE customer_id = ? AND number = ?"),
                   { rowId, beforeNumber }, "older orders"));
    if (!before.next())
        return badField(QStringLiteral("before"),
                        QStringLiteral("%1 is not an order of %2").arg(beforeNumber, customerId));
    const QVariant at = before.value(0);
    const QVariant id = before.value(1);
    SPOCS_TRY_ASSIGN(QList<domain::OrderSummary> orders,
                     ordersOf(rowId,
                              QStringLiteral("AND (created_at < ? OR (created_at = ? AND id < ?)) "
                                             "ORDER BY created_at DESC, id DESC LIMIT ?"),
                              { at, at, id, limit + 1 }));
    domain::OrderPage page;
    page.more = orders.size() > limit;
    if (page.more)
        orders.removeLast();
    page.orders = std::move(orders);
    return page;
}

Result<domain::HistoryPage> CustomerStore::olderHistory(const QString &customerId, qint64 beforeId, int limit)
{
    const qint64 rowId = rowIdOf(customerId);
    if (rowId == 0)
        return notFound(customerId);
    SPOCS_TRY_ASSIGN(QSqlQuery before,
                     m_db.query(QStringLiteral("SELECT at FROM history WHERE customer_id = ? AND id = ?"),
                                { rowId, beforeId }, "older history"));
    if (!before.next())
        return badField(QStringLiteral("before"),
                        QStringLiteral("%1 is not a history item of %2").arg(beforeId).arg(customerId));
    const QVariant at = before.value(0);
    SPOCS_TRY_ASSIGN(
        QList<domain::HistoryItem> items,
        historyOf(rowId, QStringLiteral("AND (h.at < ? OR (h.at = ? AND h.id < ?))"), { at, at, beforeId }, limit + 1));
    domain::HistoryPage page;
    page.more = items.size() > limit;
    if (page.more)
        items.removeLast();
    page.items = std::move(items);
    return page;
}

// ---------------------------------------------------------------- writes

Result<QJsonObject> CustomerStore::addNote(const QString &customerId, qint64 authorUserId, const QString &text)
{
    const QString note = text.trimmed();
    const QJsonObject field { { QStringLiteral("field"), QStringLiteral("text") } };
    if (note.isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("note text is empty"), field);
    if (note.size() > kMaxNoteLength)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("note text is longer than %1 characters").arg(kMaxNoteLength), field);

    return m_db.write([&]() -> Result<QJsonObject> {
        QJsonObject out;
        const qint64 rowId = rowIdOf(customerId);
        if (rowId == 0)
            return notFound(customerId);
        QSqlQuery author = m_db.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
        author.addBindValue(authorUserId);
        if (!author.exec())
            return sqlError(author, "note author");
        if (!author.next())
            return makeError(ErrorCode::BadRequest, QStringLiteral("unknown author"));
        author.finish();
        SPOCS_TRY_LET(added,
                      CustomerHistory(m_db).appendAndBump(
                          { rowId, m_db.nowStamp(), QStringLiteral("note"), authorUserId, note, std::nullopt }));
        out = QJsonObject { { QStringLiteral("customer"), customerId },
                            { QStringLiteral("note"), added->item.toJson() },
                            { QStringLiteral("version"), added->customerVersion } };
        return out;
    });
}

} // namespace spocs
