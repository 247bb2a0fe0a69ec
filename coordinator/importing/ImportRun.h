#pragma once

#include "coordinator/importing/ImportValues.h"
#include "coordinator/importing/Importer.h"
#include "core/Result.h"

#include <QList>
#include <QSet>
#include <QSqlQuery>

#include <functional>

namespace spocs {
class Database;
}

namespace spocs::importing {

struct Column
{
    const char *name;
    bool required;
};

// One import: the prepared statements, the rows read so far and the report. The entity rows
// (ImportRows.cpp) check and insert one CSV row each; Importer.cpp drives the files in order.
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
    // Order lines and invoice lines: what differs between the two.
    struct LineTarget
    {
        const char *parentColumn; // "order" or "invoice": the column and the noun in messages
        QSqlQuery &parentByNumber;
        QSqlQuery &insert;
        QHash<qint64, int> &lastLineNo; // parent row id -> last line_no (parents of this import)
        bool skuRequired; // order lines sell a product; invoice lines may be free text with a price
    };
    RowError lineRow(const Row &row, const LineTarget &target);
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

} // namespace spocs::importing
