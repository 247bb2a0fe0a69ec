#include "widgets/InvoiceActionDialog.h"

#include "models/BillingSession.h"
#include "models/InvoiceModel.h"
#include "models/MoneyText.h"
#include "widgets/DesktopLog.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace spocs {

InvoiceActionDialog::InvoiceActionDialog(BillingSession *session, Action action, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_action(action)
{
    setObjectName(QStringLiteral("invoiceActionDialog"));
    const QString number = session->invoice().number;
    // Per action (in Action's order): the window title (%1: the invoice number) and the submit button.
    static constexpr const char *kTexts[][2] = {
        { QT_TRANSLATE_NOOP("spocs::InvoiceActionDialog", "Record Payment on Invoice %1"),
          QT_TRANSLATE_NOOP("spocs::InvoiceActionDialog", "&Record Payment") },
        { QT_TRANSLATE_NOOP("spocs::InvoiceActionDialog", "Credit or Refund on Invoice %1"),
          QT_TRANSLATE_NOOP("spocs::InvoiceActionDialog", "Re&quest") },
        { QT_TRANSLATE_NOOP("spocs::InvoiceActionDialog", "Dispute Invoice %1"),
          QT_TRANSLATE_NOOP("spocs::InvoiceActionDialog", "Mark &Disputed") },
        { QT_TRANSLATE_NOOP("spocs::InvoiceActionDialog", "Withdraw Dispute of Invoice %1"),
          QT_TRANSLATE_NOOP("spocs::InvoiceActionDialog", "&Withdraw Dispute") },
    };
    setWindowTitle(tr(kTexts[int(action)][0]).arg(number));
    const QString submitText = tr(kTexts[int(action)][1]);

    m_intro = makeTextLabel(QStringLiteral("invoiceActionIntro"), this);
    auto *form = new QFormLayout;
    if (action == Action::RecordPayment || action == Action::CreditOrRefund) {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("invoiceActionChoice"));
        if (action == Action::RecordPayment) {
            m_choice->setAccessibleName(tr("Payment method"));
            m_choice->addItem(tr("Bank transfer"), QVariant::fromValue(int(domain::PaymentMethod::Transfer)));
            m_choice->addItem(tr("Cash"), QVariant::fromValue(int(domain::PaymentMethod::Cash)));
            form->addRow(tr("&Method:"), m_choice);
        } else {
            m_choice->setAccessibleName(tr("Credit note or refund"));
            m_choice->addItem(tr("Credit note (lowers what is owed)"), int(domain::CreditKind::Credit));
            m_choice->addItem(tr("Refund (pays back what was paid)"), int(domain::CreditKind::Refund));
            form->addRow(tr("&Kind:"), m_choice);
        }
        m_amount = new QLineEdit(this);
        setNames(m_amount, QStringLiteral("invoiceActionAmount"), tr("Amount"));
        m_amount->setPlaceholderText(tr("e.g. 25.00"));
        m_amount->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\d{1,10}([.,]\\d{0,2})?$")), this));
        form->addRow(tr("&Amount (%1):").arg(session->invoice().currency), m_amount);
        if (action == Action::RecordPayment)
            m_amount->setText(session->invoice().balance.toString());
    }
    if (action != Action::RecordPayment) {
        m_reason = new QPlainTextEdit(this);
        setNames(m_reason, QStringLiteral("invoiceActionReason"),
                 action == Action::Dispute ? tr("Why the customer disputes the invoice") : tr("Reason"));
        m_reason->setTabChangesFocus(true);
        form->addRow(action == Action::WithdrawDispute ? tr("&Note (optional):") : tr("&Reason (required):"), m_reason);
    }
    m_error = makeErrorLabel(this, QStringLiteral("invoiceActionError"), true);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(submitText, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("invoiceActionSubmit"));
    m_submit->setToolTip(tr("Send (Ctrl+Return)"));
    m_submit->setDefault(true);
    auto *close = buttons->addButton(QDialogButtonBox::Cancel);
    close->setObjectName(QStringLiteral("invoiceActionCancel"));
    connect(m_submit, &QPushButton::clicked, this, &InvoiceActionDialog::submit);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(addSubmitShortcut(this), &QAction::triggered, this, &InvoiceActionDialog::submit);

    stackWithMargins(this, { m_intro, { form, 1 }, m_error, buttons });

    if (m_amount)
        connect(m_amount, &QLineEdit::textChanged, this, &InvoiceActionDialog::updateState);
    if (m_reason)
        connect(m_reason, &QPlainTextEdit::textChanged, this, &InvoiceActionDialog::updateState);
    connect(m_session, &BillingSession::busyChanged, this, &InvoiceActionDialog::updateState);
    connect(m_session, &BillingSession::saved, this, &QDialog::accept);
    connect(m_session, &BillingSession::queued, this, &QDialog::accept);
    connect(m_session, &BillingSession::failed, this, &InvoiceActionDialog::showError);
    connect(m_session, &BillingSession::conflict, this, [this](const Error &error) {
        updateIntro();
        showError(error);
    });
    updateIntro();
    updateState();
    resize(440, action == Action::RecordPayment ? 200 : 300);
    if (m_amount)
        m_amount->setFocus();
    else
        m_reason->setFocus();
}

