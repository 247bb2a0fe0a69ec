#pragma once

#include "core/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace spocs {

class BillingSession;

// One small dialog per action on the selected invoice: record a payment (transfer or cash),
// request a credit note or refund, mark the invoice disputed, withdraw the dispute. Sends
// through the BillingSession; a refusal or a version conflict is shown in the dialog, which
// stays open so the entry can be sent again.
class InvoiceActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { RecordPayment, CreditOrRefund, Dispute, WithdrawDispute };
    static constexpr int MaxReason = 500;

    InvoiceActionDialog(BillingSession *session, Action action, QWidget *parent = nullptr);

    Action action() const { return m_action; }
    QString errorMessage() const;
    void submit();

private:
    void updateIntro();
    void updateState();
    void showError(const Error &error);

    BillingSession *m_session;
    Action m_action;
    QLabel *m_intro = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_choice = nullptr; // payment method or credit kind
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace spocs
