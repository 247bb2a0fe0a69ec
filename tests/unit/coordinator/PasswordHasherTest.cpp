#include "coordinator/auth/PasswordHasher.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace spocs;

TEST(PasswordHasher, HashVerifiesRightPasswordAndRejectsWrongOne)
{
    const QString hash = PasswordHasher::hash(QStringLiteral("correct horse ✓"));
    ASSERT_FALSE(hash.isEmpty());
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_TRUE(PasswordHasher::verify(hash, QStringLiteral("correct horse ✓")));
    EXPECT_FALSE(PasswordHasher::verify(hash, QStringLiteral("correct horse")));
    EXPECT_FALSE(PasswordHasher::verify(hash, QString()));
    EXPECT_FALSE(PasswordHasher::verify(QString(), QStringLiteral("x")));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("$argon2id$garbage"), QStringLiteral("x")));
    EXPECT_FALSE(PasswordHasher::needsRehash(hash));
}

TEST(PasswordHasher, TwoHashesOfOnePasswordDiffer)
{
    const QString a = PasswordHasher::hash(QStringLiteral("same password"));
    const QString b = PasswordHasher::hash(QStringLiteral("same password"));
    EXPECT_NE(a, b);
    EXPECT_TRUE(PasswordHasher::verify(a, QStringLiteral("same password")));
    EXPECT_TRUE(PasswordHasher::verify(b, QStringLiteral("same password")));
}

TEST(PasswordHasher, TokensCarryAtLeast128BitsAndAreUnique)
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString token = PasswordHasher::newToken();
        const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        EXPECT_GE(raw.size() * 8, 128);
        EXPECT_EQ(raw.size(), 32);
        EXPECT_FALSE(token.contains(u'=')); // no padding
        EXPECT_FALSE(token.contains(u'+') || token.contains(u'/'));
        seen.insert(token);
    }
    EXPECT_EQ(seen.size(), 100);
}

TEST(PasswordHasher, TokenHashIsSha256)
{
    // SHA-256("abc")
    EXPECT_EQ(PasswordHasher::tokenHash(QStringLiteral("abc")).toHex(),
              QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(PasswordHasher::randomBytes(16).size(), 16);
}
