#include "coordinator/channels/AuthenticationResults.h"

namespace spocs {
namespace {

constexpr int kMaxCommentDepth = 8;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isKeywordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
}

// RFC 2045 token: printable ASCII but tspecials.
bool isTokenChar(QChar c)
{
    return c > u' ' && c < QChar(0x7f) && !QStringView(u"()<>@,;:\\\"/[]?=").contains(c);
}

// A recursive-descent reader over one header value (RFC 8601 section 2.2). Every step moves
// forward or fails, so the work is linear in the (capped) length.
class Reader
{
public:
    explicit Reader(QStringView text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    // [CFWS]: white space, folding and comments "(...)" (nested, with \-escapes).
    bool skipCfws()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (isSpace(c)) {
                ++m_pos;
            } else if (c == u'(') {
                if (!skipComment())
                    return false;
            } else {
                break;
            }
        }
        return true;
    }

    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    QString keyword()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isKeywordChar(peek()))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toString().toLower();
    }

    QString digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek().isDigit() && peek() < QChar(0x80))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toString();
    }

    // value = token / quoted-string; nullopt when neither is there.
    std::optional<QString> value()
    {
        if (peek() == u'"')
            return quoted();
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        if (m_pos == start)
            return std::nullopt;
        return m_text.sliced(start, m_pos - start).toString();
    }

    // pvalue: a value, or [local-part] "@" domain, or an address literal: everything up to the
    // next white space, comment or ";" (DKIM's header.b carries "/", "+" and "=").
    std::optional<QString> propertyValue()
    {
        if (peek() == u'"')
            return quoted();
        const qsizetype start = m_pos;
        while (!atEnd() && !isSpace(peek()) && peek() != u';' && peek() != u'(' && peek() != u'"')
            ++m_pos;
        if (m_pos == start)
            return std::nullopt;
        return m_text.sliced(start, m_pos - start).toString();
    }

private:
    bool skipComment()
    {
        int depth = 0;
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'\\') {
                if (atEnd())
                    return false;
                ++m_pos;
            } else if (c == u'(') {
                if (++depth > kMaxCommentDepth)
                    return false;
            } else if (c == u')') {
                if (--depth == 0)
                    return true;
            }
        }
        return false; // unterminated
    }

    std::optional<QString> quoted()
    {
        ++m_pos; // the opening quote
        QString out;
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'"')
                return out;
            if (c == u'\\') {
                if (atEnd())
                    break;
                out += m_text.at(m_pos++);
            } else if (c != u'\r' && c != u'\n') {
                out += c;
            }
        }
        return std::nullopt; // unterminated
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

// resinfo after its ";": methodspec [reasonspec] *propspec.
std::optional<AuthenticationResults::Result> readResult(Reader &r)
{
    AuthenticationResults::Result out;
    out.method = r.keyword();
    if (out.method.isEmpty() || !r.skipCfws())
        return std::nullopt;
    if (r.take(u'/')) { // method-version
        if (!r.skipCfws() || r.digits().isEmpty() || !r.skipCfws())
            return std::nullopt;
    }
    if (!r.take(u'=') || !r.skipCfws())
        return std::nullopt;
    out.result = r.keyword();
    if (out.result.isEmpty())
        return std::nullopt;
    while (true) {
        if (!r.skipCfws())
            return std::nullopt;
        if (r.atEnd() || r.peek() == u';')
            return out;
        const QString word = r.keyword();
        if (word.isEmpty() || !r.skipCfws())
            return std::nullopt;
        if (word == u"reason" && r.peek() == u'=') {
            r.take(u'=');
            if (!r.skipCfws())
                return std::nullopt;
            const auto reason = r.value();
            if (!reason)
                return std::nullopt;
            out.reason = *reason;
            continue;
        }
        if (!r.take(u'.') || !r.skipCfws())
            return std::nullopt;
        const QString property = r.keyword();
        if (property.isEmpty() || !r.skipCfws() || !r.take(u'=') || !r.skipCfws())
            return std::nullopt;
        const auto value = r.propertyValue();
        if (!value || out.properties.size() >= AuthenticationResults::kMaxProperties)
            return std::nullopt;
        out.properties.insert(word + u'.' + property, *value);
    }
}

