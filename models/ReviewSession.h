#pragma once

#include "core/Protocol.h"
#include "models/WriteDone.h"

#include <QObject>
#include <QPointer>

namespace spocs {

class Connection;
struct ReviewQueueItem;

// The knowledge review's requests for the review dialog and the version list: the queue
// (kb.reviewQueue), an article's versions (kb.versions), the diff between two versions (kb.diff),
// the decision (kb.review) and going back to an earlier version (kb.rollback). Each answer goes to its done (the whole
// answer, or the error); a "kb" event that changes the queue is reported as queueChanged.
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    explicit ReviewSession(Connection *connection, QObject *parent = nullptr);

    void loadQueue(WriteDone done);
    void loadVersions(qint64 articleId, WriteDone done);
    void loadDiff(qint64 articleId, qint64 from, qint64 to, WriteDone done);
    // action: "publish" or "request_changes"; comment optional for publishing.
    void review(qint64 articleId, qint64 version, const QString &action, const QString &comment, WriteDone done);
    // kb.rollback: publishes a copy of `to` as the version after `newest` (a lead, or the expert who owns
    // the article; `to` must have been published).
    void rollback(qint64 articleId, qint64 newest, qint64 to, WriteDone done);

    // Whether the signed-in user wrote this proposal. The coordinator lets nobody publish their own
    // proposal, except a lead when no other enabled lead exists; which leads are enabled the desktop
    // cannot tell (presence.list names disabled users too), so this alone does not decide.
    bool isOwnProposal(const ReviewQueueItem &item) const;

Q_SIGNALS:
    void queueChanged();

private:
    void call(const char16_t *op, const QJsonObject &args, bool write, WriteDone done);

    QPointer<Connection> m_connection;
};

} // namespace spocs
