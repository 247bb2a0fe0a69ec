#pragma once

#include <QUrl>

namespace spocs {

// Where the desktop may send a password: wss:// anywhere, ws:// (clear text) only to
// this computer (localhost, 127.0.0.0/8, ::1).
namespace ServerAddress {

bool isLoopback(const QUrl &url);
// True for wss://, and for ws:// to a loopback host.
bool isSafe(const QUrl &url);

} // namespace ServerAddress
} // namespace spocs
