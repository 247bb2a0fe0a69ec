#pragma once

#include "core/domain/Conversation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace spocs {

// One e-mail as the MIME parser read it: decoded, UTF-8, nothing interpreted yet. Everything
// in here came from a stranger and is treated as hostile by whoever displays it.
struct InboundMail
{
    struct Attachment
    {
        QString filename;
        QString contentType;
        qint64 size = 0;
        QByteArray data; // empty when refused
        bool refused = false; // over the configured size limit
    };

    QString messageId; // without angle brackets; empty when the sender gave none
    QString inReplyTo;
    QStringList references; // oldest first
    QString fromAddress; // lower case
    QString fromName;
    QString toAddress;
    QString subject;
    QDateTime date;
    QString headers; // the header block as received
    QStringList authenticationResults; // every Authentication-Results value, top first (at most 32)
    // What the organisation's mail server said about `fromAddress`; set by the mailbox intake
    // when [mail] trusted_authserv_id is configured, unset when nothing was checked.
    std::optional<domain::SenderCheck> senderCheck;
    QString text; // the text/plain body
    QString html; // the text/html body as received (sanitised only for display)
    QList<Attachment> attachments;
    bool automated = false; // Auto-Submitted, Precedence bulk/list/junk or a mailing list: never acknowledged
    qint64 refusedBodyBytes = 0; // the whole message was over the size limit: only its headers were read
    QByteArray digest; // SHA-256 of the raw message: identifies it when there is no Message-ID

    // RFC 3834: Auto-Submitted other than "no", Precedence bulk/list/junk, a mailing list or a
    // mailer-daemon. Such mail is never answered automatically, so two robots never answer each other.
    static bool isAutomated(const QString &autoSubmitted, const QString &precedence, bool fromList,
                            const QString &fromAddress);
    // The same, read from a header block as stored (`headers`).
    static bool isAutomated(const QString &headers, const QString &fromAddress);

    bool hasRefusedAttachments() const
    {
        for (const Attachment &a : attachments) {
            if (a.refused)
                return true;
        }
        return false;
    }
};

} // namespace spocs
