#include "coordinator/storage/ReadWorker.h"

#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"

#include <QPointer>

namespace spocs {

// The worker thread's half: opens its connection on first use, on its own thread (a
// QSqlDatabase belongs to the thread that opened it), and closes it there.
class ReadWorker::Reader : public QObject
{
public:
    Reader(QString path, std::shared_ptr<const Clock> clock)
        : m_path(std::move(path))
        , m_clock(std::move(clock))
    { }

    Result<QJsonObject> run(const Job &job)
    {
        if (!m_db) {
            auto opened = Database::openReadOnly(m_path);
            if (!opened) {
                qCWarning(lcStorage) << "read worker:" << opened.error().message;
                return makeError(ErrorCode::Unavailable, QStringLiteral("the database cannot be read right now"));
            }
            m_db = std::move(opened).value();
            m_db->setClock(m_clock);
        }
        return job(*m_db);
    }

    void close() { m_db.reset(); }

private:
    QString m_path;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Database> m_db;
};

ReadWorker::ReadWorker(const QString &databasePath, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_reader(new Reader(databasePath, std::move(clock)))
{
    m_thread.setObjectName(QStringLiteral("spocs-read-worker"));
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, [reader = m_reader] {
        reader->close(); // runs on the worker thread, which owns the connection
        delete reader;
    });
    m_thread.start();
}

ReadWorker::~ReadWorker()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void ReadWorker::run(Job job, QObject *context, Done done)
{
    // The context is checked on its own thread only: the answer comes back through this
    // object, which lives there and outlives every running job (the destructor waits).
    QPointer<QObject> target(context);
    auto answer = [target, done = std::move(done)](const Result<QJsonObject> &result) {
        if (target)
            done(result);
    };
    QMetaObject::invokeMethod(
        m_reader,
        [this, job = std::move(job), answer = std::move(answer)] {
            if (m_thread.isInterruptionRequested())
                return; // shutting down: nobody will read the answer
            Result<QJsonObject> result = m_reader->run(job);
            QMetaObject::invokeMethod(
                this, [answer, result = std::move(result)] { answer(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace spocs
