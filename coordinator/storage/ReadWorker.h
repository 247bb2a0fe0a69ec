#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace spocs {

class Database;

// Runs heavy reads (a year of report.get) on a thread of its own, with its own read-only
// connection to the service's database: in WAL mode it reads the last committed state while
// the event loop goes on committing and fanning out. Jobs run one at a time, in the order
// given. A job may touch nothing but the Database it is handed (no stores, no sessions).
class ReadWorker : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Result<QJsonObject>(Database &)>;
    using Done = std::function<void(const Result<QJsonObject> &)>;

    // clock: the service's, so "today" in a read is the writer's today.
    ReadWorker(const QString &databasePath, std::shared_ptr<const Clock> clock, QObject *parent = nullptr);
    // Waits for the job that is running; jobs not started yet are dropped with their answers.
    ~ReadWorker() override;

    // Runs job on the worker thread; done runs on context's thread afterwards, unless context
    // is gone by then.
    void run(Job job, QObject *context, Done done);

private:
    class Reader;
    QThread m_thread;
    Reader *m_reader = nullptr; // lives on m_thread
};

} // namespace spocs
