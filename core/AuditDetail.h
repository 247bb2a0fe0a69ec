#pragma once

#include <QString>

#include <optional>

// The detail text of an audit row that counts what a search found ("3 results"). The coordinator stores it in
// the hash-chained log, so it stays one fixed English form; the desktop reads the count back to say it in the
// user's language.
namespace spocs::auditdetail {

QString resultCount(qsizetype count);
std::optional<qsizetype> resultCountOf(const QString &detail);

} // namespace spocs::auditdetail
