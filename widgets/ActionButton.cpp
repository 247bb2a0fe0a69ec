#include "widgets/ActionButton.h"

#include <QAction>
#include <QPushButton>

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

QPushButton *makeActionButton(QAction *action, const QString &text, const QString &objectName,
                              const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    button->setToolTip(shortcut.isEmpty() ? action->toolTip()
                                          : QStringLiteral("%1 (%2)").arg(action->toolTip(), shortcut));
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

} // namespace spocs
