#include "coordinator/auth/PasswordHasher.h"

#include "coordinator/server/Log.h"

#include <sodium.h>

#include <mutex>

namespace spocs {

void PasswordHasher::ensureInit()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qCCritical(lcAuth) << "libsodium failed to initialise";
    });
}

QString PasswordHasher::hash(const QString &password)
{
    ensureInit();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        qCCritical(lcAuth) << "password hashing failed (out of memory?)";
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    ensureInit();
    const QByteArray encoded = encodedHash.toLatin1();
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    // encoded is NUL-terminated by QByteArray, as crypto_pwhash_str_verify expects.
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QString &encodedHash)
{
    ensureInit();
    const QByteArray encoded = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(encoded.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0;
}

QByteArray PasswordHasher::randomBytes(int n)
{
    ensureInit();
    QByteArray out(qMax(0, n), Qt::Uninitialized);
    if (!out.isEmpty())
        randombytes_buf(out.data(), static_cast<size_t>(out.size()));
    return out;
}

QString PasswordHasher::newToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray PasswordHasher::tokenHash(const QString &token)
{
    ensureInit();
    const QByteArray utf8 = token.toUtf8();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()));
    return out;
}

} // namespace spocs
