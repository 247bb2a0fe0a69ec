#pragma once

#include "coordinator/auth/AuthStore.h"
#include "coordinator/channels/MailSettings.h"
#include "coordinator/visitors/WebSettings.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>

namespace spocs {

// Everything an operator can set (docs/operations.md). Defaults are the documented ones;
// a config file (INI) is read first, then command-line flags override it.
struct ServerConfig
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 7400;
    QString dbPath;
    int maxPendingConnections = 4096; // QtWebSockets defaults to 30; a reconnect storm needs far more
    int listenBacklog = 4096; // Qt's default of 50 drops SYNs during a burst (PERFORMANCE.md)
    int pingIntervalMs = 15000;
    int maxMissedPongs = 2;
    qint64 maxMessageBytes = 1024 * 1024;
    int handshakeTimeoutMs = 5000;
    int helloTimeoutMs = 60000; // an unauthenticated connection must log in within this
    double requestsPerSecond = 50;
    int requestBurst = 100;
    int maxOutstandingRequests = 32;
    qint64 maxQueuedSendBytes = 16 * 1024 * 1024; // a peer that stops reading is closed
    int presenceGraceMs = 10000; // a short network drop does not flash "offline"
    int eventLogKeep = 100000;
    int offerTimeoutMs = 20000; // [routing] offer_timeout_ms: an unanswered offer moves on
    int consultTimeoutMs = 30000; // [routing] consult_timeout_ms: an unanswered consult or transfer offer
    int caseOwnerDays = 7; // [routing] case_owner_days: a contact closed this recently still has its owner
    int serviceLevelSeconds = 20; // [lead] service_level_seconds: "answered within" for the service level
    double serviceLevelTarget = 0.8; // [lead] service_level_target: below this a queue raises an alert
    int afterContactWorkAlertSeconds = 120; // [lead] acw_alert_seconds: an agent left in after-contact work
    int longWaitAlertSeconds = 60; // [lead] long_wait_alert_seconds: a queue's oldest contact waiting this long
    double longContactFactor = 2.0; // [lead] long_contact_factor: contact longer than this x its reason's average
    int followUpWarningMinutes = 60; // [contacts] follow_up_warning_minutes: warn the owner this long before due
    int maxConnections = 50000; // [limits] max_connections
    // [limits] max_connections_without_hello: every desktop of a 10,000-seat restart at once
    int maxConnectionsWithoutHello = 12000;
    int maxConnectionsPerAddress = 1000; // [limits] max_connections_per_address (a call centre behind one NAT)
    // [limits] per_address_exempt_loopback: a TLS proxy on this machine makes every desktop
    // one loopback address; the proxy is where to cap per address then.
    bool perAddressExemptLoopback = true;
    // [billing] credit_limit: credit notes and refunds up to this amount (in the invoice's currency)
    // are applied at once; above it a lead other than the requester approves them.
    qint64 creditLimitCents = 5000;
    int appliedWritesRetentionDays = 7; // [storage] applied_writes_days: stored write answers kept this long
    // [testing] clock_start: tests only. The coordinator's clock (stored timestamps, "today" in
    // the lead's figures, offer and follow-up times) starts here instead of at the wall clock.
    QDateTime clockStart;
    AuthPolicy auth;
    MailSettings mail; // [mail], [mail.NAME]: the e-mail channel (docs/channels.md)
    WebSettings web; // [web]: the chat widget, the survey page and the visitor endpoint (docs/channels.md)
    QString tlsCertPath;
    QString tlsKeyPath;

    bool isLoopback() const { return host.isLoopback(); }
    bool hasTls() const { return !tlsCertPath.isEmpty() && !tlsKeyPath.isEmpty(); }

    // Reads an INI file; unknown keys are ignored, bad values are errors naming the key.
    Result<void> loadFile(const QString &path);
    // "HOST:PORT", "[::1]:PORT" or ":PORT".
    Result<void> setListen(const QString &hostPort);
    static QString defaultDbPath();
};

} // namespace spocs
