// Languages and countries in the customer overview read in the user's language: "Englisch" and "Vereinigte
// Staaten" in the German desktop, not QLocale's English names. Codes outside the table fall back to the name the
// language or country has in itself, then to the code.
#include "support/CoordinatorProcess.h"

#include "client/Connection.h"
#include "models/CustomerLoader.h"
#include "widgets/CustomerPage.h"
#include "widgets/DisplayText.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

constexpr int kLongWait = 20000;

class LocalizedNames : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(QStringLiteral("spocs_de"), QStringLiteral(SPOCS_TRANSLATIONS_DIR)));
        QCoreApplication::installTranslator(&m_translator);
    }

    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

} // namespace

TEST_F(LocalizedNames, LanguagesAndCountriesReadInGerman)
{
    EXPECT_EQ(languageName(QStringLiteral("en")), QStringLiteral("Englisch"));
    EXPECT_EQ(languageName(QStringLiteral("zh")), QStringLiteral("Chinesisch"));
    EXPECT_EQ(countryName(QStringLiteral("US")), QStringLiteral("Vereinigte Staaten"));
    EXPECT_EQ(countryName(QStringLiteral("GB")), QStringLiteral("Vereinigtes Königreich"));
    // Not in the table: the language's or country's own name, else the code.
    EXPECT_EQ(languageName(QStringLiteral("pt")), QStringLiteral("português"));
    EXPECT_EQ(countryName(QStringLiteral("BR")), QStringLiteral("Brasil"));
    EXPECT_EQ(languageName(QStringLiteral("qq")), QStringLiteral("qq"));
    EXPECT_EQ(countryName(QStringLiteral("QQ")), QStringLiteral("QQ"));
    EXPECT_EQ(languageName(QString()), QString());
}

TEST_F(LocalizedNames, TheOverviewShowsTheCustomersLanguageAndCountryInGerman)
{
    QSettings().clear();
    test::CoordinatorProcess coordinator;
    ASSERT_TRUE(coordinator.start()) << qPrintable(coordinator.output());
    Connection connection;
    MainWindow window(&connection);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.loginWith(coordinator.url(), QStringLiteral("agent1"), QStringLiteral("demo"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, kLongWait));
    window.openCustomer(QStringLiteral("C-1001"));
    CustomerLoader *loader = window.customerPage()->loader();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loader->state() == CustomerLoader::State::Loaded; }, kLongWait));
    const auto &details = loader->details();
    ASSERT_FALSE(details.customer.language.isEmpty());
    ASSERT_TRUE(details.customer.address.has_value());
    const auto *language = window.findChild<QLabel *>(QStringLiteral("customerLanguage"));
    const auto *address = window.findChild<QLabel *>(QStringLiteral("customerAddress"));
    ASSERT_TRUE(language && address);
    EXPECT_EQ(language->text(), languageName(details.customer.language));
    EXPECT_NE(language->text(), QLocale::languageToString(QLocale::codeToLanguage(details.customer.language)))
        << "the English name of " << qPrintable(details.customer.language);
    EXPECT_TRUE(address->text().endsWith(u'\n' + countryName(details.customer.address->country)))
        << qPrintable(address->text());
}
