#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace spocs {

class Database;

// Imports customer data from UTF-8 CSV files (docs/import.md describes every column).
// Files are read in dependency order: customers, products, orders, order lines,
// invoices, invoice lines, so a row may refer to rows of an earlier file. Every row is
// checked first, outside any transaction; a bad row is reported as "file:line: reason".
// Without skipBadRows any bad row means nothing is written; with it only the bad rows
// (and the rows that depend on them) are left out. The checked rows are then written in
// batches of ImportRun::kBatchRows rows, one short transaction each (with the customer
// search index and the account balances they change), so a running coordinator's writes
// never wait for a whole import. A batch the database refuses stops the import: the
// batches before it stay written, the report says from which line on nothing was.
class Importer
{
public:
    struct Files
    {
        QString customers;
        QString products;
        QString orders;
        QString orderLines;
        QString invoices;
        QString invoiceLines;
    };

    struct Report
    {
        int customers = 0;
        int products = 0;
        int orders = 0;
        int orderLines = 0;
        int invoices = 0;
        int invoiceLines = 0;
        int badRows = 0;
        QStringList problems; // "file:line: reason", in file order
        bool fatal = false; // a file could not be used at all (unreadable, bad header, database error)
        bool committed = false; // every checked row was written
        bool stopped = false; // the database refused a batch: the batches before it stay written
        int batches = 0; // write transactions committed
        qint64 longestWriteNs = 0; // the longest of them: how long the import held the write lock at most
        // "imported: N customers, ...; skipped: K rows", what was imported before the import
        // stopped, or the reason nothing was imported.
        QString summary() const;
    };

    explicit Importer(Database &db);
    // For tests: the clock for records without a creation time (default: current UTC).
    void setClock(std::function<QDateTime()> now);

    Report run(const Files &files, bool skipBadRows);

private:
    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace spocs
