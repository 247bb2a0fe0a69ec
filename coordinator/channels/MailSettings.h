#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace spocs {

// One mailbox the coordinator reads ([mail] or [mail.NAME] in the INI file).
struct MailboxSettings
{
    QString name; // "mail" or the NAME of [mail.NAME]: part of every stored message's source key
    QUrl server; // imaps://host[:port], or imap://host:port (STARTTLS required unless loopback)
    QString user;
    QString password; // read from password_file, never from the INI itself
    QString folder = QStringLiteral("INBOX");
    QString queue = QStringLiteral("general"); // the skill (queue) new contacts wait in
};

// Everything the e-mail channel reads from the configuration (docs/channels.md).
struct MailSettings
{
    QList<MailboxSettings> mailboxes;
    int pollSeconds = 60; // [mail] poll_seconds: how often each mailbox is checked
    qint64 maxAttachmentBytes = 10 * 1024 * 1024; // [mail] max_attachment_bytes: larger ones are refused
    qint64 maxMessageBytes = 25 * 1024 * 1024; // [mail] max_message_bytes: larger messages are not fetched
    bool acknowledge = false; // [mail] acknowledge: answer every new e-mail contact automatically
    int reopenDays = 7; // [mail] reopen_days: a reply to a contact closed longer ago starts a new one
    // [mail] trusted_authserv_id: the authserv-id the organisation's own mail server writes into
    // Authentication-Results; empty: senders are not checked (docs/channels.md).
    QString trustedAuthservId;

    // SMTP submission for replies.
    QUrl smtpServer; // smtps://host:465 or smtp://host:587 (STARTTLS required unless loopback)
    QString smtpUser;
    QString smtpPassword;
    QString fromAddress; // the address replies come from
    QString fromName;

    bool intakeEnabled() const { return !mailboxes.isEmpty(); }
    bool sendingEnabled() const { return smtpServer.isValid() && !fromAddress.isEmpty(); }

    // Reads [mail] and every [mail.NAME] group; unknown keys are ignored, bad values are
    // errors naming the key. Relative password files are resolved against `baseDir`.
    Result<void> load(QSettings &settings, const QString &baseDir);
    // Whether a plain (non-TLS) URL is acceptable: only towards the local machine.
    static bool isLoopback(const QUrl &url);
};

} // namespace spocs
