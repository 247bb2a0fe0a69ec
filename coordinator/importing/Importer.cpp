#include "coordinator/importing/Importer.h"

#include "coordinator/auth/CardNumberGuard.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/importing/CsvReader.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace spocs {
namespace {

constexpr int kMaxTextLength = 200;
constexpr int kMaxNotesLength = 4000;
constexpr qint64 kMaxQuantity = 1'000'000;
constexpr qint64 kMaxMoneyCents = 100'000'000'000'000LL; // one trillion in major units

struct Column
{
    const char *name;
    bool required;
};

// The columns of each file (docs/import.md). Required columns must be in the header
// and non-empty in every row.
const QList<Column> kCustomerColumns {
    { "id", false },        { "name", true },        { "company", false },
    { "emails", false },    { "phones", false },     { "street", false },
    { "city", false },      { "postcode", false },   { "region", false },
    { "country", false },   { "language", false },   { "preferred_channel", false },
    { "notes", false },     { "owner", false },      { "backup", false },
    { "flags", false },     { "account", false },    { "account_status", false },
    { "plan", false },      { "currency", false },   { "credit_limit", false },
    { "opened_on", false }, { "created_at", false },
};
const QList<Column> kProductColumns {
    { "sku", true },      { "name", true },           { "description", false },    { "price", true },
    { "currency", true }, { "stock_on_hand", false }, { "lead_time_days", false }, { "discontinued", false },
};
const QList<Column> kOrderColumns {
    { "number", true },        { "customer", true },     { "status", true },     { "currency", true },
    { "created_at", false },   { "promised_on", false }, { "shipping", false },  { "tax", false },
    { "ship_name", false },    { "ship_street", false }, { "ship_city", false }, { "ship_postcode", false },
    { "ship_country", false },
};
const QList<Column> kOrderLineColumns {
    { "order", true },    { "line_no", false },    { "sku", true },
    { "quantity", true }, { "unit_price", false }, { "description", false },
};
const QList<Column> kInvoiceColumns {
    { "number", true },   { "customer", true }, { "order", false }, { "issued_on", true }, { "due_on", false },
    { "currency", true }, { "status", false },  { "total", false }, { "balance", false },
};
const QList<Column> kInvoiceLineColumns {
    { "invoice", true },  { "line_no", false },    { "sku", false },
    { "quantity", true }, { "unit_price", false }, { "description", false },
};

const QStringList kChannels { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat"),
                              QStringLiteral("letter") };
const QStringList kAccountStatuses { QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("suspended"),
                                     QStringLiteral("closed") };
const QStringList kOrderStatuses { QStringLiteral("draft"),   QStringLiteral("placed"),    QStringLiteral("picked"),
                                   QStringLiteral("shipped"), QStringLiteral("delivered"), QStringLiteral("cancelled"),
                                   QStringLiteral("returned") };
const QStringList kInvoiceStatuses { QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("void"),
                                     QStringLiteral("disputed") };

// One data row: the header's column positions and the record's fields.
class Row
{
public:
    Row(const QHash<QString, int> &columns, const QStringList &fields)
        : m_columns(columns)
        , m_fields(fields)
    { }
    // The trimmed value, empty when the column is absent. Never a null QString: Qt binds
    // those as SQL NULL, which NOT NULL text columns refuse.
    QString value(const char *column) const
    {
        const int i = m_columns.value(QString::fromLatin1(column), -1);
        const QString text = i < 0 ? QString() : m_fields.at(i).trimmed();
        return text.isNull() ? QStringLiteral("") : text;
    }

private:
    const QHash<QString, int> &m_columns;
    const QStringList &m_fields;
};

// A row's first problem; empty while the row is fine.
struct RowError
{
    QString reason;
    explicit operator bool() const { return !reason.isEmpty(); }
};

std::optional<qint64> parseMoney(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(1).toLongLong() * 100;
    const QString fraction = m.captured(2);
    if (!fraction.isEmpty())
        cents += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    if (cents > kMaxMoneyCents)
        return std::nullopt;
    return cents;
}

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    static const QRegularExpression re(QStringLiteral("^-?\\d{1,15}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const qint64 n = text.toLongLong();
    if (n < min || n > max)
        return std::nullopt;
    return n;
}

// "YYYY-MM-DD", optionally followed by a time ("T" or a space, hh:mm[:ss[.fff]], and
// "Z" or an offset); times without an offset are UTC.
std::optional<QDateTime> parseDateTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})"
                                                      "(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (m.capturedLength(4) > 0) {
        const int ms = m.capturedLength(7) > 0 ? m.captured(7).left(3).leftJustified(3, u'0').toInt() : 0;
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
        if (!time.isValid())
            return std::nullopt;
    }
    QDateTime at(date, time, Qt::UTC);
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z") {
        const QString digits = QString(zone).remove(u':');
        const int offset = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
        at = at.addSecs(zone.startsWith(u'+') ? -offset : offset);
    }
    return at;
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

