#include "coordinator/server/ServerConfig.h"

#include "core/Try.h"
#include "core/domain/Money.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace spocs {
namespace {

Error badKey(const QString &key, const QString &value)
{
    return makeError(ErrorCode::BadRequest, QStringLiteral("config: invalid value '%1' for %2").arg(value, key));
}

template<typename T>
bool readNumber(QSettings &s, const QString &key, T &target, double min, double max, std::optional<Error> &error)
{
    if (!s.contains(key))
        return true;
    bool ok = false;
    const QString text = s.value(key).toString();
    const double v = text.toDouble(&ok);
    if (!ok || v < min || v > max) {
        if (!error)
            error = badKey(key, text);
        return false;
    }
    target = T(v);
    return true;
}

} // namespace

QString ServerConfig::defaultDbPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("spocs.db"));
}

Result<void> ServerConfig::setListen(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon < 0)
        return badKey(QStringLiteral("listen"), hostPort);
    QString hostText = hostPort.left(colon);
    bool ok = false;
    const uint p = hostPort.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return badKey(QStringLiteral("listen"), hostPort);
    if (hostText.startsWith(u'[') && hostText.endsWith(u']'))
        hostText = hostText.mid(1, hostText.size() - 2);
    QHostAddress address;
    if (hostText.isEmpty() || hostText == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(hostText))
        return badKey(QStringLiteral("listen"), hostPort);
    host = address;
    port = quint16(p);
    return {};
}

