#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QWidget;

namespace spocs {

// A dialog's OK/Cancel row: OK says okText (and gets okObjectName, when given), accepts the
// dialog; Cancel rejects it. The caller puts the row into its layout.
QDialogButtonBox *makeOkCancelButtons(QDialog *dialog, const QString &okText, const QString &okObjectName = QString());

// A dialog's opening explanation above its fields: wrapped, and plain text because it may name a
// customer or a user.
QLabel *makeIntroLabel(const QString &text, QWidget *parent);

} // namespace spocs
