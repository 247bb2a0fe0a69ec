#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace spocs {

class ContactSession;

// "Start Outbound Contact…": the agent calls or writes to the open customer (a call back, a
// status update). Channel, an optional reason from the reason tree and a note; starts it
// through the ContactSession, closes when the coordinator agreed (the contact is then in hand)
// and stays open with the error when it refused. Window-modal, never a nested event loop.
class OutboundContactDialog : public QDialog
{
    Q_OBJECT

public:
    OutboundContactDialog(ContactSession *session, const QString &customerId, const QString &customerName,
                          QWidget *parent = nullptr);

    // Selects a reason by code; false when the reason tree has no such reason.
    bool selectReason(const QString &code);

    void accept() override; // sends contact.outbound; closes when the server agrees

private:
    void fillReasons();
    void updateState();
    void showError(const QString &text);

    ContactSession *m_session = nullptr;
    QString m_customerId;
    QComboBox *m_channel = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace spocs
