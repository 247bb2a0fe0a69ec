#pragma once

#include <QObject>

#include <functional>

namespace spocs {

// The one place with OS-specific calls: turns SIGINT/SIGTERM (POSIX) or console
// close/Ctrl-C (Windows) into a call on the Qt event loop, where shutting down is safe.
void installShutdownHandler(QObject *context, std::function<void()> onShutdown);

} // namespace spocs
