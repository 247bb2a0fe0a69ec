#pragma once

#include <QString>

class QAction;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QWidget;

namespace spocs {

// A dialog's OK/Cancel row: OK says okText (and gets okObjectName, when given), accepts the
// dialog; Cancel rejects it. The caller puts the row into its layout.
QDialogButtonBox *makeOkCancelButtons(QDialog *dialog, const QString &okText, const QString &okObjectName = QString());

// An action on widget for Ctrl+Return and Ctrl+Enter, the keys that submit a form from any of its
// fields; the caller connects it to the submission.
QAction *addSubmitShortcut(QWidget *widget);

// A dialog's opening explanation above its fields: wrapped, and plain text because it may name a
// customer or a user.
QLabel *makeIntroLabel(const QString &text, QWidget *parent);

// Puts a window that is already open (a dialog shown again by its action) in front of the others
// and gives it the keyboard focus.
void bringToFront(QWidget *window);

// A wrapped label for text that comes from the server or a customer: plain text, never markup.
QLabel *makeTextLabel(const QString &objectName, QWidget *parent);
// The same, selectable to copy (customer data).
QLabel *makeDataLabel(const QString &objectName, QWidget *parent);

} // namespace spocs
