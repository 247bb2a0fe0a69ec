#pragma once

#include <QLoggingCategory>

namespace spocs {
Q_DECLARE_LOGGING_CATEGORY(lcClient)
} // namespace spocs
