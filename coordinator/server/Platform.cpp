#include "coordinator/server/Platform.h"

#include <QMetaObject>
#include <QPointer>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
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
#endif

} // namespace spocs
