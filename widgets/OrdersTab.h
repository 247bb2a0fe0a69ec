#pragma once

#include "models/CommerceData.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class QTreeWidget;

namespace spocs {

class Connection;
class CustomerLoader;

// Customer page, section 2: the orders (sortable), the selected order's lines and change
// history, and the actions place, change and cancel with the rules explained.
class OrdersTab : public QWidget
{
    Q_OBJECT

public:
    OrdersTab(Connection *connection, CustomerLoader *loader, QWidget *parent = nullptr);

    QAction *newOrderAction() const { return m_newAction; }
    QAction *cancelOrderAction() const { return m_cancelAction; }
    QTreeView *ordersView() const { return m_view; }
    const Order &currentOrder() const { return m_order; }

    void selectOrder(const QString &number);
    void placeOrder();
    void changeOrder();
    void cancelOrder();
    void updateView();

Q_SIGNALS:
    void message(const QString &text);

private:
    void onCurrentChanged();
    void fetchOrder(const QString &number);
    void showOrder(const Order &order);
    void updateActions();
    void updateOlder();
    void onOrderSaved(const Order &order, const QString &text);
    // Opens the order dialog; savedText ("… %1 … %2") says which order was saved and its total.
    void openOrderDialog(const Order &order, const QString &savedText);

    QPointer<Connection> m_connection;
    CustomerLoader *m_loader = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_lines = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_changeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_olderButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_changeAction = nullptr;
    QAction *m_cancelAction = nullptr;
    Order m_order;
    QString m_pendingSelect;
    QString m_fetchedPending; // asked for once by number: in no list yet
};

} // namespace spocs
