#pragma once

#include "client/Connection.h"

#include <QTest>

#include <optional>

namespace spocs::test {

// Runs one request on the real client library and waits for its answer.
inline Reply call(Connection &connection, const QString &op, const QJsonObject &args = {}, int timeoutMs = 15000)
{
    std::optional<Reply> reply;
    connection.request(op, args, &connection, [&](const Reply &r) { reply = r; });
    // The caller checks reply below; a time-out becomes a Timeout reply.
    (void)QTest::qWaitFor([&] { return reply.has_value(); }, timeoutMs);
    if (!reply)
        return Reply { false, {}, makeError(ErrorCode::Timeout, QStringLiteral("test wait expired")) };
    return *reply;
}

inline Reply callWrite(Connection &connection, const QString &op, const QJsonObject &args, int timeoutMs = 15000)
{
    std::optional<Reply> reply;
    connection.write(op, args, &connection, [&](const Reply &r) { reply = r; });
    // The caller checks reply below; a time-out becomes a Timeout reply.
    (void)QTest::qWaitFor([&] { return reply.has_value(); }, timeoutMs);
    if (!reply)
        return Reply { false, {}, makeError(ErrorCode::Timeout, QStringLiteral("test wait expired")) };
    return *reply;
}

inline Reply loginAndWait(Connection &connection, const QUrl &url, const QString &user,
                          const QString &password = QStringLiteral("demo"))
{
    std::optional<Reply> reply;
    connection.login(url, user, password, [&](const Reply &r) { reply = r; });
    (void)QTest::qWaitFor([&] { return reply.has_value(); }, 30000);
    if (!reply)
        return Reply { false, {}, makeError(ErrorCode::Timeout, QStringLiteral("login wait expired")) };
    return *reply;
}

inline QString errorName(const Reply &reply)
{
    return reply.ok ? QStringLiteral("ok") : errorCodeName(reply.error.code);
}

} // namespace spocs::test
