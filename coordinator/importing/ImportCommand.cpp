#include "coordinator/importing/ImportCommand.h"

#include "coordinator/importing/Importer.h"
#include "coordinator/server/CommandLine.h"

#include <algorithm>

namespace spocs {
namespace {

using cli::kFailed;
using cli::kOk;
constexpr int kMaxListedProblems = 1000;

constexpr char kUsageText[]
    = "usage: spocs-coordinator [--db FILE] import [--customers FILE] [--products FILE] [--orders FILE]\n"
      "           [--order-lines FILE] [--invoices FILE] [--invoice-lines FILE] [--skip-bad-rows]\n"
      "Reads UTF-8 CSV files with a header row (columns: docs/import.md). Any subset of the files;\n"
      "rows may refer to rows of the files before them in this order. Every row is checked before\n"
      "anything is written; without --skip-bad-rows one bad row leaves the database unchanged.\n";

int usage(QTextStream &stream, const QString &problem = {})
{
    return cli::usage(stream, kUsageText, problem);
}

} // namespace

int runImportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    Importer::Files files;
    QString *const targets[]
        = { &files.customers, &files.products, &files.orders, &files.orderLines, &files.invoices, &files.invoiceLines };
    const QStringList names {
        QStringLiteral("customers"),   QStringLiteral("products"), QStringLiteral("orders"),
        QStringLiteral("order-lines"), QStringLiteral("invoices"), QStringLiteral("invoice-lines")
    };
    for (const QString &a : args) {
        if (a == u"--help" || a == u"-h" || a == u"help") {
            usage(out);
            return kOk;
        }
    }
    const cli::Options options = cli::parseOptions(args, names, { QStringLiteral("skip-bad-rows") });
    if (!options.problem.isEmpty())
        return usage(err, options.problem);
    if (!options.positional.isEmpty())
        return usage(err, QStringLiteral("unexpected argument %1").arg(options.positional.first()));
    if (!options.repeated.isEmpty())
        return usage(err, QStringLiteral("option --%1 is given twice").arg(options.repeated.first()));
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!options.has(names.at(i)))
            continue;
        if (options.value(names.at(i)).isEmpty())
            return usage(err, QStringLiteral("option --%1 needs a file").arg(names.at(i)));
        *targets[i] = options.value(names.at(i));
    }
    const bool skipBadRows = options.flag(QStringLiteral("skip-bad-rows"));
    if (std::all_of(std::begin(targets), std::end(targets), [](const QString *t) { return t->isEmpty(); }))
        return usage(err, QStringLiteral("import needs at least one file"));

    Importer importer(db);
    const Importer::Report report = importer.run(files, skipBadRows);
    for (qsizetype i = 0; i < report.problems.size() && i < kMaxListedProblems; ++i)
        err << report.problems.at(i) << "\n";
    if (report.problems.size() > kMaxListedProblems)
        err << "... and " << report.problems.size() - kMaxListedProblems << " more\n";
    err.flush();
    (report.committed ? out : err) << report.summary() << "\n";
    out.flush();
    err.flush();
    return report.committed && report.badRows == 0 ? kOk : kFailed;
}

} // namespace spocs
