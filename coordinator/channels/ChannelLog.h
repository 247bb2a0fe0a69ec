#pragma once

#include <QLoggingCategory>

namespace spocs {
// spocs.coordinator.mail: mailbox polling, intake and sending (never addresses or bodies).
Q_DECLARE_LOGGING_CATEGORY(lcMail)
} // namespace spocs
