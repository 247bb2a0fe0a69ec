#include "coordinator/server/Platform.h"

#include <QAbstractEventDispatcher>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

namespace spocs {
namespace {

// A loopback connection whose both ends live on a thread running the coordinator's event
// dispatcher. The server end writes more than the kernel's socket buffers hold to a client
// that reads slowly, so a write notifier must go from "writable at once" to waiting in the
// epoll set and back.
class SlowReaderPair : public QObject
{
public:
    static constexpr qint64 kTotal = 24 * 1024 * 1024;

    std::atomic<qint64> received { 0 };
    std::atomic<bool> contentOk { true };
    std::atomic<bool> writerDrained { false };
    std::atomic<bool> failed { false };

    void start()
    {
        m_server = std::make_unique<QTcpServer>();
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            failed = true;
            return;
        }
        connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
            m_writer.reset(m_server->nextPendingConnection());
            m_writer->setParent(nullptr);
            connect(m_writer.get(), &QTcpSocket::bytesWritten, this, [this] { writeMore(); });
            writeMore();
        });
        m_reader = std::make_unique<QTcpSocket>();
        m_reader->setReadBufferSize(64 * 1024); // Qt stops reading the socket when this is full
        m_reader->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        m_readTimer = std::make_unique<QTimer>();
        connect(m_readTimer.get(), &QTimer::timeout, this, [this] { readSome(); });
        m_readTimer->start(1);
    }

    void stop()
    {
        m_readTimer.reset();
        m_reader.reset();
        m_writer.reset();
        m_server.reset();
    }

private:
    void writeMore()
    {
        // Keep a few chunks queued in Qt's buffer, each flushed at once as the coordinator does.
        while (m_written < kTotal && m_writer->bytesToWrite() < 256 * 1024) {
            QByteArray chunk(64 * 1024, Qt::Uninitialized);
            for (qsizetype i = 0; i < chunk.size(); ++i)
                chunk[i] = char((m_written + i) % 251);
            m_written += m_writer->write(chunk);
            m_writer->flush();
        }
        if (m_written >= kTotal && m_writer->bytesToWrite() == 0)
            writerDrained = true;
    }

    void readSome()
    {
        const QByteArray data = m_reader->read(64 * 1024);
        const qint64 base = received.load();
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (data[i] != char((base + i) % 251)) {
                contentOk = false;
                break;
            }
        }
        received += data.size();
    }

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<QTcpSocket> m_writer;
    std::unique_ptr<QTcpSocket> m_reader;
    std::unique_ptr<QTimer> m_readTimer;
    qint64 m_written = 0;
};

TEST(ServiceEventDispatcher, EverythingWrittenToASlowReaderArrivesInOrder)
{
    QAbstractEventDispatcher *dispatcher = createServiceEventDispatcher();
    if (!dispatcher)
        GTEST_SKIP() << "this platform uses Qt's own event dispatcher";
    QThread thread;
    thread.setEventDispatcher(dispatcher);
    SlowReaderPair pair;
    pair.moveToThread(&thread);
    thread.start();
    QMetaObject::invokeMethod(
        &pair, [&pair] { pair.start(); }, Qt::BlockingQueuedConnection);
    ASSERT_FALSE(pair.failed.load());

    const bool arrived = QTest::qWaitFor(
        [&] { return pair.received.load() >= SlowReaderPair::kTotal && pair.writerDrained.load(); }, 60000);
    QMetaObject::invokeMethod(
        &pair, [&pair] { pair.stop(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    EXPECT_TRUE(arrived) << "received " << pair.received.load() << " of " << SlowReaderPair::kTotal;
    EXPECT_EQ(pair.received.load(), SlowReaderPair::kTotal);
    EXPECT_TRUE(pair.contentOk.load()) << "bytes arrived out of order";
}

} // namespace
} // namespace spocs
