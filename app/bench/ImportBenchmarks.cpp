// The CSV import's longest hold of the write lock: while it holds it, every write of a coordinator
// serving the same database waits. In this process, into a fresh database: `customers`
// customers (e-mail, phone, address, account), one invoice each with two lines. Counters: the
// longest write transaction, the number of them, the whole import's time.
#include "BenchSupport.h"

#include "coordinator/importing/Importer.h"
#include "coordinator/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace spocs;
using namespace spocs::bench;

namespace {

bool writeFile(const QString &path, const QByteArray &header, int rows, const std::function<QString(int)> &row)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(header);
    for (int i = 0; i < rows; ++i)
        file.write(row(i).toUtf8());
    return true;
}

void BM_ImportLongestLockHold(benchmark::State &state)
{
    const int customers = int(state.range(0));
    QTemporaryDir dir;
    Importer::Files files {
        dir.filePath(QStringLiteral("customers.csv")), {}, {}, {}, dir.filePath(QStringLiteral("invoices.csv")),
        dir.filePath(QStringLiteral("lines.csv"))
    };
    const bool written
        = writeFile(files.customers, "id,name,emails,phones,street,city,postcode,country,account,currency\n", customers,
                    [](int i) {
                        return QStringLiteral("C-%1,Person %1,p%1@example.test,+49 30 %2,Main St %1,Berlin,10115,DE,"
                                              "A-%1,EUR\n")
                            .arg(100000 + i)
                            .arg(10000000 + i);
                    })
        && writeFile(files.invoices, "number,customer,issued_on,currency,status\n", customers,
                     [](int i) { return QStringLiteral("I-%1,C-%1,2024-05-06,EUR,open\n").arg(100000 + i); })
        && writeFile(files.invoiceLines, "invoice,description,quantity,unit_price\n", 2 * customers, [](int i) {
               return QStringLiteral("I-%1,Service,%2,12.50\n").arg(100000 + i / 2).arg(1 + i % 2);
           });
    if (!written) {
        state.SkipWithError("cannot write the CSV files");
        return;
    }
    double longestMs = 0;
    double batches = 0;
    double totalS = 0;
    int run = 0;
    for (auto _ : state) {
        auto db = Database::open(dir.filePath(QStringLiteral("import-%1.db").arg(run++)));
        if (!db) {
            state.SkipWithError("cannot open a database");
            return;
        }
        QElapsedTimer timer;
        timer.start();
        const Importer::Report report = Importer(**db).run(files, false);
        totalS = std::max(totalS, double(timer.nsecsElapsed()) / 1e9);
        if (!report.committed) {
            state.SkipWithError("the import failed");
            return;
        }
        longestMs = std::max(longestMs, double(report.longestWriteNs) / 1e6);
        batches = report.batches;
    }
    state.counters["longest_lock_ms"] = longestMs;
    state.counters["write_transactions"] = batches;
    state.counters["import_s"] = totalS;
}
BENCHMARK(BM_ImportLongestLockHold)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