QString domainOf(const QString &addressOrDomain)
{
    QString domain = addressOrDomain.mid(addressOrDomain.lastIndexOf(u'@') + 1).trimmed().toLower();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    return domain;
}

// A DKIM signing domain speaks for its own mail and its subdomains' (relaxed alignment), but a
// single label ("com") never: no one signs for a whole top-level domain.
bool aligned(const QString &signingDomain, const QString &fromDomain)
{
    if (signingDomain.isEmpty() || !signingDomain.contains(u'.'))
        return false;
    return fromDomain == signingDomain || fromDomain.endsWith(u'.' + signingDomain);
}

} // namespace

std::optional<AuthenticationResults> AuthenticationResults::parse(QStringView value)
{
    if (value.size() > kMaxHeaderChars)
        return std::nullopt;
    Reader r(value);
    AuthenticationResults out;
    if (!r.skipCfws())
        return std::nullopt;
    const auto id = r.value();
    if (!id || id->isEmpty() || !r.skipCfws())
        return std::nullopt;
    out.authservId = *id;
    if (r.peek().isDigit()) { // authres-version: only 1 is defined, another one is not understood
        if (r.digits() != u"1" || !r.skipCfws())
            return std::nullopt;
    }
    if (!r.take(u';') || !r.skipCfws())
        return std::nullopt;
    // no-result: "authserv-id; none".
    if (Reader probe = r; probe.keyword() == u"none" && probe.skipCfws() && probe.atEnd())
        return out;
    while (true) {
        auto result = readResult(r);
        if (!result || out.results.size() >= kMaxResults)
            return std::nullopt;
        out.results.append(*result);
        if (r.atEnd())
            return out;
        r.take(u';'); // readResult stops only at the end or a ";"
        if (!r.skipCfws())
            return std::nullopt;
        if (r.atEnd()) // a trailing ";" is common and harmless
            return out;
    }
}

domain::SenderCheck AuthenticationResults::check(const QStringList &headers, const QString &trustedAuthservId,
                                                 const QString &fromAddress)
{
    const QString fromDomain = fromAddress.contains(u'@') ? domainOf(fromAddress) : QString();
    if (trustedAuthservId.isEmpty() || fromDomain.isEmpty())
        return domain::SenderCheck::Unknown;
    bool dmarcFailed = false;
    bool verified = false;
    bool anyPass = false;
    bool anyFail = false;
    for (const QString &header : headers.mid(0, kMaxHeaders)) {
        const auto parsed = parse(header);
        if (!parsed || parsed->authservId.compare(trustedAuthservId, Qt::CaseInsensitive) != 0)
            continue;
        for (const Result &result : parsed->results) {
            const bool pass = result.result == u"pass";
            const bool fail = result.result == u"fail";
            if (result.method == u"dmarc") {
                // DMARC speaks of the From domain; one naming another domain is not about this From.
                const QString about = domainOf(result.properties.value(QStringLiteral("header.from")));
                if (!about.isEmpty() && about != fromDomain)
                    continue;
                dmarcFailed = dmarcFailed || fail;
                verified = verified || (pass && about == fromDomain);
            } else if (result.method == u"dkim") {
                QString signer = domainOf(result.properties.value(QStringLiteral("header.d")));
                if (signer.isEmpty())
                    signer = domainOf(result.properties.value(QStringLiteral("header.i")));
                verified = verified || (pass && aligned(signer, fromDomain));
            } else if (result.method != u"spf") {
                continue;
            }
            anyPass = anyPass || pass;
            anyFail = anyFail || fail;
        }
    }
    if (dmarcFailed) // the domain's own policy says this From is not theirs, whatever else passed
        return domain::SenderCheck::Failed;
    if (verified)
        return domain::SenderCheck::Verified;
    if (anyFail && !anyPass)
        return domain::SenderCheck::Failed;
    return domain::SenderCheck::Unknown;
}

} // namespace spocs
