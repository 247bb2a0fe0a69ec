#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace spocs {

// The durable part of the desktop's outbox: writes that must survive closing the desktop
// (or a crash) during an outage, in the order they were made, in a small SQLite file per
// user and server. An entry stays until the coordinator applied it (the cid makes a resend
// safe) or the user discarded it after a rejection. Only the Connection adds and sends;
// everyone else reads it and listens to changed().
class OfflineOutbox : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 seq = 0; // order of the writes, per file
        QString cid;
        QString op;
        QJsonObject args; // as sent, cid included
        QDateTime createdAt;
        std::optional<Error> rejection; // set when the coordinator refused it; waits for the user
    };

    explicit OfflineOutbox(QObject *parent = nullptr);
    ~OfflineOutbox() override;

    // Writes that are kept across a restart: notes, order and account changes, tasks and
    // follow-ups. Offers, presence and consult chat are about the moment and are not.
    // A follow-up update that starts an outbound contact is not: the call or e-mail happens
    // now, and replaying it hours later would start a contact nobody is making.
    static bool keepsAcrossRestart(const QString &op, const QJsonObject &args = {});
    // <AppDataLocation>/outbox: where the desktop keeps its files.
    static QString defaultDirectory();
    // One file per user and server, e.g. "agent1@127.0.0.1_7400.sqlite".
    static QString fileName(const QUrl &server, const QString &login);

    // Opens (or creates) the file and loads what it holds; a second open closes the first.
    Result<void> open(const QString &filePath);
    void close();
    bool isOpen() const { return !m_connectionName.isEmpty(); }
    QString filePath() const { return m_filePath; }

    // Stores a new write (args must carry its cid) at the end; durable when it returns ok.
    Result<Entry> append(const QString &op, const QJsonObject &args);
    bool remove(const QString &cid);
    bool markRejected(const QString &cid, const Error &error);
    // A rejected write made pending again in its place, with new args (and the new cid in them).
    bool retry(const QString &cid, const QJsonObject &args);

    QList<Entry> entries() const { return m_entries; } // oldest first
    std::optional<Entry> find(const QString &cid) const;
    int pendingCount() const; // waiting to be sent or answered
    int rejectedCount() const; // refused by the coordinator, waiting for the user

    // A write kept longer than this is not sent again by itself: the coordinator remembers
    // applied write ids for [storage] applied_writes_days (7 by default), so after that a write it
    // applied without the answer arriving would be applied twice. It waits for the user instead.
    static constexpr int kMaxReplayDays = 6;
    // Holds (as rejected, for the user) every write older than kMaxReplayDays at `now`. Done at
    // open and again at every welcome: a desktop left running through a long outage must not
    // replay what the coordinator may have forgotten applying.
    void holdStaleWrites(const QDateTime &now);

Q_SIGNALS:
    void changed();

private:
    Result<void> load();
    int indexOf(const QString &cid) const;

    QString m_connectionName;
    QString m_filePath;
    QList<Entry> m_entries;
};

} // namespace spocs
