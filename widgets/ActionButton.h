#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QMenu;
class QObject;
class QPushButton;
class QToolButton;
class QWidget;

namespace spocs {

// An action with its shortcut; tip is both its status tip and its tooltip.
QAction *makeAction(const QString &text, const QString &objectName, const QKeySequence &shortcut, const QString &tip,
                    QObject *parent);
// An action whose shortcut works anywhere in window (while it is shown), added to it; parent owns it.
QAction *makeWindowAction(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                          const QString &tip, QObject *parent, QWidget *window);
// A push button for an action: clicking triggers it, it is enabled when the action is, and its
// tooltip names the shortcut ("… (Ctrl+Alt+M)").
QPushButton *makeActionButton(QAction *action, const QString &text, const QString &objectName,
                              const QString &accessibleName, QWidget *parent);

// A tool button that pops up menu at once when clicked (task kinds, canned answers).
QToolButton *makeMenuButton(QMenu *menu, const QString &text, const QString &objectName, const QString &accessibleName,
                            const QString &tip, QWidget *parent);

} // namespace spocs
