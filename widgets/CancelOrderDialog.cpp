#include "widgets/CancelOrderDialog.h"

#include "models/OrderEditor.h"
#include "models/OrderModel.h"
#include "widgets/DesktopLog.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace spocs {

CancelOrderDialog::CancelOrderDialog(Connection *connection, const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_editor(new OrderEditor(connection, CustomerView {}, order, this))
    , m_order(order)
{
    setObjectName(QStringLiteral("cancelOrderDialog"));
    setWindowTitle(tr("Cancel Order %1").arg(order.number));
    auto *intro = makeIntroLabel(introText(order), this);
    auto *label = new QLabel(tr("&Reason (required, the customer may see it):"), this);
    m_reason = new QPlainTextEdit(this);
    setNames(m_reason, QStringLiteral("cancelReasonEdit"), tr("Reason for the cancellation"));
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("cancelReasonCount"));
    m_error = makeErrorLabel(this, QStringLiteral("cancelErrorLabel"), true);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Cancel &Order"), QDialogButtonBox::DestructiveRole);
    m_submit->setObjectName(QStringLiteral("confirmCancelButton"));
    m_submit->setToolTip(tr("Cancel the order (Ctrl+Return)"));
    auto *keep = buttons->addButton(tr("&Keep Order"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepOrderButton"));
    connect(m_submit, &QPushButton::clicked, this, &CancelOrderDialog::submit);
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    connect(addSubmitShortcut(this), &QAction::triggered, this, &CancelOrderDialog::submit);

    stackWithMargins(this, { intro, label, { m_reason, 1 }, m_count, m_error, buttons });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CancelOrderDialog::updateState);
    connect(m_editor, &OrderEditor::busyChanged, this, &CancelOrderDialog::updateState);
    connect(m_editor, &OrderEditor::saved, this, [this](const Order &saved) {
        Q_EMIT orderSaved(saved);
        accept();
    });
    // Someone else saved it meanwhile: say what it is now (it may have shipped).
    connect(m_editor, &OrderEditor::reloaded, intro, [this, intro] { intro->setText(introText(m_editor->order())); });
    connect(m_editor, &OrderEditor::failed, this, &CancelOrderDialog::onFailed);
    // Kept in the offline outbox; the orders table marks the order as waiting.
    connect(m_editor, &OrderEditor::queued, this, &QDialog::accept);
    updateState();
    resize(460, 300);
    m_reason->setFocus();
}

QString CancelOrderDialog::introText(const Order &order)
{
    return tr("Order %1 is %2. Cancelling it releases the reserved stock and cannot be undone.")
        .arg(order.number, OrderModel::statusText(order.status).toLower());
}

QString CancelOrderDialog::errorMessage() const
{
    return m_error->text();
}

void CancelOrderDialog::updateState()
{
    const int n = int(m_reason->toPlainText().trimmed().size());
    m_count->setText(tr("%1 of %2 characters").arg(n).arg(MaxReason));
    m_count->setStyleSheet(n > MaxReason ? QStringLiteral("color: #c62828;") : QString());
    m_submit->setEnabled(!m_editor->isBusy() && n >= 1 && n <= MaxReason);
}

void CancelOrderDialog::submit()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (m_editor->isBusy() || reason.isEmpty() || reason.size() > MaxReason)
        return;
    m_editor->cancel(reason);
}

void CancelOrderDialog::onFailed(const Error &error)
{
    qCInfo(lcDesktop) << "order.cancel failed:" << errorCodeName(error.code);
    QString text = errorDetailText(error);
    if (error.code == ErrorCode::InvalidState) {
        const QString status = error.details.value(QStringLiteral("status")).toString();
        if (!status.isEmpty())
            text = tr("Order %1 cannot be cancelled: it is already %2. Orders can only be "
                      "cancelled before they ship; offer a return instead.")
                       .arg(m_order.number, OrderModel::statusText(status).toLower());
    } else if (error.code == ErrorCode::VersionConflict) {
        text = tr("Someone else changed order %1 meanwhile. The current order was loaded; check it and cancel "
                  "again if it still should go.")
                   .arg(m_order.number);
    }
    m_error->setText(text);
    m_error->setVisible(true);
}

} // namespace spocs
