#pragma once

#include "core/Result.h"

namespace spocs {

class Database;

// Who may follow a contact's topic ("contact:<id>"): it carries the contact's notes, chat
// and consults, so the same people consult.get lets read them.
namespace TopicAccess {

// True when the user is or was on the contact (owner, participant, offered it), or asked,
// was asked or answered one of its consults.
Result<bool> isInvolvedInContact(Database &db, qint64 contactId, qint64 userId);

} // namespace TopicAccess
} // namespace spocs
