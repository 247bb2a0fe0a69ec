#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace spocs {

class ContactSession;
class FollowUpModel;

// The user's follow-ups, soonest due first, with a warning banner for those due soon or
// overdue; a status update given to the customer (note + channel; given on a call or e-mail
// made now, it starts an outbound contact) and "done" for the selected one, through the
// ContactSession. Double-click opens the customer.
class FollowUpPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpPanel(ContactSession *session, QWidget *parent = nullptr);

    // followup.list (own follow-ups, open ones).
    void reload();
    void selectContact(qint64 contactId);
    void recordUpdate();
    void markDone();

Q_SIGNALS:
    void openCustomerRequested(const QString &customerId);
    void notice(const QString &text);

private:
    void updateBanner();
    void updateButtons();
    qint64 selectedContact() const;
    void showError(const QString &text);

    ContactSession *m_session = nullptr;
    FollowUpModel *m_model = nullptr; // the session's
    qint64 m_keepSelected = 0; // the row selected before a reload
    QLabel *m_banner = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_note = nullptr;
    QComboBox *m_channel = nullptr;
    QCheckBox *m_outbound = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_done = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace spocs
