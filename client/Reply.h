#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <functional>

namespace spocs {

// The answer to one request: data when ok, a typed error otherwise.
struct Reply
{
    bool ok = false;
    QJsonObject data;
    Error error;
};
using ReplyHandler = std::function<void(const Reply &)>;

} // namespace spocs
