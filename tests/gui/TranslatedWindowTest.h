#pragma once

#include "support/CoordinatorProcess.h"

#include "client/Connection.h"
#include "widgets/MainWindow.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSize>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

namespace spocs::test {

// The main window in one of the program's languages (the parameter: "en", "de") against a coordinator
// with demo data, for the suites that check what a user reads and types in each language.
class TranslatedWindowTest : public ::testing::TestWithParam<const char *>
{
protected:
    explicit TranslatedWindowTest(QSize windowSize)
        : m_windowSize(windowSize)
    { }

    void SetUp() override
    {
        QSettings().clear();
        const QString language = QString::fromLatin1(GetParam());
        ASSERT_TRUE(m_translator.load(QStringLiteral("spocs_") + language, QStringLiteral(SPOCS_TRANSLATIONS_DIR)))
            << GetParam();
        QCoreApplication::installTranslator(&m_translator);
        ASSERT_TRUE(m_coordinator.start()) << qPrintable(m_coordinator.output());
    }

    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    // Signs user in through the window (at the suite's size) as a user does.
    void signIn(MainWindow &window, Connection &connection, const QString &user)
    {
        window.resize(m_windowSize);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.loginWith(m_coordinator.url(), user, QStringLiteral("demo"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, 20000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !window.loginDialog(); }, 20000));
    }

    QSize m_windowSize;
    QTranslator m_translator;
    CoordinatorProcess m_coordinator;
};

} // namespace spocs::test
