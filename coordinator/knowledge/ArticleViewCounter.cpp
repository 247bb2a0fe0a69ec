#include "coordinator/knowledge/ArticleViewCounter.h"

#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"

#include <QSqlQuery>

namespace spocs {

ArticleViewCounter::ArticleViewCounter(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, &ArticleViewCounter::flush);
}

ArticleViewCounter::~ArticleViewCounter()
{
    flush();
}

void ArticleViewCounter::count(qint64 articleId)
{
    ++m_pending[articleId];
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ArticleViewCounter::flush()
{
    if (m_pending.isEmpty())
        return;
    const QHash<qint64, qint64> batch = std::exchange(m_pending, {});
    const auto r = m_db.write([&]() -> Result<void> {
        QSqlQuery up = m_db.prepare(QStringLiteral("UPDATE kb_articles SET views = views + ? WHERE id = ?"));
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            up.bindValue(0, it.value());
            up.bindValue(1, it.key());
            if (!up.exec())
                return sqlError(up, "count article views");
        }
        return {};
    });
    if (!r)
        qCWarning(lcStorage) << "article view counts not stored:" << batch.size() << "articles";
}

} // namespace spocs
