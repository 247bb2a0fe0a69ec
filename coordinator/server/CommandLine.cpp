#include "coordinator/server/CommandLine.h"

namespace spocs::cli {

int usage(QTextStream &stream, const char *text, const QString &problem)
{
    if (!problem.isEmpty())
        stream << "error: " << problem << "\n";
    stream << text;
    stream.flush();
    return kUsage;
}

int fail(QTextStream &err, const QString &message)
{
    err << "error: " << message << "\n";
    err.flush();
    return kFailed;
}

Options parseOptions(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    Options p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QStringLiteral("--"))) {
            p.positional.append(a);
            continue;
        }
        QString key = a.mid(2);
        if (flags.contains(key)) {
            p.flags.append(key);
            continue;
        }
        QString value;
        if (const qsizetype eq = key.indexOf(u'='); eq >= 0) {
            value = key.mid(eq + 1);
            key.truncate(eq);
        } else if (i + 1 < args.size() && valued.contains(key)) {
            value = args.at(++i);
        } else if (valued.contains(key)) {
            p.problem = QStringLiteral("option --%1 needs a value").arg(key);
            return p;
        }
        if (!valued.contains(key)) {
            p.problem = QStringLiteral("unknown option --%1").arg(key);
            return p;
        }
        if (p.values.contains(key))
            p.repeated.append(key);
        p.values.insert(key, value);
    }
    return p;
}

void printColumns(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(qMax(widths.size(), row.size()), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    for (const QStringList &row : rows) {
        QString text;
        for (qsizetype c = 0; c < row.size(); ++c)
            text += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        out << text << "\n";
    }
    out.flush();
}

} // namespace spocs::cli
