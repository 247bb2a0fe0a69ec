#pragma once

#include "coordinator/importing/ImportValues.h"
#include "coordinator/importing/Importer.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace spocs {
class Database;
}

namespace spocs::importing {

struct Column
{
    const char *name;
    bool required;
};

// One import in two phases. check() reads every file and checks every row against the database
// and against the rows before it, without a transaction, and plans the inserts; write() then
// runs the planned inserts in batches of kBatchRows, one short write transaction each, so the
// coordinator's own writes get the write lock between batches. The entity rows (ImportRows.cpp)
// check one CSV row each and plan its insert; Importer.cpp drives the files in order.
class ImportRun
{
public:
    static constexpr int kBatchRows = 500;
    // The pause after a batch, as long as it held the write lock, within these bounds.
    static constexpr qint64 kMinPauseNs = 10'000'000;
    static constexpr qint64 kMaxPauseNs = 250'000'000;

    ImportRun(Database &db, QDateTime now)
        : m_db(db)
        , m_now(std::move(now))
    { }

    // Checks every file; an error means a file could not be used at all.
    Result<void> check(const Importer::Files &files);
    // Writes the planned rows batch by batch; stops at the first batch the database refuses
    // (the batches before it stay written) and says so in the report.
    Result<void> write();
    Importer::Report &report() { return m_report; }

private:
    enum class Kind { Customer, Product, Order, OrderLine, Invoice, InvoiceLine };
    // A checked row: its insert runs inside a batch's transaction.
    struct PlannedRow
    {
        Kind kind;
        QString path;
        int line;
        // Orders, invoices and their lines: the order's or invoice's number. Each is left out with its
        // lines (a bad line, a total that does not add up) and written in the batch of its lines.
        QString parent;
        std::function<Result<void>()> insert;
        bool numbered = false; // a customer without an id: the import chose its number
        bool isLine() const { return kind == Kind::OrderLine || kind == Kind::InvoiceLine; }
        bool ofOrder() const { return kind == Kind::Order || kind == Kind::OrderLine; }
    };
    using RowFn = std::function<RowError(const Row &, int line)>;
    Result<void> prepare();
    Result<void> checkFile(const QString &path, const QList<Column> &columns, int &counter, const RowFn &fn, Kind kind);
    void plan(Kind kind, int line, std::function<Result<void>()> insert, const QString &parent = {})
    {
        m_plan.append({ kind, m_path, line, parent, std::move(insert) });
    }
    // A refused insert, logged; the report names the driver's reason (no values in it).
    static Error refused(const QSqlQuery &q, const char *what);
    void problem(const QString &path, int line, const QString &reason)
    {
        m_report.problems.append(QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(reason));
    }

    RowError customerRow(const Row &row, int line);
    RowError productRow(const Row &row, int line);
    RowError orderRow(const Row &row, int line);
    RowError orderLineRow(const Row &row, int line);
    RowError invoiceRow(const Row &row, int line);
    RowError invoiceLineRow(const Row &row, int line);
    // What a planned order or invoice collects from its lines while they are checked.
    struct PlannedParent
    {
        QString customer; // public id
        QString path; // where the order or invoice row is
        int line = 0;
        QSet<int> lineNumbers;
        int lastLineNo = 0;
        qint64 linesTotal = 0;
        QString badLine; // "file:line" of its first bad line: it is left out with all its lines
        bool dropped = false; // left out after its lines were checked (a bad line, a bad total)
    };
    // Order lines and invoice lines: what differs between the two.
    struct LineTarget
    {
        Kind kind;
        const char *parentColumn; // "order" or "invoice": the column and the noun in messages
        QSqlQuery &parentByNumber;
        QSqlQuery &insert;
        QHash<QString, PlannedParent> &parents; // the parents of this import, by number
        QHash<QString, qint64> &rowIds; // their row ids once written
        bool skuRequired; // order lines sell a product; invoice lines may be free text with a price
    };
    RowError lineRow(const Row &row, int line, const LineTarget &target);
    // After every file is checked: leaves out the orders and invoices with a bad line or a total
    // that does not add up, with their lines, and puts each one's lines right after it.
    void finishParents();
    void dropParent(PlannedParent &parent, const QString &reason, int &parents, int &lines);

    // Look-ups by public key; 0 when absent.
    qint64 idOf(QSqlQuery &q, const QVariant &key);
    qint64 userIdOf(const QString &login);
    // A row id while writing: a row of this import (rowIds) or one already in the database.
    qint64 rowIdOf(const QHash<QString, qint64> &rowIds, QSqlQuery &q, const QString &key);
    Result<void> writeBatch(qsizetype from, qsizetype to, qsizetype &failedRow);
    // After a stop before plan row notWritten: how to run again without adding customers twice.
    QString numberedHint(qsizetype notWritten) const;
    Result<void> updateBalances(const QSet<qint64> &customerRowIds);

    Database &m_db;
    QDateTime m_now;
    Importer::Report m_report;
    QString m_path; // the file being read

    QSqlQuery m_userByLogin, m_customerById, m_accountExists, m_firstAccount, m_productBySku, m_productRow,
        m_orderByNumber, m_orderRow, m_invoiceByNumber, m_billingAddress;
    QSqlQuery m_insCustomer, m_insEmail, m_insPhone, m_insAddress, m_insFlag, m_insAccount, m_insProduct, m_insOrder,
        m_insOrderLine, m_insInvoice, m_insInvoiceLine, m_balances;
    qint64 m_nextCustomerNumber = 1000;
    QHash<QString, qint64> m_users; // login -> row id, looked up once

    // What the checked rows add, by public key, for the rows after them.
    struct PlannedCustomer
    {
        QString name, street, city, postcode, country;
        bool hasAddress = false;
    };
    struct PlannedProduct
    {
        QString name;
        qint64 priceCents = 0;
    };
    QHash<QString, PlannedCustomer> m_customers;
    QSet<QString> m_accounts;
    QHash<QString, PlannedProduct> m_products;
    QHash<QString, PlannedParent> m_orders;
    QHash<QString, PlannedParent> m_invoiceParents;
    struct PendingInvoice
    {
        QString path;
        int line;
        QString number;
        QString status;
        std::optional<qint64> total;
        std::optional<qint64> balance;
        qint64 finalTotal = 0; // set by finishInvoices()
        qint64 finalBalance = 0;
    };
    QHash<QString, PendingInvoice> m_invoices;
    QStringList m_invoiceOrder; // invoice numbers in file order
    QList<PlannedRow> m_plan;

    // Row ids of what this import has written, by public key.
    QHash<QString, qint64> m_customerRowIds, m_productRowIds, m_orderRowIds, m_invoiceRowIds;
    QSet<qint64> m_balanceCustomers; // customers whose invoices the current batch wrote
};

} // namespace spocs::importing
