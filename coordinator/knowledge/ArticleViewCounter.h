#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

namespace spocs {

class Database;

// Counts kb.get views in memory and adds them to kb_articles.views in one transaction a
// second later (and on shutdown): opening an article is a read, and a read must not pay a
// durable commit of its own. A crash loses at most the last second's counts.
class ArticleViewCounter : public QObject
{
    Q_OBJECT

public:
    explicit ArticleViewCounter(Database &db, QObject *parent = nullptr);
    ~ArticleViewCounter() override;

    void count(qint64 articleId);
    // Views counted but not stored yet, to add to what the database says.
    qint64 pending(qint64 articleId) const { return m_pending.value(articleId); }
    void flush();

private:
    Database &m_db;
    QHash<qint64, qint64> m_pending;
    QTimer m_flushTimer;
};

} // namespace spocs
