#include "models/ReportCsv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace spocs::reportcsv {

namespace {

bool needsQuotes(const QString &field)
{
    if (field.isEmpty())
        return false;
    if (field.front() == QLatin1Char(' ') || field.back() == QLatin1Char(' '))
        return true;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

QString quoted(const QString &field)
{
    if (!needsQuotes(field))
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QString write(const Table &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += quoted(row.at(i));
        }
        out += QLatin1String("\r\n");
    }
    return out;
}

std::optional<Table> read(const QString &text, QString *error)
{
    Table rows;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false; // the current field was quoted and its closing quote is behind us
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 1; // where the open quoted field began
    auto fail = [&](const QString &why) -> std::optional<Table> {
        if (error)
            *error = QCoreApplication::translate("ReportCsv", "line %1: %2").arg(line).arg(why);
        return std::nullopt;
    };
    auto endRecord = [&] {
        record.append(field);
        rows.append(record);
        record.clear();
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
            fieldStarted = true; // a record with a comma has at least two fields
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            continue;
        }
        if (wasQuoted)
            return fail(QCoreApplication::translate("ReportCsv", "text after a closing quote"));
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return fail(QCoreApplication::translate("ReportCsv", "a quote inside an unquoted field"));
            inQuotes = true;
            quoteLine = line;
            fieldStarted = true;
            continue;
        }
        field += c;
        fieldStarted = true;
    }
    if (inQuotes) {
        line = quoteLine;
        return fail(QCoreApplication::translate("ReportCsv", "a quoted field is not closed"));
    }
    // The last record may lack its line break.
    if (fieldStarted || wasQuoted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return rows;
}

QString number(double value)
{
    // Shortest text that reads back as the same figure to 12 digits; never a locale separator.
    return QString::number(value, 'g', 12);
}

Table fromModel(const QAbstractItemModel &model, int rawRole)
{
    Table rows;
    const int columns = model.columnCount();
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    rows.append(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList record;
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant raw = model.data(index, rawRole);
            if (!raw.isValid())
                record.append(model.data(index, Qt::DisplayRole).toString());
            else if (raw.isNull())
                record.append(QString()); // no figure (null on the wire): an empty cell, not "–"
            else if (raw.typeId() == QMetaType::Double || raw.typeId() == QMetaType::Int
                     || raw.typeId() == QMetaType::LongLong)
                record.append(number(raw.toDouble()));
            else
                record.append(raw.toString());
        }
        rows.append(record);
    }
    return rows;
}

bool writeFile(const QString &path, const Table &rows, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(write(rows).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace spocs::reportcsv
