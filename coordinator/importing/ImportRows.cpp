#include "coordinator/importing/ImportRun.h"

#include "coordinator/customers/CustomerStore.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

// The entity rows of an import: each checks one CSV row and inserts it, or names its first problem.
namespace spocs::importing {

RowError ImportRun::customerRow(const Row &row, int line)
{
    static const QRegularExpression idRe(QStringLiteral("^C-(\\d{1,12})$"));
    static const QRegularExpression accountRe(QStringLiteral("^A-\\d{1,12}$"));
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression flagRe(QStringLiteral("^[a-z0-9_]{1,32}$"));
    static const QRegularExpression languageRe(QStringLiteral("^[a-z]{2}$"));
    static const QRegularExpression countryRe(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));

    QString id = row.value("id");
    const bool generatedId = id.isEmpty();
    if (!generatedId) {
        const auto m = idRe.match(id);
        if (!m.hasMatch())
            return { QStringLiteral("id \"%1\" is not a customer number like C-1042").arg(id.left(40)) };
        if (m_customers.contains(id) || idOf(m_customerById, id) != 0)
            return { QStringLiteral("customer %1 already exists").arg(id) };
    }
    const QString name = row.value("name");
    if (name.size() > kMaxTextLength)
        return { QStringLiteral("name is longer than %1 characters").arg(kMaxTextLength) };
    const QString company = row.value("company");
    if (company.size() > kMaxTextLength)
        return { QStringLiteral("company is longer than %1 characters").arg(kMaxTextLength) };
    const QString language = row.value("language").isEmpty() ? QStringLiteral("en") : row.value("language");
    if (!languageRe.match(language).hasMatch())
        return { QStringLiteral("language \"%1\" is not a two-letter code like en").arg(language.left(20)) };
    const QString channel
        = row.value("preferred_channel").isEmpty() ? QStringLiteral("phone") : row.value("preferred_channel");
    if (!kChannels.contains(channel))
        return { QStringLiteral("preferred_channel \"%1\" is not one of %2")
                     .arg(channel.left(20), kChannels.join(QStringLiteral(", "))) };
    const QString notes = row.value("notes");
    if (notes.size() > kMaxNotesLength)
        return { QStringLiteral("notes are longer than %1 characters").arg(kMaxNotesLength) };

    qint64 owner = 0, backup = 0;
    if (const QString login = row.value("owner"); !login.isEmpty()) {
        owner = userIdOf(login);
        if (owner == 0)
            return { QStringLiteral("owner \"%1\" is not a user (add it with: user add)").arg(login.left(64)) };
    }
    if (const QString login = row.value("backup"); !login.isEmpty()) {
        backup = userIdOf(login);
        if (backup == 0)
            return { QStringLiteral("backup \"%1\" is not a user (add it with: user add)").arg(login.left(64)) };
    }

    const QStringList emails = listOf(row.value("emails"));
    for (const QString &e : emails) {
        if (e.size() > 254 || !emailRe.match(e).hasMatch())
            return { QStringLiteral("e-mail address \"%1\" is not valid").arg(e.left(80)) };
    }
    const QStringList phones = listOf(row.value("phones"));
    for (const QString &p : phones) {
        const int digits = int(CustomerStore::digitsOf(p).size());
        if (p.size() > 40 || digits < 4 || digits > 20)
            return { QStringLiteral("phone \"%1\" needs 4 to 20 digits").arg(p.left(40)) };
    }
    const QStringList flags = listOf(row.value("flags"));
    for (const QString &f : flags) {
        if (!flagRe.match(f).hasMatch())
            return { QStringLiteral("flag \"%1\" must be lower-case letters, digits or _").arg(f.left(40)) };
    }

    const QString street = row.value("street"), city = row.value("city"), postcode = row.value("postcode"),
                  region = row.value("region"), country = row.value("country");
    const bool hasAddress
        = !(street.isEmpty() && city.isEmpty() && postcode.isEmpty() && region.isEmpty() && country.isEmpty());
    if (hasAddress && !countryRe.match(country).hasMatch())
        return {
            country.isEmpty()
                ? QStringLiteral("an address needs a country (ISO 3166-1 alpha-2, like DE)")
                : QStringLiteral("country \"%1\" is not an ISO 3166-1 alpha-2 code like DE").arg(country.left(40))
        };
    for (const QString &part : { street, city, postcode, region }) {
        if (part.size() > kMaxTextLength)
            return { QStringLiteral("an address field is longer than %1 characters").arg(kMaxTextLength) };
    }

