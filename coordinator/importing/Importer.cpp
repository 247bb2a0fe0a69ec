#include "coordinator/importing/Importer.h"

#include "coordinator/auth/CardNumberGuard.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/importing/CsvReader.h"
#include "coordinator/importing/ImportRun.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>

namespace spocs::importing {
namespace {

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

} // namespace

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

qint64 ImportRun::userIdOf(const QString &login)
{
    auto it = m_users.constFind(login);
    if (it == m_users.cend())
        it = m_users.insert(login, idOf(m_userByLogin, login));
    return *it;
}

qint64 ImportRun::rowIdOf(const QHash<QString, qint64> &rowIds, QSqlQuery &q, const QString &key)
{
    const qint64 id = rowIds.value(key);
    return id != 0 ? id : idOf(q, key);
}

Error ImportRun::refused(const QSqlQuery &q, const char *what)
{
    sqlError(q, what);
    return makeError(
        ErrorCode::Internal,
        QStringLiteral("the database refused the row (%1: %2)").arg(QLatin1String(what), q.lastError().databaseText()));
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
    p(m_orderRow, "SELECT o.id, c.public_id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.number = ?");
    p(m_invoiceByNumber, "SELECT id FROM invoices WHERE number = ?");
    p(m_billingAddress,
      "SELECT c.name, a.street, a.city, a.postcode, a.country FROM customers c "
      "LEFT JOIN addresses a ON a.id = (SELECT id FROM addresses WHERE customer_id = c.id "
      "ORDER BY kind = 'shipping' DESC, id LIMIT 1) WHERE c.public_id = ?");
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
      "ship_country, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    p(m_insOrderLine,
      "INSERT INTO order_lines(order_id, line_no, product_id, description, quantity, "
      "unit_price_cents, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)");
    p(m_insInvoice,
      "INSERT INTO invoices(number, customer_id, account_id, order_id, issued_on, due_on, total_cents, "
      "balance_cents, currency, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    p(m_insInvoiceLine,
      "INSERT INTO invoice_lines(invoice_id, line_no, product_id, description, quantity, "
      "unit_price_cents, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?)");
    // An account owes what its open and disputed invoices still owe. Its invoices are its
    // customer's: the customer finds them by index (the status alone walks every open invoice).
    p(m_balances,
      "UPDATE accounts SET balance_cents = (SELECT COALESCE(SUM(balance_cents), 0) FROM invoices "
      "WHERE customer_id = accounts.customer_id AND account_id = accounts.id AND status IN ('open', 'disputed')) "
      "WHERE customer_id = ?");

    // New customers without an id continue after the highest existing C-number.
    QSqlQuery max = m_db.prepare(QStringLiteral("SELECT MAX(CAST(substr(public_id, 3) AS INTEGER)) FROM customers "
                                                "WHERE public_id GLOB 'C-[0-9]*'"));
    if (!max.exec())
        return sqlError(max, "import: highest customer number");
    if (max.next() && !max.value(0).isNull())
        m_nextCustomerNumber = std::max<qint64>(m_nextCustomerNumber, max.value(0).toLongLong() + 1);
    return {};
}

Result<void> ImportRun::check(const Importer::Files &files)
{
    SPOCS_TRY(prepare());
    struct Step
    {
        const QString &path;
        const QList<Column> &columns;
        int &counter;
        RowFn fn;
        Kind kind;
    };
    const auto rowFn = [this](RowError (ImportRun::*fn)(const Row &, int)) -> RowFn {
        return [this, fn](const Row &r, int line) {
            return (this->*fn)(r, line);
        };
    };
    const QList<Step> steps {
        { files.customers, kCustomerColumns, m_report.customers, rowFn(&ImportRun::customerRow), Kind::Customer },
        { files.products, kProductColumns, m_report.products, rowFn(&ImportRun::productRow), Kind::Product },
        { files.orders, kOrderColumns, m_report.orders, rowFn(&ImportRun::orderRow), Kind::Order },
        { files.orderLines, kOrderLineColumns, m_report.orderLines, rowFn(&ImportRun::orderLineRow), Kind::OrderLine },
        { files.invoices, kInvoiceColumns, m_report.invoices, rowFn(&ImportRun::invoiceRow), Kind::Invoice },
        { files.invoiceLines, kInvoiceLineColumns, m_report.invoiceLines, rowFn(&ImportRun::invoiceLineRow),
          Kind::InvoiceLine },
    };
    for (const Step &step : steps) {
        if (step.path.isEmpty())
            continue;
        SPOCS_TRY(checkFile(step.path, step.columns, step.counter, step.fn, step.kind));
    }
    finishParents();
    return {};
}

