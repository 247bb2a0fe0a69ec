#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// The wire protocol, version 1: JSON text frames over WebSocket. docs/protocol.md is the
// contract; this file is its one implementation, shared by coordinator and client.
namespace spocs::protocol {

inline constexpr int Version = 1;
// Largest text message either side accepts (bytes of UTF-8).
inline constexpr qsizetype MaxMessageBytes = 1024 * 1024;
// Ids and sequence numbers must survive a round trip through a JavaScript peer.
inline constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1;
// The most topics one connection may follow, in hello and through events.subscribe alike.
inline constexpr qsizetype MaxTopics = 500;

struct ResumePoint
{
    QString epoch;
    qint64 seq = 0;
};

// client -> server: opens an authenticated session on this connection.
struct Hello
{
    int version = Version;
    QString client;
    QString token;
    std::optional<ResumePoint> resume;
    QStringList topics; // subscriptions, so a resume replays exactly what the client follows
};

// server -> client: the session is open. resumeStatus is "none", "replayed" or "resync_required";
// with "replayed", exactly `replayed` evt frames follow before any live event.
struct Welcome
{
    int version = Version;
    QString session;
    QJsonObject user;
    QString epoch;
    qint64 seq = 0;
    QStringList features;
    QString resumeStatus = QStringLiteral("none");
    qint64 replayed = 0;
    // The coordinator's clock as it sent this: desktops measure its times (offer deadlines,
    // waits) against it, not against their own clock, which may be off.
    QDateTime now;
};

struct Request
{
    qint64 id = 0;
    QString op;
    QJsonObject args;
    // "auto": true marks a request no person caused (a periodic refresh): it does not
    // count as activity, so it never keeps an idle session alive.
    bool automatic = false;
};

struct Response
{
    qint64 re = -1; // -1: the request id could not be read
    bool ok = true;
    QJsonObject data;
    Error error;
};

struct Event
{
    qint64 seq = 0;
    QString topic;
    QString kind;
    QJsonObject data;
};

// server -> client: an error that belongs to no request (malformed frame, too large, shutdown).
struct ErrorFrame
{
    Error error;
};

using Frame = std::variant<Hello, Welcome, Request, Response, Event, ErrorFrame>;

// Decodes one text message. On failure the error is typed (bad_request, too_large,
// unsupported_version); when the frame was a request whose id could be read,
// *requestId receives it so the answer can name the request.
// maxBytes: the server enforces MaxMessageBytes on what it receives; a client may accept
// larger answers from the server (a big unified customer view).
Result<Frame> decode(QByteArrayView utf8, qint64 *requestId = nullptr, qsizetype maxBytes = MaxMessageBytes);
Result<Frame> decode(const QString &text, qint64 *requestId = nullptr, qsizetype maxBytes = MaxMessageBytes);

QJsonObject toJson(const Frame &frame);
QByteArray encode(const Frame &frame);
inline QString encodeText(const Frame &frame)
{
    return QString::fromUtf8(encode(frame));
}

Response okResponse(qint64 re, QJsonObject data = {});
Response errorResponse(qint64 re, Error error);

// Topic names used by events and subscriptions.
QString customerTopic(const QString &customerId);
inline QString presenceTopic()
{
    return QStringLiteral("presence");
}
bool isValidTopic(const QString &topic);

} // namespace spocs::protocol
