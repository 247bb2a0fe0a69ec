#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <functional>

namespace spocs {

// How a session answers one write a widget asked for: the stored record (or the whole
// answer) when ok, the server's typed error otherwise. The widget only renders it.
using WriteDone = std::function<void(const Result<QJsonObject> &)>;

} // namespace spocs
