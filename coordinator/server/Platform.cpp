#include "coordinator/server/Platform.h"

#include <QAbstractEventDispatcher>
#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <limits>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <QSocketNotifier>
#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#ifdef Q_OS_LINUX
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QTimerEvent>

#include <sys/epoll.h>
#include <sys/eventfd.h>

#include <atomic>
#include <cerrno>
#include <set>
#include <vector>
#endif

namespace spocs {
namespace {
QPointer<QObject> g_context;
std::function<void()> g_onShutdown;

void notifyOnEventLoop()
{
    if (g_context)
        QMetaObject::invokeMethod(
            g_context.data(),
            [] {
                if (g_onShutdown)
                    g_onShutdown();
            },
            Qt::QueuedConnection);
}
} // namespace

#ifdef Q_OS_WIN
namespace {
BOOL WINAPI consoleHandler(DWORD type)
{
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT || type == CTRL_CLOSE_EVENT || type == CTRL_SHUTDOWN_EVENT) {
        notifyOnEventLoop();
        return TRUE;
    }
    return FALSE;
}
} // namespace

void installShutdownHandler(QObject *context, std::function<void()> onShutdown)
{
    g_context = context;
    g_onShutdown = std::move(onShutdown);
    SetConsoleCtrlHandler(consoleHandler, TRUE);
}

int raiseOpenFileLimit()
{
    return -1; // Windows has no such per-process limit on sockets
}
#else
namespace {
int g_pipe[2] = { -1, -1 };

// Async-signal-safe: only write() here; the event loop reads the other end.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_pipe[1], &byte, 1);
}
} // namespace

void installShutdownHandler(QObject *context, std::function<void()> onShutdown)
{
    g_context = context;
    g_onShutdown = std::move(onShutdown);
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_pipe[0], &byte, 1);
        notifier->setEnabled(false); // one shutdown is enough
        notifyOnEventLoop();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    // A peer that vanishes mid-write must not kill the service.
    signal(SIGPIPE, SIG_IGN);
}

int raiseOpenFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<int>::max()
                                           : int(std::min<rlim_t>(limit.rlim_cur, std::numeric_limits<int>::max()));
}
#endif

#ifdef Q_OS_LINUX
namespace {

// Level-triggered epoll, like poll(): a socket that stays readable is reported again.
// Enabling or disabling a read notifier is one epoll_ctl; a wake-up costs the number of
// ready descriptors; timers sit in a set ordered by due time. Posted events wake the loop
// through an eventfd.
//
// Write notifiers are optimistic: Qt enables a socket's write notifier on every send and
// disables it once its buffer is written, and a socket is nearly always writable. So an
// enabled write notifier is first only remembered and activated on the next pass without
// asking the kernel; only a socket still waiting to write after that (its peer reads
// slowly) is put in the epoll set. A send then costs one write() and no epoll_ctl at all.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
public:
    EpollEventDispatcher()
        : m_epoll(::epoll_create1(EPOLL_CLOEXEC))
        , m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    {
        m_clock.start();
        epoll_event ev {};
        ev.events = EPOLLIN;
        ev.data.fd = m_wake;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
    }

    ~EpollEventDispatcher() override
    {
        ::close(m_wake);
        ::close(m_epoll);
    }

    bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override
    {
        m_interrupted.store(false);
        Q_EMIT awake();
        m_wakePending.store(false);
        QCoreApplication::sendPostedEvents();

        int timeout = 0;
        if ((flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load() && m_alwaysReady.empty()
            && (m_writeSoon.empty() || (flags & QEventLoop::ExcludeSocketNotifiers)))
            timeout = nextTimeoutMs();
        if (timeout != 0)
            Q_EMIT aboutToBlock();
        epoll_event ready[512];
        const int n = ::epoll_wait(m_epoll, ready, 512, timeout);
        if (timeout != 0)
            Q_EMIT awake();

        bool handled = false;
        m_ready.clear();
        for (int i = 0; i < n; ++i) {
            const int fd = ready[i].data.fd; // epoll_event is packed: copy, never bind
            const uint32_t events = ready[i].events;
            if (fd == m_wake) {
                eventfd_t value = 0;
                ::eventfd_read(m_wake, &value);
                continue;
            }
            m_ready.emplace_back(fd, events);
        }
        for (int fd : m_alwaysReady)
            m_ready.emplace_back(fd, uint32_t(EPOLLIN | EPOLLOUT));
        if (!(flags & QEventLoop::ExcludeSocketNotifiers)) {
            handled |= activateOptimisticWrites();
            // A handler may close or re-register any notifier: look each one up when it is its turn.
            for (const auto &[fd, events] : m_ready) {
                if (events & (EPOLLIN | EPOLLHUP | EPOLLERR))
                    handled |= activate(fd, QSocketNotifier::Read);
                if (events & (EPOLLOUT | EPOLLERR))
                    handled |= activate(fd, QSocketNotifier::Write);
                if (events & EPOLLPRI)
                    handled |= activate(fd, QSocketNotifier::Exception);
            }
        }
        handled |= activateTimers();
        return handled || n > 0;
    }

    void registerSocketNotifier(QSocketNotifier *notifier) override
    {
        const int fd = int(notifier->socket());
        Watch &w = m_watches[fd];
        slot(w, notifier->type()) = notifier;
        if (notifier->type() == QSocketNotifier::Write && !(w.mask & EPOLLOUT))
            m_writeSoon.insert(fd);
        apply(fd, w);
    }

    void unregisterSocketNotifier(QSocketNotifier *notifier) override
    {
        const int fd = int(notifier->socket());
        auto it = m_watches.find(fd);
        if (it == m_watches.end())
            return;
        QSocketNotifier *&s = slot(*it, notifier->type());
        if (s == notifier)
            s = nullptr;
        if (!it->write)
            m_writeSoon.remove(fd);
        apply(fd, *it);
        if (!it->read && !it->write && !it->exception)
            m_watches.erase(it);
    }

    void registerTimer(int timerId, qint64 interval, Qt::TimerType type, QObject *object) override
    {
        const qint64 due = now() + interval;
        m_timers.insert(timerId, Timer { interval, type, object, due, false });
        m_due.insert({ due, timerId });
        m_timersOf.insert(object, timerId);
    }

    bool unregisterTimer(int timerId) override
    {
        const auto it = m_timers.find(timerId);
        if (it == m_timers.end())
            return false;
        m_due.erase({ it->due, timerId });
        m_timersOf.remove(it->object, timerId);
        m_timers.erase(it);
        return true;
    }

    bool unregisterTimers(QObject *object) override
    {
        const QList<int> ids = m_timersOf.values(object);
        for (int id : ids)
            unregisterTimer(id);
        return !ids.isEmpty();
    }

    QList<TimerInfo> registeredTimers(QObject *object) const override
    {
        QList<TimerInfo> out;
        for (auto it = m_timersOf.constFind(object); it != m_timersOf.cend() && it.key() == object; ++it) {
            const Timer &t = m_timers[it.value()];
            out.append(TimerInfo(it.value(), int(t.interval), t.type));
        }
        return out;
    }

    int remainingTime(int timerId) override
    {
        const auto it = m_timers.constFind(timerId);
        if (it == m_timers.cend())
            return -1;
        return int(std::max<qint64>(0, it->due - now()));
    }

    void wakeUp() override
    {
        if (!m_wakePending.exchange(true))
            ::eventfd_write(m_wake, 1);
    }

    void interrupt() override
    {
        m_interrupted.store(true);
        m_wakePending.store(false);
        ::eventfd_write(m_wake, 1);
    }

private:
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        uint32_t mask = 0;
    };
    struct Timer
    {
        qint64 interval;
        Qt::TimerType type;
        QObject *object;
        qint64 due;
        bool firing;
    };

    static QSocketNotifier *&slot(Watch &w, QSocketNotifier::Type type)
    {
        return type == QSocketNotifier::Read ? w.read : type == QSocketNotifier::Write ? w.write : w.exception;
    }

