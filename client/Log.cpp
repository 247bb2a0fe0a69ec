#include "client/Log.h"

namespace spocs {
Q_LOGGING_CATEGORY(lcClient, "spocs.client", QtInfoMsg)
} // namespace spocs
