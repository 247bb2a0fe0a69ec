#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace spocs {

// A reply ready to go out: everything the MIME composer needs, decided on the coordinator's
// loop; composed and submitted on the mail worker thread.
struct OutgoingMail
{
    qint64 messageRowId = 0; // contact_messages.id
    QString fromAddress;
    QString fromName;
    QString toAddress;
    QString toName;
    QString subject;
    QString messageId; // without angle brackets
    QString inReplyTo;
    QStringList references;
    QString text;

    // RFC 5322 with CRLF line ends: UTF-8 text, quoted-printable, encoded headers (GMime).
    QByteArray compose() const;
};

} // namespace spocs
