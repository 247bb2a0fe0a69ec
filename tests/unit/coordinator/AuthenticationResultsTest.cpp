#include "coordinator/channels/AuthenticationResults.h"
#include "coordinator/channels/MailSettings.h"
#include "coordinator/channels/MimeMessageParser.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;
using domain::SenderCheck;

namespace {

// The examples of RFC 8601 Appendix B, as the header values (after "Authentication-Results:").

TEST(AuthenticationResults, NoAuthenticationDoneIsAnEmptyResult)
{
    // B.2
    const auto ar = AuthenticationResults::parse(u" example.org 1; none");
    ASSERT_TRUE(ar);
    EXPECT_EQ(ar->authservId, QStringLiteral("example.org"));
    EXPECT_TRUE(ar->results.isEmpty());
}

TEST(AuthenticationResults, ReadsOneResultWithItsProperty)
{
    // B.3
    const auto ar = AuthenticationResults::parse(u" example.com;\r\n          spf=pass smtp.mailfrom=example.net");
    ASSERT_TRUE(ar);
    EXPECT_EQ(ar->authservId, QStringLiteral("example.com"));
    ASSERT_EQ(ar->results.size(), 1);
    EXPECT_EQ(ar->results.at(0).method, QStringLiteral("spf"));
    EXPECT_EQ(ar->results.at(0).result, QStringLiteral("pass"));
    EXPECT_EQ(ar->results.at(0).properties.value(QStringLiteral("smtp.mailfrom")), QStringLiteral("example.net"));
}

TEST(AuthenticationResults, ReadsSeveralResultsAndHeadersOfOneMta)
{
    // B.4
    const auto first = AuthenticationResults::parse(u" example.com;\r\n"
                                                    u"          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n"
                                                    u"          spf=pass smtp.mailfrom=example.net");
    ASSERT_TRUE(first);
    ASSERT_EQ(first->results.size(), 2);
    EXPECT_EQ(first->results.at(0).method, QStringLiteral("auth"));
    EXPECT_EQ(first->results.at(0).properties.value(QStringLiteral("smtp.auth")), QStringLiteral("sender@example.net"));
    EXPECT_EQ(first->results.at(1).method, QStringLiteral("spf"));
    const auto second = AuthenticationResults::parse(u" example.com; iprev=pass\r\n          policy.iprev=192.0.2.200");
    ASSERT_TRUE(second);
    ASSERT_EQ(second->results.size(), 1);
    EXPECT_EQ(second->results.at(0).method, QStringLiteral("iprev"));
    EXPECT_EQ(second->results.at(0).properties.value(QStringLiteral("policy.iprev")), QStringLiteral("192.0.2.200"));
}

TEST(AuthenticationResults, AlignedDkimPassVerifiesTheSenderDespiteAnSpfFail)
{
    // B.5: the message is "From: sender@example.com".
    const QStringList headers {
        QStringLiteral(" example.com;\r\n          dkim=pass (good signature) header.d=example.com"),
        QStringLiteral(" example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.com;"
                       "\r\n          spf=fail smtp.mailfrom=example.com")
    };
    const auto dkim = AuthenticationResults::parse(headers.at(0));
    ASSERT_TRUE(dkim);
    EXPECT_EQ(dkim->results.at(0).properties.value(QStringLiteral("header.d")), QStringLiteral("example.com"));
    EXPECT_EQ(
        AuthenticationResults::check(headers, QStringLiteral("example.com"), QStringLiteral("sender@example.com")),
        SenderCheck::Verified);
    EXPECT_EQ(AuthenticationResults::check(headers.mid(1), QStringLiteral("example.com"),
                                           QStringLiteral("sender@example.com")),
              SenderCheck::Failed)
        << "spf failed and nothing passed";
}

TEST(AuthenticationResults, ReadsReasonsAndAgentOrUserIdentifiers)
{
    // B.6: a mail router re-signed what it changed; the author's own signature broke on the way.
    const QStringList headers { QStringLiteral(" example.com;\r\n"
                                               "      dkim=pass reason=\"good signature\"\r\n"
                                               "        header.i=@mail-router.example.net;\r\n"
                                               "      dkim=fail reason=\"bad signature\"\r\n"
                                               "        header.i=@newyork.example.com"),
                                QStringLiteral(" example.net;\r\n"
                                               "      dkim=pass (good signature) header.i=@newyork.example.com") };
    const auto ar = AuthenticationResults::parse(headers.at(0));
    ASSERT_TRUE(ar);
    ASSERT_EQ(ar->results.size(), 2);
    EXPECT_EQ(ar->results.at(0).reason, QStringLiteral("good signature"));
    EXPECT_EQ(ar->results.at(0).properties.value(QStringLiteral("header.i")),
              QStringLiteral("@mail-router.example.net"));
    EXPECT_EQ(ar->results.at(1).result, QStringLiteral("fail"));
    EXPECT_EQ(ar->results.at(1).reason, QStringLiteral("bad signature"));
    const QString from = QStringLiteral("sender@newyork.example.com");
    // example.com's own view: the author's signature failed, another domain's passed.
    EXPECT_EQ(AuthenticationResults::check(headers, QStringLiteral("example.com"), from), SenderCheck::Unknown);
    // The router's view (had it been the trusted one): the author's signature was good.
    EXPECT_EQ(AuthenticationResults::check(headers, QStringLiteral("example.net"), from), SenderCheck::Verified);
}

TEST(AuthenticationResults, CommentsMayStandBetweenEveryToken)
{
    // B.7
    const auto ar = AuthenticationResults::parse(u" foo.example.net (foobar) 1 (baz);\r\n"
                                                 u"    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n"
                                                 u"      policy (A dot can go here) . (like that) expired\r\n"
                                                 u"      (this surprised me) = (as I wasn't expecting it) 1362471462");
    ASSERT_TRUE(ar);
    EXPECT_EQ(ar->authservId, QStringLiteral("foo.example.net"));
    ASSERT_EQ(ar->results.size(), 1);
    EXPECT_EQ(ar->results.at(0).method, QStringLiteral("dkim"));
    EXPECT_EQ(ar->results.at(0).result, QStringLiteral("fail"));
    EXPECT_EQ(ar->results.at(0).properties.value(QStringLiteral("policy.expired")), QStringLiteral("1362471462"));
}

TEST(AuthenticationResults, ReadsWhatMailServersWriteToday)
{
    const auto ar = AuthenticationResults::parse(
        u" \"mx.example.com\";\r\n"
        u"\tdkim=pass header.i=@mail.customer.example header.s=s1 header.b=\"URn9/+F=\" (ok);\r\n"
        u"\tspf=pass (mx.example.com: domain of a@customer.example designates 192.0.2.1 as permitted sender)"
        u" smtp.mailfrom=a@customer.example;\r\n"
        u"\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=customer.example;");
    ASSERT_TRUE(ar);
    EXPECT_EQ(ar->authservId, QStringLiteral("mx.example.com"));
    ASSERT_EQ(ar->results.size(), 3) << "a trailing ';' is tolerated";
    EXPECT_EQ(ar->results.at(0).properties.value(QStringLiteral("header.b")), QStringLiteral("URn9/+F="));
    EXPECT_EQ(ar->results.at(2).properties.value(QStringLiteral("header.from")), QStringLiteral("customer.example"));
    const auto unquoted
        = AuthenticationResults::parse(u"mx.example.com; dkim=pass header.d=a.example header.b=Iww3/TI+=");
    ASSERT_TRUE(unquoted);
    EXPECT_EQ(unquoted->results.at(0).properties.value(QStringLiteral("header.b")), QStringLiteral("Iww3/TI+="));
}

TEST(AuthenticationResults, MalformedHeadersSayNothing)
{
    for (const QString &bad : {
             QString(),
             QStringLiteral("   "),
             QStringLiteral("dkim=pass header.d=customer.example"), // no authserv-id
             QStringLiteral("mx.example.com dkim=pass"), // no ";"
             QStringLiteral("mx.example.com; dkim"), // no result
             QStringLiteral("mx.example.com; dkim=pass header.d"), // property without a value
             QStringLiteral("mx.example.com; dkim=pass header=customer.example"), // no property name
             QStringLiteral("mx.example.com; dkim=pass (unterminated comment"),
             QStringLiteral("mx.example.com; dkim=pass reason=\"unterminated"),
             QStringLiteral("mx.example.com; dmarc=pass (a (b (c (d (e (f (g (h (i (j))))))))))"), // too deep
             QStringLiteral("mx.example.com 2; dmarc=pass header.from=customer.example"), // unknown version
             QStringLiteral("mx.example.com; ;;"),
         })
        EXPECT_FALSE(AuthenticationResults::parse(bad)) << qPrintable(bad);
    // Bounded work: an endless header is refused without being read, so is one with endless results.
    const QString endless = QStringLiteral("mx.example.com; ") + QStringLiteral("spf=pass ").repeated(2000);
    EXPECT_FALSE(AuthenticationResults::parse(endless));
    QString many = QStringLiteral("mx.example.com");
    for (int i = 0; i <= AuthenticationResults::kMaxResults; ++i)
        many += QStringLiteral("; spf=pass");
    EXPECT_FALSE(AuthenticationResults::parse(many));
    EXPECT_TRUE(AuthenticationResults::parse(u"mx.example.com; spf=pass; dkim=pass; dmarc=pass"));
}

TEST(AuthenticationResults, OnlyTheTrustedAuthservIdCounts)
{
    const QString from = QStringLiteral("ann@customer.example");
    const QString trusted = QStringLiteral("mx.shop.example");
    const QString pass = QStringLiteral("mx.shop.example; dmarc=pass header.from=customer.example");
    EXPECT_EQ(AuthenticationResults::check({ pass }, trusted, from), SenderCheck::Verified);
    EXPECT_EQ(AuthenticationResults::check({ pass }, QStringLiteral("MX.Shop.Example"), from), SenderCheck::Verified)
        << "authserv-ids compare without case";
    // A sender can write any header: one with another authserv-id is ignored.
    EXPECT_EQ(AuthenticationResults::check(
                  { QStringLiteral("mx.forger.example; dmarc=pass header.from=customer.example") }, trusted, from),
              SenderCheck::Unknown);
    EXPECT_EQ(AuthenticationResults::check({}, trusted, from), SenderCheck::Unknown);
    EXPECT_EQ(AuthenticationResults::check({ pass }, QString(), from), SenderCheck::Unknown) << "nothing to trust";
    EXPECT_EQ(AuthenticationResults::check({ pass }, trusted, QString()), SenderCheck::Unknown) << "no From domain";
    EXPECT_EQ(
        AuthenticationResults::check({ QStringLiteral("mx.shop.example; dmarc=pass (no header.from)") }, trusted, from),
        SenderCheck::Unknown);
    // A malformed trusted header says nothing, and does not spoil a good one beside it.
    EXPECT_EQ(AuthenticationResults::check({ QStringLiteral("mx.shop.example; dmarc=(("), pass }, trusted, from),
              SenderCheck::Verified);
}

TEST(AuthenticationResults, DmarcOrAlignedDkimVerifiesAndDmarcFailFails)
{
    const QString trusted = QStringLiteral("mx.shop.example");
    const auto check = [&](const QString &header, const QString &from) {
        return AuthenticationResults::check({ header }, trusted, from);
    };
    const QString ann = QStringLiteral("ann@customer.example");
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dmarc=fail header.from=customer.example"), ann),
              SenderCheck::Failed);
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dkim=pass header.d=customer.example; "
                                   "dmarc=fail header.from=customer.example"),
                    ann),
              SenderCheck::Failed)
        << "the domain's own policy outranks the rest";
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dmarc=pass header.from=other.example"), ann), SenderCheck::Unknown)
        << "DMARC about another From";
    // DKIM: the signing domain is the From domain or a parent of it.
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dkim=pass header.d=Customer.Example"), ann),
              SenderCheck::Verified);
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dkim=pass header.d=customer.example"),
                    QStringLiteral("ann@mail.customer.example")),
              SenderCheck::Verified);
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dkim=pass header.d=mail.customer.example"), ann),
              SenderCheck::Unknown)
        << "a subdomain does not speak for its parent";
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dkim=pass header.d=evilcustomer.example"), ann),
              SenderCheck::Unknown);
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dkim=pass header.d=example"), ann), SenderCheck::Unknown)
        << "no one signs for a top-level domain";
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dkim=pass header.d=mailer.example"), ann), SenderCheck::Unknown);
    // Failures without a pass fail; SPF passing (the envelope, not From) alone verifies nothing.
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; dkim=fail header.d=customer.example"), ann), SenderCheck::Failed);
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; spf=fail smtp.mailfrom=customer.example"), ann),
              SenderCheck::Failed);
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; spf=pass smtp.mailfrom=customer.example; "
                                   "dkim=fail header.d=customer.example"),
                    ann),
              SenderCheck::Unknown);
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; spf=pass smtp.mailfrom=customer.example"), ann),
              SenderCheck::Unknown);
    EXPECT_EQ(check(QStringLiteral("mx.shop.example; spf=softfail; dkim=none; dmarc=none"), ann), SenderCheck::Unknown);
}

