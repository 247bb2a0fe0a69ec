#pragma once

#include <QString>

namespace spocs {

// "<date>THH:MM:SS.mmmZ", as QDateTime::toString(Qt::ISODateWithMs) writes it, without its cost:
// the demo seeders write millions of timestamps.
QString demoStamp(const QString &date, int hour, int minute, int second, int millis = 0);

} // namespace spocs
