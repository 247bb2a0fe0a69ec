#include "coordinator/channels/ContactMessageStore.h"
#include "coordinator/channels/HtmlSanitizer.h"
#include "coordinator/channels/MailSettings.h"
#include "coordinator/channels/MimeMessageParser.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

TEST(MimeMessageParser, ReadsAddressesThreadingAndBodiesInAnyCharset)
{
    const QByteArray raw = crlf("From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <Juergen@Example.ORG>\n"
                                "To: support@example.com\n"
                                "Subject: =?iso-8859-1?q?Rechnung_f=FCr_M=E4rz?=\n"
                                "Message-ID: <m2@example.org>\n"
                                "In-Reply-To: <r1@spocs.example>\n"
                                "References: <r0@spocs.example> <r1@spocs.example>\n"
                                "MIME-Version: 1.0\n"
                                "Content-Type: multipart/alternative; boundary=x\n"
                                "\n"
                                "--x\n"
                                "Content-Type: text/plain; charset=iso-8859-1\n"
                                "Content-Transfer-Encoding: quoted-printable\n"
                                "\n"
                                "Gr=FC=DFe\n"
                                "--x\n"
                                "Content-Type: text/html; charset=utf-8\n"
                                "\n"
                                "<p>Gr\xc3\xbc\xc3\x9f"
                                "e</p>\n"
                                "--x--\n");
    auto mail = MimeMessageParser::parse(raw, 1024);
    ASSERT_TRUE(mail.ok());
    EXPECT_EQ(mail->fromAddress, QStringLiteral("juergen@example.org"));
    EXPECT_EQ(mail->fromName, QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(mail->subject, QStringLiteral("Rechnung für März"));
    EXPECT_EQ(mail->messageId, QStringLiteral("m2@example.org"));
    EXPECT_EQ(mail->inReplyTo, QStringLiteral("r1@spocs.example"));
    EXPECT_EQ(mail->references,
              (QStringList { QStringLiteral("r0@spocs.example"), QStringLiteral("r1@spocs.example") }));
    EXPECT_EQ(mail->text.trimmed(), QStringLiteral("Grüße"));
    EXPECT_TRUE(mail->html.contains(QStringLiteral("Grüße")));
    EXPECT_TRUE(mail->attachments.isEmpty());
}

TEST(MimeMessageParser, RefusesAttachmentsOverTheLimitButKeepsTheirNameAndSize)
{
    const QByteArray raw
        = crlf("From: a@example.org\nSubject: files\nMIME-Version: 1.0\n"
               "Content-Type: multipart/mixed; boundary=b\n\n"
               "--b\nContent-Type: text/plain\n\nsee attached\n"
               "--b\nContent-Type: application/pdf; name=ok.pdf\nContent-Disposition: attachment; "
               "filename=ok.pdf\nContent-Transfer-Encoding: base64\n\nSGVsbG8=\n"
               "--b\nContent-Type: application/zip\nContent-Disposition: attachment; filename=big.zip\n"
               "\n")
        + QByteArray(3000, 'z') + crlf("\n--b--\n");
    auto mail = MimeMessageParser::parse(raw, 1000);
    ASSERT_TRUE(mail.ok());
    ASSERT_EQ(mail->attachments.size(), 2);
    EXPECT_EQ(mail->attachments[0].filename, QStringLiteral("ok.pdf"));
    EXPECT_EQ(mail->attachments[0].data, QByteArray("Hello"));
    EXPECT_FALSE(mail->attachments[0].refused);
    EXPECT_EQ(mail->attachments[1].filename, QStringLiteral("big.zip"));
    EXPECT_TRUE(mail->attachments[1].refused);
    EXPECT_TRUE(mail->attachments[1].data.isEmpty());
    EXPECT_GE(mail->attachments[1].size, 3000);
    EXPECT_TRUE(mail->hasRefusedAttachments());
}

// A forwarded mail (message/rfc822): GMime's foreach never descends into it, so its text and
// attachments were lost. They are part of what the customer sent.
TEST(MimeMessageParser, ReadsAForwardedMessageAsAForwardedSectionWithItsAttachments)
{
    const QByteArray raw = crlf("From: ann@customer.example\n"
                                "To: support@example.com\n"
                                "Subject: Fwd: Your order 4711\n"
                                "MIME-Version: 1.0\n"
                                "Content-Type: multipart/mixed; boundary=outer\n"
                                "\n"
                                "--outer\n"
                                "Content-Type: text/plain; charset=utf-8\n"
                                "\n"
                                "See what the courier wrote.\n"
                                "--outer\n"
                                "Content-Type: message/rfc822\n"
                                "Content-Disposition: inline\n"
                                "\n"
                                "From: Courier <noreply@courier.example>\n"
                                "To: ann@customer.example\n"
                                "Subject: =?utf-8?q?Zustellung_f=C3=BCr_4711?=\n"
                                "Date: Mon, 07 Dec 2026 09:00:00 +0000\n"
                                "MIME-Version: 1.0\n"
                                "Content-Type: multipart/mixed; boundary=inner\n"
                                "\n"
                                "--inner\n"
                                "Content-Type: text/plain; charset=iso-8859-1\n"
                                "Content-Transfer-Encoding: quoted-printable\n"
                                "\n"
                                "Paket besch=E4digt, zur=FCck an den Absender.\n"
                                "--inner\n"
                                "Content-Type: image/png; name=label.png\n"
                                "Content-Disposition: attachment; filename=label.png\n"
                                "Content-Transfer-Encoding: base64\n"
                                "\n"
                                "iVBORw0KGgo=\n"
                                "--inner--\n"
                                "\n"
                                "--outer--\n");
    auto mail = MimeMessageParser::parse(raw, 1024);
    ASSERT_TRUE(mail.ok());
    EXPECT_TRUE(mail->text.startsWith(QStringLiteral("See what the courier wrote."))) << qPrintable(mail->text);
    EXPECT_TRUE(mail->text.contains(QStringLiteral("---------- Forwarded message ----------")))
        << qPrintable(mail->text);
    EXPECT_TRUE(mail->text.contains(QStringLiteral("noreply@courier.example"))) << qPrintable(mail->text);
    EXPECT_TRUE(mail->text.contains(QStringLiteral("Subject: Zustellung für 4711"))) << qPrintable(mail->text);
    EXPECT_TRUE(mail->text.contains(QStringLiteral("Paket beschädigt, zurück an den Absender.")))
        << qPrintable(mail->text);
    EXPECT_LT(mail->text.indexOf(QStringLiteral("See what")), mail->text.indexOf(QStringLiteral("Paket")));
    EXPECT_TRUE(mail->html.isEmpty()) << "no HTML anywhere: the text is the body";
    ASSERT_EQ(mail->attachments.size(), 1);
    EXPECT_EQ(mail->attachments.first().filename, QStringLiteral("label.png"));
    EXPECT_EQ(mail->attachments.first().contentType, QStringLiteral("image/png"));
    EXPECT_EQ(mail->attachments.first().data, QByteArray("\x89PNG\r\n\x1a\n"));
}

// A bounce (RFC 3464) returns the original: the agent sees why it bounced and what it was.
TEST(MimeMessageParser, ReadsTheOriginalInsideADeliveryStatusNotification)
{
    const QByteArray raw = crlf("From: Mail Delivery System <MAILER-DAEMON@mx.customer.example>\n"
                                "To: support@example.com\n"
                                "Subject: Undelivered Mail Returned to Sender\n"
                                "Auto-Submitted: auto-replied\n"
                                "MIME-Version: 1.0\n"
                                "Content-Type: multipart/report; report-type=delivery-status; boundary=dsn\n"
                                "\n"
                                "--dsn\n"
                                "Content-Type: text/plain; charset=us-ascii\n"
                                "\n"
                                "The mail system could not deliver your message to bob@customer.example.\n"
                                "--dsn\n"
                                "Content-Type: message/delivery-status\n"
                                "\n"
                                "Reporting-MTA: dns; mx.customer.example\n"
                                "\n"
                                "Final-Recipient: rfc822; bob@customer.example\n"
                                "Action: failed\n"
                                "Status: 5.1.1\n"
                                "\n"
                                "--dsn\n"
                                "Content-Type: message/rfc822\n"
                                "\n"
                                "From: Shop Support <support@example.com>\n"
                                "To: bob@customer.example\n"
                                "Subject: Re: Refund [#C-1001-7]\n"
                                "Message-ID: <reply7@example.com>\n"
                                "\n"
                                "Your refund left today.\n"
                                "\n"
                                "--dsn--\n");
    auto mail = MimeMessageParser::parse(raw, 1024);
    ASSERT_TRUE(mail.ok());
    EXPECT_TRUE(mail->automated);
    EXPECT_TRUE(mail->text.startsWith(QStringLiteral("The mail system could not deliver"))) << qPrintable(mail->text);
    EXPECT_TRUE(mail->text.contains(QStringLiteral("Subject: Re: Refund [#C-1001-7]"))) << qPrintable(mail->text);
    EXPECT_TRUE(mail->text.contains(QStringLiteral("Your refund left today."))) << qPrintable(mail->text);
    EXPECT_EQ(mail->messageId, QString()) << "the original's Message-ID is not the bounce's";
}

// Forwarded inside forwarded without end: read a few levels, keep the rest as a file.
TEST(MimeMessageParser, KeepsAMessageNestedTooDeepAsAnAttachment)
{
    QByteArray message = "From: deep@example.org\r\nSubject: level 0\r\n\r\nInnermost text.\r\n";
    for (int level = 1; level <= 6; ++level)
        message = "From: deep@example.org\r\nSubject: level " + QByteArray::number(level)
            + "\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n" + message;
    auto mail = MimeMessageParser::parse(message, 1 << 20);
    ASSERT_TRUE(mail.ok());
    EXPECT_EQ(mail->text.count(QStringLiteral("---------- Forwarded message ----------")), 4) << qPrintable(mail->text);
    ASSERT_EQ(mail->attachments.size(), 1);
    EXPECT_EQ(mail->attachments.first().filename, QStringLiteral("forwarded-message.eml"));
    EXPECT_EQ(mail->attachments.first().contentType, QStringLiteral("message/rfc822"));
    EXPECT_TRUE(mail->attachments.first().data.contains("Innermost text."))
        << mail->attachments.first().data.constData();
}

// The survey reads "automated" from the stored header block: the same answer as the parser's.
TEST(InboundMail, StoredHeadersSayWhetherARobotWrote)
{
    const auto check = [](const char *headers, bool automated) {
        auto mail = MimeMessageParser::parse(crlf(headers) + "\r\nText.\r\n", 1024);
        ASSERT_TRUE(mail.ok());
        EXPECT_EQ(mail->automated, automated) << headers;
        EXPECT_EQ(InboundMail::isAutomated(mail->headers, mail->fromAddress), automated) << qPrintable(mail->headers);
    };
    check("From: ann@customer.example\nSubject: Away\nAuto-Submitted:\n auto-replied\n", true);
    check("From: news@lists.example\nList-Id: <news.lists.example>\nSubject: News\n", true);
    check("From: shop@news.example\nPrecedence: Bulk\nSubject: Offers\n", true);
    check("From: MAILER-DAEMON@mx.example\nSubject: Undelivered\n", true);
    check("From: ann@customer.example\nAuto-Submitted: no\nPrecedence: normal\nSubject: Hi\n", false);
}

TEST(HtmlSanitizer, KeepsFormattingDropsScriptsRemoteContentAndAttributes)
{
    const QString html = HtmlSanitizer::sanitize(
        QStringLiteral("<html><head><style>p{}</style><script>steal()</script></head><body>"
                       "<p style=\"color:red\" onmouseover=\"x()\">Dear <b>Ann</b> &amp; co</p>"
                       "<img src=\"https://tracker.example/pixel.gif\"><iframe src=\"https://evil.example\"></iframe>"
                       "<a href=\"https://shop.example/o/1\">order</a> <a href=\"javascript:alert(1)\">bad</a>"
                       "<ul><li>one</li></ul></body></html>"));
    EXPECT_EQ(html,
              QStringLiteral("<p>Dear <b>Ann</b> &amp; co</p><a href=\"https://shop.example/o/1\">order</a> "
                             "<a>bad</a><ul><li>one</li></ul>"));
}

TEST(HtmlSanitizer, EscapesTextThatLooksLikeMarkup)
{
    EXPECT_EQ(HtmlSanitizer::sanitize(QStringLiteral("<p>&lt;script&gt;x&lt;/script&gt;</p>")),
              QStringLiteral("<p>&lt;script&gt;x&lt;/script&gt;</p>"));
}

TEST(ContactToken, RoundTripsThroughASubjectLine)
{
    const QString subject
        = QStringLiteral("Re: Your order ") + ContactMessageStore::contactToken(QStringLiteral("C-1042"), 7);
    EXPECT_EQ(subject, QStringLiteral("Re: Your order [#C-1042-7]"));
    const auto token = ContactMessageStore::findToken(subject);
    ASSERT_TRUE(token.has_value());
    EXPECT_EQ(token->customerId, QStringLiteral("C-1042"));
    EXPECT_EQ(token->contactId, 7);
    EXPECT_FALSE(ContactMessageStore::findToken(QStringLiteral("Re: [#1042-7]")).has_value());
}

TEST(MailSettings, ReadsMailboxesAndRefusesAMissingPasswordFile)
{
    QTemporaryDir dir;
    QFile password(dir.filePath(QStringLiteral("pw")));
    ASSERT_TRUE(password.open(QIODevice::WriteOnly));
    password.write("s3cret\n");
    password.close();
    const QString ini = dir.filePath(QStringLiteral("c.ini"));
    {
        QFile f(ini);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("[mail]\nserver=imaps://mail.example.com\nuser=support\npassword_file=pw\npoll_seconds=30\n"
                "smtp_server=smtp://mail.example.com:587\nfrom_address=support@example.com\n"
                "[mail.billing]\nserver=imap://127.0.0.1:1143\nuser=billing\npassword_file=pw\nqueue=billing\n");
    }
    QSettings s(ini, QSettings::IniFormat);
    MailSettings mail;
    auto r = mail.load(s, dir.path());
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    ASSERT_EQ(mail.mailboxes.size(), 2);
    EXPECT_EQ(mail.mailboxes[0].name, QStringLiteral("mail"));
    EXPECT_EQ(mail.mailboxes[0].password, QStringLiteral("s3cret"));
    EXPECT_EQ(mail.mailboxes[1].name, QStringLiteral("billing"));
    EXPECT_EQ(mail.mailboxes[1].queue, QStringLiteral("billing"));
    EXPECT_EQ(mail.pollSeconds, 30);
    EXPECT_TRUE(mail.sendingEnabled());

    QSettings bad(ini, QSettings::IniFormat);
    bad.setValue(QStringLiteral("mail/password_file"), QStringLiteral("missing"));
    MailSettings refused;
    EXPECT_FALSE(refused.load(bad, dir.path()).ok());
}

} // namespace
