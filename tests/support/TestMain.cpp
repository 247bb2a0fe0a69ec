#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// One main for every suite: widgets need a QApplication, and tests must run without
// a display, so the offscreen platform is the default unless the caller chose one.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never touch the real user settings or data
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SpocsTest"));
    QApplication::setApplicationName(QStringLiteral("spocs-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