class ImportRun
{
public:
    ImportRun(Database &db, bool skipBadRows, QDateTime now)
        : m_db(db)
        , m_skip(skipBadRows)
        , m_now(std::move(now))
    { }

    Result<void> run(const Importer::Files &files);
    Importer::Report &report() { return m_report; }

private:
    using RowFn = std::function<RowError(const Row &, int line)>;
    Result<void> prepare();
    Result<void> importFile(const QString &path, const QList<Column> &columns, int &counter, const RowFn &fn);
    void problem(const QString &path, int line, const QString &reason)
    {
        m_report.problems.append(QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(reason));
    }

    RowError customerRow(const Row &row);
    RowError productRow(const Row &row);
    RowError orderRow(const Row &row);
    RowError orderLineRow(const Row &row);
    RowError invoiceRow(const Row &row, int line);
    RowError invoiceLineRow(const Row &row);
    Result<void> finishInvoices();
    Result<void> finishTotalsAndIndex();

    // Look-ups by public key; 0 when absent (rows of this import count: same transaction).
    qint64 idOf(QSqlQuery &q, const QVariant &key);
    qint64 userIdOf(const QString &login) { return idOf(m_userByLogin, login); }

    Database &m_db;
    bool m_skip;
    QDateTime m_now;
    Importer::Report m_report;
    QString m_path; // the file being read

    QSqlQuery m_userByLogin, m_customerById, m_accountExists, m_firstAccount, m_productBySku, m_productRow,
        m_orderByNumber, m_orderRow, m_invoiceByNumber, m_billingAddress;
    QSqlQuery m_insCustomer, m_insEmail, m_insPhone, m_insAddress, m_insFlag, m_insAccount, m_insProduct, m_insOrder,
        m_insOrderLine, m_insInvoice, m_insInvoiceLine;
    qint64 m_nextCustomerNumber = 1000;

    QSet<qint64> m_touchedCustomers;
    QHash<qint64, int> m_orderLineNo; // order row id -> last line_no (orders of this import)
    QHash<qint64, int> m_invoiceLineNo; // invoice row id -> last line_no (invoices of this import)
    struct PendingInvoice
    {
        qint64 rowId;
        qint64 customerRowId;
        QString path;
        int line;
        QString number;
        QString status;
        std::optional<qint64> total;
        std::optional<qint64> balance;
    };
    QList<PendingInvoice> m_invoices;
};

qint64 ImportRun::idOf(QSqlQuery &q, const QVariant &key)
{
    q.bindValue(0, key);
    if (!q.exec() || !q.next()) {
        q.finish();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<void> ImportRun::prepare()
{
    const auto p = [&](QSqlQuery &q, const char *sql) {
        q = m_db.prepare(QString::fromLatin1(sql));
    };
    p(m_userByLogin, "SELECT id FROM users WHERE login = ?");
    p(m_customerById, "SELECT id FROM customers WHERE public_id = ?");
    p(m_accountExists, "SELECT id FROM accounts WHERE number = ?");
    p(m_firstAccount, "SELECT id FROM accounts WHERE customer_id = ? ORDER BY id LIMIT 1");
    p(m_productBySku, "SELECT id FROM products WHERE sku = ?");
    p(m_productRow, "SELECT id, name, price_cents FROM products WHERE sku = ?");
    p(m_orderByNumber, "SELECT id FROM orders WHERE number = ?");
    p(m_orderRow, "SELECT id, customer_id FROM orders WHERE number = ?");
    p(m_invoiceByNumber, "SELECT id FROM invoices WHERE number = ?");
    p(m_billingAddress,
      "SELECT c.name, a.street, a.city, a.postcode, a.country FROM customers c "
      "LEFT JOIN addresses a ON a.id = (SELECT id FROM addresses WHERE customer_id = c.id "
      "ORDER BY kind = 'shipping' DESC, id LIMIT 1) WHERE c.id = ?");
    p(m_insCustomer,
      "INSERT INTO customers(public_id, name, company, language, preferred_channel, notes, "
      "owner_user_id, backup_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    p(m_insEmail, "INSERT INTO customer_emails(customer_id, email, kind, position) VALUES (?, ?, 'private', ?)");
    p(m_insPhone,
      "INSERT INTO customer_phones(customer_id, raw, digits, digits_reversed, position) "
      "VALUES (?, ?, ?, ?, ?)");
    p(m_insAddress,
      "INSERT INTO addresses(customer_id, kind, street, city, postcode, region, country) "
      "VALUES (?, 'billing', ?, ?, ?, ?, ?)");
    p(m_insFlag, "INSERT OR IGNORE INTO customer_flags(customer_id, flag) VALUES (?, ?)");
    p(m_insAccount,
      "INSERT INTO accounts(number, customer_id, status, plan, credit_limit_cents, balance_cents, "
      "currency, opened_on) VALUES (?, ?, ?, ?, ?, 0, ?, ?)");
    p(m_insProduct,
      "INSERT INTO products(sku, name, description, price_cents, currency, stock_on_hand, "
      "lead_time_days, discontinued) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    p(m_insOrder,
      "INSERT INTO orders(number, customer_id, account_id, status, subtotal_cents, shipping_cents, "
      "tax_cents, total_cents, currency, promised_on, ship_name, ship_street, ship_city, ship_postcode, "
      "ship_country, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    p(m_insOrderLine,
      "INSERT INTO order_lines(order_id, line_no, product_id, description, quantity, "
      "unit_price_cents, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)");
    p(m_insInvoice,
      "INSERT INTO invoices(number, customer_id, account_id, order_id, issued_on, due_on, total_cents, "
      "balance_cents, currency, status) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)");
    p(m_insInvoiceLine,
      "INSERT INTO invoice_lines(invoice_id, line_no, product_id, description, quantity, "
      "unit_price_cents, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)");

    // New customers without an id continue after the highest existing C-number.
    QSqlQuery max = m_db.prepare(QStringLiteral("SELECT MAX(CAST(substr(public_id, 3) AS INTEGER)) FROM customers "
                                                "WHERE public_id GLOB 'C-[0-9]*'"));
    if (!max.exec())
        return sqlError(max, "import: highest customer number");
    if (max.next() && !max.value(0).isNull())
        m_nextCustomerNumber = std::max<qint64>(m_nextCustomerNumber, max.value(0).toLongLong() + 1);
    return {};
}

Result<void> ImportRun::run(const Importer::Files &files)
{
    if (auto r = prepare(); !r)
        return r;
    struct Step
    {
        const QString &path;
        const QList<Column> &columns;
        int &counter;
        RowFn fn;
    };
    const QList<Step> steps {
        { files.customers, kCustomerColumns, m_report.customers,
          [this](const Row &r, int) {
              return customerRow(r);
          } },
        { files.products, kProductColumns, m_report.products,
          [this](const Row &r, int) {
              return productRow(r);
          } },
        { files.orders, kOrderColumns, m_report.orders,
          [this](const Row &r, int) {
              return orderRow(r);
          } },
        { files.orderLines, kOrderLineColumns, m_report.orderLines,
          [this](const Row &r, int) {
              return orderLineRow(r);
          } },
        { files.invoices, kInvoiceColumns, m_report.invoices,
          [this](const Row &r, int line) {
              return invoiceRow(r, line);
          } },
        { files.invoiceLines, kInvoiceLineColumns, m_report.invoiceLines,
          [this](const Row &r, int) {
              return invoiceLineRow(r);
          } },
    };
    for (const Step &step : steps) {
        if (step.path.isEmpty())
            continue;
        if (auto r = importFile(step.path, step.columns, step.counter, step.fn); !r)
            return r;
    }
    if (auto r = finishInvoices(); !r)
        return r;
    return finishTotalsAndIndex();
}

Result<void> ImportRun::importFile(const QString &path, const QList<Column> &columns, int &counter, const RowFn &fn)
{
    m_path = path;
    const auto fatal = [&](int line, const QString &reason) -> Result<void> {
        if (line > 0)
            problem(path, line, reason);
        else
            m_report.problems.append(QStringLiteral("%1: %2").arg(path, reason));
        m_report.fatal = true;
        return makeError(ErrorCode::BadRequest, reason);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fatal(0, QStringLiteral("cannot read: %1").arg(file.errorString()));
    CsvReader reader(file.readAll());
    file.close();

    CsvReader::Record header;
    if (!reader.next(header))
        return fatal(1, QStringLiteral("empty file (a header row is expected)"));
    if (!header.error.isEmpty())
        return fatal(header.line, header.error);
    QHash<QString, int> positions;
    QStringList known;
    for (const Column &c : columns)
        known.append(QString::fromLatin1(c.name));
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!known.contains(name))
            return fatal(header.line,
                         QStringLiteral("unknown column \"%1\" (columns: %2)")
                             .arg(header.fields.at(i).left(40), known.join(QStringLiteral(", "))));
        if (positions.contains(name))
            return fatal(header.line, QStringLiteral("column \"%1\" appears twice").arg(name));
        positions.insert(name, i);
    }
    for (const Column &c : columns) {
        if (c.required && !positions.contains(QString::fromLatin1(c.name)))
            return fatal(header.line, QStringLiteral("required column \"%1\" is missing").arg(QLatin1String(c.name)));
    }

    CsvReader::Record record;
    while (reader.next(record)) {
        QString reason = record.error;
        if (reason.isEmpty() && record.fields.size() != header.fields.size())
            reason = QStringLiteral("%1 fields, the header has %2").arg(record.fields.size()).arg(header.fields.size());
        if (reason.isEmpty()) {
            const Row row(positions, record.fields);
            for (const Column &c : columns) {
                if (c.required && row.value(c.name).isEmpty()) {
                    reason = QStringLiteral("%1 is empty").arg(QLatin1String(c.name));
                    break;
                }
                // Old CRMs hide card numbers in notes: such a row is bad, never stored, never echoed.
                if (CardNumberGuard::containsCardNumber(row.value(c.name))) {
                    reason = QStringLiteral("%1 holds a full card number").arg(QLatin1String(c.name));
                    break;
                }
            }
            if (reason.isEmpty()) {
                // One savepoint per row, so a row that fails half-way leaves nothing behind.
                if (auto r = m_db.exec(QStringLiteral("SAVEPOINT import_row")); !r)
                    return fatal(record.line, r.error().message);
                const RowError error = fn(row, record.line);
                if (error) {
                    reason = error.reason;
                    m_db.exec(QStringLiteral("ROLLBACK TO import_row"));
                }
                if (auto r = m_db.exec(QStringLiteral("RELEASE import_row")); !r)
                    return fatal(record.line, r.error().message);
            }
        }
        if (reason.isEmpty()) {
            ++counter;
        } else {
            ++m_report.badRows;
            problem(path, record.line, reason);
        }
    }
    return {};
}

// ---------------------------------------------------------------- customers

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

// Shared by order and invoice lines: line number, product, quantity, price.
struct LineValues
{
    int lineNo = 0;
    QVariant productId;
    QString description;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
};

RowError ImportRun::orderLineRow(const Row &row)
{
    const QString number = row.value("order");
    const qint64 orderId = idOf(m_orderByNumber, number);
    if (orderId == 0)
        return { QStringLiteral("order %1 does not exist").arg(number.left(40)) };
    if (!m_orderLineNo.contains(orderId))
        return {
            QStringLiteral("order %1 is not part of this import (lines are imported with their order)").arg(number)
        };
    LineValues v;
    if (const QString text = row.value("line_no"); !text.isEmpty()) {
        const auto n = parseInteger(text, 1, 10000);
        if (!n)
            return { QStringLiteral("line_no \"%1\" is not a number from 1 to 10000").arg(text.left(40)) };
        v.lineNo = int(*n);
    } else {
        v.lineNo = m_orderLineNo.value(orderId) + 1;
    }
    const QString sku = row.value("sku");
    m_productRow.bindValue(0, sku);
    if (!m_productRow.exec() || !m_productRow.next()) {
        m_productRow.finish();
        return { QStringLiteral("product %1 does not exist").arg(sku.left(70)) };
    }
    v.productId = m_productRow.value(0);
    v.description = m_productRow.value(1).toString();
    v.unitPrice = m_productRow.value(2).toLongLong();
    m_productRow.finish();
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
    }
    if (const QString text = row.value("description"); !text.isEmpty())
        v.description = text.left(kMaxNotesLength);

    m_insOrderLine.bindValue(0, orderId);
    m_insOrderLine.bindValue(1, v.lineNo);
    m_insOrderLine.bindValue(2, v.productId);
    m_insOrderLine.bindValue(3, v.description);
    m_insOrderLine.bindValue(4, v.quantity);
    m_insOrderLine.bindValue(5, v.unitPrice);
    m_insOrderLine.bindValue(6, v.unitPrice * v.quantity);
    if (!m_insOrderLine.exec())
        return { QStringLiteral("line %1 of order %2 exists already").arg(v.lineNo).arg(number) };
    m_orderLineNo[orderId] = std::max(m_orderLineNo.value(orderId), v.lineNo);
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
    const QString number = row.value("invoice");
    const qint64 invoiceId = idOf(m_invoiceByNumber, number);
    if (invoiceId == 0)
        return { QStringLiteral("invoice %1 does not exist").arg(number.left(40)) };
    if (!m_invoiceLineNo.contains(invoiceId))
        return {
            QStringLiteral("invoice %1 is not part of this import (lines are imported with their invoice)").arg(number)
        };
    LineValues v;
    if (const QString text = row.value("line_no"); !text.isEmpty()) {
        const auto n = parseInteger(text, 1, 10000);
        if (!n)
            return { QStringLiteral("line_no \"%1\" is not a number from 1 to 10000").arg(text.left(40)) };
        v.lineNo = int(*n);
    } else {
        v.lineNo = m_invoiceLineNo.value(invoiceId) + 1;
    }
    bool hasPrice = false;
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
    if (!hasPrice || v.description.isEmpty())
        return { QStringLiteral("a line without sku needs description and unit_price") };

    m_insInvoiceLine.bindValue(0, invoiceId);
    m_insInvoiceLine.bindValue(1, v.lineNo);
    m_insInvoiceLine.bindValue(2, v.productId);
    m_insInvoiceLine.bindValue(3, v.description);
    m_insInvoiceLine.bindValue(4, v.quantity);
    m_insInvoiceLine.bindValue(5, v.unitPrice);
    m_insInvoiceLine.bindValue(6, v.unitPrice * v.quantity);
    if (!m_insInvoiceLine.exec())
        return { QStringLiteral("line %1 of invoice %2 exists already").arg(v.lineNo).arg(number) };
    m_invoiceLineNo[invoiceId] = std::max(m_invoiceLineNo.value(invoiceId), v.lineNo);
    return {};
}

// Totals come from the lines; a given total must agree with them. Without lines the
// given total stands. The balance defaults to the total for open and disputed invoices.
Result<void> ImportRun::finishInvoices()
{
    QSqlQuery sum = m_db.prepare(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(total_cents), 0) FROM invoice_lines WHERE invoice_id = ?"));
    QSqlQuery update
        = m_db.prepare(QStringLiteral("UPDATE invoices SET total_cents = ?, balance_cents = ? WHERE id = ?"));
    QSqlQuery drop = m_db.prepare(QStringLiteral("DELETE FROM invoices WHERE id = ?"));
    for (const PendingInvoice &inv : std::as_const(m_invoices)) {
        sum.bindValue(0, inv.rowId);
        if (!sum.exec() || !sum.next())
            return sqlError(sum, "import: invoice line totals");
        const qint64 lines = sum.value(0).toLongLong();
        const qint64 linesTotal = sum.value(1).toLongLong();
        sum.finish();
        QString reason;
        qint64 total = linesTotal;
        if (lines == 0 && !inv.total)
            reason = QStringLiteral("invoice %1 has neither a total nor lines").arg(inv.number);
        else if (lines == 0)
            total = *inv.total;
        else if (inv.total && *inv.total != linesTotal)
            reason = QStringLiteral("total %1 does not match the sum of its lines (%2)")
                         .arg(CustomerStore::formatCents(*inv.total), CustomerStore::formatCents(linesTotal));
        const bool owed = inv.status == u"open" || inv.status == u"disputed";
        const qint64 balance = inv.balance ? *inv.balance : (owed ? total : 0);
        if (reason.isEmpty() && balance > total)
            reason = QStringLiteral("balance %1 is more than the total %2")
                         .arg(CustomerStore::formatCents(balance), CustomerStore::formatCents(total));
        if (!reason.isEmpty()) {
            ++m_report.badRows;
            problem(inv.path, inv.line, reason);
            if (m_skip) {
                // Leave the invoice out after all, with its lines.
                drop.bindValue(0, inv.rowId);
                if (!drop.exec())
                    return sqlError(drop, "import: drop invoice");
                --m_report.invoices;
                m_report.invoiceLines -= int(lines);
                m_report.badRows += int(lines);
            }
            continue;
        }
        update.bindValue(0, total);
        update.bindValue(1, balance);
        update.bindValue(2, inv.rowId);
        if (!update.exec())
            return sqlError(update, "import: invoice totals");
    }
    return {};
}

Result<void> ImportRun::finishTotalsAndIndex()
{
    QSqlQuery orderTotals = m_db.prepare(
        QStringLiteral("UPDATE orders SET subtotal_cents = (SELECT COALESCE(SUM(total_cents), 0) FROM order_lines "
                       "WHERE order_id = orders.id) WHERE id = ?"));
    QSqlQuery orderTotal = m_db.prepare(
        QStringLiteral("UPDATE orders SET total_cents = subtotal_cents + shipping_cents + tax_cents WHERE id = ?"));
    for (auto it = m_orderLineNo.cbegin(); it != m_orderLineNo.cend(); ++it) {
        orderTotals.bindValue(0, it.key());
        orderTotal.bindValue(0, it.key());
        if (!orderTotals.exec())
            return sqlError(orderTotals, "import: order totals");
        if (!orderTotal.exec())
            return sqlError(orderTotal, "import: order total");
    }
    // An account owes what its open and disputed invoices still owe.
    QSqlQuery balances = m_db.prepare(
        QStringLiteral("UPDATE accounts SET balance_cents = (SELECT COALESCE(SUM(balance_cents), 0) FROM invoices "
                       "WHERE account_id = accounts.id AND status IN ('open', 'disputed')) WHERE customer_id = ?"));
    CustomerStore store(m_db);
    for (const qint64 rowId : std::as_const(m_touchedCustomers)) {
        balances.bindValue(0, rowId);
        if (!balances.exec())
            return sqlError(balances, "import: account balance");
        if (auto r = store.reindex(rowId); !r)
            return r;
    }
    return {};
}

} // namespace

