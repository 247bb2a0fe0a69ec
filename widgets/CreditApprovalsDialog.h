#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace spocs {

class BillingSession;
class Connection;

// Team → Credit Approvals… (leads): credit notes and refunds above the limit wait here, live,
// until a lead other than the one who asked approves or rejects them (four-eyes: the
// buttons stay off on one's own request).
class CreditApprovalsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreditApprovalsDialog(Connection *connection, QWidget *parent = nullptr);

    BillingSession *session() const { return m_session; }
    QString statusText() const;
    void approve() { decide(true); }
    void reject() { decide(false); }

private:
    void decide(bool approve);
    void updateButtons();
    void showStatus(const QString &text);

    BillingSession *m_session;
    QString m_self; // this lead's login
    QTreeView *m_view = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace spocs
