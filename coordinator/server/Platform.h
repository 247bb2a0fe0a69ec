#pragma once

#include <QObject>

class QAbstractEventDispatcher;

#include <functional>

namespace spocs {

// The one place with OS-specific calls: turns SIGINT/SIGTERM (POSIX) or console
// close/Ctrl-C (Windows) into a call on the Qt event loop, where shutting down is safe.
void installShutdownHandler(QObject *context, std::function<void()> onShutdown);

// The service's event dispatcher, to install before QCoreApplication exists: on Linux one built
// on epoll, whose cost per socket operation and per wake-up does not grow with the number of
// open sockets (Qt's glib and poll() dispatchers are linear in it; docs/benchmarks.md).
// nullptr elsewhere, or when SPOCS_EVENT_DISPATCHER=qt asks for Qt's default (for comparison).
QAbstractEventDispatcher *createServiceEventDispatcher();

// Raises the soft limit on open descriptors to the hard one (Debian's soft default of 1024
// would cap a coordinator, or a load generator, at about a thousand sessions). Returns the limit.
int raiseOpenFileLimit();

} // namespace spocs
