#pragma once

#include "core/Result.h"

class QObject;
class QTcpServer;

namespace spocs {

struct ServerConfig;

// A TCP listener for one of the coordinator's endpoints (staff, web): a QSslServer with the
// configured certificate and key when TLS is set, a plain QTcpServer otherwise. Not listening yet.
Result<QTcpServer *> makeListener(const ServerConfig &config, QObject *parent);

} // namespace spocs
