#include "widgets/OrdersTab.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/CustomerLoader.h"
#include "models/MoneyText.h"
#include "models/OrderModel.h"
#include "widgets/ActionButton.h"
#include "widgets/CancelOrderDialog.h"
#include "widgets/DesktopLog.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/OrderDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>

namespace spocs {

OrdersTab::OrdersTab(Connection *connection, CustomerLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_loader(loader)
{
    setObjectName(QStringLiteral("ordersTab"));

    auto make = [this](const QString &text, const QString &name, const QKeySequence &key, const QString &tip) {
        return makeWindowAction(text, name, key, tip, this, this);
    };
    m_newAction = make(tr("Ne&w Order…"), QStringLiteral("newOrderAction"), QKeySequence(Qt::CTRL | Qt::Key_N),
                       tr("Place a new order for this customer"));
    m_changeAction = make(tr("Chan&ge Order…"), QStringLiteral("changeOrderAction"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Change the lines or the address of the selected order"));
    m_cancelAction = make(tr("Cancel Or&der…"), QStringLiteral("cancelOrderAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), tr("Cancel the selected order"));
    connect(m_newAction, &QAction::triggered, this, &OrdersTab::placeOrder);
    connect(m_changeAction, &QAction::triggered, this, &OrdersTab::changeOrder);
    connect(m_cancelAction, &QAction::triggered, this, &OrdersTab::cancelOrder);

    m_proxy = makeSortProxy(m_loader->orderModel(), OrderModel::SortRole, this);
    m_view = makeRecordTree(m_proxy, QStringLiteral("ordersView"), tr("Orders"), this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrderModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Fit the page's width (next to the search and the docks) rather than scroll sideways: numbers,
    // dates and totals keep their width, the status takes what is left.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(OrderModel::StatusColumn, QHeaderView::Stretch);
    // Where even so they need more (German at 1024 px), the lines and the promise go first: the order below shows
    // both.
    hideColumnsThatDoNotFit(m_view, { OrderModel::LinesColumn, OrderModel::PromisedColumn });
    tipElidedText(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OrdersTab::onCurrentChanged);
    connect(m_view, &QTreeView::activated, this, [this] {
        if (m_changeAction->isEnabled())
            changeOrder();
    });

    const auto makeButton = [this](QAction *action, const QString &name) {
        return makeActionButton(action, action->text(), name, action->toolTip(), this);
    };
    auto *newButton = makeButton(m_newAction, QStringLiteral("newOrderButton"));
    m_changeButton = makeButton(m_changeAction, QStringLiteral("changeOrderButton"));
    m_cancelButton = makeButton(m_cancelAction, QStringLiteral("cancelOrderButton"));
    QHBoxLayout *buttons = makeButtonRow({ newButton, m_changeButton, m_cancelButton });

    m_message = makeTextLabel(QStringLiteral("ordersMessageLabel"), this);
    m_message->setVisible(false);

    auto *detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("orderDetail"));
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("orderTitleLabel"));
    m_title->setTextFormat(Qt::PlainText); // customer data, never markup
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_info = makeDataLabel(QStringLiteral("orderInfoLabel"), detail);
    m_rule = new QLabel(detail);
    m_rule->setObjectName(QStringLiteral("orderRuleLabel"));
    m_rule->setWordWrap(true);
    m_rule->setStyleSheet(QStringLiteral("color: #8d5a00;"));
    m_lines = makeItemTree({ tr("Product"), tr("SKU"), tr("Quantity"), tr("Unit price"), tr("Line total") },
                           QStringLiteral("orderLinesView"), tr("Order lines"), detail);
    m_lines->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->header()->setStretchLastSection(false); // the product stretches: the line total keeps its width
    m_lines->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The product gives way, cut to "…" with its whole name in the tooltip, once the SKU has gone.
    hideColumnsThatDoNotFit(m_lines, { 1 });
    tipElidedText(m_lines);
    m_history = makeItemTree({ tr("When"), tr("Who"), tr("What"), tr("Detail") }, QStringLiteral("orderHistoryView"),
                             tr("Order change history"), detail);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    // Stacked, so both keep the page's full width next to the search and the docks.
    QSplitter *lists = makeSplitter(Qt::Vertical, QString(), { m_lines, m_history }, detail);
    lists->setChildrenCollapsible(false);
    stackWithoutMargins(detail, { m_title, m_info, m_rule, { lists, 1 } });

    // Orders older than the view's recent ones, a page at a time.
    m_olderButton = new QPushButton(tr("Show &More Orders"), this);
    m_olderButton->setObjectName(QStringLiteral("olderOrdersButton"));
    m_olderButton->setToolTip(tr("This customer has older orders than those listed: load the next ones"));
    connect(m_olderButton, &QPushButton::clicked, m_loader, &CustomerLoader::loadOlderOrders);
    connect(m_loader, &CustomerLoader::olderChanged, this, &OrdersTab::updateOlder);
    auto *list = new QWidget(this);
    stackWithoutMargins(list, { { m_view, 1 }, makeRow({ m_olderButton, StackItem::spacer(1) }) });
    updateOlder();

    QSplitter *split = makeSplitter(Qt::Vertical, QString(), { list, detail }, this);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    stackWithMargins(this, { buttons, m_message, { split, 1 } });

    connect(m_loader, &CustomerLoader::orderLoaded, this, &OrdersTab::showOrder);
    connect(m_loader, &CustomerLoader::orderLoadFailed, this, [this](const QString &, const Error &error) {
        qCInfo(lcDesktop) << "order.get failed:" << errorCodeName(error.code);
        m_info->setText(errorText(error));
    });
    connect(m_loader, &CustomerLoader::authorNamesChanged, this, [this] {
        if (!m_order.isEmpty())
            showOrder(m_order); // who changed it, by name
    });
    connect(m_loader, &CustomerLoader::orderUpdated, this, [this](const Order &order) {
        if (order.number == m_order.number)
            showOrder(order);
    });
    connect(m_loader->orderModel(), &QAbstractItemModel::modelReset, this, [this] {
        const QString keep = m_pendingSelect.isEmpty() ? m_order.number : m_pendingSelect;
        if (!keep.isEmpty())
            selectOrder(keep);
        else
            selectFirstRow(m_view);
    });
    // An order opened by number joins the list when order.get answers.
    connect(m_loader->orderModel(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelect.isEmpty() && m_loader->orderModel()->rowOf(m_pendingSelect) >= 0)
            selectOrder(m_pendingSelect);
    });
    showOrder({});
}

void OrdersTab::updateView()
{
    if (m_loader->details().isEmpty()) {
        m_order = {};
        m_pendingSelect.clear(); // of the customer before
        m_fetchedPending.clear();
        m_message->clear();
        m_message->setVisible(false);
        showOrder({});
    }
    updateActions();
}

void OrdersTab::selectOrder(const QString &number)
{
    const int row = m_loader->orderModel()->rowOf(number);
    if (row < 0) {
        m_pendingSelect = number; // not loaded yet: select once it is
        // Loaded, and older than the orders listed: order.get brings it into the list.
        if (!m_loader->details().isEmpty() && m_fetchedPending != number) {
            m_fetchedPending = number;
            fetchOrder(number);
        }
        return;
    }
    m_pendingSelect.clear();
    m_fetchedPending.clear();
    selectSourceRow(m_view, m_proxy, row);
    if (number != m_order.number || m_order.lines.isEmpty())
        fetchOrder(number);
}

void OrdersTab::onCurrentChanged()
{
    const QString number = m_view->currentIndex().data(OrderModel::NumberRole).toString();
    if (number.isEmpty() || number == m_order.number)
        return;
    // Show the summary at once, the lines when order.get answers.
    showOrder(Order::fromSummary(m_loader->orderModel()->orderAt(m_loader->orderModel()->rowOf(number))));
    fetchOrder(number);
}

void OrdersTab::fetchOrder(const QString &number)
{
    m_loader->loadOrder(number);
}

void OrdersTab::showOrder(const Order &o)
{
    m_order = o;
    m_lines->clear();
    m_history->clear();
    if (o.isEmpty()) {
        m_title->setText(m_loader->orderModel()->rowCount() == 0 && !m_loader->details().isEmpty()
                             ? tr("No orders yet. Press Ctrl+N to place one.")
                             : QString());
        m_info->clear();
        m_rule->clear();
        m_rule->setVisible(false);
        updateActions();
        return;
    }
    m_title->setText(tr("Order %1 · %2").arg(o.number, OrderModel::statusText(o.status)));
    QStringList info;
    info << tr("Total: %1").arg(orDash(moneyText(o.total, o.currency)));
    if (const QDateTime created = wireTime(o.createdAt); created.isValid())
        info << tr("Placed: %1").arg(QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    if (const QDate promised = wireDate(o.promisedOn); promised.isValid())
        info << tr("Promised for: %1").arg(QLocale().toString(promised, QLocale::ShortFormat));
    if (!o.shippingAddress.isEmpty())
        info << tr("Ship to: %1").arg(addressText(o.shippingAddress).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    if (o.cancelReason && !o.cancelReason->isEmpty())
        info << tr("Cancelled because: %1").arg(*o.cancelReason);
    m_info->setText(info.join(QStringLiteral("\n")));
    for (const OrderLine &l : o.lines) {
        auto *item = new QTreeWidgetItem(m_lines,
                                         { l.name, l.sku, QLocale().toString(l.quantity),
                                           moneyText(l.unitPrice, o.currency), moneyText(l.lineTotal, o.currency) });
        for (int c : { 2, 3, 4 })
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (const OrderEvent &e : o.history) {
        const QDateTime at = wireTime(e.at);
        new QTreeWidgetItem(m_history,
                            { at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString(),
                              m_loader->authorName(e.author), orderActionText(e.action), e.detail });
    }

    // Say up front why an action is not possible, rather than letting it fail.
    QString rule;
    const QString status = OrderModel::statusText(o.status);
    if (!domain::cancellable(o.status) && domain::isOpen(o.status))
        rule = tr("This order was %1: it can no longer be changed or cancelled. Offer a return after delivery.")
                   .arg(status.toLower());
    else if (!domain::isOpen(o.status))
        rule = tr("This order is %1: it is closed and can no longer be changed or cancelled.").arg(status.toLower());
    else if (!domain::linesChangeable(o.status))
        rule = tr("This order was %1: only the delivery address can still change; it can still be cancelled.")
                   .arg(status.toLower());
    m_rule->setText(rule);
    m_rule->setVisible(!rule.isEmpty());
    updateActions();
}

void OrdersTab::updateOlder()
{
    m_olderButton->setVisible(m_loader->hasOlderOrders());
    m_olderButton->setEnabled(!m_loader->isLoadingOlder());
}

void OrdersTab::updateActions()
{
    const bool haveCustomer = !m_loader->details().isEmpty();
    const bool haveOrder = !m_order.isEmpty();
    m_newAction->setEnabled(haveCustomer);
    m_changeAction->setEnabled(haveCustomer && haveOrder && domain::addressChangeable(m_order.status));
    m_cancelAction->setEnabled(haveCustomer && haveOrder && domain::cancellable(m_order.status));
    // The buttons follow their actions' enabled state; a disabled one says why.
    const QString why = m_rule->text();
    m_changeButton->setToolTip(m_changeAction->isEnabled() ? m_changeAction->toolTip() : why);
    m_cancelButton->setToolTip(m_cancelAction->isEnabled() ? m_cancelAction->toolTip() : why);
}

void OrdersTab::placeOrder()
{
    if (m_loader->details().isEmpty())
        return;
    openOrderDialog(Order {}, tr("Order %1 placed. Total: %2."));
}

void OrdersTab::changeOrder()
{
    if (m_order.isEmpty() || !domain::addressChangeable(m_order.status))
        return;
    openOrderDialog(m_order, tr("Order %1 changed. Total: %2."));
}

void OrdersTab::openOrderDialog(const Order &order, const QString &savedText)
{
    auto *dialog = new OrderDialog(m_connection, m_loader->details(), order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderDialog::orderSaved, this, [this, savedText](const Order &o) {
        onOrderSaved(o, savedText.arg(o.number, moneyText(o.total, o.currency)));
    });
    dialog->open();
}

void OrdersTab::cancelOrder()
{
    if (m_order.isEmpty() || !domain::cancellable(m_order.status))
        return;
    auto *dialog = new CancelOrderDialog(m_connection, m_order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelOrderDialog::orderSaved, this,
            [this](const Order &o) { onOrderSaved(o, tr("Order %1 cancelled.").arg(o.number)); });
    dialog->open();
}

void OrdersTab::onOrderSaved(const Order &order, const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(true);
    Q_EMIT message(text);
    if (order.isEmpty())
        return;
    m_loader->orderModel()->upsert(order.summary()); // at once; the event and refetch follow
    showOrder(order);
    selectOrder(order.number);
    m_view->setFocus();
}

} // namespace spocs