Result<void> ImportRun::checkFile(const QString &path, const QList<Column> &columns, int &counter, const RowFn &fn,
                                  Kind kind)
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
            // A line bad before its own checks (a card number, an empty column) leaves its order or
            // invoice out too, as lineRow() does for the lines it refuses.
            const auto lineOfPlannedParent = [&]() -> PlannedParent * {
                if (kind != Kind::OrderLine && kind != Kind::InvoiceLine)
                    return nullptr;
                auto &parents = kind == Kind::OrderLine ? m_orders : m_invoiceParents;
                const auto it = parents.find(row.value(kind == Kind::OrderLine ? "order" : "invoice"));
                return it == parents.end() ? nullptr : &*it;
            };
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
            // A row plans its insert only when it is good, so a bad row leaves nothing behind.
            if (reason.isEmpty())
                reason = fn(row, record.line).reason;
            else if (PlannedParent *parent = lineOfPlannedParent(); parent && parent->badLine.isEmpty())
                parent->badLine = QStringLiteral("%1:%2").arg(path).arg(record.line);
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

void ImportRun::dropParent(PlannedParent &parent, const QString &reason, int &parents, int &lines)
{
    ++m_report.badRows;
    problem(parent.path, parent.line, reason);
    parent.dropped = true;
    --parents;
    lines -= int(parent.lineNumbers.size());
    m_report.badRows += int(parent.lineNumbers.size());
}

// Totals come from the lines; a given total must agree with them. Without lines the given
// total stands. The balance defaults to the total for open and disputed invoices. An order or
// invoice with a bad line is left out, with all its lines.
void ImportRun::finishParents()
{
    const auto leftOutWithItsLines = [](const QString &noun, const PlannedParent &parent) {
        return QStringLiteral("%1 left out with all its lines: its line at %2 is bad").arg(noun, parent.badLine);
    };
    for (PlannedParent &order : m_orders) {
        if (!order.badLine.isEmpty())
            dropParent(order, leftOutWithItsLines(QStringLiteral("order"), order), m_report.orders,
                       m_report.orderLines);
    }
    for (const QString &number : std::as_const(m_invoiceOrder)) {
        PendingInvoice &inv = m_invoices[number];
        PlannedParent &parent = m_invoiceParents[number];
        if (!parent.badLine.isEmpty()) {
            dropParent(parent, leftOutWithItsLines(QStringLiteral("invoice"), parent), m_report.invoices,
                       m_report.invoiceLines);
            continue;
        }
        const qint64 lines = parent.lineNumbers.size();
        const qint64 linesTotal = parent.linesTotal;
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
            // Leave the invoice out after all, with its lines.
            dropParent(parent, reason, m_report.invoices, m_report.invoiceLines);
            continue;
        }
        inv.finalTotal = total;
        inv.finalBalance = balance;
    }
    const auto parentOf = [this](const PlannedRow &row) -> const PlannedParent * {
        if (row.parent.isEmpty())
            return nullptr;
        const auto &parents = row.ofOrder() ? m_orders : m_invoiceParents;
        const auto it = parents.constFind(row.parent);
        return it == parents.cend() ? nullptr : &*it;
    };
    m_plan.removeIf([&](const PlannedRow &row) {
        const PlannedParent *parent = parentOf(row);
        return parent && parent->dropped;
    });
    // Each order and invoice right before its lines, so a batch writes them together: a stopped
    // import never leaves one without its lines (nor lines that a run again could not add).
    QHash<QString, QList<qsizetype>> linesOf; // "O:number" / "I:number" -> plan indexes
    const auto key = [](const PlannedRow &row) {
        return (row.ofOrder() ? QStringLiteral("O:") : QStringLiteral("I:")) + row.parent;
    };
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        if (m_plan.at(i).isLine())
            linesOf[key(m_plan.at(i))].append(i);
    }
    QList<PlannedRow> ordered;
    ordered.reserve(m_plan.size());
    for (const PlannedRow &row : std::as_const(m_plan)) {
        if (row.isLine())
            continue;
        ordered.append(row);
        if (!row.parent.isEmpty()) {
            for (const qsizetype i : linesOf.value(key(row)))
                ordered.append(m_plan.at(i));
        }
    }
    m_plan = std::move(ordered);
}

