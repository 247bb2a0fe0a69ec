#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace spocs {

class Connection;
class CustomerSearchModel;

// The search box with type-ahead results: Down moves into the list, Enter opens the
// highlighted customer (customerActivated). When nothing matches, "New Customer…"
// (Ctrl+Shift+N) creates one from what was typed and opens it.
class CustomerSearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerSearchPanel(Connection *connection, QWidget *parent = nullptr);

    CustomerSearchModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_edit; }

    // Ctrl+F: focus the search box and select its text for a new search.
    void focusSearch();
    // Ctrl+Shift+N: the New Customer dialog, prefilled with the search text.
    void newCustomer();

Q_SIGNALS:
    void customerActivated(const QString &customerId);
    // The hit was found by an order or invoice number: open the customer at that record
    // (a customer page link, "order:O-200311").
    void recordActivated(const QString &customerId, const QString &link);

private:
    void activateRow(int row);
    void updateStatus();

    CustomerSearchModel *m_model = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_newCustomerButton = nullptr;
    Connection *m_connection = nullptr;
    QString m_lastError;
};

} // namespace spocs
