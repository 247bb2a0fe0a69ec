#include "coordinator/knowledge/FullTextWords.h"

namespace spocs {

QStringList fullTextWords(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        // Surrogates carry CJK extension letters and the like: keep them inside words.
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            current += c;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

} // namespace spocs
