#include "coordinator/Log.h"

namespace spocs {
Q_LOGGING_CATEGORY(lcServer, "spocs.coordinator.server")
Q_LOGGING_CATEGORY(lcStorage, "spocs.coordinator.storage")
Q_LOGGING_CATEGORY(lcAuth, "spocs.coordinator.auth")
Q_LOGGING_CATEGORY(lcEvents, "spocs.coordinator.events")
Q_LOGGING_CATEGORY(lcAudit, "spocs.coordinator.audit")
} // namespace spocs
