#pragma once

#include "core/Result.h"

#include <QString>

class QLabel;
class QWidget;

namespace spocs {

// The one place where wire error codes become sentences for users. The server's own
// message is English and meant for logs; users always see this translated text.
QString errorText(ErrorCode code);
QString errorText(const Error &error);
// The same, made specific with the error's details where they help the user act: which
// product lacks stock and when it comes back, which state blocks a change, which field
// was rejected. Falls back to errorText().
QString errorDetailText(const Error &error);

// The red, word-wrapped, plain-text line a panel or dialog shows a refused write in; hidden
// until it has something to say. `bold` for dialogs, where it is the one thing to read.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName, bool bold = false);
// Puts text into such a label, or another message line, and hides the label while text is empty.
void showTextOrHide(QLabel *label, const QString &text);

} // namespace spocs
