#include "coordinator/demo/DemoSeeder.h"

#include "coordinator/auth/AuthStore.h"
#include "coordinator/auth/PasswordHasher.h"
#include "coordinator/contacts/ContactStore.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/demo/ContactDemoSeeder.h"
#include "coordinator/demo/DemoLocales.h"
#include "coordinator/demo/DemoStamp.h"
#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"
#include "core/WeightedPick.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace spocs {
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kSeed = 0x5B0C5u;
constexpr int kHistoryDays = 730; // orders, invoices and history within the last two years

using Locale = DemoLocale;
using NameOrder = DemoLocale::NameOrder;
using City = DemoLocale::City;

QStringList split(const char16_t *text)
{
    return QString::fromUtf16(text).split(u'|');
}

// Demo staff: login, display name, role.
struct StaffMember
{
    QString login;
    QString name;
    Role role;
};

QList<StaffMember> staff()
{
    const QStringList agentNames = split(
        u"Anna Berger|Tomasz Nowicki|Léa Martin|Jonas Weber|Sofia Costa|Mehmet Yıldız|Emma Lindqvist|Lukas Brandt|"
        u"Chiara Fontana|Oliver Hughes|Marta Kowalczyk|Nils Øster|Julia Hartmann|Carlos Ruiz|Hanna Virtanen|"
        u"Pierre Lefort|Aylin Demir|Finn Jansen|Greta Schulz|Mai Trần");
    const QStringList expertNames = split(u"Dr. Katrin Vogel|Rafael Ortega|Ingrid Solberg|Marek Dvořák|Yuki Tanaka");
    QList<StaffMember> out;
    for (int i = 0; i < agentNames.size(); ++i)
        out.append({ u"agent"_s + QString::number(i + 1), agentNames.at(i), Role::Agent });
    for (int i = 0; i < expertNames.size(); ++i)
        out.append({ u"expert"_s + QString::number(i + 1), expertNames.at(i), Role::Expert });
    out.append({ u"lead1"_s, u"Laura Hoffmann"_s, Role::Lead });
    out.append({ u"admin"_s, u"Administrator"_s, Role::Admin });
    // The service user the telephony bridge and `spocs-coordinator simulate` sign in as.
    out.append({ u"telephony"_s, u"Telephony bridge"_s, Role::Integration });
    return out;
}

struct Product
{
    qint64 id;
    QString sku;
    QString name;
    qint64 priceCents;
    bool discontinued;
};

