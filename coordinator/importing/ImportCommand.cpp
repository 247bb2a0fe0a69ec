#include "coordinator/importing/ImportCommand.h"

#include "coordinator/importing/Importer.h"

#include <algorithm>

namespace spocs {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
constexpr int kMaxListedProblems = 1000;

int usage(QTextStream &stream, const QString &problem = {})
{
    if (!problem.isEmpty())
        stream << "error: " << problem << "\n";
    stream << "usage: spocs-coordinator [--db FILE] import [--customers FILE] [--products FILE] [--orders FILE]\n"
              "           [--order-lines FILE] [--invoices FILE] [--invoice-lines FILE] [--skip-bad-rows]\n"
              "Reads UTF-8 CSV files with a header row (columns: docs/import.md). Any subset of the files;\n"
              "rows may refer to rows of the files before them in this order. Every row is checked before\n"
              "anything is written; without --skip-bad-rows one bad row leaves the database unchanged.\n";
    stream.flush();
    return kUsage;
}

} // namespace

int runImportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err)
{
    Importer::Files files;
    bool skipBadRows = false;
    QString *const targets[]
        = { &files.customers, &files.products, &files.orders, &files.orderLines, &files.invoices, &files.invoiceLines };
    const QStringList names {
        QStringLiteral("customers"),   QStringLiteral("products"), QStringLiteral("orders"),
        QStringLiteral("order-lines"), QStringLiteral("invoices"), QStringLiteral("invoice-lines")
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--help" || a == u"-h" || a == u"help") {
            usage(out);
            return kOk;
        }
        if (a == u"--skip-bad-rows") {
            skipBadRows = true;
            continue;
        }
        if (!a.startsWith(QStringLiteral("--")))
            return usage(err, QStringLiteral("unexpected argument %1").arg(a));
        QString key = a.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = key.indexOf(u'='); eq >= 0) {
            value = key.mid(eq + 1);
            key.truncate(eq);
            hasValue = true;
        }
        const qsizetype which = names.indexOf(key);
        if (which < 0)
            return usage(err, QStringLiteral("unknown option --%1").arg(key));
        if (!hasValue) {
            if (i + 1 >= args.size())
                return usage(err, QStringLiteral("option --%1 needs a file").arg(key));
            value = args.at(++i);
        }
        if (value.isEmpty())
            return usage(err, QStringLiteral("option --%1 needs a file").arg(key));
        if (!targets[which]->isEmpty())
            return usage(err, QStringLiteral("option --%1 is given twice").arg(key));
        *targets[which] = value;
    }
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
