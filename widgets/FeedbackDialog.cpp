#include "widgets/FeedbackDialog.h"

#include "widgets/DialogButtons.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace spocs {

namespace {
constexpr int kMaxComment = 1000;
}

FeedbackDialog::FeedbackDialog(const QString &articleTitle, QWidget *parent)
    : QDialog(parent)
    , m_comment(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Did Not Help"));
    setWindowModality(Qt::WindowModal);

    auto *label = new QLabel(tr("What was missing or wrong in “%1”? (optional)").arg(articleTitle), this);
    label->setWordWrap(true);
    label->setBuddy(m_comment);
    setNames(m_comment, QStringLiteral("feedbackCommentEdit"), tr("Feedback comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("For example: the steps do not match the current product version."));

    QDialogButtonBox *buttons = makeOkCancelButtons(this, tr("Send Feedback"), QStringLiteral("feedbackSendButton"));
    buttons->setObjectName(QStringLiteral("feedbackButtons"));
    // From the comment, as the other dialogs with a text to write send: Enter starts a new line there.
    connect(addSubmitShortcut(this), &QAction::triggered, this, &QDialog::accept);

    stackWithMargins(this, { label, { m_comment, 1 }, buttons });
    resize(420, 220);
}

QString FeedbackDialog::comment() const
{
    return m_comment->toPlainText().trimmed().left(kMaxComment);
}

} // namespace spocs