// Lower-case ASCII letters and digits only, for e-mail local parts and domains.
QString slug(const QString &text)
{
    QString out;
    for (QChar c : CustomerStore::fold(text)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out;
}

// The stamp of a second of a day (demoStamp).
QString stampOf(const QString &day, int secondOfDay)
{
    return demoStamp(day, secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60);
}

class Seeder
{
public:
    Seeder(Database &db, AuthStore &auth, int customers, QDate today)
        : m_db(db)
        , m_auth(auth)
        , m_customerCount(customers)
        , m_today(today)
        , m_rng(kSeed)
    {
        // Days are counted backwards from today; index = days ago (future dates use negative offsets).
        for (int i = -60; i <= 4000; ++i)
            m_days.append(m_today.addDays(-i).toString(Qt::ISODate));
    }

    Result<DemoSummary> run();

private:
    const QString &day(int daysAgo) const { return m_days.at(daysAgo + 60); }
    QString stamp(int daysAgo) { return stampOf(day(daysAgo), 7 * 3600 + int(m_rng.bounded(11 * 3600))); }
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template<typename T> const T &oneOf(const QList<T> &list) { return list.at(pick(int(list.size()))); }
    const Locale &pickLocale();
    QSqlQuery query(const QString &sql) { return m_db.prepare(sql); }
    Result<void> exec(QSqlQuery &q, const char *what)
    {
        if (!q.exec())
            return sqlError(q, what);
        return {};
    }

    Result<void> seedUsers();
    Result<void> seedProducts();
    Result<void> seedCustomers();
    Result<void> seedStockAndCards();

    Database &m_db;
    AuthStore &m_auth;
    int m_customerCount;
    QDate m_today;
    QRandomGenerator m_rng;
    QStringList m_days;
    QList<qint64> m_agentIds;
    QList<Product> m_products;
    DemoSummary m_summary;
};

const Locale &Seeder::pickLocale()
{
    const auto weight = [](const Locale &l) {
        return l.weight;
    };
    static const int total = totalWeight(demoLocales(), weight);
    return demoLocales().at(weightedIndex(demoLocales(), pick(total), weight));
}

Result<DemoSummary> Seeder::run()
{
    // Argon2 is slow on purpose: hash once, give every demo user the same encoded hash.
    const QString hash = PasswordHasher::hash(u"demo"_s);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, u"password hashing failed"_s);

    m_db.exec(u"PRAGMA cache_size = -131072"_s); // 128 MiB while bulk-inserting
    // The seeder writes parents before children itself; skipping the per-row foreign-key
    // look-ups saves a good part of the time (a no-op inside a caller's transaction).
    m_db.exec(u"PRAGMA foreign_keys = OFF"_s);
    auto r = m_db.write([&]() -> Result<void> {
        for (const StaffMember &s : staff()) {
            SPOCS_TRY_LET(user, m_auth.addUserWithHash(s.login, s.name, s.role, hash));
            if (s.role == Role::Agent)
                m_agentIds.append(user->id);
            ++m_summary.users;
        }
        SPOCS_TRY(seedProducts());
        // Bulk load: building each secondary index once over sorted data is much faster
        // than maintaining it row by row. Read from the schema, so later migrations' indexes
        // are covered too; DDL is transactional, a failure restores them.
        QStringList indexes;
        QSqlQuery list = query(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               u"AND tbl_name NOT IN ('users', 'sessions', 'login_failures', 'products')"_s);
        if (!list.exec())
            return sqlError(list, "list indexes");
        QStringList names;
        while (list.next()) {
            names.append(list.value(0).toString());
            indexes.append(list.value(1).toString());
        }
        list.finish();
        for (const QString &name : std::as_const(names)) {
            SPOCS_TRY(m_db.exec(u"DROP INDEX \"%1\""_s.arg(name)));
        }
        QElapsedTimer phase;
        phase.start();
        SPOCS_TRY(seedCustomers());
        qCDebug(lcStorage) << "demo rows written in" << phase.restart() << "ms";
        for (const QString &sql : std::as_const(indexes)) {
            SPOCS_TRY(m_db.exec(sql));
        }
        qCDebug(lcStorage) << "demo indexes built in" << phase.elapsed() << "ms";
        return seedStockAndCards();
    });
    m_db.exec(u"PRAGMA foreign_keys = ON"_s);
    m_db.exec(u"PRAGMA cache_size = -2000"_s);
    if (!r)
        return r.error();
    return m_summary;
}

Result<void> Seeder::seedProducts()
{
    const QStringList adjectives = split(u"Compact|Pro|Ultra|Eco|Smart|Classic|Mini|Max|Flex|Prime");
    const QStringList nouns = split(u"Router|Printer|Monitor 27\"|Headset|Docking Station|Keyboard|Webcam|Laptop Stand|"
                                    u"SSD 1 TB|Cable Kit|Desk Lamp|Office Chair|Phone|Tablet|Charger|Speaker|Scanner|"
                                    u"Projector|Network Switch|Mouse");
    const QList<int> basePrices { 89, 199, 279, 79,  149, 59,  69,  39,  99,  19,
                                  45, 329, 449, 399, 29,  119, 179, 599, 139, 25 };
    QSqlQuery ins = query(u"INSERT INTO products(id, sku, name, description, price_cents, currency, stock_on_hand, "
                          u"lead_time_days, discontinued) VALUES (?, ?, ?, ?, ?, 'EUR', ?, ?, ?)"_s);
    qint64 id = 0;
    for (int n = 0; n < nouns.size(); ++n) {
        for (int a = 0; a < adjectives.size(); ++a) {
            Product p;
            p.id = ++id;
            p.sku = u"P-"_s + QString::number(10000 + id);
            p.name = u"%1 %2"_s.arg(adjectives.at(a), nouns.at(n));
            p.priceCents = qint64(basePrices.at(n)) * (70 + pick(80)) + 99 - 100; // x.99 prices
            p.discontinued = chance(5);
            int stock = 1 + pick(500);
            int leadTime = 2 + pick(9);
            if (chance(15)) { // out of stock, restock takes a while
                stock = 0;
                leadTime = 3 + pick(43);
            }
            if (p.discontinued)
                stock = pick(20);
            ins.bindValue(0, p.id);
            ins.bindValue(1, p.sku);
            ins.bindValue(2, p.name);
            ins.bindValue(3, u"%1 — %2 edition."_s.arg(nouns.at(n), adjectives.at(a)));
            ins.bindValue(4, p.priceCents);
            ins.bindValue(5, stock);
            ins.bindValue(6, leadTime);
            ins.bindValue(7, p.discontinued ? 1 : 0);
            SPOCS_TRY(exec(ins, "seed product"));
            m_products.append(p);
        }
    }
    m_summary.products = int(m_products.size());
    return {};
}