Result<void> ImportRun::write()
{
    int Importer::Report::*const counters[]
        = { &Importer::Report::customers,  &Importer::Report::products, &Importer::Report::orders,
            &Importer::Report::orderLines, &Importer::Report::invoices, &Importer::Report::invoiceLines };
    int written[std::size(counters)] = {};
    for (qsizetype from = 0, to = 0; from < m_plan.size(); from = to) {
        to = std::min<qsizetype>(from + kBatchRows, m_plan.size());
        while (to < m_plan.size() && m_plan.at(to).isLine())
            ++to; // an order's or invoice's lines go in its batch
        qsizetype failedRow = from;
        QElapsedTimer held;
        held.start();
        const auto result = writeBatch(from, to, failedRow);
        m_report.longestWriteNs = std::max(m_report.longestWriteNs, held.nsecsElapsed());
        if (!result) {
            const PlannedRow &row = m_plan.at(failedRow);
            const PlannedRow &first = m_plan.at(from);
            problem(row.path, row.line,
                    QStringLiteral("%1; the import stopped: the rows before %2:%3 were imported, that row and every "
                                   "row after it were not%4")
                        .arg(result.error().message, first.path)
                        .arg(first.line)
                        .arg(numberedHint(from)));
            m_report.stopped = true;
            for (std::size_t k = 0; k < std::size(counters); ++k)
                m_report.*counters[k] = written[k];
            return result;
        }
        ++m_report.batches;
        for (qsizetype i = from; i < to; ++i)
            ++written[int(m_plan.at(i).kind)];
        // SQLite does not queue writers: a coordinator waiting for the lock polls (every 100 ms at
        // most) and would miss the moment between two batches again and again. Leave the lock
        // free as long as the batch held it, so the waiting writer gets in.
        if (to < m_plan.size())
            std::this_thread::sleep_for(
                std::chrono::nanoseconds(std::clamp<qint64>(held.nsecsElapsed(), kMinPauseNs, kMaxPauseNs)));
    }
    return {};
}

// Run again with --skip-bad-rows, what was imported is skipped as existing, but for customers the
// import numbered itself: nothing tells them from new ones, so they would be added twice.
QString ImportRun::numberedHint(qsizetype notWritten) const
{
    const auto numbered = [](const PlannedRow &row) {
        return row.kind == Kind::Customer && row.numbered;
    };
    const auto written = m_plan.cbegin() + notWritten;
    if (std::none_of(m_plan.cbegin(), written, numbered))
        return {};
    const auto nextCustomer
        = std::find_if(written, m_plan.cend(), [](const PlannedRow &row) { return row.kind == Kind::Customer; });
    if (nextCustomer == m_plan.cend())
        return QStringLiteral(". Customers without an id were given numbers: run the import again without the "
                              "customers file, or they are added a second time");
    return QStringLiteral(". Customers without an id were given numbers: run the import again with only the "
                          "customers from %1:%2 on, or the ones before are added a second time")
        .arg(nextCustomer->path)
        .arg(nextCustomer->line);
}

Result<void> ImportRun::writeBatch(qsizetype from, qsizetype to, qsizetype &failedRow)
{
    m_balanceCustomers.clear();
    return m_db.write([&]() -> Result<void> {
        for (qsizetype i = from; i < to; ++i) {
            if (auto r = m_plan.at(i).insert(); !r) {
                failedRow = i;
                return r;
            }
        }
        // An account owes what its open and disputed invoices still owe.
        for (const qint64 rowId : std::as_const(m_balanceCustomers)) {
            m_balances.bindValue(0, rowId);
            if (!m_balances.exec())
                return sqlError(m_balances, "import: account balance");
        }
        return {};
    });
}

} // namespace spocs::importing

namespace spocs {
using importing::ImportRun;

QString Importer::Report::summary() const
{
    if (stopped) {
        return QStringLiteral("partly imported before the error above: %1 customers, %2 products, %3 orders, "
                              "%4 order lines, %5 invoices, %6 invoice lines; the rest was not imported")
            .arg(customers)
            .arg(products)
            .arg(orders)
            .arg(orderLines)
            .arg(invoices)
            .arg(invoiceLines);
    }
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
    ImportRun run(m_db, m_now ? m_now() : m_db.now());
    Report &report = run.report();
    if (auto r = run.check(files); !r) {
        if (!report.fatal) {
            report.fatal = true;
            report.problems.append(QStringLiteral("database error: %1").arg(r.error().message));
        }
    } else if (report.badRows == 0 || skipBadRows) {
        m_db.exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB while bulk-inserting
        report.committed = bool(run.write());
        m_db.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    }
    qCInfo(lcStorage) << "import"
                      << (report.committed     ? "committed"
                              : report.stopped ? "stopped"
                                               : "rolled back")
                      << "with" << report.badRows << "bad rows in" << report.batches << "batches, longest"
                      << report.longestWriteNs / 1000 << "us";
    return report;
}

} // namespace spocs
