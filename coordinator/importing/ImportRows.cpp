#include "coordinator/importing/ImportRun.h"

#include "coordinator/customers/CustomerStore.h"
#include "coordinator/storage/Database.h"
#include "coordinator/server/Log.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

// The entity rows of an import: each checks one CSV row and inserts it, or names its first problem.
namespace spocs::importing {

RowError ImportRun::customerRow(const Row &row)
{
    static const QRegularExpression idRe(QStringLiteral("^C-(\\d{1,12})$"));
    static const QRegularExpression accountRe(QStringLiteral("^A-\\d{1,12}$"));
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression flagRe(QStringLiteral("^[a-z0-9_]{1,32}$"));
    static const QRegularExpression languageRe(QStringLiteral("^[a-z]{2}$"));
    static const QRegularExpression countryRe(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));

    QString id = row.value("id");
    if (!id.isEmpty()) {
        const auto m = idRe.match(id);
        if (!m.hasMatch())
            return { QStringLiteral("id \"%1\" is not a customer number like C-1042").arg(id.left(40)) };
        if (idOf(m_customerById, id) != 0)
            return { QStringLiteral("customer %1 already exists").arg(id) };
        m_nextCustomerNumber = std::max(m_nextCustomerNumber, m.captured(1).toLongLong() + 1);
    } else {
        id = QStringLiteral("C-%1").arg(m_nextCustomerNumber++);
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
    const QString plan = row.value("plan").isEmpty() ? QStringLiteral("standard") : row.value("plan");
    const QString currency = row.value("currency");
    qint64 creditLimit = 0;
    QString openedOn = createdAt.left(10);
    if (!account.isEmpty()) {
        if (!accountRe.match(account).hasMatch())
            return { QStringLiteral("account \"%1\" is not an account number like A-101042").arg(account.left(40)) };
        if (idOf(m_accountExists, account) != 0)
            return { QStringLiteral("account %1 already exists").arg(account) };
        if (!kAccountStatuses.contains(accountStatus))
            return { QStringLiteral("account_status \"%1\" is not one of %2")
                         .arg(accountStatus.left(20), kAccountStatuses.join(QStringLiteral(", "))) };
        if (plan.size() > 64)
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

    const auto failed = [](QSqlQuery &q, const char *what) {
        sqlError(q, what);
        return RowError { QStringLiteral("database refused the row (%1)").arg(QLatin1String(what)) };
    };
    m_insCustomer.bindValue(0, id);
    m_insCustomer.bindValue(1, name);
    m_insCustomer.bindValue(2, orNull(company));
    m_insCustomer.bindValue(3, language);
    m_insCustomer.bindValue(4, channel);
    m_insCustomer.bindValue(5, notes);
    m_insCustomer.bindValue(6, owner ? QVariant(owner) : QVariant());
    m_insCustomer.bindValue(7, backup ? QVariant(backup) : QVariant());
    m_insCustomer.bindValue(8, createdAt);
    m_insCustomer.bindValue(9, createdAt);
    if (!m_insCustomer.exec())
        return failed(m_insCustomer, "insert customer");
    const qint64 rowId = m_insCustomer.lastInsertId().toLongLong();

    for (int i = 0; i < emails.size(); ++i) {
        m_insEmail.bindValue(0, rowId);
        m_insEmail.bindValue(1, emails.at(i));
        m_insEmail.bindValue(2, i);
        if (!m_insEmail.exec())
            return failed(m_insEmail, "insert e-mail");
    }
    for (int i = 0; i < phones.size(); ++i) {
        const QString digits = CustomerStore::digitsOf(phones.at(i));
        QString reversed = digits;
        std::reverse(reversed.begin(), reversed.end());
        m_insPhone.bindValue(0, rowId);
        m_insPhone.bindValue(1, phones.at(i));
        m_insPhone.bindValue(2, digits);
        m_insPhone.bindValue(3, reversed);
        m_insPhone.bindValue(4, i);
        if (!m_insPhone.exec())
            return failed(m_insPhone, "insert phone");
    }
    if (hasAddress) {
        m_insAddress.bindValue(0, rowId);
        m_insAddress.bindValue(1, street);
        m_insAddress.bindValue(2, city);
        m_insAddress.bindValue(3, postcode);
        m_insAddress.bindValue(4, orNull(region));
        m_insAddress.bindValue(5, country);
        if (!m_insAddress.exec())
            return failed(m_insAddress, "insert address");
    }
    for (const QString &f : flags) {
        m_insFlag.bindValue(0, rowId);
        m_insFlag.bindValue(1, f);
        if (!m_insFlag.exec())
            return failed(m_insFlag, "insert flag");
    }
    if (!account.isEmpty()) {
        m_insAccount.bindValue(0, account);
        m_insAccount.bindValue(1, rowId);
        m_insAccount.bindValue(2, accountStatus);
        m_insAccount.bindValue(3, plan);
        m_insAccount.bindValue(4, creditLimit);
        m_insAccount.bindValue(5, currency);
        m_insAccount.bindValue(6, openedOn);
        if (!m_insAccount.exec())
            return failed(m_insAccount, "insert account");
    }
    m_touchedCustomers.insert(rowId);
    return {};
}

// ---------------------------------------------------------------- products

RowError ImportRun::productRow(const Row &row)
{
    static const QRegularExpression skuRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$"));
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    const QString sku = row.value("sku");
    if (!skuRe.match(sku).hasMatch())
        return { QStringLiteral("sku \"%1\" must be 1 to 64 letters, digits, '.', '_', '/' or '-'").arg(sku.left(70)) };
    if (idOf(m_productBySku, sku) != 0)
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

    m_insProduct.bindValue(0, sku);
    m_insProduct.bindValue(1, name);
    m_insProduct.bindValue(2, description);
    m_insProduct.bindValue(3, *price);
    m_insProduct.bindValue(4, currency);
    m_insProduct.bindValue(5, stock);
    m_insProduct.bindValue(6, leadTime);
    m_insProduct.bindValue(7, discontinued);
    if (!m_insProduct.exec()) {
        sqlError(m_insProduct, "insert product");
        return { QStringLiteral("database refused the row (insert product)") };
    }
    return {};
}

// ---------------------------------------------------------------- orders

RowError ImportRun::orderRow(const Row &row)
{
    static const QRegularExpression numberRe(QStringLiteral("^O-\\d{1,12}$"));
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    static const QRegularExpression countryRe(QStringLiteral("^[A-Z]{2}$"));
    const QString number = row.value("number");
    if (!numberRe.match(number).hasMatch())
        return { QStringLiteral("number \"%1\" is not an order number like O-200311").arg(number.left(40)) };
    if (idOf(m_orderByNumber, number) != 0)
        return { QStringLiteral("order %1 already exists").arg(number) };
    const QString customer = row.value("customer");
    const qint64 customerRowId = idOf(m_customerById, customer);
    if (customerRowId == 0)
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
    m_billingAddress.bindValue(0, customerRowId);
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

    const qint64 accountId = idOf(m_firstAccount, customerRowId);
    m_insOrder.bindValue(0, number);
    m_insOrder.bindValue(1, customerRowId);
    m_insOrder.bindValue(2, accountId ? QVariant(accountId) : QVariant());
    m_insOrder.bindValue(3, status);
    m_insOrder.bindValue(4, amounts[0]);
    m_insOrder.bindValue(5, amounts[1]);
    m_insOrder.bindValue(6, amounts[0] + amounts[1]); // the lines are added at the end
    m_insOrder.bindValue(7, currency);
    m_insOrder.bindValue(8, promisedOn);
    m_insOrder.bindValue(9, orNull(shipName));
    m_insOrder.bindValue(10, orNull(shipStreet));
    m_insOrder.bindValue(11, orNull(shipCity));
    m_insOrder.bindValue(12, orNull(shipPostcode));
    m_insOrder.bindValue(13, orNull(shipCountry));
    m_insOrder.bindValue(14, createdAt);
    m_insOrder.bindValue(15, createdAt);
    if (!m_insOrder.exec()) {
        sqlError(m_insOrder, "insert order");
        return { QStringLiteral("database refused the row (insert order)") };
    }
    m_orderLineNo.insert(m_insOrder.lastInsertId().toLongLong(), 0);
    m_touchedCustomers.insert(customerRowId);
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

RowError ImportRun::orderLineRow(const Row &row)
{
    return lineRow(row, { "order", m_orderByNumber, m_insOrderLine, m_orderLineNo, true });
}

RowError ImportRun::lineRow(const Row &row, const LineTarget &target)
{
    const QLatin1String noun(target.parentColumn);
    const QString number = row.value(target.parentColumn);
    const qint64 parentId = idOf(target.parentByNumber, number);
    if (parentId == 0)
        return { QStringLiteral("%1 %2 does not exist").arg(noun, number.left(40)) };
    if (!target.lastLineNo.contains(parentId))
        return { QStringLiteral("%1 %2 is not part of this import (lines are imported with their %1)").arg(noun, number) };
    LineValues v;
    if (const QString text = row.value("line_no"); !text.isEmpty()) {
        const auto n = parseInteger(text, 1, 10000);
        if (!n)
            return { QStringLiteral("line_no \"%1\" is not a number from 1 to 10000").arg(text.left(40)) };
        v.lineNo = int(*n);
    } else {
        v.lineNo = target.lastLineNo.value(parentId) + 1;
    }
    bool hasPrice = false;
    // An order line's sku is a required column, so never empty here.
    if (const QString sku = row.value("sku"); !sku.isEmpty()) {
        m_productRow.bindValue(0, sku);
        if (!m_productRow.exec() || !m_productRow.next()) {
            m_productRow.finish();
            return { QStringLiteral("product %1 does not exist").arg(sku.left(70)) };
        }
        v.productId = m_productRow.value(0);
        v.description = m_productRow.value(1).toString();
        v.unitPrice = m_productRow.value(2).toLongLong();
        hasPrice = true;
        m_productRow.finish();
    }
    const auto quantity = parseInteger(row.value("quantity"), 1, kMaxQuantity);
    if (!quantity)
        return { QStringLiteral("quantity \"%1\" is not a whole number from 1 to %2")
                     .arg(row.value("quantity").left(40))
                     .arg(kMaxQuantity) };
    v.quantity = *quantity;
    if (const QString text = row.value("unit_price"); !text.isEmpty()) {
        const auto cents = parseMoney(text);
        if (!cents)
            return { QStringLiteral("unit_price \"%1\" is not an amount like 12.99").arg(text.left(40)) };
        v.unitPrice = *cents;
        hasPrice = true;
    }
    if (const QString text = row.value("description"); !text.isEmpty())
        v.description = text.left(kMaxNotesLength);
    if (!target.skuRequired && (!hasPrice || v.description.isEmpty()))
        return { QStringLiteral("a line without sku needs description and unit_price") };

    target.insert.bindValue(0, parentId);
    target.insert.bindValue(1, v.lineNo);
    target.insert.bindValue(2, v.productId);
    target.insert.bindValue(3, v.description);
    target.insert.bindValue(4, v.quantity);
    target.insert.bindValue(5, v.unitPrice);
    target.insert.bindValue(6, v.unitPrice * v.quantity);
    if (!target.insert.exec())
        return { QStringLiteral("line %1 of %2 %3 exists already").arg(v.lineNo).arg(noun, number) };
    target.lastLineNo[parentId] = std::max(target.lastLineNo.value(parentId), v.lineNo);
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
    if (idOf(m_invoiceByNumber, number) != 0)
        return { QStringLiteral("invoice %1 already exists").arg(number) };
    const QString customer = row.value("customer");
    const qint64 customerRowId = idOf(m_customerById, customer);
    if (customerRowId == 0)
        return { QStringLiteral("customer %1 does not exist").arg(customer.left(40)) };
    QVariant orderId;
    if (const QString order = row.value("order"); !order.isEmpty()) {
        m_orderRow.bindValue(0, order);
        const bool found = m_orderRow.exec() && m_orderRow.next();
        const qint64 owner = found ? m_orderRow.value(1).toLongLong() : 0;
        orderId = found ? m_orderRow.value(0) : QVariant();
        m_orderRow.finish();
        if (!found)
            return { QStringLiteral("order %1 does not exist").arg(order.left(40)) };
        if (owner != customerRowId)
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

    const qint64 accountId = idOf(m_firstAccount, customerRowId);
    m_insInvoice.bindValue(0, number);
    m_insInvoice.bindValue(1, customerRowId);
    m_insInvoice.bindValue(2, accountId ? QVariant(accountId) : QVariant());
    m_insInvoice.bindValue(3, orderId);
    m_insInvoice.bindValue(4, isoDay(issued->date()));
    m_insInvoice.bindValue(5, isoDay(due));
    m_insInvoice.bindValue(6, currency);
    m_insInvoice.bindValue(7, status);
    if (!m_insInvoice.exec()) {
        sqlError(m_insInvoice, "insert invoice");
        return { QStringLiteral("database refused the row (insert invoice)") };
    }
    const qint64 rowId = m_insInvoice.lastInsertId().toLongLong();
    m_invoiceLineNo.insert(rowId, 0);
    m_invoices.append({ rowId, customerRowId, m_path, line, number, status, total, balance });
    m_touchedCustomers.insert(customerRowId);
    return {};
}

RowError ImportRun::invoiceLineRow(const Row &row)
{
    return lineRow(row, { "invoice", m_invoiceByNumber, m_insInvoiceLine, m_invoiceLineNo, false });
}

} // namespace spocs::importing
