#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The import's value parsing: one CSV row, its fields as money, numbers, times and lists,
// and the limits every entity row checks against (docs/import.md).
namespace spocs::importing {

inline constexpr int kMaxTextLength = 200;
inline constexpr int kMaxNotesLength = 4000;
inline constexpr qint64 kMaxQuantity = 1'000'000;
inline constexpr qint64 kMaxMoneyCents = 100'000'000'000'000LL; // one trillion in major units

inline const QStringList kChannels { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat"),
                              QStringLiteral("letter") };
inline const QStringList kAccountStatuses { QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("suspended"),
                                     QStringLiteral("closed") };
inline const QStringList kOrderStatuses { QStringLiteral("draft"),   QStringLiteral("placed"),    QStringLiteral("picked"),
                                   QStringLiteral("shipped"), QStringLiteral("delivered"), QStringLiteral("cancelled"),
                                   QStringLiteral("returned") };
inline const QStringList kInvoiceStatuses { QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("void"),
                                     QStringLiteral("disputed") };

// One data row: the header's column positions and the record's fields.
class Row
{
public:
    Row(const QHash<QString, int> &columns, const QStringList &fields)
        : m_columns(columns)
        , m_fields(fields)
    { }
    // The trimmed value, empty when the column is absent. Never a null QString: Qt binds
    // those as SQL NULL, which NOT NULL text columns refuse.
    QString value(const char *column) const
    {
        const int i = m_columns.value(QString::fromLatin1(column), -1);
        const QString text = i < 0 ? QString() : m_fields.at(i).trimmed();
        return text.isNull() ? QStringLiteral("") : text;
    }

private:
    const QHash<QString, int> &m_columns;
    const QStringList &m_fields;
};

// A row's first problem; empty while the row is fine.
struct RowError
{
    QString reason;
    explicit operator bool() const { return !reason.isEmpty(); }
};

// "12", "12.5", "12.99" as cents; nothing for anything else or above the limit.
std::optional<qint64> parseMoney(const QString &text);
// A whole number within [min, max].
std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max);
// "YYYY-MM-DD", optionally followed by a time ("T" or a space, hh:mm[:ss[.fff]], and
// "Z" or an offset); times without an offset are UTC.
std::optional<QDateTime> parseDateTime(const QString &text);
QString stamp(const QDateTime &at);
QString isoDay(const QDate &day);
// "a; b;; c" as ('a', 'b', 'c').
QStringList listOf(const QString &text);
// Empty text as SQL NULL.
QVariant orNull(const QString &text);

} // namespace spocs::importing
