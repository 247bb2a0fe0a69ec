#pragma once

#include <QDir>
#include <QTest>
#include <QWidget>

#include <iostream>

namespace spocs::test {

// Saves what the user sees as NAME.png in SPOCS_VIEW_SCREENSHOTS, else in screenshots/ beside
// the test (the build's test folder), so a reviewer can look at every state a test reached.
inline void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir
        = qEnvironmentVariable("SPOCS_VIEW_SCREENSHOTS", QDir::current().filePath(QStringLiteral("screenshots")));
    QDir().mkpath(dir);
    QTest::qWait(300); // let the layouts settle
    if (!window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))))
        std::cerr << "could not save screenshot " << qPrintable(name) << std::endl;
}

} // namespace spocs::test
