#pragma once

#include <QString>
#include <QWidget>

namespace spocs {

// Every control gets both names: the object name tests and settings find it by, and the name
// screen readers say.
inline void setNames(QWidget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}

} // namespace spocs
