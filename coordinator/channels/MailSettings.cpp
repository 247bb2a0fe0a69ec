#include "coordinator/channels/MailSettings.h"
#include "core/Try.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSettings>

namespace spocs {
namespace {

Error badKey(const QString &key, const QString &why)
{
    return makeError(ErrorCode::BadRequest, QStringLiteral("config: %1: %2").arg(key, why));
}

Result<QString> readPasswordFile(const QString &key, const QString &path, const QString &baseDir)
{
    QFile file(QDir(baseDir).absoluteFilePath(path));
    if (!file.open(QIODevice::ReadOnly))
        return badKey(key, QStringLiteral("cannot read %1").arg(file.fileName()));
    // The first line is the password: a trailing newline from `echo` is not part of it.
    return QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
}

// imap/imaps or smtp/smtps with a host; the plain scheme only towards loopback unless STARTTLS.
Result<QUrl> readServerUrl(const QString &key, const QString &text, const QString &plain, const QString &tls)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != plain && url.scheme() != tls))
        return badKey(key, QStringLiteral("'%1' is not a %2:// or %3:// URL").arg(text, plain, tls));
    return url;
}

bool readInt(QSettings &s, const QString &key, qint64 &target, qint64 min, qint64 max, std::optional<Error> &error)
{
    if (!s.contains(key))
        return true;
    bool ok = false;
    const QString text = s.value(key).toString();
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        if (!error)
            error = badKey(key, QStringLiteral("'%1' is not between %2 and %3").arg(text).arg(min).arg(max));
        return false;
    }
    target = v;
    return true;
}

Result<MailboxSettings> readMailbox(QSettings &s, const QString &group, const QString &baseDir)
{
    MailboxSettings box;
    box.name = group == u"mail" ? group : group.mid(5);
    const QString prefix = group + u'/';
    const QString serverKey = prefix + QStringLiteral("server");
    SPOCS_TRY_LET(
        url, readServerUrl(serverKey, s.value(serverKey).toString(), QStringLiteral("imap"), QStringLiteral("imaps")));
    box.server = *url;
    box.user = s.value(prefix + QStringLiteral("user")).toString();
    if (box.user.isEmpty())
        return badKey(prefix + QStringLiteral("user"), QStringLiteral("missing"));
    const QString passwordKey = prefix + QStringLiteral("password_file");
    if (!s.contains(passwordKey))
        return badKey(passwordKey, QStringLiteral("missing"));
    SPOCS_TRY_LET(password, readPasswordFile(passwordKey, s.value(passwordKey).toString(), baseDir));
    box.password = *password;
    box.folder = s.value(prefix + QStringLiteral("folder"), box.folder).toString();
    box.queue = s.value(prefix + QStringLiteral("queue"), box.queue).toString();
    if (box.folder.isEmpty() || box.folder.size() > 200)
        return badKey(prefix + QStringLiteral("folder"), QStringLiteral("empty or too long"));
    return box;
}

} // namespace

bool MailSettings::isLoopback(const QUrl &url)
{
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

Result<void> MailSettings::load(QSettings &s, const QString &baseDir)
{
    std::optional<Error> error;
    const QStringList groups = s.childGroups();
    for (const QString &group : groups) {
        if (group != u"mail" && !group.startsWith(QStringLiteral("mail.")))
            continue;
        // [mail] may hold only the shared settings (SMTP) without a mailbox.
        if (!s.contains(group + QStringLiteral("/server")))
            continue;
        SPOCS_TRY_LET(box, readMailbox(s, group, baseDir));
        mailboxes.append(*box);
    }
    qint64 n = pollSeconds;
    if (readInt(s, QStringLiteral("mail/poll_seconds"), n, 1, 86400, error))
        pollSeconds = int(n);
    readInt(s, QStringLiteral("mail/max_attachment_bytes"), maxAttachmentBytes, 0, 1LL << 30, error);
    readInt(s, QStringLiteral("mail/max_message_bytes"), maxMessageBytes, 1024, 1LL << 30, error);
    n = reopenDays;
    if (readInt(s, QStringLiteral("mail/reopen_days"), n, 0, 3650, error))
        reopenDays = int(n);
    if (error)
        return *error;
    acknowledge = s.value(QStringLiteral("mail/acknowledge"), false).toBool();
    trustedAuthservId = s.value(QStringLiteral("mail/trusted_authserv_id")).toString().trimmed();
    if (trustedAuthservId.contains(u';') || trustedAuthservId.contains(u' '))
        return badKey(
            QStringLiteral("mail/trusted_authserv_id"),
            QStringLiteral("'%1' is not an authserv-id (a host name such as mx.example.com)").arg(trustedAuthservId));
    if (s.contains(QStringLiteral("mail/smtp_server"))) {
        auto url
            = readServerUrl(QStringLiteral("mail/smtp_server"), s.value(QStringLiteral("mail/smtp_server")).toString(),
                            QStringLiteral("smtp"), QStringLiteral("smtps"));
        if (!url)
            return url.error();
        smtpServer = *url;
        smtpUser = s.value(QStringLiteral("mail/smtp_user")).toString();
        if (s.contains(QStringLiteral("mail/smtp_password_file"))) {
            SPOCS_TRY_LET(password,
                          readPasswordFile(QStringLiteral("mail/smtp_password_file"),
                                           s.value(QStringLiteral("mail/smtp_password_file")).toString(), baseDir));
            smtpPassword = *password;
        }
        fromAddress = s.value(QStringLiteral("mail/from_address")).toString();
        fromName = s.value(QStringLiteral("mail/from_name")).toString();
        if (!fromAddress.contains(u'@'))
            return badKey(QStringLiteral("mail/from_address"), QStringLiteral("needs an e-mail address"));
    }
    return {};
}

} // namespace spocs
