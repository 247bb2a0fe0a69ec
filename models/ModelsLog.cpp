#include "models/ModelsLog.h"

namespace spocs {
Q_LOGGING_CATEGORY(lcModels, "spocs.models")
} // namespace spocs