QString InvoiceActionDialog::errorMessage() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void InvoiceActionDialog::updateIntro()
{
    const domain::Invoice &invoice = m_session->invoice();
    QString text = tr("Invoice %1 is %2; open amount %3.")
                       .arg(invoice.number, InvoiceModel::statusText(invoice.status).toLower(),
                            moneyText(invoice.balance, invoice.currency));
    switch (m_action) {
    case Action::RecordPayment:
        break;
    case Action::CreditOrRefund:
        text
            += QLatin1Char(' ') + tr("Small amounts are applied at once; larger ones wait for a team lead's approval.");
        if (invoice.pendingCredit.cents > 0)
            text += QLatin1Char(' ')
                + tr("%1 already waits for approval.").arg(moneyText(invoice.pendingCredit, invoice.currency));
        break;
    case Action::Dispute:
        text += QLatin1Char(' ') + tr("While disputed it is not overdue and gets no reminders.");
        break;
    case Action::WithdrawDispute:
        if (invoice.disputeReason)
            text += QLatin1Char(' ') + tr("Disputed because: %1").arg(*invoice.disputeReason);
        text += QLatin1Char(' ') + tr("Once withdrawn it is due again as before.");
        break;
    }
    m_intro->setText(text);
}

void InvoiceActionDialog::updateState()
{
    bool ready = !m_session->isBusy();
    if (m_amount) {
        const auto amount = domain::Money::parse(m_amount->text().replace(u',', u'.'));
        ready = ready && m_amount->hasAcceptableInput() && amount && amount->cents > 0;
    }
    if (m_reason && m_action != Action::WithdrawDispute) {
        const qsizetype n = m_reason->toPlainText().trimmed().size();
        ready = ready && n >= 1 && n <= MaxReason;
    }
    m_submit->setEnabled(ready);
}

void InvoiceActionDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    m_error->setVisible(false);
    const QString amount = m_amount ? m_amount->text().replace(u',', u'.') : QString();
    const QString reason = m_reason ? m_reason->toPlainText().trimmed() : QString();
    switch (m_action) {
    case Action::RecordPayment:
        m_session->recordPayment(amount, domain::PaymentMethod(m_choice->currentData().toInt()));
        break;
    case Action::CreditOrRefund:
        m_session->requestCredit(domain::CreditKind(m_choice->currentData().toInt()), amount, reason);
        break;
    case Action::Dispute:
        m_session->dispute(reason);
        break;
    case Action::WithdrawDispute:
        m_session->withdrawDispute(reason);
        break;
    }
}

void InvoiceActionDialog::showError(const Error &error)
{
    qCInfo(lcDesktop) << "invoice action failed:" << errorCodeName(error.code);
    const domain::Invoice &invoice = m_session->invoice();
    QString text = errorDetailText(error);
    if (error.code == ErrorCode::VersionConflict) {
        text = tr("Someone else changed invoice %1 meanwhile; it was loaded again (open amount now %2). Check the "
                  "amount and send again to apply yours.")
                   .arg(invoice.number, moneyText(invoice.balance, invoice.currency));
    } else if (error.code == ErrorCode::BadRequest && error.details.contains(QStringLiteral("available"))) {
        text = tr("At most %1 can be credited or refunded on this invoice now.")
                   .arg(moneyText(error.details.value(QStringLiteral("available")).toString(), invoice.currency));
    } else if (error.code == ErrorCode::InvalidState) {
        text = tr("Invoice %1 is %2 now: this is not possible any more.")
                   .arg(invoice.number,
                        InvoiceModel::statusText(error.details.value(QStringLiteral("status")).toString()).toLower());
    }
    m_error->setText(text);
    m_error->setVisible(true);
    updateState();
}

} // namespace spocs