// Derived in SQL after the bulk load (the random sequence above is untouched):
// - stock reserved by the open orders (draft, placed, picked), at most the stock on hand;
// - every 20th product (SKUs ending in 20, 40, ..., P-10200) on sale with its last unit
//   free: stock 1, nothing reserved, not discontinued. Tests sell them ("last unit" races);
// - each open order line holding its share of its product's reserved units, oldest order
//   first, so that cancelling an order releases only what it holds;
// - a masked card (brand, BIN, last four: never more) for each customer who paid by card,
//   linked to those payments.
Result<void> Seeder::seedStockAndCards()
{
    for (const QString &sql : {
             u"UPDATE products SET reserved = MIN(stock_on_hand, (SELECT COALESCE(SUM(l.quantity), 0) "
             u"FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.product_id = products.id "
             u"AND o.status IN ('draft', 'placed', 'picked')))"_s,
             u"UPDATE products SET stock_on_hand = 1, reserved = 0, discontinued = 0 WHERE id % 20 = 0"_s,
             u"WITH open_lines AS (SELECT l.id AS line_id, l.quantity AS quantity, p.reserved AS pool, "
             u"SUM(l.quantity) OVER (PARTITION BY l.product_id ORDER BY o.id, l.line_no ROWS UNBOUNDED PRECEDING) "
             u"AS up_to FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
             u"WHERE o.status IN ('draft', 'placed', 'picked')) "
             u"UPDATE order_lines SET reserved = (SELECT MAX(0, MIN(quantity, pool - (up_to - quantity))) "
             u"FROM open_lines WHERE line_id = order_lines.id) WHERE id IN (SELECT line_id FROM open_lines)"_s,
             u"INSERT INTO payment_cards(customer_id, brand, bin, last4, created_at) "
             u"SELECT i.customer_id, CASE i.customer_id % 3 WHEN 0 THEN 'visa' WHEN 1 THEN 'mastercard' "
             u"ELSE 'amex' END, CASE i.customer_id % 3 WHEN 0 THEN '411111' WHEN 1 THEN '555555' "
             u"ELSE '378282' END, printf('%04d', (i.customer_id * 7919) % 10000), MIN(p.received_on) "
             u"FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.method = 'card' "
             u"GROUP BY i.customer_id ORDER BY i.customer_id"_s,
             u"UPDATE payments SET card_id = (SELECT c.id FROM payment_cards c JOIN invoices i "
             u"ON i.customer_id = c.customer_id WHERE i.id = payments.invoice_id) WHERE method = 'card'"_s,
         }) {
        SPOCS_TRY(m_db.exec(sql));
    }
    return {};
}

