#pragma once

#include <QSize>
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

// Gives a window the size it prefers, or less where the screen it opens on (its parent's) has less room once
// the panels and the title bar are taken off: a 1024x640 screen leaves a dialog about 600 px of height.
void resizeWithinScreen(QWidget *window, QSize preferred);

// A wrapped label for text that comes from the server or a customer: plain text, never markup.
QLabel *makeTextLabel(const QString &objectName, QWidget *parent);
// The same, selectable to copy (customer data).
QLabel *makeDataLabel(const QString &objectName, QWidget *parent);

} // namespace spocs
