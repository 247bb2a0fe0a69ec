#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace spocs {

// The fixed, documented list of wire error codes (docs/protocol.md). Append only;
// clients translate the code into a user message, never the server's text.
enum class ErrorCode {
    BadRequest, // malformed frame, wrong types, missing or invalid fields
    UnknownOp, // op name not known to this server
    UnsupportedVersion, // hello with a protocol version the server does not speak
    Unauthenticated, // no session, or the session expired
    InvalidCredentials, // wrong user name or password
    AccountLocked, // too many failed logins, or the account is disabled
    Forbidden, // authenticated, but the role does not allow the op
    NotFound, // the addressed record does not exist
    VersionConflict, // the expected version is stale
    Conflict, // the write collides with another (duplicate, invalid state)
    RateLimited, // too many requests or outstanding requests
    TooLarge, // frame or message above the size limit
    Unavailable, // the service cannot serve now (shutting down, disconnected)
    Timeout, // client side: no answer within the request time-out
    ResyncRequired, // resume impossible: the missed events are gone
    Internal, // a bug or storage failure on the server
    InsufficientStock, // an order needs more units than are available (details: sku, available)
    InvalidState, // the record's state does not allow this (e.g. cancelling a shipped order)
    Queued, // client side: the write waits in the offline outbox and is sent when the session resumes
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);
// Every code, in declaration order; lets tests and docs walk the whole list.
const std::vector<ErrorCode> &allErrorCodes();

} // namespace spocs
