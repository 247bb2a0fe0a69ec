#include "coordinator/server/Log.h"

namespace spocs {
Q_LOGGING_CATEGORY(lcServer, "spocs.coordinator.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "spocs.coordinator.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "spocs.coordinator.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvents, "spocs.coordinator.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "spocs.coordinator.audit", QtInfoMsg)
} // namespace spocs
