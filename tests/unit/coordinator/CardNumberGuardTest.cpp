#include "coordinator/auth/CardNumberGuard.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

struct Case
{
    const char *text; // UTF-8
    bool isCard;
    const char *why;
};

// True positives: every scheme, every separator, compatibility digits.
const Case kCases[] = {
    { "4111111111111111", true, "Visa, plain" },
    { "4111 1111 1111 1111", true, "Visa, spaces" },
    { "4111-1111-1111-1111", true, "Visa, dashes" },
    { "4111.1111.1111.1111", true, "Visa, dots" },
    { "4111/1111/1111/1111", true, "Visa, slashes" },
    { "\xef\xbc\x94\xef\xbc\x91\xef\xbc\x91\xef\xbc\x91 1111 1111 1111", true, "Visa, full-width digits" },
    { "card 5555555555554444 please", true, "Mastercard in a sentence" },
    { "5105 1051 0510 5100", true, "Mastercard" },
    { "2223003122003222", true, "Mastercard 2-series" },
    { "amex 378282246310005", true, "American Express, 15 digits" },
    { "6011111111111117", true, "Discover" },
    { "3530111333300000", true, "JCB" },
    { "30569309025904", true, "Diners Club, 14 digits" },
    { "36227206271667", true, "Diners Club International" },
    { "6200000000000005", true, "UnionPay" },
    { "6759649826438453", true, "Maestro" },
    { "5018-0000-0000-0009", true, "Maestro 50" },
    { "paid with 4111 1111 1111 1111 1234 yesterday", true, "a card followed by more digits" },
    { "4111  1111  1111  1111", true, "Visa, two spaces" },
    { "4111\t1111\t1111\t1111", true, "Visa, tabs" },
    { "4111_1111_1111_1111", true, "Visa, underscores" },
    { "4111 - 1111 - 1111 - 1111", true, "Visa, spaced dashes" },
    { "4111\xe2\x80\x8b"
      "1111\xe2\x80\x8b"
      "1111\xe2\x80\x8b"
      "1111",
      true, "Visa, zero-width spaces" },
    { "41\xc2\xad"
      "11111111111111",
      true, "Visa, a soft hyphen" },
    // False positives the old guard refused: harmless text agents paste all day.
    { "4006381333924", false, "EAN-13 barcode that passes Luhn" },
    { "created 1717171717174", false, "13-digit millisecond timestamp that passes Luhn" },
    { "4222222222222", false, "13-digit number with a Visa prefix and Luhn" },
    { "see 41111111-1111-1004-8111-111111111111", false, "UUID whose digit groups join to a Luhn-valid Visa" },
    { "4111 1111 1111 1112", false, "fails Luhn" },
    { "1111 1111 1111 1117", false, "passes Luhn, no scheme starts with 1" },
    { "9999999999999995", false, "passes Luhn, no scheme starts with 9" },
    { "+49 30 1234567", false, "phone" },
    { "call 0049 30 12345678 after 14:00", false, "phone with a time" },
    { "order O-200311 and invoice I-300042", false, "references" },
    { "2024-05-06", false, "date" },
    { "2024/05/06 10.30", false, "date and time" },
    { "411111", false, "BIN only" },
    { "4111111111111111111111111", false, "too long to be one card and no window at a join" },
    { "192.168.100.200", false, "IP address" },
    { "4111    1111 1111 1111", false, "four spaces part two numbers" },
};

} // namespace

TEST(CardNumberGuard, TableOfTrueAndFalsePositives)
{
    for (const Case &c : kCases) {
        EXPECT_EQ(CardNumberGuard::containsCardNumber(QString::fromUtf8(c.text)), c.isCard) << c.why << ": " << c.text;
    }
    EXPECT_TRUE(CardNumberGuard::luhnValid(u"79927398713"));
    EXPECT_FALSE(CardNumberGuard::luhnValid(u"79927398710"));
    EXPECT_TRUE(CardNumberGuard::schemeMatches(u"2720990000000007"));
    EXPECT_FALSE(CardNumberGuard::schemeMatches(u"2721000000000000")) << "past the Mastercard 2-series";
    EXPECT_FALSE(CardNumberGuard::schemeMatches(u"3782822463100051")) << "Amex numbers are 15 digits";
}

TEST(CardNumberGuard, ArgsAreScannedRecursivelyAndNameTheField)
{
    const QJsonObject note { { QStringLiteral("cid"), QStringLiteral("c1c2c3c4-0000") },
                             { QStringLiteral("text"), QStringLiteral("card is 4111 1111 1111 1111") } };
    EXPECT_EQ(CardNumberGuard::findCardNumber(note), QStringLiteral("text"));

    const QJsonObject nested { { QStringLiteral("changes"),
                                 QJsonObject { { QStringLiteral("emails"),
                                                 QJsonArray { QStringLiteral("a@b.example"),
                                                              QStringLiteral("4111111111111111@x.example") } } } } };
    EXPECT_EQ(CardNumberGuard::findCardNumber(nested), QStringLiteral("emails"));

    const QJsonObject card { { QStringLiteral("card"),
                               QJsonObject { { QStringLiteral("brand"), QStringLiteral("visa") },
                                             { QStringLiteral("number"), 4111111111111111.0 } } } };
    EXPECT_EQ(CardNumberGuard::findCardNumber(card), QStringLiteral("number"));

    const QJsonObject lines {
        { QStringLiteral("lines"),
          QJsonArray { QJsonObject { { QStringLiteral("sku"), QStringLiteral("P-10001") },
                                     { QStringLiteral("note"), QStringLiteral("5555-5555-5555-4444") } } } }
    };
    EXPECT_EQ(CardNumberGuard::findCardNumber(lines), QStringLiteral("note"));

    // A card number as a field's name is found too, and named masked, so no error repeats it.
    const QJsonObject named { { QStringLiteral("changes"),
                                QJsonObject { { QStringLiteral("4111 1111 1111 1111"), QStringLiteral("x") } } } };
    EXPECT_EQ(CardNumberGuard::findCardNumber(named), QStringLiteral("•••• •••• •••• 1111"));
}

