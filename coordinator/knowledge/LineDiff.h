#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace spocs {

// A line diff (longest common subsequence) for the side-by-side review of two article
// versions. op is ' ' (both), '-' (only in the old text) or '+' (only in the new text).
struct DiffLine
{
    QChar op;
    QString text;
};

// Inputs longer than maxLines (after the common head and tail are taken off) are shown as
// "all removed, all added" instead of spending quadratic time and memory.
QList<DiffLine> lineDiff(const QStringList &from, const QStringList &to, int maxLines = 4000);

} // namespace spocs
