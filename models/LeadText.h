#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace spocs {

// Number formats shared by the lead's floor view and reports ("–" for a missing value).
namespace leadtext {
QString duration(std::optional<double> seconds); // "0:42", "12:05", "1:02:05"
QString percent(std::optional<double> rate); // 0.843 -> "84.3 %"
QString decimal(std::optional<double> value, int decimals = 1);
// A JSON number, or nothing for null/absent.
std::optional<double> number(const QJsonValue &value);
// An ISO timestamp as UTC (invalid when absent).
QDateTime utcTime(const QJsonValue &value);
} // namespace leadtext

} // namespace spocs