TEST(CardNumberGuard, PhonesAreCheckedAsPhonesAndACidMustNotBeANumber)
{
    const QJsonObject harmless {
        { QStringLiteral("cid"), QStringLiteral("12345678-1234-4234-8234-123456789012") },
        { QStringLiteral("changes"),
          QJsonObject { { QStringLiteral("phones"), QJsonArray { QStringLiteral("+44 20 7946 0958") } },
                        { QStringLiteral("notes"), QStringLiteral("Call +44 20 7946 0958, ref 12345") } } },
        { QStringLiteral("card"),
          QJsonObject { { QStringLiteral("brand"), QStringLiteral("visa") },
                        { QStringLiteral("bin"), QStringLiteral("411111") },
                        { QStringLiteral("last4"), QStringLiteral("1111") } } },
        { QStringLiteral("version"), 3 },
        { QStringLiteral("created"), 1717171717174.0 },
    };
    EXPECT_EQ(CardNumberGuard::findCardNumber(harmless), std::nullopt);
    // A phone field is no hiding place.
    EXPECT_EQ(CardNumberGuard::findCardNumber({ { QStringLiteral("phone"), QStringLiteral("4111 1111 1111 1111") } }),
              QStringLiteral("phone"));
    EXPECT_EQ(CardNumberGuard::findCardNumber(
                  { { QStringLiteral("phones"), QJsonArray { QStringLiteral("4111.1111.1111.1111") } } }),
              QStringLiteral("phones"));
    // A cid made of digits (in groups or not) is refused.
    EXPECT_EQ(CardNumberGuard::findCardNumber({ { QStringLiteral("cid"), QStringLiteral("4111111111111111") } }),
              QStringLiteral("cid"));
    EXPECT_EQ(CardNumberGuard::findCardNumber({ { QStringLiteral("cid"), QStringLiteral("4111-1111-1111-1111") } }),
              QStringLiteral("cid"));
    EXPECT_EQ(CardNumberGuard::findCardNumber({ { QStringLiteral("cid"), QStringLiteral("12345678") } }),
              QStringLiteral("cid"));
}

TEST(CardNumberGuard, MaskingKeepsTheLastFourAndEverythingElse)
{
    const auto mask = [](const char *utf8) {
        return CardNumberGuard::maskCardNumbers(QString::fromUtf8(utf8));
    };
    EXPECT_EQ(mask("4111 1111 1111 1111"), QStringLiteral("•••• •••• •••• 1111"));
    EXPECT_EQ(mask("card 5555555555554444 please"), QStringLiteral("card ••••••••••••4444 please"));
    EXPECT_EQ(mask("amex 3782-822463-10005, exp 12/29"), QStringLiteral("amex ••••-••••••-•0005, exp 12/29"));
    EXPECT_EQ(mask("old 4111111111111111, new 5105 1051 0510 5100"),
              QStringLiteral("old ••••••••••••1111, new •••• •••• •••• 5100"));
    EXPECT_EQ(mask("paid with 4111 1111 1111 1111 1234 yesterday"),
              QStringLiteral("paid with •••• •••• •••• 1111 1234 yesterday"));
    EXPECT_EQ(mask("\xef\xbc\x94\xef\xbc\x91\xef\xbc\x91\xef\xbc\x91 1111 1111 1111"),
              QStringLiteral("•••• •••• •••• 1111"))
        << "full-width digits are read, and masked, as the guard reads them";
    EXPECT_EQ(mask("4111  1111\t1111_1111"), QStringLiteral("••••  ••••\t••••_1111"));
    EXPECT_EQ(mask("4111\xe2\x80\x8b"
                   "111111111111"),
              QStringLiteral("••••••••••••1111"))
        << "the zero-width space goes, as the guard reads the text";
    EXPECT_EQ(mask("see 41111111-1111-1004-8111-111111111111 and 4111111111111111"),
              QStringLiteral("see 41111111-1111-1004-8111-111111111111 and ••••••••••••1111"));
    // Text without a card comes back exactly as it was, compatibility characters and all.
    for (const char *same : { "\xef\xac\x81le 2024-05-06 order O-200311", "call +49 30 1234567", "" })
        EXPECT_EQ(mask(same), QString::fromUtf8(same));
    for (const Case &c : kCases)
        EXPECT_FALSE(CardNumberGuard::containsCardNumber(mask(c.text))) << c.why;
}
