#pragma once

#include <QStringList>
#include <QTextStream>

namespace spocs {

class Database;

// `spocs-coordinator import --customers F --products F --orders F --order-lines F
//  --invoices F --invoice-lines F [--skip-bad-rows]` (any subset of the files; see
// docs/import.md). Bad rows go to err as "file:line: reason", the summary to out.
// args starts after "import". Returns 0 when everything was imported, 1 when rows
// were bad or a file could not be used, 2 on a usage error.
int runImportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err);

} // namespace spocs
