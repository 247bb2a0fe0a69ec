#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace spocs {

// Writes whose outcome the desktop does not know: the request timed out, or the link failed,
// after it may have reached the coordinator. When the user sends the same write again soon
// after (same op, same arguments: pressing Send or Accept once more), it goes with the first
// cid, so a coordinator that applied the first answers with that result instead of applying
// it twice (a second e-mail to the customer, a second customer record). Writes the offline
// outbox keeps need none of this: it resends them with their cid itself.
class UnsureWrites
{
public:
    // Whether a failed write may still have been applied (no answer came back).
    static bool isUnsure(const Error &error);
    // What identifies "the same write": the op and its arguments without a cid.
    static QString keyOf(const QString &op, const QJsonObject &args);

    // The cid of an unsure write with this key remembered within kKeepMs, taken out (empty when none).
    QString take(const QString &key, qint64 nowMs);
    void remember(const QString &key, const QString &cid, qint64 nowMs);

    // Long enough for a retry by hand, short enough that writing the same chat line again
    // later is a new message.
    static constexpr qint64 kKeepMs = 10 * 60 * 1000;
    static constexpr int kMaxKept = 64;

private:
    struct Entry
    {
        QString cid;
        qint64 atMs = 0;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace spocs
