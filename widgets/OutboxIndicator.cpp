#include "widgets/OutboxIndicator.h"

#include "models/OutboxModel.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/OutboxDialog.h"

#include <QAction>

namespace spocs {

OutboxIndicator::OutboxIndicator(OutboxModel *model, QWidget *parent)
    : QToolButton(parent)
    , m_model(model)
    , m_review(new QAction(tr("Review &Unsent Changes…"), this))
{
    setObjectName(QStringLiteral("outboxIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_review->setObjectName(QStringLiteral("reviewOutboxAction"));
    m_review->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_review->setStatusTip(tr("Changes saved on this computer that the server has not applied yet"));
    connect(m_review, &QAction::triggered, this, &OutboxIndicator::showReview);
    connect(this, &QToolButton::clicked, this, &OutboxIndicator::showReview);
    connect(model, &OutboxModel::countsChanged, this, &OutboxIndicator::updateText);
    updateText();
}

OutboxDialog *OutboxIndicator::dialog() const
{
    return m_dialog;
}

void OutboxIndicator::showReview()
{
    if (!m_dialog) {
        m_dialog = new OutboxDialog(m_model, window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    bringToFront(m_dialog);
}

void OutboxIndicator::updateText()
{
    const int pending = m_model->pendingCount();
    const int refused = m_model->rejectedCount();
    QString text;
    if (refused > 0 && pending > 0)
        text = tr("%n change(s) refused", nullptr, refused) + QStringLiteral(", ")
            + tr("%n waiting to be sent", nullptr, pending);
    else if (refused > 0)
        text = tr("%n change(s) refused", nullptr, refused);
    else if (pending > 0)
        text = tr("%n change(s) waiting to be sent", nullptr, pending);
    setText(text);
    setIcon(dotIcon(refused > 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x6c, 0x00)));
    setAccessibleName(tr("Unsent changes"));
    setAccessibleDescription(text);
    setToolTip(refused > 0 ? tr("The server refused a change made while offline. Click to review it.")
                           : tr("Saved on this computer; sent in order as soon as the connection is back."));
    setVisible(pending + refused > 0);
}

} // namespace spocs
