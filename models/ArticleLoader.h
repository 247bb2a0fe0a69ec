#pragma once

#include "core/Protocol.h"
#include "models/KnowledgeArticle.h"
#include "models/RecordLoader.h"
#include "models/VersionedWrite.h"
#include "models/WriteDone.h"

#include <QPointer>

namespace spocs {

class Connection;

// Holds the article open in the reader: kb.get on open, replaced in place when a
// kb.published event carries a newer version, marked archived on kb.archived.
class ArticleLoader : public RecordLoader
{
    Q_OBJECT

public:
    explicit ArticleLoader(QObject *parent = nullptr);
    ~ArticleLoader() override;

    void setConnection(Connection *connection);

    // foundBy: the search that led to the article, sent with the agent's feedback so that later
    // searches in the same words find it (empty when the agent came by a link or a suggestion).
    void open(qint64 id, const QString &foundBy = {});
    void close();
    void refresh();

    qint64 articleId() const { return m_id; }
    const KnowledgeArticle &article() const { return m_article; }

    // Feeds a kb.get / kb.propose / kb.review answer ({"article": {...}}) or a bare article.
    void setArticle(const QJsonObject &data);
    void setStats(const QJsonObject &stats);
    // The reader's writes on the open article (done gets the answer or the error): kb.send
    // records it in the customer's history and counts the send; kb.feedback takes the new stats.
    // Both carry the search the article was opened from, which the coordinator learns from.
    void sendToCustomer(const QString &customerId, QObject *context, WriteDone done);
    void sendFeedback(bool helped, const QString &comment, QObject *context, WriteDone done);
    // kb.propose (args as the proposal form builds them) as a versioned write: saved with
    // {"article", "proposal"}, or on version_conflict the article as kb.get reads it now (the
    // error's details name an open proposal the form had not seen).
    void propose(const QJsonObject &args, QObject *context, VersionedWrite::Done done);

    // Reacts to one "kb" event; returns true if it concerned the open article (kb.proposed
    // refetches it, so a proposal started next starts from the newest version).
    bool handleEvent(const protocol::Event &event);

Q_SIGNALS:
    void articleChanged();

private:
    void fetch();

    QPointer<Connection> m_connection;
    KnowledgeArticle m_article;
    QString m_foundBy;
    qint64 m_id = 0;
    quint64 m_generation = 0;
};

} // namespace spocs
