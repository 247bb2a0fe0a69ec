#pragma once

#include <QByteArray>
#include <QString>

namespace spocs {

// Password hashing (Argon2id, libsodium's "interactive" limits: 2 passes, 64 MiB)
// and the random material for session tokens. Every function is thread-safe, so
// verify() can run on a QThreadPool worker away from the socket thread.
class PasswordHasher
{
public:
    // The encoded hash ("$argon2id$v=19$m=65536,t=2,p=1$salt$hash"); empty on failure
    // (only when the process is out of memory).
    static QString hash(const QString &password);
    static bool verify(const QString &encodedHash, const QString &password);
    // True when the hash was made with weaker limits than the current ones.
    static bool needsRehash(const QString &encodedHash);

    static QByteArray randomBytes(int n);
    // 256 random bits, base64url without padding (43 characters).
    static QString newToken();
    // SHA-256 of the token's UTF-8 bytes: what the database stores instead of the token.
    static QByteArray tokenHash(const QString &token);

private:
    static void ensureInit();
};

} // namespace spocs
