#include "widgets/ActionButton.h"

#include "widgets/WidgetNames.h"

#include <QAction>
#include <QPushButton>
#include <QToolButton>
#include <QWidget>

namespace spocs {

QAction *makeAction(const QString &text, const QString &objectName, const QKeySequence &shortcut, const QString &tip,
                    QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    return action;
}

QAction *makeWindowAction(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                          const QString &tip, QObject *parent, QWidget *window)
{
    QAction *action = makeAction(text, objectName, shortcut, tip, parent);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

QPushButton *makeActionButton(QAction *action, const QString &text, const QString &objectName,
                              const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    setNames(button, objectName, accessibleName);
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    button->setToolTip(shortcut.isEmpty() ? action->toolTip()
                                          : QStringLiteral("%1 (%2)").arg(action->toolTip(), shortcut));
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

QToolButton *makeMenuButton(QMenu *menu, const QString &text, const QString &objectName, const QString &accessibleName,
                            const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    setNames(button, objectName, accessibleName);
    button->setText(text);
    button->setToolTip(tip);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(menu);
    return button;
}

} // namespace spocs
