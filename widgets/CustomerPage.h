#pragma once

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace spocs {

class Connection;
class CustomerLoader;

// The basic customer view: profile, account, owner and backup with their presence,
// notes and recent history. The data lives in CustomerLoader (models/).
class CustomerPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPage(Connection *connection, QWidget *parent = nullptr);

    CustomerLoader *loader() const { return m_loader; }
    QString customerId() const;

    void openCustomer(const QString &customerId);
    void closeCustomer();
    void refresh();

Q_SIGNALS:
    // The displayed customer's name changed (empty when closed); for the window title.
    void titleChanged(const QString &title);

private:
    void updateView();
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);

    CustomerLoader *m_loader = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_status = nullptr;
    // Contact
    QLabel *m_emails = nullptr;
    QLabel *m_phones = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_channel = nullptr;
    // Account
    QLabel *m_accountNumber = nullptr;
    QLabel *m_accountStatus = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_creditLimit = nullptr;
    QLabel *m_openOrders = nullptr;
    // Responsibility
    QLabel *m_owner = nullptr;
    QLabel *m_backup = nullptr;
    QLabel *m_notes = nullptr;
    QTreeView *m_history = nullptr;
};

} // namespace spocs
