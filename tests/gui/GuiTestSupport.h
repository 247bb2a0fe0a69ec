#pragma once

#include "support/WidgetLookup.h"

#include <QDir>
#include <QObject>
#include <QTest>
#include <QWidget>

// Helpers the GUI tests share.
namespace spocs::test {

// Saves what the user sees when SPOCS_VIEW_SCREENSHOTS names a folder.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SPOCS_VIEW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(250); // let the views settle
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace spocs::test