TEST(AuthenticationResults, TheParserHandsOverEveryHeaderTopFirst)
{
    const QByteArray raw = QByteArray("Authentication-Results: mx.shop.example;\r\n"
                                      "\tdmarc=pass header.from=customer.example\r\n"
                                      "Received: from somewhere\r\n"
                                      "authentication-results: mx.forger.example; dmarc=pass\r\n"
                                      "From: ann@customer.example\r\n"
                                      "Subject: hello\r\n"
                                      "\r\n"
                                      "Hi\r\n");
    auto mail = MimeMessageParser::parse(raw, 1024);
    ASSERT_TRUE(mail.ok());
    ASSERT_EQ(mail->authenticationResults.size(), 2);
    EXPECT_EQ(AuthenticationResults::parse(mail->authenticationResults.at(0))->authservId,
              QStringLiteral("mx.shop.example"));
    EXPECT_EQ(AuthenticationResults::parse(mail->authenticationResults.at(1))->authservId,
              QStringLiteral("mx.forger.example"));
    EXPECT_EQ(
        AuthenticationResults::check(mail->authenticationResults, QStringLiteral("mx.shop.example"), mail->fromAddress),
        SenderCheck::Verified);
}

TEST(AuthenticationResults, TrustedAuthservIdIsReadFromTheMailSection)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.ini"));
    {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("mail/trusted_authserv_id"), QStringLiteral(" mx.shop.example "));
    }
    QSettings s(path, QSettings::IniFormat);
    MailSettings settings;
    ASSERT_TRUE(settings.load(s, dir.path()).ok());
    EXPECT_EQ(settings.trustedAuthservId, QStringLiteral("mx.shop.example"));
    EXPECT_TRUE(MailSettings().trustedAuthservId.isEmpty()) << "off unless configured";
    s.setValue(QStringLiteral("mail/trusted_authserv_id"), QStringLiteral("mx.shop.example; dmarc=pass"));
    EXPECT_FALSE(MailSettings().load(s, dir.path()).ok());
}

} // namespace
