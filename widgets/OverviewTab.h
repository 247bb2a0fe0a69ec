#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace spocs {

class CustomerLoader;

// Customer page, section 1: profile, owner and backup, flags, balance and open items.
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(CustomerLoader *loader, QWidget *parent = nullptr);

    void updateView();

Q_SIGNALS:
    // A link in the open items was followed ("order:O-200311", "invoice:I-300001").
    void linkActivated(const QString &link);

private:
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);

    CustomerLoader *m_loader = nullptr;
    QLabel *m_emails = nullptr;
    QLabel *m_phones = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_responseTime = nullptr;
    QLabel *m_accountNumber = nullptr;
    QLabel *m_accountStatus = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_creditLimit = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_backup = nullptr;
    QLabel *m_openOrders = nullptr;
    QLabel *m_openInvoices = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace spocs