QString Importer::Report::summary() const
{
    if (!committed) {
        if (fatal)
            return QStringLiteral("nothing imported: the import stopped at the error above");
        return QStringLiteral("nothing imported: %1 bad row(s); fix them or use --skip-bad-rows to import the rest")
            .arg(badRows);
    }
    return QStringLiteral("imported: %1 customers, %2 products, %3 orders, %4 order lines, %5 invoices, "
                          "%6 invoice lines; skipped: %7 rows")
        .arg(customers)
        .arg(products)
        .arg(orders)
        .arg(orderLines)
        .arg(invoices)
        .arg(invoiceLines)
        .arg(badRows);
}

Importer::Importer(Database &db)
    : m_db(db)
{ }

void Importer::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

Importer::Report Importer::run(const Files &files, bool skipBadRows)
{
    ImportRun run(m_db, skipBadRows, m_now ? m_now() : QDateTime::currentDateTimeUtc());
    m_db.exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB while bulk-inserting
    const auto result = m_db.write([&]() -> Result<void> {
        if (auto r = run.run(files); !r) {
            if (!run.report().fatal) {
                run.report().fatal = true;
                run.report().problems.append(QStringLiteral("database error: %1").arg(r.error().message));
            }
            return r;
        }
        if (run.report().badRows > 0 && !skipBadRows)
            return makeError(ErrorCode::BadRequest, QStringLiteral("bad rows"));
        return {};
    });
    m_db.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    Report report = run.report();
    report.committed = bool(result);
    if (!report.committed && !report.fatal && report.badRows == 0) {
        report.fatal = true;
        report.problems.append(QStringLiteral("database error: %1").arg(result.error().message));
    }
    qCInfo(lcStorage) << "import" << (report.committed ? "committed" : "rolled back") << "with" << report.badRows
                      << "bad rows";
    return report;
}

} // namespace spocs
