#pragma once

#include <QStringList>
#include <QTextStream>

namespace spocs {

class Database;

// `spocs-coordinator user ...`: manage accounts from the command line.
//   user add LOGIN --role agent|expert|lead|admin|integration [--name "Full Name"] [--password-file F]
//   user passwd LOGIN [--password-file F]
//   user role LOGIN --role ROLE (signs the user out)
//   user disable LOGIN | user enable LOGIN
//   user team LOGIN --team NAME (an empty NAME takes them out of their team)
//   user list
// Without --password-file the password is the first line of `in`. args starts after
// "user". Returns 0 on success, 1 on failure (message on err), 2 on a usage error.
// Audits itself: a change as admin.user on user:LOGIN in the change's own transaction (no audit
// row, no change), anything else afterwards.
int runUserCommand(const QStringList &args, Database &db, QTextStream &in, QTextStream &out, QTextStream &err);
// The LOGIN of a user command line (args as for runUserCommand), wherever its options stand;
// empty when there is not exactly one.
QString userCommandLogin(const QStringList &args);

} // namespace spocs
