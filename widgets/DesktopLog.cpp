#include "widgets/DesktopLog.h"

namespace spocs {
Q_LOGGING_CATEGORY(lcDesktop, "spocs.desktop")
} // namespace spocs
