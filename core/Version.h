#pragma once

#include <QString>

namespace spocs {
QString spocsVersion();
} // namespace spocs
