#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace spocs {

class Database;

// Imports customer data from UTF-8 CSV files (docs/import.md describes every column).
// Files are read in dependency order: customers, products, orders, order lines,
// invoices, invoice lines, so a row may refer to rows of an earlier file. Everything
// runs in one Database::write transaction with one savepoint per row: a bad row is
// reported as "file:line: reason"; without skipBadRows any bad row rolls the whole
// import back, with it only the bad rows are left out. The customer search index is
// rewritten for every customer the import touched, inside the same transaction.
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
        bool committed = false;
        // "imported: N customers, ...; skipped: K rows" or the reason nothing was imported.
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
