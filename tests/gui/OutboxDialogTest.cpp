// The review of unsent changes opens at a size that fits an 800 px wide screen in each of the
// program's languages: its texts wrap instead of widening it (the German intro made it 948 px wide).
#include "support/Screenshots.h"

#include "client/Connection.h"
#include "models/OutboxModel.h"
#include "widgets/OutboxDialog.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace spocs;

namespace {

class OutboxDialogLayout : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(QStringLiteral("spocs_") + QString::fromLatin1(GetParam()),
                                      QStringLiteral(SPOCS_TRANSLATIONS_DIR)))
            << GetParam();
        QCoreApplication::installTranslator(&m_translator);
    }

    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

} // namespace

TEST_P(OutboxDialogLayout, OpensWithinAnEightHundredPixelWideScreen)
{
    Connection connection;
    OutboxModel model(&connection);
    OutboxDialog dialog(&model);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_LE(dialog.width(), 800);
    EXPECT_LE(dialog.minimumSizeHint().width(), 800);
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->wordWrap())
            EXPECT_GE(label->height(), label->heightForWidth(label->width())) << qPrintable(label->text()) << " is cut";
    }
    test::saveScreenshot(&dialog, QStringLiteral("outbox-dialog-") + QString::fromLatin1(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(Languages, OutboxDialogLayout, ::testing::Values("en", "de"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });
