#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace spocs {

// Reads RFC 4180 CSV from UTF-8 bytes: comma-separated fields, CRLF or LF line ends,
// double-quoted fields that may hold commas, doubled quotes ("") and line breaks.
// A UTF-8 byte-order mark at the start is skipped; blank lines are skipped. Decoding
// is strict: a record with invalid UTF-8 comes back with an error instead of being
// repaired, so imported names are never silently altered.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // 1-based line on which the record starts
        QStringList fields;
        QString error; // empty when the record is well-formed
    };

    explicit CsvReader(QByteArray data);

    // The next record; false at the end of the data.
    bool next(Record &record);
    bool atEnd() const;

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace spocs