    QString createdAt = stamp(m_now);
    if (const QString text = row.value("created_at"); !text.isEmpty()) {
        const auto at = parseDateTime(text);
        if (!at)
            return { QStringLiteral("created_at \"%1\" is not a date like 2024-05-06 or 2024-05-06T09:30:00Z")
                         .arg(text.left(40)) };
        createdAt = stamp(*at);
    }

    const QString account = row.value("account");
    const QString accountStatus
        = row.value("account_status").isEmpty() ? QStringLiteral("active") : row.value("account_status");
    const QString accountPlan = row.value("plan").isEmpty() ? QStringLiteral("standard") : row.value("plan");
    const QString currency = row.value("currency");
    qint64 creditLimit = 0;
    QString openedOn = createdAt.left(10);
    if (!account.isEmpty()) {
        if (!accountRe.match(account).hasMatch())
            return { QStringLiteral("account \"%1\" is not an account number like A-101042").arg(account.left(40)) };
        if (m_accounts.contains(account) || idOf(m_accountExists, account) != 0)
            return { QStringLiteral("account %1 already exists").arg(account) };
        if (!kAccountStatuses.contains(accountStatus))
            return { QStringLiteral("account_status \"%1\" is not one of %2")
                         .arg(accountStatus.left(20), kAccountStatuses.join(QStringLiteral(", "))) };
        if (accountPlan.size() > 64)
            return { QStringLiteral("plan is longer than 64 characters") };
        if (!currencyRe.match(currency).hasMatch())
            return { QStringLiteral("an account needs a currency (ISO 4217, like EUR)") };
        if (const QString text = row.value("credit_limit"); !text.isEmpty()) {
            const auto cents = parseMoney(text);
            if (!cents)
                return { QStringLiteral("credit_limit \"%1\" is not an amount like 1000.00").arg(text.left(40)) };
            creditLimit = *cents;
        }
        if (const QString text = row.value("opened_on"); !text.isEmpty()) {
            const auto at = parseDateTime(text);
            if (!at)
                return { QStringLiteral("opened_on \"%1\" is not a date like 2024-05-06").arg(text.left(40)) };
            openedOn = isoDay(at->date());
        }
    } else {
        for (const char *column : { "account_status", "plan", "currency", "credit_limit", "opened_on" }) {
            if (!row.value(column).isEmpty())
                return { QStringLiteral("%1 is given but account is empty").arg(QLatin1String(column)) };
        }
    }

    // The row is good: from here on it counts for the rows after it.
    if (generatedId) {
        id = QStringLiteral("C-%1").arg(m_nextCustomerNumber++);
    } else {
        m_nextCustomerNumber = std::max(m_nextCustomerNumber, idRe.match(id).captured(1).toLongLong() + 1);
    }
    m_customers.insert(id, { name, street, city, postcode, country, hasAddress });
    if (!account.isEmpty())
        m_accounts.insert(account);

    plan(Kind::Customer, line, [=, this]() -> Result<void> {
        // A generated number someone took since the check (the coordinator creates customers
        // too) moves on to one that no row of this import uses.
        QString publicId = id;
        while (generatedId && idOf(m_customerById, publicId) != 0)
            publicId = QStringLiteral("C-%1").arg(m_nextCustomerNumber++);
        if (!execWith(m_insCustomer,
                      { publicId, name, orNull(company), language, channel, notes, owner ? QVariant(owner) : QVariant(),
                        backup ? QVariant(backup) : QVariant(), createdAt, createdAt }))
            return refused(m_insCustomer, "insert customer");
        const qint64 rowId = m_insCustomer.lastInsertId().toLongLong();
        m_customerRowIds.insert(id, rowId);

        for (int i = 0; i < emails.size(); ++i) {
            if (!execWith(m_insEmail, { rowId, emails.at(i), i }))
                return refused(m_insEmail, "insert e-mail");
        }
        for (int i = 0; i < phones.size(); ++i) {
            const QString digits = CustomerStore::digitsOf(phones.at(i));
            if (!execWith(m_insPhone, { rowId, phones.at(i), digits, CustomerStore::phoneKey(digits), i }))
                return refused(m_insPhone, "insert phone");
        }
        if (hasAddress) {
            if (!execWith(m_insAddress, { rowId, street, city, postcode, orNull(region), country }))
                return refused(m_insAddress, "insert address");
        }
        for (const QString &f : flags) {
            if (!execWith(m_insFlag, { rowId, f }))
                return refused(m_insFlag, "insert flag");
        }
        if (!account.isEmpty()) {
            if (!execWith(m_insAccount,
                          { account, rowId, accountStatus, accountPlan, creditLimit, currency, openedOn }))
                return refused(m_insAccount, "insert account");
        }
        // In the same batch, so a customer is findable as soon as it is there.
        return CustomerStore(m_db).reindex(rowId);
    });
    m_plan.last().numbered = generatedId;
    return {};
}

