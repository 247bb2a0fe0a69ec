#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractItemModel;

namespace spocs {

// RFC 4180 CSV for the lead's report tables: CRLF between records; a field is quoted when it holds a
// comma, a double quote, CR or LF, or starts/ends with a space; quotes inside are doubled. The reader
// takes what the writer writes (and LF-only line ends), so an export can be checked by reading it back.
namespace reportcsv {

using Table = QList<QStringList>;

QString write(const Table &rows);
// Nothing when the text is not valid CSV (an unterminated quoted field, a quote inside an unquoted
// field, or text after a closing quote); error says where.
std::optional<Table> read(const QString &text, QString *error = nullptr);

// A model as a table: the horizontal headers (display text), then one record per row. A cell is the
// model's rawRole value when it has one (numbers unformatted, '.' as the decimal point, so a
// spreadsheet can compute with them; a null value is an empty cell), else its display text.
Table fromModel(const QAbstractItemModel &model, int rawRole);
QString number(double value);

// Writes UTF-8 (no BOM) to path, atomically; false with error on failure.
bool writeFile(const QString &path, const Table &rows, QString *error = nullptr);

} // namespace reportcsv

} // namespace spocs
