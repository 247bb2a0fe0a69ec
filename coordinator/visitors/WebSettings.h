#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace spocs {

// When the chat is staffed: "Mon-Fri 08:00-18:00; Sat 09:00-13:00" at a fixed UTC offset.
// Empty: always open.
class OpeningHours
{
public:
    // bad_request naming opening_hours when the text cannot be read.
    static Result<OpeningHours> parse(const QString &text, int utcOffsetSeconds);
    bool isOpen(const QDateTime &utc) const;
    bool alwaysOpen() const { return m_spans.isEmpty(); }
    QString text() const { return m_text; }

private:
    struct Span
    {
        int firstDay = 1; // Qt::DayOfWeek, Monday = 1
        int lastDay = 7;
        int fromMinute = 0;
        int toMinute = 24 * 60;
    };
    QList<Span> m_spans;
    int m_offsetSeconds = 0;
    QString m_text;
};

// The web endpoint ([web] in the INI file, docs/channels.md): the chat widget, the survey page and
// the visitor WebSocket.
struct WebSettings
{
    bool enabled = true; // [web] enabled
    QString listen; // [web] listen: an address; empty = the staff endpoint's address
    quint16 port = 7401; // [web] port, --web-port; 0 picks a free port
    QString publicUrl; // [web] public_url: what customers see in survey links; empty = http(s)://listen:port
    OpeningHours hours; // [web] opening_hours with [web] timezone (+01:00)
    QStringList allowedOrigins; // [web] allowed_origins; empty = any origin
    // Visitor limits (docs/operations.md).
    int maxConnections = 5000; // [web] max_connections
    int maxConnectionsPerAddress = 20; // [web] max_connections_per_address (loopback included)
    int maxFrameBytes = 16 * 1024;
    double requestsPerSecond = 5; // [web] requests_per_second
    int requestBurst = 20; // [web] request_burst
    int helloTimeoutMs = 10000;
    int chatsPerHour = 3; // per visitor token
    int messagesLeftPerHour = 3; // per visitor token
    // Per source address (IPv4, or IPv6 /64), all its visitors together; 0: no limit. Behind a
    // proxy every visitor is one address: raise them or set 0 there (docs/operations.md).
    int actionsPerAddressPerHour = 30; // [web] actions_per_address_per_hour: each of chats, messages, transcripts
    int newVisitorsPerAddressPerHour = 120; // [web] new_visitors_per_address_per_hour

    Result<void> load(QSettings &settings);
};

} // namespace spocs