Result<void> Seeder::seedCustomers()
{
    QSqlQuery customer = query(u"INSERT INTO customers(id, public_id, name, company, language, preferred_channel, "
                               u"notes, owner_user_id, backup_user_id, created_at, updated_at) "
                               u"VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?)"_s);
    QSqlQuery flag = query(u"INSERT INTO customer_flags(customer_id, flag) VALUES (?, ?)"_s);
    QSqlQuery email = query(u"INSERT INTO customer_emails(customer_id, email, kind, position) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery phone = query(u"INSERT INTO customer_phones(customer_id, raw, digits, digits_reversed, kind, position) "
                            u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery address = query(u"INSERT INTO addresses(customer_id, kind, street, city, postcode, country) "
                              u"VALUES (?, 'billing', ?, ?, ?, ?)"_s);
    QSqlQuery account = query(u"INSERT INTO accounts(id, number, customer_id, status, plan, credit_limit_cents, "
                              u"balance_cents, currency, opened_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery accountBalance = query(u"UPDATE accounts SET balance_cents = ? WHERE id = ?"_s);
    QSqlQuery order = query(u"INSERT INTO orders(id, number, customer_id, account_id, status, subtotal_cents, "
                            u"shipping_cents, tax_cents, total_cents, currency, promised_on, ship_name, ship_street, "
                            u"ship_city, ship_postcode, ship_country, created_at, updated_at) "
                            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery orderLine = query(u"INSERT INTO order_lines(order_id, line_no, product_id, description, quantity, "
                                u"unit_price_cents, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery invoice
        = query(u"INSERT INTO invoices(id, number, customer_id, account_id, order_id, issued_on, due_on, "
                u"total_cents, balance_cents, currency, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery invoiceLine = query(u"INSERT INTO invoice_lines(invoice_id, line_no, product_id, description, quantity, "
                                  u"unit_price_cents, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery payment = query(u"INSERT INTO payments(invoice_id, received_on, amount_cents, method, reference) "
                              u"VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery history = query(u"INSERT INTO history(customer_id, at, type, author_user_id, summary, ref) "
                              u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery search = query(u"INSERT INTO customer_search(rowid, name, company, emails, phones, account) "
                             u"VALUES (?, ?, ?, ?, ?, ?)"_s);

    const QStringList mailDomains = split(u"mail.example|post.example|inbox.example|web.example");
    const QStringList channels = split(u"phone|phone|phone|phone|phone|email|email|email|email|chat|chat|letter");
    const QStringList plans = split(u"basic|standard|standard|premium|business");
    const QStringList methods = split(u"card|transfer|transfer|direct_debit|cash");
    const QStringList customerNotes
        = split(u"Prefers calls after 14:00.|Hard of hearing: speak slowly and clearly.|Send invoices by post only.|"
                u"Key contact for the whole company; escalate to the owner.|Ask for the purchase order number.|"
                u"Do not call on Fridays.");
    const QStringList noteTexts = split(
        u"Customer asked about delivery times for the next order.|Explained the last invoice line by line.|"
        u"Promised a call back once the replacement part is in stock.|Customer wants to switch to direct debit.|"
        u"Updated the delivery address for future orders.|Customer is happy with the new plan.|"
        u"Complained about a late delivery; apologised and waived shipping.|Requested a copy of the contract.");
    const QStringList contactTexts
        = split(u"Inbound call: order status.|Inbound call: invoice question.|Chat: product availability.|"
                u"E-mail: change of address.|Outbound call: payment reminder.|Inbound call: return request.|"
                u"Chat: password reset for the web shop.|E-mail: request for a quote.");
    const QStringList articleTexts = split(u"Sent article: How to read your invoice.|Sent article: Return policy.|"
                                           u"Sent article: Setting up direct debit.");
    const QStringList consultTexts = split(u"Consulted an expert on a billing dispute.|"
                                           u"Consulted an expert on a technical product question.");

    qint64 orderId = 0, invoiceId = 0;
    const int orderWeights[] = { 20, 25, 20, 15, 12, 8 }; // 0..5 orders per customer

    for (int i = 0; i < m_customerCount; ++i) {
        const qint64 id = i + 1;
        const int number = DemoSeeder::kFirstCustomerNumber + i;
        const QString publicId = u"C-"_s + QString::number(number);
        const Locale &loc = pickLocale();
        const int gi = pick(int(loc.given.size())), fi = pick(int(loc.family.size()));
        const QString &given = loc.given.at(gi);
        const QString &family = loc.family.at(fi);
        QString name;
        switch (loc.order) {
        case NameOrder::GivenFamily:
            name = given + u' ' + family;
            break;
        case NameOrder::FamilyGiven:
            name = family + u' ' + given;
            break;
        case NameOrder::FamilyGivenNoSpace:
            name = family + given;
            break;
        }
        const QString givenAscii = loc.givenAscii.isEmpty() ? slug(given) : loc.givenAscii.at(gi);
        const QString familyAscii = loc.familyAscii.isEmpty() ? slug(family) : loc.familyAscii.at(fi);
        const bool hasCompany = chance(30);
        const QString company = hasCompany ? loc.companyPattern.arg(family) : QString();
        const City &city = oneOf(loc.cities);
        const int createdDaysAgo = 30 + pick(3000);
        const QString createdAt = stamp(createdDaysAgo);
        const qint64 owner = oneOf(m_agentIds);
        qint64 backup = oneOf(m_agentIds);
        while (backup == owner)
            backup = oneOf(m_agentIds);

        customer.bindValue(0, id);
        customer.bindValue(1, publicId);
        customer.bindValue(2, name);
        customer.bindValue(3, hasCompany ? QVariant(company) : QVariant());
        customer.bindValue(4, loc.language);
        customer.bindValue(5, oneOf(channels));
        customer.bindValue(6, chance(10) ? oneOf(customerNotes) : QString());
        customer.bindValue(7, owner);
        customer.bindValue(8, backup);
        customer.bindValue(9, createdAt);
        customer.bindValue(10, createdAt);
        SPOCS_TRY(exec(customer, "seed customer"));
        ++m_summary.customers;

        // E-mails: a private one, sometimes a work one at the company's domain.
        QStringList emails;
        emails.append(u"%1.%2%3@%4"_s.arg(givenAscii, familyAscii, QString::number(number), oneOf(mailDomains)));
        if (hasCompany && chance(60))
            emails.append(u"%1.%2@%3.example"_s.arg(givenAscii.left(1), familyAscii, slug(company)));
        else if (chance(15))
            emails.append(u"%1%2@%3"_s.arg(givenAscii.left(1), familyAscii, oneOf(mailDomains)));
        for (int e = 0; e < emails.size(); ++e) {
            email.bindValue(0, id);
            email.bindValue(1, emails.at(e));
            email.bindValue(2, e == 0 ? u"private"_s : (hasCompany ? u"work"_s : u"private"_s));
            email.bindValue(3, e);
            SPOCS_TRY(exec(email, "seed email"));
        }

        // Phones: a landline in the city's area and/or a mobile.
        QStringList phoneDigits;
        QStringList phoneRaws;
        const int phoneCount = 1 + (chance(45) ? 1 : 0);
        for (int p = 0; p < phoneCount; ++p) {
            const bool mobile = (p == 1) || city.area.isEmpty() || chance(40);
            const QString subscriber = QString::number(1000000 + pick(8999999));
            const QString middle = mobile ? QString::number(150 + pick(80)) : city.area;
            const QString raw = u"+%1 %2 %3"_s.arg(loc.phoneCode, middle, subscriber);
            const QString digits = CustomerStore::digitsOf(raw);
            QString rev = digits;
            std::reverse(rev.begin(), rev.end());
            phone.bindValue(0, id);
            phone.bindValue(1, raw);
            phone.bindValue(2, digits);
            phone.bindValue(3, rev);
            phone.bindValue(4, mobile ? u"mobile"_s : u"landline"_s);
            phone.bindValue(5, p);
            SPOCS_TRY(exec(phone, "seed phone"));
            phoneDigits.append(digits + u' ' + raw);
            phoneRaws.append(raw);
        }

        const QString street = loc.streetPattern.arg(oneOf(loc.streets), QString::number(1 + pick(199)));
        address.bindValue(0, id);
        address.bindValue(1, street);
        address.bindValue(2, city.name);
        address.bindValue(3, city.postcode);
        address.bindValue(4, loc.country);
        SPOCS_TRY(exec(address, "seed address"));

        // Orders first: the account balance and invoices follow from them.
        const int statusRoll = pick(100);
        const QString accountStatus = statusRoll < 75 ? u"active"_s
            : statusRoll < 85                         ? u"prospect"_s
            : statusRoll < 93                         ? u"suspended"_s
                                                      : u"closed"_s;
        const QString accountNumber = u"A-"_s + QString::number(100000 + number);
        int orderCount = 0;
        for (int roll = pick(100); orderCount < 5 && roll >= orderWeights[orderCount]; ++orderCount)
            roll -= orderWeights[orderCount];
        if (accountStatus == u"prospect")
            orderCount = 0;
        const QString plan = oneOf(plans);
        const qint64 creditLimit = plan == u"basic" ? 50000
            : plan == u"standard"                   ? 100000
            : plan == u"premium"                    ? 250000
                                                    : 1000000;
        account.bindValue(0, id);
        account.bindValue(1, accountNumber);
        account.bindValue(2, id);
        account.bindValue(3, accountStatus);
        account.bindValue(4, plan);
        account.bindValue(5, creditLimit);
        account.bindValue(6, 0); // set once the invoices are known
        account.bindValue(7, loc.currency);
        account.bindValue(8, day(createdDaysAgo));
        SPOCS_TRY(exec(account, "seed account"));

        qint64 balance = 0;
        bool overdue = false;
        QStringList orderNumbers, invoiceNumbers;
        for (int o = 0; o < orderCount; ++o) {
            const qint64 oid = ++orderId;
            const QString orderNumber = u"O-"_s + QString::number(200000 + oid);
            const int age = pick(qMin(kHistoryDays, createdDaysAgo));
            QString status;
            if (age < 3)
                status = oneOf(QList<QString> { u"draft"_s, u"placed"_s, u"placed"_s });
            else if (age < 10)
                status = oneOf(QList<QString> { u"placed"_s, u"picked"_s, u"shipped"_s });
            else
                status = chance(85) ? u"delivered"_s : (chance(50) ? u"cancelled"_s : u"returned"_s);
            const int lineCount = 1 + pick(4);
            qint64 subtotal = 0;
            struct Line
            {
                const Product *product;
                int quantity;
            };
            QList<Line> lines;
            for (int l = 0; l < lineCount; ++l) {
                const Product &product = m_products.at(pick(int(m_products.size())));
                const int quantity = chance(70) ? 1 : 1 + pick(5);
                lines.append({ &product, quantity });
                subtotal += product.priceCents * quantity;
            }
            const qint64 shipping = subtotal >= 10000 ? 0 : 490;
            const qint64 tax = (subtotal + shipping) * loc.taxPercent / 100;
            const qint64 total = subtotal + shipping + tax;
            order.bindValue(0, oid);
            order.bindValue(1, orderNumber);
            order.bindValue(2, id);
            order.bindValue(3, id); // account id == customer id: one account each
            order.bindValue(4, status);
            order.bindValue(5, subtotal);
            order.bindValue(6, shipping);
            order.bindValue(7, tax);
            order.bindValue(8, total);
            order.bindValue(9, loc.currency);
            order.bindValue(10, status == u"cancelled" ? QVariant() : QVariant(day(age - 3 - pick(10))));
            order.bindValue(11, hasCompany ? company : name);
            order.bindValue(12, street);
            order.bindValue(13, city.name);
            order.bindValue(14, city.postcode);
            order.bindValue(15, loc.country);
            const QString orderedAt = stamp(age);
            order.bindValue(16, orderedAt);
            order.bindValue(17, orderedAt);
            SPOCS_TRY(exec(order, "seed order"));
            for (int l = 0; l < lines.size(); ++l) {
                orderLine.bindValue(0, oid);
                orderLine.bindValue(1, l + 1);
                orderLine.bindValue(2, lines[l].product->id);
                orderLine.bindValue(3, lines[l].product->name);
                orderLine.bindValue(4, lines[l].quantity);
                orderLine.bindValue(5, lines[l].product->priceCents);
                orderLine.bindValue(6, lines[l].product->priceCents * lines[l].quantity);
                SPOCS_TRY(exec(orderLine, "seed order line"));
            }
            ++m_summary.orders;
            orderNumbers.append(orderNumber);

            if (status != u"shipped" && status != u"delivered" && status != u"returned")
                continue;
            // Invoiced when shipped, due in 30 days.
            const qint64 iid = ++invoiceId;
            const QString invoiceNumber = u"I-"_s + QString::number(300000 + iid);
            const int issuedAgo = qMax(0, age - 2);
            const int dueAgo = issuedAgo - 30;
            qint64 invoiceBalance = 0;
            QString invoiceStatus = u"paid"_s;
            QList<std::pair<int, qint64>> paid; // days ago, amount
            if (status == u"returned") {
                invoiceStatus = u"void"_s;
            } else if (chance(3)) {
                invoiceStatus = u"disputed"_s;
                invoiceBalance = total;
            } else if (issuedAgo > 45 ? chance(90) : chance(55)) {
                paid.append({ qMax(0, issuedAgo - 3 - pick(30)), total });
            } else {
                invoiceStatus = u"open"_s;
                invoiceBalance = total;
                if (chance(20)) { // paid in part
                    const qint64 part = total / 2;
                    paid.append({ qMax(0, issuedAgo - 5 - pick(10)), part });
                    invoiceBalance -= part;
                }
                if (dueAgo > 0)
                    overdue = true;
            }
            invoice.bindValue(0, iid);
            invoice.bindValue(1, invoiceNumber);
            invoice.bindValue(2, id);
            invoice.bindValue(3, id);
            invoice.bindValue(4, oid);
            invoice.bindValue(5, day(issuedAgo));
            invoice.bindValue(6, day(dueAgo));
            invoice.bindValue(7, total);
            invoice.bindValue(8, invoiceBalance);
            invoice.bindValue(9, loc.currency);
            invoice.bindValue(10, invoiceStatus);
            SPOCS_TRY(exec(invoice, "seed invoice"));
            int lineNo = 0;
            const auto addInvoiceLine
                = [&](const QVariant &productId, const QString &text, int quantity, qint64 unit) -> Result<void> {
                invoiceLine.bindValue(0, iid);
                invoiceLine.bindValue(1, ++lineNo);
                invoiceLine.bindValue(2, productId);
                invoiceLine.bindValue(3, text);
                invoiceLine.bindValue(4, quantity);
                invoiceLine.bindValue(5, unit);
                invoiceLine.bindValue(6, unit * quantity);
                return exec(invoiceLine, "seed invoice line");
            };
            for (const Line &line : std::as_const(lines)) {
                if (auto r
                    = addInvoiceLine(line.product->id, line.product->name, line.quantity, line.product->priceCents);
                    !r)
                    return r;
            }
            if (shipping > 0) {
                SPOCS_TRY(addInvoiceLine(QVariant(), u"Shipping"_s, 1, shipping));
            }
            if (tax > 0) {
                SPOCS_TRY(addInvoiceLine(QVariant(), u"VAT %1%"_s.arg(loc.taxPercent), 1, tax));
            }
            for (const auto &[daysAgo, amount] : std::as_const(paid)) {
                payment.bindValue(0, iid);
                payment.bindValue(1, day(daysAgo));
                payment.bindValue(2, amount);
                payment.bindValue(3, oneOf(methods));
                payment.bindValue(4, invoiceNumber);
                SPOCS_TRY(exec(payment, "seed payment"));
            }
            balance += invoiceBalance;
            ++m_summary.invoices;
            invoiceNumbers.append(invoiceNumber);
        }

        if (balance != 0) {
            accountBalance.bindValue(0, balance);
            accountBalance.bindValue(1, id);
            SPOCS_TRY(exec(accountBalance, "seed account balance"));
        }

        QStringList flags;
        if (chance(8))
            flags.append(u"vip"_s);
        if (overdue && chance(60))
            flags.append(u"dunning"_s);
        if (hasCompany && chance(10))
            flags.append(u"key_account"_s);
        if (chance(2))
            flags.append(u"gdpr_restricted"_s);
        for (const QString &f : std::as_const(flags)) {
            flag.bindValue(0, id);
            flag.bindValue(1, f);
            SPOCS_TRY(exec(flag, "seed flag"));
        }

        const int historyCount = pick(7);
        for (int h = 0; h < historyCount; ++h) {
            const int roll = pick(100);
            QString type, text;
            QVariant ref;
            if (roll < 35) {
                type = u"note"_s;
                text = oneOf(noteTexts);
            } else if (roll < 75) {
                type = u"contact"_s;
                text = oneOf(contactTexts);
            } else if (roll < 87 && !orderNumbers.isEmpty()) {
                type = u"order"_s;
                ref = oneOf(orderNumbers);
                text = u"Order %1 discussed with the customer."_s.arg(ref.toString());
            } else if (roll < 95 && !invoiceNumbers.isEmpty()) {
                type = u"invoice"_s;
                ref = oneOf(invoiceNumbers);
                text = u"Invoice %1 explained."_s.arg(ref.toString());
            } else if (roll < 98) {
                type = u"article"_s;
                text = oneOf(articleTexts);
            } else {
                type = u"consult"_s;
                text = oneOf(consultTexts);
            }
            history.bindValue(0, id);
            history.bindValue(1, stamp(pick(qMin(kHistoryDays, createdDaysAgo))));
            history.bindValue(2, type);
            history.bindValue(3, chance(70) ? owner : oneOf(m_agentIds));
            history.bindValue(4, text);
            history.bindValue(5, ref);
            SPOCS_TRY(exec(history, "seed history"));
            ++m_summary.historyItems;
        }

        // The same text CustomerStore::reindex() would write.
        search.bindValue(0, id);
        search.bindValue(1, CustomerStore::fold(name));
        search.bindValue(2, CustomerStore::fold(company));
        search.bindValue(3, CustomerStore::fold(emails.join(u' ')));
        search.bindValue(4, phoneDigits.join(u' '));
        search.bindValue(5, CustomerStore::numbersText({ accountNumber }, publicId));
        SPOCS_TRY(exec(search, "seed search index"));
    }
    return {};
}

} // namespace

Result<DemoSummary> DemoSeeder::seed(Database &db, AuthStore &auth, int customers, QDate today)
{
    if (auth.userCount() != 0)
        return DemoSummary {};
    QSqlQuery existing = db.prepare(u"SELECT EXISTS (SELECT 1 FROM customers)"_s);
    if (!existing.exec() || !existing.next())
        return sqlError(existing, "check for customers");
    if (existing.value(0).toBool())
        return DemoSummary {};
    existing.finish();
    if (demoLocales().isEmpty())
        return makeError(ErrorCode::Internal, u"the demo locale data is missing or malformed"_s);

    QElapsedTimer timer;
    timer.start();
    Seeder seeder(db, auth, qMax(0, customers), today.isValid() ? today : db.clock().today());
    auto result = seeder.run();
    // Knowledge base: a few dozen articles, independent of the customer count.
    if (result) {
        SPOCS_TRY(KnowledgeStore::seedDemo(db, today.isValid() ? today : db.clock().today()));
        // Contact reasons: a small tree an admin would extend.
        SPOCS_TRY(ContactStore::seedDemoReasons(db));
        // Skills, queues and 30 days of contact history (after the reasons: it sets their skills).
        SPOCS_TRY(ContactDemoSeeder::seed(db, today.isValid() ? today : db.clock().today()));
    }
    if (result) {
        qCInfo(lcStorage) << "demo data seeded:" << result->users << "users," << result->customers << "customers,"
                          << result->orders << "orders," << result->invoices << "invoices in" << timer.elapsed()
                          << "ms";
    }
    return result;
}

} // namespace spocs
