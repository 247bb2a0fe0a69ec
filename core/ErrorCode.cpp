#include "core/ErrorCode.h"

#include <array>
#include <utility>

namespace spocs {
namespace {
constexpr std::array<std::pair<ErrorCode, const char16_t *>, 19> kNames { {
    { ErrorCode::BadRequest, u"bad_request" },
    { ErrorCode::UnknownOp, u"unknown_op" },
    { ErrorCode::UnsupportedVersion, u"unsupported_version" },
    { ErrorCode::Unauthenticated, u"unauthenticated" },
    { ErrorCode::InvalidCredentials, u"invalid_credentials" },
    { ErrorCode::AccountLocked, u"account_locked" },
    { ErrorCode::Forbidden, u"forbidden" },
    { ErrorCode::NotFound, u"not_found" },
    { ErrorCode::VersionConflict, u"version_conflict" },
    { ErrorCode::Conflict, u"conflict" },
    { ErrorCode::RateLimited, u"rate_limited" },
    { ErrorCode::TooLarge, u"too_large" },
    { ErrorCode::Unavailable, u"unavailable" },
    { ErrorCode::Timeout, u"timeout" },
    { ErrorCode::ResyncRequired, u"resync_required" },
    { ErrorCode::Internal, u"internal" },
    { ErrorCode::InsufficientStock, u"insufficient_stock" },
    { ErrorCode::InvalidState, u"invalid_state" },
    { ErrorCode::Queued, u"queued" },
} };
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QStringView(n))
            return c;
    }
    return std::nullopt;
}

const std::vector<ErrorCode> &allErrorCodes()
{
    static const std::vector<ErrorCode> all = [] {
        std::vector<ErrorCode> codes;
        for (const auto &entry : kNames)
            codes.push_back(entry.first);
        return codes;
    }();
    return all;
}

} // namespace spocs
