#include "widgets/BillingTab.h"

#include "core/Ops.h"
#include "models/BillingSession.h"
#include "models/CreditQueueModel.h"
#include "models/CustomerLoader.h"
#include "models/InvoiceModel.h"
#include "models/MoneyText.h"
#include "widgets/ActionButton.h"
#include "widgets/DesktopLog.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/InvoiceActionDialog.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"

#include <QAction>
#include <QFormLayout>
#include <QGridLayout>
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
    m_paymentAction = make(tr("Record Pay&ment…"), QStringLiteral("recordPaymentAction"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           tr("Record a bank transfer or cash payment on the selected invoice"), Action::RecordPayment);
    m_creditAction = make(tr("Cre&dit or Refund…"), QStringLiteral("creditInvoiceAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          tr("Credit or refund part of the selected invoice"), Action::CreditOrRefund);
    m_disputeAction
        = make(tr("Dis&pute…"), QStringLiteral("disputeInvoiceAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
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
            [this] { showMessage(tr("The change waits to be sent.")); }); // short, for the status bar

    auto *summary = new QGroupBox(tr("Balance"), this);
    m_balance = new QLabel(summary);
    m_balance->setObjectName(QStringLiteral("billingBalanceLabel"));
    m_balance->setTextFormat(Qt::RichText);
    m_balance->setWordWrap(true);
    m_cards = makeDataLabel(QStringLiteral("billingCardsLabel"), summary);
    auto *summaryLayout = new QFormLayout(summary);
    summaryLayout->addRow(tr("Account:"), m_balance);
    summaryLayout->addRow(tr("Cards on file:"), m_cards);

    m_proxy = makeSortProxy(loader->invoiceModel(), InvoiceModel::SortRole, this);
    m_view = makeRecordTree(m_proxy, QStringLiteral("invoicesView"), tr("Unpaid invoices"), this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InvoiceModel::DueColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The amounts before the status: next to the search and the docks the last column scrolls out
    // of view, and the status is also told by the red due date and the selected invoice's title.
    m_view->header()->moveSection(m_view->header()->visualIndex(InvoiceModel::StatusColumn),
                                  InvoiceModel::ColumnCount - 1);
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
    m_invoiceTitle = makeTextLabel(QStringLiteral("invoiceTitleLabel"), detail);
    QFont bold = m_invoiceTitle->font();
    bold.setBold(true);
    m_invoiceTitle->setFont(bold);
    m_explanation = makeItemTree({ tr("Explanation"), tr("Amount") }, QStringLiteral("invoiceExplanationView"),
                                 tr("How the open amount comes about"), detail);
    m_explanation->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_explanation->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_explanation->header()->setStretchLastSection(false);
    m_payments = makeItemTree({ tr("Paid on"), tr("Amount"), tr("Method") }, QStringLiteral("invoicePaymentsView"),
                              tr("Payments"), detail);
    m_payments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payments->header()->setStretchLastSection(true);
    QSplitter *lists = makeSplitter(Qt::Horizontal, QString(), { m_explanation, m_payments }, detail);
    stackWithoutMargins(detail, { m_invoiceTitle, { lists, 1 } });

    QSplitter *split = makeSplitter(Qt::Vertical, QString(), { m_view, detail }, this);
    split->setChildrenCollapsible(false);

    // All four in one row, or two rows of two when one row does not hold them (beside the search
    // and the knowledge dock at 1024 px) rather than cut ("ecord Payment"); see resizeEvent.
    m_buttonGrid = new QGridLayout;
    m_buttonGrid->setColumnStretch(int(m_buttons.size()), 1);
    placeButtons(int(m_buttons.size()));
    m_message = makeTextLabel(QStringLiteral("billingMessageLabel"), this);

    stackWithMargins(this, { summary, m_buttonGrid, m_message, { split, 1 } });

    connect(loader->invoiceModel(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_shown.isEmpty()) {
            selectFirstRow(m_view);
            return;
        }
        const int row = m_loader->invoiceModel()->rowOf(m_shown);
        if (row >= 0 && m_loader->invoiceModel()->invoiceAt(row) == m_shownRow)
            selectSourceRow(m_view, m_proxy, row); // the explanation on screen still holds
        else
            selectInvoice(m_shown);
    });
}

void BillingTab::placeButtons(int perRow)
{
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttonGrid->addWidget(m_buttons.at(i), i / perRow, i % perRow);
    m_buttonsPerRow = perRow;
}

void BillingTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    int oneRow = m_buttonGrid->horizontalSpacing() * int(m_buttons.size() - 1);
    for (const QPushButton *b : std::as_const(m_buttons))
        oneRow += b->sizeHint().width();
    const QMargins margins = layout()->contentsMargins();
    const int perRow = oneRow <= width() - margins.left() - margins.right() ? int(m_buttons.size()) : 2;
    if (perRow != m_buttonsPerRow)
        placeButtons(perRow);
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
    // A paid invoice is in no list: its explanation shows it all the same.
    if (const int row = m_loader->invoiceModel()->rowOf(number); row >= 0)
        selectSourceRow(m_view, m_proxy, row);
    explain(number);
}

void BillingTab::explain(const QString &number)
{
    if (number.isEmpty())
        return;
    m_shown = number;
    const int row = m_loader->invoiceModel()->rowOf(number);
    m_shownRow = row >= 0 ? m_loader->invoiceModel()->invoiceAt(row) : domain::InvoiceSummary();
    m_invoiceTitle->setText(tr("Invoice %1").arg(number));
    updateActions(); // until the explanation says what the invoice allows
    m_loader->explainInvoice(number);
}

void BillingTab::showExplainFailed(const QString &number, const Error &error)
{
    m_shownRow = {}; // asked again on the next refetch
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
        auto *item = new QTreeWidgetItem(m_explanation, { explanationText(line), moneyText(line.amount, currency) });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (const domain::Payment &p : invoice.payments) {
        auto *item = new QTreeWidgetItem(m_payments, { dayText(p.at), moneyText(p.amount, currency), howPaidText(p) });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

QString BillingTab::howPaidText(const domain::Payment &payment)
{
    return payment.card ? cardText(*payment.card) : paymentMethodText(payment.method);
}

QString BillingTab::dayText(const QString &wireDay)
{
    const QDate day = wireDate(wireDay);
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : wireDay;
}

// The coordinator's label is English; the line's kind and record say the same in the agent's language.
QString BillingTab::explanationText(const domain::ExplanationLine &line)
{
    using Kind = domain::ExplanationKind;
    switch (line.kind) {
    case Kind::Total:
        return tr("Invoice total");
    case Kind::Payment:
        if (!line.payment)
            break;
        return tr("Payment %1 (%2)").arg(dayText(line.payment->at), howPaidText(*line.payment));
    case Kind::CreditNote:
        return tr("Credit note %1").arg(line.ref);
    case Kind::Refund:
        return tr("Refunded to the customer (%1)").arg(line.ref);
    case Kind::Voided:
        return tr("Invoice voided");
    case Kind::Adjustment:
        return tr("Adjustment");
    case Kind::Balance:
        return tr("Balance");
    }
    return line.label;
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
