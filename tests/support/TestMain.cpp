#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

namespace {

// ctest counts a test whose output says "[  SKIPPED ]" as skipped (gtest_discover_tests sets
// that pattern, and CMake cannot take it back). GoogleTest prints exactly that for every test
// of a suite whose SetUpTestSuite failed, so a coordinator that no longer starts there would
// vanish from the results instead of failing. This printer wraps GoogleTest's own and says
// FAILED for those tests; only a test that calls GTEST_SKIP() itself still reads as skipped.
class SuiteSetUpFailurePrinter : public ::testing::EmptyTestEventListener
{
public:
    explicit SuiteSetUpFailurePrinter(::testing::TestEventListener *inner)
        : m_inner(inner)
    { }

    void OnTestProgramStart(const ::testing::UnitTest &u) override { m_inner->OnTestProgramStart(u); }
    void OnTestIterationStart(const ::testing::UnitTest &u, int i) override { m_inner->OnTestIterationStart(u, i); }
    void OnEnvironmentsSetUpStart(const ::testing::UnitTest &u) override { m_inner->OnEnvironmentsSetUpStart(u); }
    void OnEnvironmentsSetUpEnd(const ::testing::UnitTest &u) override { m_inner->OnEnvironmentsSetUpEnd(u); }
    void OnTestSuiteStart(const ::testing::TestSuite &s) override { m_inner->OnTestSuiteStart(s); }
    void OnTestStart(const ::testing::TestInfo &t) override { m_inner->OnTestStart(t); }
    void OnTestPartResult(const ::testing::TestPartResult &r) override { m_inner->OnTestPartResult(r); }
    void OnTestSuiteEnd(const ::testing::TestSuite &s) override { m_inner->OnTestSuiteEnd(s); }
    void OnEnvironmentsTearDownStart(const ::testing::UnitTest &u) override { m_inner->OnEnvironmentsTearDownStart(u); }
    void OnEnvironmentsTearDownEnd(const ::testing::UnitTest &u) override { m_inner->OnEnvironmentsTearDownEnd(u); }
    void OnTestProgramEnd(const ::testing::UnitTest &u) override { m_inner->OnTestProgramEnd(u); }

    void OnTestEnd(const ::testing::TestInfo &test) override
    {
        const ::testing::TestSuite *suite = ::testing::UnitTest::GetInstance()->current_test_suite();
        if (test.result()->Skipped() && suite && suite->ad_hoc_test_result().Failed()) {
            ++m_setUpFailures;
            std::printf("[  FAILED  ] %s.%s: the suite's SetUpTestSuite failed (see above)\n", test.test_suite_name(),
                        test.name());
            std::fflush(stdout);
            return;
        }
        m_inner->OnTestEnd(test);
    }

    void OnTestIterationEnd(const ::testing::UnitTest &u, int iteration) override
    {
        if (m_setUpFailures == 0) {
            m_inner->OnTestIterationEnd(u, iteration);
            return;
        }
        // GoogleTest's summary would list those tests as skipped again.
        std::printf("[==========] %d test(s) ran.\n[  FAILED  ] %d test(s) whose suite could not be set up.\n",
                    u.test_to_run_count(), m_setUpFailures);
        std::fflush(stdout);
    }

private:
    std::unique_ptr<::testing::TestEventListener> m_inner;
    int m_setUpFailures = 0;
};

} // namespace

// One main for every suite: widgets need a QApplication, and tests must run without
// a display, so the offscreen platform is the default unless the caller chose one.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never touch the real user settings or data
    // ctest runs every test as its own process, two or more at a time. With one shared settings
    // file, one test's QSettings().clear() wiped what another had just saved (a remembered login,
    // a window layout), so each process gets settings of its own. IniFormat: a file on every
    // platform, where NativeFormat would be the shared registry on Windows.
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        std::fprintf(stderr, "cannot create a settings folder: %s\n", qPrintable(settingsDir.errorString()));
        return 2;
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SpocsTest"));
    QApplication::setApplicationName(QStringLiteral("spocs-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::TestEventListeners &listeners = ::testing::UnitTest::GetInstance()->listeners();
    if (::testing::TestEventListener *printer = listeners.default_result_printer()) {
        listeners.Release(printer);
        listeners.Append(new SuiteSetUpFailurePrinter(printer));
    }
    return RUN_ALL_TESTS();
}
