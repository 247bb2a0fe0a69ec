#pragma once

#include "client/Connection.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

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

// The id of the user `connection` is signed in as (0 when session.me fails).
inline qint64 signedInUserId(Connection &connection)
{
    return call(connection, QStringLiteral("session.me"))
        .data.value(QStringLiteral("user"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

// contact.accept of an offered contact, with a fresh cid.
inline Reply acceptContact(Connection &connection, qint64 contactId)
{
    return callWrite(connection, QStringLiteral("contact.accept"),
                     { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                       { QStringLiteral("id"), contactId } });
}

// contact.reply (an e-mail or a chat line), optionally with public articles.
inline Reply replyToContact(Connection &connection, qint64 contactId, const QString &body,
                            const QJsonArray &articles = {})
{
    QJsonObject args { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                       { QStringLiteral("id"), contactId },
                       { QStringLiteral("body"), body } };
    if (!articles.isEmpty())
        args.insert(QStringLiteral("articles"), articles);
    return callWrite(connection, QStringLiteral("contact.reply"), args);
}

inline QString errorName(const Reply &reply)
{
    return reply.ok ? QStringLiteral("ok") : errorCodeName(reply.error.code);
}

} // namespace spocs::test
