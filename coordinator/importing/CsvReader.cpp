#include "coordinator/importing/CsvReader.h"

#include <QStringDecoder>

namespace spocs {
namespace {

// Decodes one field; false when the bytes are not valid UTF-8.
bool decodeUtf8(const QByteArray &bytes, QString &out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

CsvReader::CsvReader(QByteArray data)
    : m_data(std::move(data))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::atEnd() const
{
    return m_pos >= m_data.size();
}

bool CsvReader::next(Record &record)
{
    const qsizetype size = m_data.size();
    // Blank lines between records carry no data.
    while (m_pos < size && (m_data.at(m_pos) == '\n' || m_data.at(m_pos) == '\r')) {
        if (m_data.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;

    record = Record {};
    record.line = m_line;
    QByteArray field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    bool badUtf8 = false;
    const auto finishField = [&] {
        QString text;
        if (!decodeUtf8(field, text))
            badUtf8 = true;
        record.fields.append(text);
        field.clear();
        wasQuoted = false;
    };
    const auto fail = [&](const QString &message) {
        if (record.error.isEmpty())
            record.error = message;
    };

    // Delimiters are ASCII and UTF-8 never uses ASCII bytes inside a multi-byte
    // sequence, so splitting on bytes is safe; decoding happens per field.
    while (m_pos < size) {
        const char c = m_data.at(m_pos);
        if (quoted) {
            if (c == '"') {
                if (m_pos + 1 < size && m_data.at(m_pos + 1) == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                ++m_pos;
                // After the closing quote only a comma or the end of the record may follow.
                if (m_pos < size && m_data.at(m_pos) != ',' && m_data.at(m_pos) != '\r' && m_data.at(m_pos) != '\n')
                    fail(QStringLiteral("unexpected text after a closing quote in field %1")
                             .arg(record.fields.size() + 1));
                continue;
            }
            if (c == '\n')
                ++m_line;
            field += c;
            ++m_pos;
            continue;
        }
        if (c == ',') {
            finishField();
            ++m_pos;
            continue;
        }
        if (c == '\r' || c == '\n') {
            // CRLF, LF and a lone CR all end the record.
            if (c == '\r' && m_pos + 1 < size && m_data.at(m_pos + 1) == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            finishField();
            if (badUtf8)
                fail(QStringLiteral("invalid UTF-8"));
            return true;
        }
        if (c == '"') {
            if (field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                fail(QStringLiteral("quote inside an unquoted field %1 (quote the field and double the quote)")
                         .arg(record.fields.size() + 1));
                field += c;
            }
            ++m_pos;
            continue;
        }
        if (c == '\0')
            fail(QStringLiteral("NUL byte in field %1").arg(record.fields.size() + 1));
        field += c;
        ++m_pos;
    }
    if (quoted)
        fail(QStringLiteral("quoted field %1 is not closed before the end of the file").arg(record.fields.size() + 1));
    finishField();
    if (badUtf8)
        fail(QStringLiteral("invalid UTF-8"));
    return true;
}

} // namespace spocs
