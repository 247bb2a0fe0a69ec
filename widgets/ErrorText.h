#pragma once

#include "core/Result.h"

#include <QString>

namespace spocs {

// The one place where wire error codes become sentences for users. The server's own
// message is English and meant for logs; users always see this translated text.
QString errorText(ErrorCode code);
QString errorText(const Error &error);

} // namespace spocs
