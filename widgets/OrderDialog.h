#pragma once

#include "core/Result.h"
#include "models/CommerceData.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace spocs {

class Connection;
class OrderEditor;
class OrderLinesModel;
class ProductSearchModel;

// Places a new order (order is empty) or changes an existing one. Products are searched as
// the agent types, with price and live availability ("Out of stock - back in 14 days");
// the products on the lines are subscribed so their availability stays current while the
// dialog is open. Prices and totals shown are estimates; the coordinator computes the
// real ones and the dialog reports the server's total. The OrderEditor sends and follows.
class OrderDialog : public QDialog
{
    Q_OBJECT

public:
    OrderDialog(Connection *connection, const CustomerView &customer, const Order &order, QWidget *parent = nullptr);
    ~OrderDialog() override;

    bool isChange() const;
    ProductSearchModel *searchModel() const { return m_search; }
    OrderLinesModel *linesModel() const { return m_lines; }
    QString errorMessage() const;

    // Adds the highlighted search result (or the first one) to the lines.
    void addCurrentProduct();
    void submit();

Q_SIGNALS:
    void orderSaved(const spocs::Order &order);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void showError(const QString &text);
    void onFailed(const Error &error);
    void onReloaded(const Address &previousStart);
    Address enteredAddress() const;

    OrderEditor *m_editor = nullptr;
    ProductSearchModel *m_search = nullptr;
    OrderLinesModel *m_lines = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTreeView *m_results = nullptr;
    QSpinBox *m_quantity = nullptr;
    QTreeView *m_linesView = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_country = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace spocs
