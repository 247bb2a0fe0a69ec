#pragma once

#include "core/domain/Conversation.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace spocs {

// RFC 8601 Authentication-Results: what a receiving mail server found when it checked a
// message (DKIM, SPF, DMARC, ...). Anyone can write such a header into a message, so only
// those carrying the organisation's own authserv-id count, and the header is parsed as
// hostile input: comments, quoted strings, any number of results, bounded work.
class AuthenticationResults
{
public:
    struct Result
    {
        QString method; // lower case: "dkim", "spf", "dmarc", ...
        QString result; // lower case: "pass", "fail", "none", ...
        QString reason;
        QMap<QString, QString> properties; // "header.d" -> "example.com" (ptype.property in lower case)
    };
    QString authservId;
    QList<Result> results; // empty for "authserv-id; none"

    // One header's value (after "Authentication-Results:"); nullopt when it does not follow the
    // grammar, is longer than kMaxHeaderChars or of a version other than 1: such a header says nothing.
    static std::optional<AuthenticationResults> parse(QStringView value);

    // The verdict on `fromAddress` from every header (top first) whose authserv-id is
    // `trustedAuthservId` (compared without case): Failed for dmarc=fail on the From domain;
    // Verified for dmarc=pass with header.from the From domain, or dkim=pass with header.d the
    // From domain or a parent of it; Failed for dkim or spf fail when nothing passed; Unknown
    // otherwise, and always without a trusted id or a From domain. At most kMaxHeaders are read.
    static domain::SenderCheck check(const QStringList &headers, const QString &trustedAuthservId,
                                     const QString &fromAddress);

    static constexpr int kMaxHeaders = 32;
    static constexpr int kMaxHeaderChars = 8192;
    static constexpr int kMaxResults = 64;
    static constexpr int kMaxProperties = 32;
};

} // namespace spocs
