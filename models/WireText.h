#pragma once

#include <QCoreApplication>
#include <QString>

#include <span>

namespace spocs {

// A wire name and the text it is shown as, untranslated: the text is marked with
// QT_TRANSLATE_NOOP(context, …) where the table is written, so lupdate files it under the context.
struct WireText
{
    const char *wireName;
    const char *text;
};

// The untranslated text of a wire name from a table; null for an unknown name.
inline const char *tableText(QStringView wireName, std::span<const WireText> table)
{
    for (const WireText &entry : table) {
        if (wireName == QLatin1String(entry.wireName))
            return entry.text;
    }
    return nullptr;
}

// The text of a wire name, translated in `context`; an unknown name as it came.
inline QString wireText(const char *context, std::span<const WireText> table, const QString &wireName)
{
    const char *text = tableText(wireName, table);
    return text ? QCoreApplication::translate(context, text) : wireName;
}

} // namespace spocs
