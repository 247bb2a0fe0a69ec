#pragma once

#include "core/Result.h"
#include "core/domain/Commerce.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;
class QTreeWidget;

namespace spocs {

class CustomerLoader;

// Customer page, section 3: balance, unpaid invoices with an explanation of the selected
// one (invoice.explain: total, payments, credit notes, balance), and the cards on file,
// masked ("Visa •••• 1111").
class BillingTab : public QWidget
{
    Q_OBJECT

public:
    explicit BillingTab(CustomerLoader *loader, QWidget *parent = nullptr);

    QTreeView *invoicesView() const { return m_view; }
    void selectInvoice(const QString &number);
    void updateView();

private:
    void explain(const QString &number);
    void showExplanation(const QString &number, const QJsonObject &answer);
    static QString paymentMethodText(domain::PaymentMethod method);
    void showExplainFailed(const QString &number, const Error &error);

    CustomerLoader *m_loader = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_cards = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_invoiceTitle = nullptr;
    QTreeWidget *m_explanation = nullptr;
    QTreeWidget *m_payments = nullptr;
    QString m_shown;
};

} // namespace spocs
