#include "coordinator/knowledge/LineDiff.h"

#include <vector>

namespace spocs {

QList<DiffLine> lineDiff(const QStringList &from, const QStringList &to, int maxLines)
{
    qsizetype head = 0;
    while (head < from.size() && head < to.size() && from.at(head) == to.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < from.size() - head && tail < to.size() - head
           && from.at(from.size() - 1 - tail) == to.at(to.size() - 1 - tail))
        ++tail;

    QList<DiffLine> out;
    for (qsizetype i = 0; i < head; ++i)
        out.append({ u' ', from.at(i) });

    const qsizetype n = from.size() - head - tail;
    const qsizetype m = to.size() - head - tail;
    if (n > maxLines || m > maxLines) {
        for (qsizetype i = 0; i < n; ++i)
            out.append({ u'-', from.at(head + i) });
        for (qsizetype j = 0; j < m; ++j)
            out.append({ u'+', to.at(head + j) });
    } else {
        // lcs[i][j]: length of the LCS of from[head+i..] and to[head+j..].
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[i][j] = from.at(head + i) == to.at(head + j) ? lcs[i + 1][j + 1] + 1
                                                                 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && from.at(head + i) == to.at(head + j)) {
                out.append({ u' ', from.at(head + i) });
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                // Removed lines come before added ones when both are possible, as in `diff -u`.
                if (i < n && lcs[i + 1][j] == lcs[i][j + 1]) {
                    out.append({ u'-', from.at(head + i) });
                    ++i;
                } else {
                    out.append({ u'+', to.at(head + j) });
                    ++j;
                }
            } else {
                out.append({ u'-', from.at(head + i) });
                ++i;
            }
        }
    }
    for (qsizetype i = from.size() - tail; i < from.size(); ++i)
        out.append({ u' ', from.at(i) });
    return out;
}

} // namespace spocs
