#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace spocs {

class AccountTab;
class BillingTab;
class CollisionBanner;
class Connection;
class CustomerLoader;
class HistoryTab;
class OrdersTab;
class OverviewTab;

// The unified customer view: a header (name, flags, status), the collision banner, and
// five sections: Overview, Orders, Billing, Account, History (Ctrl+1…5). The data lives in
// CustomerLoader (models/); the page follows its live updates.
class CustomerPage : public QWidget
{
    Q_OBJECT

public:
    enum Section { OverviewSection, OrdersSection, BillingSection, AccountSection, HistorySection, SectionCount };
    Q_ENUM(Section)

    explicit CustomerPage(Connection *connection, QWidget *parent = nullptr);

    CustomerLoader *loader() const { return m_loader; }
    QString customerId() const;
    QTabWidget *tabs() const { return m_tabs; }
    CollisionBanner *collisionBanner() const { return m_banner; }
    OrdersTab *ordersTab() const { return m_orders; }
    BillingTab *billingTab() const { return m_billing; }
    AccountTab *accountTab() const { return m_account; }
    HistoryTab *historyTab() const { return m_history; }
    QList<QAction *> sectionActions() const { return m_sectionActions; }

    void openCustomer(const QString &customerId);
    // Shows the record a link names ("order:O-200311", "invoice:I-5001") in its section.
    void openLink(const QString &link);
    void closeCustomer();
    void refresh();
    // Shows a section and puts the keyboard focus into it.
    void showSection(int section);
    // What shows while no customer is open ("My day" after sign-in); nullptr: a short hint.
    // The page does not take ownership.
    void setHomePage(QWidget *page);
    // A button for `action` in the header, beside the customer's name (the page does not own it).
    void addHeaderAction(QAction *action);

Q_SIGNALS:
    // The displayed customer's name changed (empty when closed); for the window title.
    void titleChanged(const QString &title);
    // openCustomer() was asked for this customer: whoever hides the page (the lead's tabs) shows it.
    void customerOpening(const QString &customerId);
    // A short notice for the status bar ("Order O-200311 placed…", "Updated by agent7").
    void notice(const QString &text);

private:
    void updateView();
    void updateBanner();
    void onCustomerEvent(const QString &kind, const QJsonObject &data);

    QPointer<Connection> m_connection;
    CustomerLoader *m_loader = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QPointer<QWidget> m_home;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_status = nullptr;
    QHBoxLayout *m_headerActions = nullptr;
    CollisionBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewTab *m_overview = nullptr;
    OrdersTab *m_orders = nullptr;
    BillingTab *m_billing = nullptr;
    AccountTab *m_account = nullptr;
    HistoryTab *m_history = nullptr;
    QList<QAction *> m_sectionActions;
};

} // namespace spocs
