#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace spocs {

class Connection;

// "Write with the version I read; when someone else saved meanwhile, fetch what they saved and
// let the user reapply." The one way every editor (account, order, contact close) writes a
// versioned record: the write carries a cid and the expected version; on version_conflict
// the current record is read with `refetch` and handed back, so the editor can show theirs
// next to yours and write again with the new version.
struct VersionedWrite
{
    QString op; // e.g. order.change
    QJsonObject args; // includes "version"
    QString refetchOp; // reads the current record on version_conflict, e.g. order.get
    QJsonObject refetchArgs;
    QString recordKey; // the record's key in both answers: "order", "contact", "customer"

    struct Outcome
    {
        enum class Kind { Saved, Conflict, Failed };
        Kind kind = Kind::Failed;
        QJsonObject record; // Saved: the record as stored; Conflict: the current one (empty if unreadable)
        QJsonObject data; // the whole answer the record came from
        Error error; // Conflict and Failed: what the server said

        bool saved() const { return kind == Kind::Saved; }
        bool conflict() const { return kind == Kind::Conflict; }
        qint64 version() const; // the record's version (0 when none)
    };
    using Done = std::function<void(const Outcome &)>;

    // Sends the write; done runs once, unless context was destroyed first.
    void send(Connection *connection, QObject *context, Done done) const;
};

} // namespace spocs
