#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QKeyEvent;
class QLabel;
class QRadioButton;

namespace spocs {

class ContactSession;
class ReasonTreeModel;

// Closes a contact: the reasons (from the reason tree, searchable, several allowed), the
// outcome (resolved on this contact, or a follow-up with a due time and an owner, the
// closing user by default; the others come from the shared presence list; the due time may be
// left to the customer's usual response time, which the coordinator fills in). Window-modal
// but never a nested event loop (open()); closes through the ContactSession and stays open
// with the error when the server refuses.
class CloseContactDialog : public QDialog
{
    Q_OBJECT

public:
    CloseContactDialog(ContactSession *session, const QJsonObject &contact, QWidget *parent = nullptr);

    // Checked: no due time is sent and the customer's expectedResponseHours set it.
    // The customer's expectedResponseHours, for the label (0: not known here).
    void setUsualResponseHours(qint64 hours);
    // Checks a reason by code (keyboard users tick it in the tree; tests call this).
    bool checkReason(const QString &code, bool checked = true);
    // The request contact.close would be sent with now (without cid).
    QJsonObject closeArgs() const;

    void accept() override; // sends contact.close; closes when the server agrees
    void reject() override; // unchecks the reasons it checked in the shared model

Q_SIGNALS:
    void contactClosed(const QJsonObject &contact);

protected:
    // Enter picks reasons here and never closes the contact: Ctrl+Return does.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateState();
    void loadOwners();
    void showError(const QString &text);

    ContactSession *m_session = nullptr;
    ReasonTreeModel *m_reasons = nullptr;
    QJsonObject m_contact;
    QLabel *m_selected = nullptr;
    QRadioButton *m_resolved = nullptr;
    QRadioButton *m_followUp = nullptr;
    QGroupBox *m_followUpBox = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QCheckBox *m_usualDue = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace spocs
