#include "core/Log.h"

namespace spocs {
Q_LOGGING_CATEGORY(lcProtocol, "spocs.core.protocol", QtInfoMsg)
} // namespace spocs
