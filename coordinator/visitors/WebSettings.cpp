#include "coordinator/visitors/WebSettings.h"
#include "core/Try.h"

#include <QRegularExpression>
#include <QSettings>

namespace spocs {
namespace {

const QStringList kDays { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                          QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun") };

Error badKey(const QString &key, const QString &value)
{
    return makeError(ErrorCode::BadRequest, QStringLiteral("config: invalid value '%1' for web/%2").arg(value, key));
}

int dayNumber(const QString &name)
{
    return int(kDays.indexOf(name.toLower())) + 1; // 0 when unknown
}

int minuteOf(const QString &hhmm)
{
    const QStringList parts = hhmm.split(u':');
    return parts.value(0).toInt() * 60 + parts.value(1).toInt();
}

// "+01:00", "-05:30", "UTC" or empty.
std::optional<int> parseOffset(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QStringLiteral("UTC"), Qt::CaseInsensitive) == 0 || t == u"Z")
        return 0;
    static const QRegularExpression offset(QStringLiteral("^([+-])(\\d{2}):(\\d{2})$"));
    const auto m = offset.match(t);
    if (!m.hasMatch() || m.captured(2).toInt() > 14 || m.captured(3).toInt() > 59)
        return std::nullopt;
    const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
    return m.captured(1) == u"-" ? -seconds : seconds;
}

} // namespace

Result<OpeningHours> OpeningHours::parse(const QString &text, int utcOffsetSeconds)
{
    OpeningHours hours;
    hours.m_text = text.trimmed();
    hours.m_offsetSeconds = utcOffsetSeconds;
    static const QRegularExpression span(QStringLiteral(
        "^([A-Za-z]{3})(?:-([A-Za-z]{3}))?\\s+([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-4]):([0-5]\\d)$"));
    for (const QString &part : hours.m_text.split(u';', Qt::SkipEmptyParts)) {
        const auto m = span.match(part.trimmed());
        if (!m.hasMatch())
            return badKey(QStringLiteral("opening_hours"), text);
        Span s;
        s.firstDay = dayNumber(m.captured(1));
        s.lastDay = m.captured(2).isEmpty() ? s.firstDay : dayNumber(m.captured(2));
        s.fromMinute = minuteOf(m.captured(3) + u':' + m.captured(4));
        s.toMinute = minuteOf(m.captured(5) + u':' + m.captured(6));
        if (s.firstDay == 0 || s.lastDay == 0 || s.toMinute <= s.fromMinute || s.toMinute > 24 * 60)
            return badKey(QStringLiteral("opening_hours"), text);
        hours.m_spans.append(s);
    }
    return hours;
}

bool OpeningHours::isOpen(const QDateTime &utc) const
{
    if (m_spans.isEmpty())
        return true;
    const QDateTime local = utc.toUTC().addSecs(m_offsetSeconds);
    const int day = local.date().dayOfWeek();
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (const Span &s : m_spans) {
        const bool dayMatches = s.firstDay <= s.lastDay ? (day >= s.firstDay && day <= s.lastDay)
                                                        : (day >= s.firstDay || day <= s.lastDay);
        if (dayMatches && minute >= s.fromMinute && minute < s.toMinute)
            return true;
    }
    return false;
}

Result<void> WebSettings::load(QSettings &s)
{
    s.beginGroup(QStringLiteral("web"));
    const auto restore = qScopeGuard([&s] { s.endGroup(); });
    if (s.contains(QStringLiteral("enabled")))
        enabled = s.value(QStringLiteral("enabled")).toBool();
    listen = s.value(QStringLiteral("listen"), listen).toString().trimmed();
    if (s.contains(QStringLiteral("port"))) {
        bool ok = false;
        const uint p = s.value(QStringLiteral("port")).toString().toUInt(&ok);
        if (!ok || p > 65535)
            return badKey(QStringLiteral("port"), s.value(QStringLiteral("port")).toString());
        port = quint16(p);
    }
    publicUrl = s.value(QStringLiteral("public_url"), publicUrl).toString().trimmed();
    while (publicUrl.endsWith(u'/'))
        publicUrl.chop(1);
    const QString zone = s.value(QStringLiteral("timezone")).toString();
    const auto offset = parseOffset(zone);
    if (!offset)
        return badKey(QStringLiteral("timezone"), zone);
    SPOCS_TRY_LET(parsed, OpeningHours::parse(s.value(QStringLiteral("opening_hours")).toString(), *offset));
    hours = *parsed;
    // QSettings reads "a, b" as a list already.
    const QVariant origins = s.value(QStringLiteral("allowed_origins"));
    const QStringList list
        = origins.typeId() == QMetaType::QStringList ? origins.toStringList() : origins.toString().split(u',');
    allowedOrigins.clear();
    for (const QString &origin : list) {
        QString o = origin.trimmed();
        while (o.endsWith(u'/'))
            o.chop(1);
        if (!o.isEmpty())
            allowedOrigins.append(o);
    }
    const auto readInt = [&s](const QString &key, int &target, int min, int max) -> Result<void> {
        if (!s.contains(key))
            return {};
        bool ok = false;
        const int v = s.value(key).toString().toInt(&ok);
        if (!ok || v < min || v > max)
            return badKey(key, s.value(key).toString());
        target = v;
        return {};
    };
    SPOCS_TRY(readInt(QStringLiteral("max_connections"), maxConnections, 1, 10'000'000));
    SPOCS_TRY(readInt(QStringLiteral("max_connections_per_address"), maxConnectionsPerAddress, 1, 10'000'000));
    SPOCS_TRY(readInt(QStringLiteral("request_burst"), requestBurst, 1, 100000));
    SPOCS_TRY(readInt(QStringLiteral("actions_per_address_per_hour"), actionsPerAddressPerHour, 0, 10'000'000));
    SPOCS_TRY(
        readInt(QStringLiteral("new_visitors_per_address_per_hour"), newVisitorsPerAddressPerHour, 0, 10'000'000));
    if (s.contains(QStringLiteral("requests_per_second"))) {
        bool ok = false;
        const double v = s.value(QStringLiteral("requests_per_second")).toString().toDouble(&ok);
        if (!ok || v < 0.1 || v > 100000)
            return badKey(QStringLiteral("requests_per_second"),
                          s.value(QStringLiteral("requests_per_second")).toString());
        requestsPerSecond = v;
    }
    return {};
}

} // namespace spocs