Result<void> ServerConfig::loadFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, QStringLiteral("config file %1 not found").arg(path));
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return makeError(ErrorCode::BadRequest, QStringLiteral("config file %1 cannot be parsed").arg(path));
    std::optional<Error> error;
    if (s.contains(QStringLiteral("server/listen"))) {
        SPOCS_TRY(setListen(s.value(QStringLiteral("server/listen")).toString()));
    }
    readNumber(s, QStringLiteral("server/max_pending_connections"), maxPendingConnections, 1, 1e6, error);
    readNumber(s, QStringLiteral("server/listen_backlog"), listenBacklog, 1, 1e6, error);
    readNumber(s, QStringLiteral("server/ping_interval_ms"), pingIntervalMs, 10, 3.6e6, error);
    if (s.contains(QStringLiteral("server/ping_interval_s"))) {
        double seconds = 15;
        if (readNumber(s, QStringLiteral("server/ping_interval_s"), seconds, 0.01, 3600, error))
            pingIntervalMs = int(seconds * 1000);
    }
    readNumber(s, QStringLiteral("server/max_missed_pongs"), maxMissedPongs, 1, 100, error);
    readNumber(s, QStringLiteral("server/max_message_bytes"), maxMessageBytes, 1024, 64 * 1024 * 1024, error);
    readNumber(s, QStringLiteral("server/handshake_timeout_ms"), handshakeTimeoutMs, 100, 600000, error);
    readNumber(s, QStringLiteral("server/hello_timeout_ms"), helloTimeoutMs, 100, 3.6e6, error);
    readNumber(s, QStringLiteral("server/presence_grace_ms"), presenceGraceMs, 0, 3.6e6, error);
    readNumber(s, QStringLiteral("limits/requests_per_second"), requestsPerSecond, 0.1, 1e6, error);
    readNumber(s, QStringLiteral("limits/request_burst"), requestBurst, 1, 1e6, error);
    readNumber(s, QStringLiteral("limits/max_outstanding_requests"), maxOutstandingRequests, 1, 1e5, error);
    readNumber(s, QStringLiteral("limits/max_queued_send_bytes"), maxQueuedSendBytes, 65536, 1e10, error);
    qint64 hours = auth.absoluteLifetime.count() / 3600;
    if (readNumber(s, QStringLiteral("auth/session_absolute_hours"), hours, 0, 24 * 365, error))
        auth.absoluteLifetime = std::chrono::hours(hours);
    qint64 seconds = 0;
    if (s.contains(QStringLiteral("auth/session_idle_minutes"))) {
        double minutes = 30;
        if (readNumber(s, QStringLiteral("auth/session_idle_minutes"), minutes, 0.01, 1e6, error))
            auth.idleTimeout = std::chrono::seconds(qint64(minutes * 60));
    }
    if (readNumber(s, QStringLiteral("auth/session_idle_seconds"), seconds, 1, 1e8, error) && seconds > 0)
        auth.idleTimeout = std::chrono::seconds(seconds);
    readNumber(s, QStringLiteral("auth/lockout_failures"), auth.lockoutFailures, 1, 1000, error);
    qint64 minutes = 0;
    if (readNumber(s, QStringLiteral("auth/lockout_window_minutes"), minutes, 1, 1e6, error) && minutes > 0)
        auth.lockoutWindow = std::chrono::minutes(minutes);
    minutes = 0;
    if (readNumber(s, QStringLiteral("auth/lockout_minutes"), minutes, 1, 1e6, error) && minutes > 0)
        auth.lockoutDuration = std::chrono::minutes(minutes);
    readNumber(s, QStringLiteral("auth/throttle_free_failures"), auth.throttleFreeFailures, 0, 1e6, error);
    readNumber(s, QStringLiteral("auth/throttle_base_delay_ms"), auth.throttleBaseDelayMs, 0, 60000, error);
    readNumber(s, QStringLiteral("auth/throttle_max_delay_ms"), auth.throttleMaxDelayMs, 0, 600000, error);
    readNumber(s, QStringLiteral("auth/throttle_refuse_failures"), auth.throttleRefuseFailures, 1, 1e6, error);
    readNumber(s, QStringLiteral("auth/login_throttle_free_failures"), auth.loginThrottleFreeFailures, 0, 1e6, error);
    readNumber(s, QStringLiteral("auth/login_throttle_base_delay_ms"), auth.loginThrottleBaseDelayMs, 0, 60000, error);
    readNumber(s, QStringLiteral("auth/login_throttle_max_delay_ms"), auth.loginThrottleMaxDelayMs, 0, 600000, error);
    readNumber(s, QStringLiteral("auth/login_spread_addresses"), auth.loginSpreadAddresses, 2, 1e6, error);
    readNumber(s, QStringLiteral("auth/max_pending_logins"), auth.maxPendingLogins, 1, 1e5, error);
    readNumber(s, QStringLiteral("limits/max_connections"), maxConnections, 1, 1e7, error);
    readNumber(s, QStringLiteral("limits/max_connections_per_address"), maxConnectionsPerAddress, 1, 1e7, error);
    readNumber(s, QStringLiteral("limits/max_connections_without_hello"), maxConnectionsWithoutHello, 1, 1e7, error);
    if (s.contains(QStringLiteral("limits/per_address_exempt_loopback")))
        perAddressExemptLoopback = s.value(QStringLiteral("limits/per_address_exempt_loopback")).toBool();
    // At least a day longer than desktops replay a queued write by themselves
    // (OfflineOutbox::kMaxReplayDays, 6): a shorter memory would apply such a write twice.
    readNumber(s, QStringLiteral("storage/applied_writes_days"), appliedWritesRetentionDays, 7, 3650, error);
    readNumber(s, QStringLiteral("storage/event_log_keep"), eventLogKeep, 50000, 1e8, error);
    readNumber(s, QStringLiteral("routing/offer_timeout_ms"), offerTimeoutMs, 100, 3.6e6, error);
    readNumber(s, QStringLiteral("routing/consult_timeout_ms"), consultTimeoutMs, 100, 3.6e6, error);
    readNumber(s, QStringLiteral("routing/case_owner_days"), caseOwnerDays, 0, 365, error);
    readNumber(s, QStringLiteral("lead/service_level_seconds"), serviceLevelSeconds, 1, 3600, error);
    readNumber(s, QStringLiteral("lead/service_level_target"), serviceLevelTarget, 0.01, 1, error);
    readNumber(s, QStringLiteral("lead/acw_alert_seconds"), afterContactWorkAlertSeconds, 1, 86400, error);
    readNumber(s, QStringLiteral("lead/long_wait_alert_seconds"), longWaitAlertSeconds, 1, 86400, error);
    readNumber(s, QStringLiteral("lead/long_contact_factor"), longContactFactor, 1, 100, error);
    readNumber(s, QStringLiteral("contacts/follow_up_warning_minutes"), followUpWarningMinutes, 1, 10080, error);
    if (s.contains(QStringLiteral("billing/credit_limit"))) {
        const QString text = s.value(QStringLiteral("billing/credit_limit")).toString();
        const auto limit = domain::Money::parse(text.trimmed());
        if (!limit || limit->cents < 0) {
            if (!error)
                error = badKey(QStringLiteral("billing/credit_limit"), text);
        } else {
            creditLimitCents = limit->cents;
        }
    }
    // For tests only: the coordinator's clock starts at this instant and runs on from there.
    if (s.contains(QStringLiteral("testing/clock_start"))) {
        const QString text = s.value(QStringLiteral("testing/clock_start")).toString();
        clockStart = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!clockStart.isValid() || clockStart.timeSpec() == Qt::LocalTime) {
            return makeError(ErrorCode::BadRequest,
                             QStringLiteral("testing/clock_start must be an ISO date and time in UTC, e.g. "
                                            "2026-03-02T12:00:00Z (got %1)")
                                 .arg(text.left(64)));
        }
    }
    if (s.contains(QStringLiteral("storage/db")))
        dbPath = s.value(QStringLiteral("storage/db")).toString();
    if (s.contains(QStringLiteral("tls/cert")))
        tlsCertPath = s.value(QStringLiteral("tls/cert")).toString();
    if (s.contains(QStringLiteral("tls/key")))
        tlsKeyPath = s.value(QStringLiteral("tls/key")).toString();
    if (error)
        return *error;
    SPOCS_TRY(web.load(s));
    return mail.load(s, QFileInfo(path).absolutePath());
}

} // namespace spocs
