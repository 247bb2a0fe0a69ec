#include "coordinator/auth/CardNumberGuard.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace spocs;

TEST(CardNumberGuard, LuhnValidTestCardNumbersAreFoundInAnyLayout)
{
    for (const char *text : { "4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111",
                              "card 5555555555554444 please", "amex 378282246310005", "4012888888881881",
                              "paid with 4111 1111 1111 1111 1234 yesterday", "6011111111111117" }) {
        EXPECT_TRUE(CardNumberGuard::containsCardNumber(QString::fromLatin1(text))) << text;
    }
}

TEST(CardNumberGuard, PhoneLikeShortAndNonLuhnNumbersPass)
{
    for (const char *text :
         { "+49 30 1234567", "4111 1111 1111 1112", "order O-200311 and invoice I-300042", "411111", "1111",
           "call 0049 30 12345678 after 14:00", "2024-05-06", "4111111111111111111111111" }) {
        EXPECT_FALSE(CardNumberGuard::containsCardNumber(QString::fromLatin1(text))) << text;
    }
    EXPECT_TRUE(CardNumberGuard::luhnValid(u"79927398713"));
    EXPECT_FALSE(CardNumberGuard::luhnValid(u"79927398710"));
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
}

TEST(CardNumberGuard, PhonesMaskedCardsAndUuidsAreAccepted)
{
    const QJsonObject args {
        { QStringLiteral("cid"), QStringLiteral("12345678-1234-4234-8234-123456789012") },
        { QStringLiteral("phone"), QStringLiteral("4111 1111 1111 1111") },
        { QStringLiteral("changes"),
          QJsonObject { { QStringLiteral("phones"), QJsonArray { QStringLiteral("4111111111111111") } },
                        { QStringLiteral("notes"), QStringLiteral("Call +44 20 7946 0958, ref 12345") } } },
        { QStringLiteral("card"),
          QJsonObject { { QStringLiteral("brand"), QStringLiteral("visa") },
                        { QStringLiteral("bin"), QStringLiteral("411111") },
                        { QStringLiteral("last4"), QStringLiteral("1111") } } },
        { QStringLiteral("version"), 3 },
    };
    EXPECT_EQ(CardNumberGuard::findCardNumber(args), std::nullopt);
    // A card number as a plain cid is still caught.
    EXPECT_EQ(CardNumberGuard::findCardNumber({ { QStringLiteral("cid"), QStringLiteral("4111111111111111") } }),
              QStringLiteral("cid"));
}
