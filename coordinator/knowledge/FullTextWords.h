#pragma once

#include <QString>
#include <QStringList>

namespace spocs {

// The words of a (folded) text, split the way SQLite's unicode61 tokenizer splits it:
// whatever is not a letter or digit (quotes, *, ^, parentheses, operators' punctuation)
// separates words, so nothing of FTS5's query syntax survives in user input. Shared by
// every full-text search (customers, knowledge base).
QStringList fullTextWords(const QString &text);

} // namespace spocs
