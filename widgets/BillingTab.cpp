#include "widgets/BillingTab.h"

#include "core/Ops.h"
#include "models/BillingSession.h"
#include "models/CreditQueueModel.h"
#include "models/CustomerLoader.h"
#include "models/InvoiceModel.h"
#include "models/MoneyText.h"
#include "widgets/ActionButton.h"
#include "widgets/DesktopLog.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/InvoiceActionDialog.h"
#include "widgets/ItemViews.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace spocs {

BillingTab::BillingTab(Connection *connection, CustomerLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_session(new BillingSession(connection, this))
{
    setObjectName(QStringLiteral("billingTab"));

    using Action = InvoiceActionDialog::Action;
    auto make
        = [this](const QString &text, const QString &name, const QKeySequence &key, const QString &tip, Action action) {
              QAction *a = makeWindowAction(text, name, key, tip, this, this);
              connect(a, &QAction::triggered, this, [this, action] { openAction(int(action)); });
              m_buttons.append(makeActionButton(a, text, name.chopped(6) + QStringLiteral("Button"), tip, this));
              return a;
          };
    m_paymentAction = make(tr("Record &Payment…"), QStringLiteral("recordPaymentAction"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           tr("Record a bank transfer or cash payment on the selected invoice"), Action::RecordPayment);
    m_creditAction = make(tr("Credit or Re&fund…"), QStringLiteral("creditInvoiceAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          tr("Credit or refund part of the selected invoice"), Action::CreditOrRefund);
    m_disputeAction
        = make(tr("&Dispute…"), QStringLiteral("disputeInvoiceAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
               tr("Mark the selected invoice disputed: it leaves dunning"), Action::Dispute);
    m_withdrawAction = make(tr("&Withdraw Dispute…"), QStringLiteral("withdrawDisputeAction"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                            tr("The customer no longer disputes the selected invoice"), Action::WithdrawDispute);
    connect(m_session, &BillingSession::saved, this, &BillingTab::onSaved);
    connect(m_session, &BillingSession::busyChanged, this, &BillingTab::updateActions);
    connect(m_session, &BillingSession::creditRequested, this, [this](const domain::CreditRequest &credit) {
        const QString amount = moneyText(credit.amount, credit.currency);
        showMessage(
            credit.isPending()
                ? tr("%1 of %2 waits for a team lead's approval.").arg(CreditQueueModel::kindText(credit.kind), amount)
                : tr("%1 of %2 applied (%3).")
                      .arg(CreditQueueModel::kindText(credit.kind), amount, credit.creditNote.value_or(QString())));
    });
    connect(m_session, &BillingSession::queued, this,
            [this] { showMessage(tr("Offline: the change waits and is sent when the connection is back.")); });

    auto *summary = new QGroupBox(tr("Balance"), this);
    m_balance = new QLabel(summary);
    m_balance->setObjectName(QStringLiteral("billingBalanceLabel"));
    m_balance->setTextFormat(Qt::RichText);
    m_balance->setWordWrap(true);
    m_cards = new QLabel(summary);
    m_cards->setObjectName(QStringLiteral("billingCardsLabel"));
    m_cards->setTextFormat(Qt::PlainText); // customer data, never markup
    m_cards->setWordWrap(true);
    m_cards->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summaryLayout = new QFormLayout(summary);
    summaryLayout->addRow(tr("Account:"), m_balance);
    summaryLayout->addRow(tr("Cards on file:"), m_cards);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(loader->invoiceModel());
    m_proxy->setSortRole(InvoiceModel::SortRole);
    m_view = makeRecordTree(m_proxy, QStringLiteral("invoicesView"), tr("Unpaid invoices"), this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InvoiceModel::DueColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_loader, &CustomerLoader::invoiceExplained, this, &BillingTab::showExplanation);
    connect(m_loader, &CustomerLoader::invoiceExplainFailed, this, &BillingTab::showExplainFailed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &idx) {
        const QString number = idx.data(InvoiceModel::NumberRole).toString();
        if (!number.isEmpty() && number != m_shown)
            explain(number);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &idx) {
        explain(idx.data(InvoiceModel::NumberRole).toString());
        m_explanation->setFocus();
    });

    auto *detail = new QWidget(this);
    m_invoiceTitle = new QLabel(detail);
    m_invoiceTitle->setObjectName(QStringLiteral("invoiceTitleLabel"));
    m_invoiceTitle->setTextFormat(Qt::PlainText); // customer data, never markup
    m_invoiceTitle->setWordWrap(true);
    QFont bold = m_invoiceTitle->font();
    bold.setBold(true);
    m_invoiceTitle->setFont(bold);
    m_explanation = new QTreeWidget(detail);
    setNames(m_explanation, QStringLiteral("invoiceExplanationView"), tr("How the open amount comes about"));
    m_explanation->setHeaderLabels({ tr("Explanation"), tr("Amount") });
    m_explanation->setRootIsDecorated(false);
    m_explanation->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_explanation->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_explanation->header()->setStretchLastSection(false);
    m_payments = new QTreeWidget(detail);
    setNames(m_payments, QStringLiteral("invoicePaymentsView"), tr("Payments"));
    m_payments->setHeaderLabels({ tr("Paid on"), tr("Amount"), tr("Method") });
    m_payments->setRootIsDecorated(false);
    m_payments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payments->header()->setStretchLastSection(true);
    auto *lists = new QSplitter(Qt::Horizontal, detail);
    lists->addWidget(m_explanation);
    lists->addWidget(m_payments);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_invoiceTitle);
    detailLayout->addWidget(lists, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : std::as_const(m_buttons))
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("billingMessageLabel"));
    m_message->setTextFormat(Qt::PlainText); // customer data, never markup
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(loader->invoiceModel(), &QAbstractItemModel::modelReset, this, [this] {
        if (!m_shown.isEmpty())
            selectInvoice(m_shown);
        else if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
}

void BillingTab::updateView()
{
    const CustomerView &d = m_loader->details();
    const std::optional<domain::Account> &account = d.customer.account;
    const QString currency = d.balance.currency.isEmpty() && account ? account->currency : d.balance.currency;
    QString text = (d.isEmpty() ? orDash(QString()) : moneyText(d.balance.amount, currency)).toHtmlEscaped();
    if (d.balance.overdue.cents > 0)
        text += QStringLiteral(" &nbsp;<span style=\"color:#c62828; font-weight:bold\">%1</span>")
                    .arg(tr("%1 overdue").arg(moneyText(d.balance.overdue, currency)).toHtmlEscaped());
    if (account)
        text += QStringLiteral(" &nbsp;·&nbsp; ")
            + tr("credit limit %1").arg(moneyText(account->creditLimit, account->currency)).toHtmlEscaped();
    m_balance->setText(text);
    QStringList cards;
    for (const Card &c : d.cards)
        cards << cardText(c);
    m_cards->setText(cards.isEmpty() ? tr("None") : cards.join(QStringLiteral(", ")));
    if (d.isEmpty()) {
        m_shown.clear();
        m_invoiceTitle->clear();
        m_explanation->clear();
        m_payments->clear();
    } else if (m_loader->invoiceModel()->rowCount() == 0) {
        m_shown.clear();
        m_invoiceTitle->setText(tr("No unpaid invoices."));
        m_explanation->clear();
        m_payments->clear();
    }
    if (m_shown.isEmpty())
        m_session->setInvoice({});
    updateActions();
}

QString BillingTab::messageText() const
{
    return m_message->text();
}

void BillingTab::showMessage(const QString &text)
{
    m_message->setText(text);
    Q_EMIT message(text);
}

void BillingTab::updateActions()
{
    const bool ready = !m_session->isBusy() && m_session->invoice().number == m_shown && !m_shown.isEmpty();
    m_paymentAction->setEnabled(ready && m_session->canRecordPayment());
    m_creditAction->setEnabled(ready && m_session->canCredit());
    m_disputeAction->setEnabled(ready && m_session->canDispute());
    m_withdrawAction->setEnabled(ready && m_session->canWithdrawDispute()); // the buttons follow
}

void BillingTab::openAction(int action)
{
    if (m_session->invoice().number.isEmpty() || m_session->isBusy())
        return;
    auto *dialog = new InvoiceActionDialog(m_session, InvoiceActionDialog::Action(action), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BillingTab::onSaved(const QString &op)
{
    const domain::Invoice &invoice = m_session->invoice();
    if (op == QStringView(op::PaymentRecord))
        showMessage(tr("Payment recorded on invoice %1; open amount now %2.")
                        .arg(invoice.number, moneyText(invoice.balance, invoice.currency)));
    else if (op == QStringView(op::InvoiceDispute))
        showMessage(tr("Invoice %1 is disputed: no reminders until the dispute is settled.").arg(invoice.number));
    else if (op == QStringView(op::InvoiceUndispute))
        showMessage(tr("Dispute of invoice %1 withdrawn.").arg(invoice.number));
    // The list and the balance follow from invoice.updated; the explanation is read again now.
    if (invoice.number == m_shown)
        m_loader->explainInvoice(m_shown);
}

void BillingTab::selectInvoice(const QString &number)
{
    const int row = m_loader->invoiceModel()->rowOf(number);
    if (row < 0)
        return;
    const QModelIndex idx = m_proxy->mapFromSource(m_loader->invoiceModel()->index(row, 0));
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    explain(number);
}

void BillingTab::explain(const QString &number)
{
    if (number.isEmpty())
        return;
    m_shown = number;
    m_invoiceTitle->setText(tr("Invoice %1").arg(number));
    updateActions(); // until the explanation says what the invoice allows
    m_loader->explainInvoice(number);
}

void BillingTab::showExplainFailed(const QString &number, const Error &error)
{
    m_explanation->clear();
    m_payments->clear();
    qCInfo(lcDesktop) << "invoice.explain failed:" << errorCodeName(error.code);
    m_invoiceTitle->setText(tr("Invoice %1: %2").arg(number, errorText(error)));
}

void BillingTab::showExplanation(const QString &number, const QJsonObject &answer)
{
    m_explanation->clear();
    m_payments->clear();
    const domain::Invoice invoice = domain::Invoice::fromJson(answer.value(QStringLiteral("invoice")).toObject());
    const QString &currency = invoice.currency;
    QStringList title { tr("Invoice %1").arg(number) };
    if (const QDate issued = wireDate(invoice.issuedOn); issued.isValid())
        title << tr("issued %1").arg(QLocale().toString(issued, QLocale::ShortFormat));
    if (const QDate due = wireDate(invoice.dueOn); due.isValid())
        title << tr("due %1").arg(QLocale().toString(due, QLocale::ShortFormat));
    if (!invoice.number.isEmpty())
        title << InvoiceModel::statusText(invoice.status);
    if (invoice.disputeReason)
        title << tr("disputed: %1").arg(*invoice.disputeReason);
    if (invoice.pendingCredit.cents > 0)
        title << tr("%1 credit waiting for approval").arg(moneyText(invoice.pendingCredit, currency));
    m_invoiceTitle->setText(title.join(QStringLiteral(" · ")));
    if (invoice.number == m_shown) {
        m_session->setInvoice(invoice);
        updateActions();
    }
    for (const QJsonValue &v : answer.value(QStringLiteral("explanation")).toArray()) {
        const domain::ExplanationLine line = domain::ExplanationLine::fromJson(v.toObject());
        auto *item = new QTreeWidgetItem(m_explanation, { line.label, moneyText(line.amount, currency) });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (const domain::Payment &p : invoice.payments) {
        QString method;
        if (p.card)
            method = cardText(*p.card);
        else
            method = paymentMethodText(p.method);
        const QDate at = wireDate(p.at);
        auto *item = new QTreeWidgetItem(m_payments,
                                         { at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : p.at,
                                           moneyText(p.amount, currency), method });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

QString BillingTab::paymentMethodText(domain::PaymentMethod method)
{
    switch (method) {
    case domain::PaymentMethod::Card:
        return tr("Card");
    case domain::PaymentMethod::Transfer:
        return tr("Bank transfer");
    case domain::PaymentMethod::DirectDebit:
        return tr("Direct debit");
    case domain::PaymentMethod::Cash:
        return tr("Cash");
    }
    return {};
}

} // namespace spocs
