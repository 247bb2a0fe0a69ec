#pragma once

#include <QString>

namespace spocs {

// Turns HTML written by a stranger (an e-mail body, a chat message) into a small safe subset
// for display: text formatting, lists, tables, quotes and links (http, https, mailto) only.
// Scripts, styles, frames, forms, images and every other attribute are dropped, so nothing
// runs and nothing is loaded from elsewhere. Parsed with libxml2's forgiving HTML parser.
class HtmlSanitizer
{
public:
    static QString sanitize(const QString &html);
};

} // namespace spocs
