// The desktop installs its English translation in English too (Localization::install): plural
// forms such as "%n hour(s)" come from it. The GUI tests load the same file, from the build's
// translations folder, so their widgets and screenshots read "2 hours" as the program does.
#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

namespace {

class EnglishTranslation : public ::testing::Environment
{
public:
    void SetUp() override
    {
        // Made here, once the QApplication exists (RUN_ALL_TESTS runs this after main made it).
        m_translator = std::make_unique<QTranslator>();
        // Not ASSERT: a fatal failure here would report every test as skipped, not failed.
        if (!m_translator->load(QStringLiteral("spocs_en"), QStringLiteral(SPOCS_TRANSLATIONS_DIR))) {
            ADD_FAILURE() << "cannot load spocs_en.qm from " << SPOCS_TRANSLATIONS_DIR;
            return;
        }
        QCoreApplication::installTranslator(m_translator.get());
    }

    void TearDown() override
    {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }

private:
    std::unique_ptr<QTranslator> m_translator;
};

// GoogleTest owns the environment and runs it around all of this program's tests.
[[maybe_unused]] ::testing::Environment *const englishTranslation
    = ::testing::AddGlobalTestEnvironment(new EnglishTranslation);

} // namespace