    void apply(int fd, Watch &w)
    {
        const bool watchWrite = w.write && !m_writeSoon.contains(fd);
        const uint32_t mask = (w.read ? uint32_t(EPOLLIN) : 0u) | (watchWrite ? uint32_t(EPOLLOUT) : 0u)
            | (w.exception ? uint32_t(EPOLLPRI) : 0u);
        if (mask == w.mask)
            return;
        epoll_event ev {};
        ev.events = mask;
        ev.data.fd = fd;
        int rc = 0;
        if (w.mask == 0) {
            rc = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
            if (rc != 0 && errno == EEXIST) // a descriptor number reused after close()
                rc = ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
        } else if (mask == 0) {
            rc = ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev);
            if (rc != 0 && (errno == ENOENT || errno == EBADF)) // already closed: the kernel dropped it
                rc = 0;
        } else {
            rc = ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
            if (rc != 0 && errno == ENOENT)
                rc = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
        }
        if (rc != 0 && errno == EPERM) {
            // Regular files cannot be watched; like poll(), treat them as always ready.
            if (mask)
                m_alwaysReady.insert(fd);
            else
                m_alwaysReady.erase(fd);
            rc = 0;
        } else if (mask == 0) {
            m_alwaysReady.erase(fd);
        }
        w.mask = mask;
    }

    bool activate(int fd, QSocketNotifier::Type type)
    {
        const auto it = m_watches.find(fd);
        if (it == m_watches.end())
            return false;
        QSocketNotifier *notifier = slot(*it, type);
        if (!notifier)
            return false;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        return true;
    }

    // Activates the write notifiers enabled since the last pass as if epoll had said the
    // socket is writable; a notifier still enabled afterwards (the socket could not take
    // everything) joins the epoll set and waits for the kernel from then on.
    bool activateOptimisticWrites()
    {
        if (m_writeSoon.empty())
            return false;
        m_writeNow.assign(m_writeSoon.begin(), m_writeSoon.end());
        bool handled = false;
        for (int fd : m_writeNow) {
            if (!m_writeSoon.contains(fd))
                continue; // disabled by an earlier activation in this pass
            handled |= activate(fd, QSocketNotifier::Write);
            // Still enabled (a disable would have removed it): let the kernel say when it drains.
            if (m_writeSoon.remove(fd))
                apply(fd, m_watches[fd]);
        }
        return handled;
    }

    qint64 now() const { return m_clock.elapsed(); }

    int nextTimeoutMs() const
    {
        if (m_due.empty())
            return -1;
        const qint64 wait = m_due.begin()->first - now();
        return int(std::clamp<qint64>(wait, 0, 24 * 3600 * 1000));
    }

    bool activateTimers()
    {
        if (m_due.empty())
            return false;
        const qint64 start = now();
        // Only the timers due now: a timer re-armed while firing waits for the next pass.
        m_firing.clear();
        for (auto it = m_due.begin(); it != m_due.end() && it->first <= start; ++it)
            m_firing.push_back(it->second);
        bool fired = false;
        for (int id : m_firing) {
            auto it = m_timers.find(id);
            if (it == m_timers.end() || it->due > start || it->firing)
                continue;
            m_due.erase({ it->due, id });
            it->due += it->interval;
            if (it->due <= start)
                it->due = start + it->interval;
            m_due.insert({ it->due, id });
            it->firing = true;
            QObject *object = it->object;
            QTimerEvent event(id);
            QCoreApplication::sendEvent(object, &event);
            fired = true;
            if (auto again = m_timers.find(id); again != m_timers.end())
                again->firing = false;
        }
        return fired;
    }

    int m_epoll;
    int m_wake;
    std::atomic<bool> m_wakePending { false };
    std::atomic<bool> m_interrupted { false };
    QElapsedTimer m_clock;
    QHash<int, Watch> m_watches;
    std::set<int> m_alwaysReady;
    QSet<int> m_writeSoon; // write notifiers enabled but not yet in the epoll set: activated on the next pass
    std::vector<int> m_writeNow;
    std::vector<std::pair<int, uint32_t>> m_ready;
    QHash<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_due;
    QMultiHash<QObject *, int> m_timersOf;
    std::vector<int> m_firing;
};

} // namespace

QAbstractEventDispatcher *createServiceEventDispatcher()
{
    if (qEnvironmentVariable("SPOCS_EVENT_DISPATCHER") == u"qt")
        return nullptr;
    auto dispatcher = std::make_unique<EpollEventDispatcher>();
    return dispatcher->isValid() ? dispatcher.release() : nullptr;
}
#else
QAbstractEventDispatcher *createServiceEventDispatcher()
{
    return nullptr;
}
#endif

} // namespace spocs
