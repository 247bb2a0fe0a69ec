#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;

namespace spocs {

// A dialog's OK/Cancel row: OK says okText (and gets okObjectName, when given), accepts the
// dialog; Cancel rejects it. The caller puts the row into its layout.
QDialogButtonBox *makeOkCancelButtons(QDialog *dialog, const QString &okText, const QString &okObjectName = QString());

} // namespace spocs
