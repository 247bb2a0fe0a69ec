#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>

#include <gtest/gtest.h>

// The shared test main must report a suite whose SetUpTestSuite failed as FAILED: ctest
// reads "[  SKIPPED ]" as skipped, and a broken fixture would otherwise vanish from CI.
namespace {

class SuiteSetUpProbe : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // Fails only when the test below runs this binary again asking for it.
        ASSERT_TRUE(qEnvironmentVariableIsEmpty("SPOCS_PROBE_SETUP_FAILURE")) << "set-up failed on request";
    }
};

TEST_F(SuiteSetUpProbe, RunsWhenItsSuiteIsSetUp)
{
    SUCCEED();
}

TEST(SkipProbe, SkipsWhenAsked)
{
    if (!qEnvironmentVariableIsEmpty("SPOCS_PROBE_SKIP"))
        GTEST_SKIP() << "skipped on request";
}

// Saves a value the way a GUI test saves a remembered login, when the test below asks for it.
TEST(SettingsProbe, SavesAValueWhenAsked)
{
    if (!qEnvironmentVariableIsEmpty("SPOCS_PROBE_SETTINGS")) {
        QSettings().setValue(QStringLiteral("probe/savedBy"), QStringLiteral("another test"));
        QSettings().sync();
    }
}

// Runs this binary again with one probe and an environment variable; returns the exit code.
int runProbe(const QString &filter, const QString &variable, QString *output)
{
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(variable, QStringLiteral("1"));
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--gtest_filter=") + filter });
    if (!probe.waitForFinished(60000))
        return -1;
    *output = QString::fromUtf8(probe.readAll());
    return probe.exitCode();
}

} // namespace

TEST(TestReporting, AFailedSuiteSetUpReadsAsFailedNotSkipped)
{
    QString output;
    EXPECT_EQ(runProbe(QStringLiteral("SuiteSetUpProbe.*"), QStringLiteral("SPOCS_PROBE_SETUP_FAILURE"), &output), 1)
        << qPrintable(output);
    EXPECT_FALSE(output.contains(QStringLiteral("[  SKIPPED ]"))) << qPrintable(output);
    EXPECT_TRUE(output.contains(QStringLiteral("[  FAILED  ] SuiteSetUpProbe.RunsWhenItsSuiteIsSetUp")))
        << qPrintable(output);
}

TEST(TestReporting, AnIntendedSkipStillReadsAsSkipped)
{
    QString output;
    EXPECT_EQ(runProbe(QStringLiteral("SkipProbe.*"), QStringLiteral("SPOCS_PROBE_SKIP"), &output), 0)
        << qPrintable(output);
    EXPECT_TRUE(output.contains(QStringLiteral("[  SKIPPED ] SkipProbe.SkipsWhenAsked"))) << qPrintable(output);
}

// ctest runs tests as separate processes, two at a time in CI. When they shared one settings file,
// one test's QSettings().clear() wiped the login another had just saved, and MainWindowTest
// failed now and then under -j2.
TEST(TestReporting, EveryTestProcessHasSettingsOfItsOwn)
{
    QSettings().remove(QStringLiteral("probe"));
    QString output;
    ASSERT_EQ(runProbe(QStringLiteral("SettingsProbe.*"), QStringLiteral("SPOCS_PROBE_SETTINGS"), &output), 0)
        << qPrintable(output);
    EXPECT_FALSE(QSettings().contains(QStringLiteral("probe/savedBy"))) << qPrintable(QSettings().fileName());
}
