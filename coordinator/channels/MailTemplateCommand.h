#pragma once

#include <QStringList>
#include <QTextStream>

namespace spocs {

class Database;

// `spocs-coordinator mail-template ...`: edit the e-mail greeting, signature and
// acknowledgement templates (table mail_templates) that MailSender fills in.
//   mail-template list
//   mail-template set LANGUAGE KIND [--file F]   (body from F, else from `in`)
//   mail-template reset LANGUAGE KIND            (the English rows stay: they are the fallback)
// args starts after "mail-template". Returns 0 on success, 1 on failure (message on err),
// 2 on a usage error (bad language, kind, placeholder or body); nothing changes then.
// Audited as admin.mail-template: a change in the change's own transaction (refused with it).
int runMailTemplateCommand(const QStringList &args, Database &db, QTextStream &in, QTextStream &out, QTextStream &err);

} // namespace spocs
