#include "widgets/DialogButtons.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>

namespace spocs {

QDialogButtonBox *makeOkCancelButtons(QDialog *dialog, const QString &okText, const QString &okObjectName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    if (!okObjectName.isEmpty())
        ok->setObjectName(okObjectName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QAction *addSubmitShortcut(QWidget *widget)
{
    auto *action = new QAction(widget);
    action->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    widget->addAction(action);
    return action;
}

QLabel *makeIntroLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLabel *makeTextLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = makeIntroLabel(QString(), parent);
    label->setObjectName(objectName);
    return label;
}

QLabel *makeDataLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = makeTextLabel(objectName, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void bringToFront(QWidget *window)
{
    window->raise();
    window->activateWindow();
}

void resizeWithinScreen(QWidget *window, QSize preferred)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen *screen = anchor->screen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    // The frame is not known before the window is shown: leave the style's title bar and frame for it.
    const QStyle *style = window->style();
    const int frame = style->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth, nullptr, window);
    const int title = style->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window);
    const QSize room = screen->availableGeometry().size() - QSize(2 * frame, title + 2 * frame);
    window->resize(preferred.boundedTo(room));
}

} // namespace spocs
