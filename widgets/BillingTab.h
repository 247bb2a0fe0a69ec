#pragma once

#include "core/Result.h"
#include "core/domain/Commerce.h"

#include <QJsonObject>
#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class QTreeWidget;

namespace spocs {

class BillingSession;
class Connection;
class CustomerLoader;

// Customer page, section 3: balance, unpaid invoices with an explanation of the selected
// one (invoice.explain: total, payments, credit notes, balance), and the cards on file,
// masked ("Visa •••• 1111"). Actions on the selected invoice: Record Payment… (Ctrl+Shift+P),
// Credit or Refund… (Ctrl+Shift+R), Dispute… (Ctrl+Shift+D), Withdraw Dispute (Ctrl+Shift+W),
// each a small dialog on a BillingSession.
class BillingTab : public QWidget
{
    Q_OBJECT

public:
    BillingTab(Connection *connection, CustomerLoader *loader, QWidget *parent = nullptr);

    QTreeView *invoicesView() const { return m_view; }
    BillingSession *session() const { return m_session; }
    QString messageText() const;
    void selectInvoice(const QString &number);
    void updateView();

    // One line of invoice.explain in the agent's language.
    static QString explanationText(const domain::ExplanationLine &line);

Q_SIGNALS:
    void message(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeButtons(int perRow);
    void openAction(int action); // an InvoiceActionDialog::Action
    void onSaved(const QString &op);
    void updateActions();
    void showMessage(const QString &text);
    void explain(const QString &number);
    void showExplanation(const QString &number, const QJsonObject &answer);
    static QString paymentMethodText(domain::PaymentMethod method);
    // "Visa •••• 1111" or the method; the day of a payment in the locale's short form.
    static QString howPaidText(const domain::Payment &payment);
    static QString dayText(const QString &wireDay);
    void showExplainFailed(const QString &number, const Error &error);

    CustomerLoader *m_loader = nullptr;
    BillingSession *m_session = nullptr;
    QAction *m_paymentAction = nullptr;
    QAction *m_creditAction = nullptr;
    QAction *m_disputeAction = nullptr;
    QAction *m_withdrawAction = nullptr;
    QList<QPushButton *> m_buttons;
    QGridLayout *m_buttonGrid = nullptr;
    int m_buttonsPerRow = 0;
    QLabel *m_message = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_cards = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_invoiceTitle = nullptr;
    QTreeWidget *m_explanation = nullptr;
    QTreeWidget *m_payments = nullptr;
    QString m_shown;
    // The shown invoice's row as it was explained: a refetch that brings it unchanged asks no
    // invoice.explain again.
    domain::InvoiceSummary m_shownRow;
};

} // namespace spocs