// ---------------------------------------------------------------- products

RowError ImportRun::productRow(const Row &row, int line)
{
    static const QRegularExpression skuRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$"));
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    const QString sku = row.value("sku");
    if (!skuRe.match(sku).hasMatch())
        return { QStringLiteral("sku \"%1\" must be 1 to 64 letters, digits, '.', '_', '/' or '-'").arg(sku.left(70)) };
    if (m_products.contains(sku) || idOf(m_productBySku, sku) != 0)
        return { QStringLiteral("product %1 already exists").arg(sku) };
    const QString name = row.value("name");
    if (name.size() > kMaxTextLength)
        return { QStringLiteral("name is longer than %1 characters").arg(kMaxTextLength) };
    const QString description = row.value("description");
    if (description.size() > kMaxNotesLength)
        return { QStringLiteral("description is longer than %1 characters").arg(kMaxNotesLength) };
    const auto price = parseMoney(row.value("price"));
    if (!price)
        return { QStringLiteral("price \"%1\" is not an amount like 12.99").arg(row.value("price").left(40)) };
    const QString currency = row.value("currency");
    if (!currencyRe.match(currency).hasMatch())
        return { QStringLiteral("currency \"%1\" is not an ISO 4217 code like EUR").arg(currency.left(20)) };
    qint64 stock = 0, leadTime = 0;
    if (const QString text = row.value("stock_on_hand"); !text.isEmpty()) {
        const auto n = parseInteger(text, 0, 1'000'000'000);
        if (!n)
            return { QStringLiteral("stock_on_hand \"%1\" is not a whole number >= 0").arg(text.left(40)) };
        stock = *n;
    }
    if (const QString text = row.value("lead_time_days"); !text.isEmpty()) {
        const auto n = parseInteger(text, 0, 3650);
        if (!n)
            return {
                QStringLiteral("lead_time_days \"%1\" is not a number of days from 0 to 3650").arg(text.left(40))
            };
        leadTime = *n;
    }
    const QString discontinuedText = row.value("discontinued").toLower();
    int discontinued = 0;
    if (discontinuedText == u"1" || discontinuedText == u"true" || discontinuedText == u"yes")
        discontinued = 1;
    else if (!(discontinuedText.isEmpty() || discontinuedText == u"0" || discontinuedText == u"false"
               || discontinuedText == u"no"))
        return {
            QStringLiteral("discontinued \"%1\" is not 0/1, true/false or yes/no").arg(discontinuedText.left(20))
        };

    m_products.insert(sku, { name, *price });
    plan(Kind::Product, line, [=, this, price = *price]() -> Result<void> {
        if (!execWith(m_insProduct, { sku, name, description, price, currency, stock, leadTime, discontinued }))
            return refused(m_insProduct, "insert product");
        m_productRowIds.insert(sku, m_insProduct.lastInsertId().toLongLong());
        return {};
    });
    return {};
}

// ---------------------------------------------------------------- orders

RowError ImportRun::orderRow(const Row &row, int line)
{
    static const QRegularExpression numberRe(QStringLiteral("^O-\\d{1,12}$"));
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    static const QRegularExpression countryRe(QStringLiteral("^[A-Z]{2}$"));
    const QString number = row.value("number");
    if (!numberRe.match(number).hasMatch())
        return { QStringLiteral("number \"%1\" is not an order number like O-200311").arg(number.left(40)) };
    if (m_orders.contains(number) || idOf(m_orderByNumber, number) != 0)
        return { QStringLiteral("order %1 already exists").arg(number) };
    const QString customer = row.value("customer");
    if (!m_customers.contains(customer) && idOf(m_customerById, customer) == 0)
        return { QStringLiteral("customer %1 does not exist").arg(customer.left(40)) };
    const QString status = row.value("status");
    if (!kOrderStatuses.contains(status))
        return { QStringLiteral("status \"%1\" is not one of %2")
                     .arg(status.left(20), kOrderStatuses.join(QStringLiteral(", "))) };
    const QString currency = row.value("currency");
    if (!currencyRe.match(currency).hasMatch())
        return { QStringLiteral("currency \"%1\" is not an ISO 4217 code like EUR").arg(currency.left(20)) };
    QString createdAt = stamp(m_now);
    if (const QString text = row.value("created_at"); !text.isEmpty()) {
        const auto at = parseDateTime(text);
        if (!at)
            return { QStringLiteral("created_at \"%1\" is not a date like 2024-05-06 or 2024-05-06T09:30:00Z")
                         .arg(text.left(40)) };
        createdAt = stamp(*at);
    }
    QVariant promisedOn;
    if (const QString text = row.value("promised_on"); !text.isEmpty()) {
        const auto at = parseDateTime(text);
        if (!at)
            return { QStringLiteral("promised_on \"%1\" is not a date like 2024-05-06").arg(text.left(40)) };
        promisedOn = isoDay(at->date());
    }
    qint64 amounts[2] = { 0, 0 };
    const char *amountColumns[2] = { "shipping", "tax" };
    for (int i = 0; i < 2; ++i) {
        if (const QString text = row.value(amountColumns[i]); !text.isEmpty()) {
            const auto cents = parseMoney(text);
            if (!cents)
                return { QStringLiteral("%1 \"%2\" is not an amount like 4.90")
                             .arg(QLatin1String(amountColumns[i]), text.left(40)) };
            amounts[i] = *cents;
        }
    }

    // The shipping address defaults to the customer's name and address.
    QString shipName = row.value("ship_name"), shipStreet = row.value("ship_street"), shipCity = row.value("ship_city"),
            shipPostcode = row.value("ship_postcode"), shipCountry = row.value("ship_country");
    const bool givenAddress
        = !(shipStreet.isEmpty() && shipCity.isEmpty() && shipPostcode.isEmpty() && shipCountry.isEmpty());
    if (givenAddress && !countryRe.match(shipCountry).hasMatch())
        return {
            QStringLiteral("ship_country \"%1\" is not an ISO 3166-1 alpha-2 code like DE").arg(shipCountry.left(40))
        };
    for (const QString &part : { shipName, shipStreet, shipCity, shipPostcode }) {
        if (part.size() > kMaxTextLength)
            return { QStringLiteral("a shipping field is longer than %1 characters").arg(kMaxTextLength) };
    }
    if (const auto planned = m_customers.constFind(customer); planned != m_customers.cend()) {
        if (shipName.isEmpty())
            shipName = planned->name;
        if (!givenAddress && planned->hasAddress) {
            shipStreet = planned->street;
            shipCity = planned->city;
            shipPostcode = planned->postcode;
            shipCountry = planned->country;
        }
    } else {
        m_billingAddress.bindValue(0, customer);
        if (m_billingAddress.exec() && m_billingAddress.next()) {
            if (shipName.isEmpty())
                shipName = m_billingAddress.value(0).toString();
            if (!givenAddress && !m_billingAddress.value(1).isNull()) {
                shipStreet = m_billingAddress.value(1).toString();
                shipCity = m_billingAddress.value(2).toString();
                shipPostcode = m_billingAddress.value(3).toString();
                shipCountry = m_billingAddress.value(4).toString();
            }
        }
        m_billingAddress.finish();
    }

    m_orders.insert(number, { customer, m_path, line });
    plan(
        Kind::Order, line,
        [=, this]() -> Result<void> {
            const qint64 customerRowId = rowIdOf(m_customerRowIds, m_customerById, customer);
            const qint64 accountId = idOf(m_firstAccount, customerRowId);
            // Its lines were checked with it: the totals are known before it is written.
            const qint64 subtotal = m_orders.value(number).linesTotal;
            if (!execWith(m_insOrder,
                          { number, customerRowId, accountId ? QVariant(accountId) : QVariant(), status, subtotal,
                            amounts[0], amounts[1], subtotal + amounts[0] + amounts[1], currency, promisedOn,
                            orNull(shipName), orNull(shipStreet), orNull(shipCity), orNull(shipPostcode),
                            orNull(shipCountry), createdAt, createdAt }))
                return refused(m_insOrder, "insert order");
            m_orderRowIds.insert(number, m_insOrder.lastInsertId().toLongLong());
            return {};
        },
        number);
    return {};
}

namespace {

// Shared by order and invoice lines: line number, product, quantity, price.
struct LineValues
{
    int lineNo = 0;
    QVariant productId;
    QString description;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
};

} // namespace

RowError ImportRun::orderLineRow(const Row &row, int line)
{
    return lineRow(row, line,
                   { Kind::OrderLine, "order", m_orderByNumber, m_insOrderLine, m_orders, m_orderRowIds, true });
}

RowError ImportRun::lineRow(const Row &row, int line, const LineTarget &target)
{
    const QLatin1String noun(target.parentColumn);
    const QString number = row.value(target.parentColumn);
    const auto parent = target.parents.find(number);
    if (parent == target.parents.end()) {
        if (idOf(target.parentByNumber, number) == 0)
            return { QStringLiteral("%1 %2 does not exist").arg(noun, number.left(40)) };
        return {
            QStringLiteral("%1 %2 is not part of this import (lines are imported with their %1)").arg(noun, number)
        };
    }
    // A bad line leaves its order or invoice out, with every line of it: imported without it, its
    // totals would be short. Its other lines are still checked, so one run lists every problem.
    const auto bad = [&](const QString &reason) {
        if (parent->badLine.isEmpty())
            parent->badLine = QStringLiteral("%1:%2").arg(m_path).arg(line);
        return RowError { reason };
    };
    LineValues v;
    if (const QString text = row.value("line_no"); !text.isEmpty()) {
        const auto n = parseInteger(text, 1, 10000);
        if (!n)
            return bad(QStringLiteral("line_no \"%1\" is not a number from 1 to 10000").arg(text.left(40)));
        v.lineNo = int(*n);
    } else {
        v.lineNo = parent->lastLineNo + 1;
    }
    bool hasPrice = false;
    QString sku;
    // An order line's sku is a required column, so never empty here.
    if (sku = row.value("sku"); !sku.isEmpty()) {
        if (const auto planned = m_products.constFind(sku); planned != m_products.cend()) {
            v.description = planned->name;
            v.unitPrice = planned->priceCents;
        } else {
            m_productRow.bindValue(0, sku);
            if (!m_productRow.exec() || !m_productRow.next()) {
                m_productRow.finish();
                return bad(QStringLiteral("product %1 does not exist").arg(sku.left(70)));
            }
            v.description = m_productRow.value(1).toString();
            v.unitPrice = m_productRow.value(2).toLongLong();
            m_productRow.finish();
        }
        hasPrice = true;
    }
    const auto quantity = parseInteger(row.value("quantity"), 1, kMaxQuantity);
    if (!quantity)
        return bad(QStringLiteral("quantity \"%1\" is not a whole number from 1 to %2")
                       .arg(row.value("quantity").left(40))
                       .arg(kMaxQuantity));
    v.quantity = *quantity;
    if (const QString text = row.value("unit_price"); !text.isEmpty()) {
        const auto cents = parseMoney(text);
        if (!cents)
            return bad(QStringLiteral("unit_price \"%1\" is not an amount like 12.99").arg(text.left(40)));
        v.unitPrice = *cents;
        hasPrice = true;
    }
    if (const QString text = row.value("description"); !text.isEmpty())
        v.description = text.left(kMaxNotesLength);
    if (!target.skuRequired && (!hasPrice || v.description.isEmpty()))
        return bad(QStringLiteral("a line without sku needs description and unit_price"));
    if (parent->lineNumbers.contains(v.lineNo))
        return bad(QStringLiteral("line %1 of %2 %3 exists already").arg(v.lineNo).arg(noun, number));

    parent->lineNumbers.insert(v.lineNo);
    parent->lastLineNo = std::max(parent->lastLineNo, v.lineNo);
    parent->linesTotal += v.unitPrice * v.quantity;
    QSqlQuery &insert = target.insert;
    QHash<QString, qint64> &parentRowIds = target.rowIds;
    QSqlQuery &parentByNumber = target.parentByNumber;
    plan(
        target.kind, line,
        [=, this, &insert, &parentRowIds, &parentByNumber]() -> Result<void> {
            if (!execWith(insert,
                          { rowIdOf(parentRowIds, parentByNumber, number), v.lineNo,
                            sku.isEmpty() ? QVariant() : QVariant(rowIdOf(m_productRowIds, m_productBySku, sku)),
                            v.description, v.quantity, v.unitPrice, v.unitPrice * v.quantity }))
                return refused(insert, "insert line");
            return {};
        },
        number);
    return {};
}

// ---------------------------------------------------------------- invoices

RowError ImportRun::invoiceRow(const Row &row, int line)
{
    static const QRegularExpression numberRe(QStringLiteral("^I-\\d{1,12}$"));
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    const QString number = row.value("number");
    if (!numberRe.match(number).hasMatch())
        return { QStringLiteral("number \"%1\" is not an invoice number like I-300042").arg(number.left(40)) };
    if (m_invoices.contains(number) || idOf(m_invoiceByNumber, number) != 0)
        return { QStringLiteral("invoice %1 already exists").arg(number) };
    const QString customer = row.value("customer");
    if (!m_customers.contains(customer) && idOf(m_customerById, customer) == 0)
        return { QStringLiteral("customer %1 does not exist").arg(customer.left(40)) };
    const QString order = row.value("order");
    if (!order.isEmpty()) {
        QString owner;
        if (const auto planned = m_orders.constFind(order); planned != m_orders.cend()) {
            if (!planned->badLine.isEmpty())
                return { QStringLiteral("order %1 is left out (its line at %2 is bad)").arg(order, planned->badLine) };
            owner = planned->customer;
        } else {
            m_orderRow.bindValue(0, order);
            if (m_orderRow.exec() && m_orderRow.next())
                owner = m_orderRow.value(1).toString();
            m_orderRow.finish();
        }
        if (owner.isEmpty())
            return { QStringLiteral("order %1 does not exist").arg(order.left(40)) };
        if (owner != customer)
            return { QStringLiteral("order %1 belongs to another customer").arg(order) };
    }
    const auto issued = parseDateTime(row.value("issued_on"));
    if (!issued)
        return {
            QStringLiteral("issued_on \"%1\" is not a date like 2024-05-06").arg(row.value("issued_on").left(40))
        };
    QDate due = issued->date().addDays(30);
    if (const QString text = row.value("due_on"); !text.isEmpty()) {
        const auto at = parseDateTime(text);
        if (!at)
            return { QStringLiteral("due_on \"%1\" is not a date like 2024-06-05").arg(text.left(40)) };
        due = at->date();
        if (due < issued->date())
            return { QStringLiteral("due_on is before issued_on") };
    }
    const QString currency = row.value("currency");
    if (!currencyRe.match(currency).hasMatch())
        return { QStringLiteral("currency \"%1\" is not an ISO 4217 code like EUR").arg(currency.left(20)) };
    const QString status = row.value("status").isEmpty() ? QStringLiteral("open") : row.value("status");
    if (!kInvoiceStatuses.contains(status))
        return { QStringLiteral("status \"%1\" is not one of %2")
                     .arg(status.left(20), kInvoiceStatuses.join(QStringLiteral(", "))) };
    std::optional<qint64> total, balance;
    if (const QString text = row.value("total"); !text.isEmpty()) {
        total = parseMoney(text);
        if (!total)
            return { QStringLiteral("total \"%1\" is not an amount like 120.50").arg(text.left(40)) };
    }
    if (const QString text = row.value("balance"); !text.isEmpty()) {
        balance = parseMoney(text);
        if (!balance)
            return { QStringLiteral("balance \"%1\" is not an amount like 20.00").arg(text.left(40)) };
    }

    m_invoices.insert(number, { m_path, line, number, status, total, balance });
    m_invoiceOrder.append(number);
    m_invoiceParents.insert(number, { customer, m_path, line });
    plan(
        Kind::Invoice, line,
        [=, this]() -> Result<void> {
            const qint64 customerRowId = rowIdOf(m_customerRowIds, m_customerById, customer);
            const qint64 accountId = idOf(m_firstAccount, customerRowId);
            // Checked with its lines: its total and balance are final (finishInvoices()).
            const PendingInvoice &inv = m_invoices[number];
            const QVariant orderId
                = order.isEmpty() ? QVariant() : QVariant(rowIdOf(m_orderRowIds, m_orderByNumber, order));
            if (!execWith(m_insInvoice,
                          { number, customerRowId, accountId ? QVariant(accountId) : QVariant(), orderId,
                            isoDay(issued->date()), isoDay(due), inv.finalTotal, inv.finalBalance, currency, status }))
                return refused(m_insInvoice, "insert invoice");
            m_invoiceRowIds.insert(number, m_insInvoice.lastInsertId().toLongLong());
            m_balanceCustomers.insert(customerRowId);
            return {};
        },
        number);
    return {};
}

RowError ImportRun::invoiceLineRow(const Row &row, int line)
{
    return lineRow(row, line,
                   { Kind::InvoiceLine, "invoice", m_invoiceByNumber, m_insInvoiceLine, m_invoiceParents,
                     m_invoiceRowIds, false });
}

} // namespace spocs::importing
