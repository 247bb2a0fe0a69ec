#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// What the coordinator's admin commands (user, import, kb-import, mail-template) share: exit
// codes, "error: …" plus usage output, option parsing and column output.
namespace spocs::cli {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

// Writes "error: <problem>" (when there is one), then the usage text; returns kUsage.
int usage(QTextStream &stream, const char *text, const QString &problem = {});
// Writes "error: <message>"; returns kFailed.
int fail(QTextStream &err, const QString &message);

struct Options
{
    QStringList positional;
    QHash<QString, QString> values;
    QStringList flags;
    // Options given more than once (the last value counts).
    QStringList repeated;
    // The first thing that is wrong (an unknown option, a missing value), or empty.
    QString problem;

    bool has(const QString &key) const { return values.contains(key); }
    QString value(const QString &key) const { return values.value(key); }
    bool flag(const QString &key) const { return flags.contains(key); }
};

// "--opt value" or "--opt=value" for the options in `valued`, a bare "--flag" for those in `flags`;
// anything not starting with "--" is positional.
Options parseOptions(const QStringList &args, const QStringList &valued, const QStringList &flags = {});

// The rows as columns, each padded to its widest cell; the first row is the header.
void printColumns(QTextStream &out, const QList<QStringList> &rows);

} // namespace spocs::cli
