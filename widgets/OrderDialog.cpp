#include "widgets/OrderDialog.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/MoneyText.h"
#include "models/OrderLinesModel.h"
#include "models/OrderModel.h"
#include "models/ProductSearchModel.h"
#include "widgets/DesktopLog.h"
#include "widgets/ErrorText.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace spocs {
namespace {
QString productTopic(const QString &sku)
{
    return QStringLiteral("product:") + sku;
}
} // namespace

OrderDialog::OrderDialog(Connection *connection, const CustomerDetails &customer, const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_customer(customer)
    , m_order(order)
    , m_search(new ProductSearchModel(this))
    , m_lines(new OrderLinesModel(this))
{
    setObjectName(QStringLiteral("orderDialog"));
    const QString who = customer.name.isEmpty() ? customer.id : customer.name;
    setWindowTitle(isChange() ? tr("Change Order %1").arg(order.number) : tr("New Order for %1").arg(who));
    m_search->setConnection(connection);
    const bool linesEditable = !isChange() || orderLinesChangeable(order.status);

    // Products
    auto *productsBox = new QGroupBox(tr("Add products"), this);
    m_searchEdit = new QLineEdit(productsBox);
    m_searchEdit->setObjectName(QStringLiteral("productSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search products by name or SKU…"));
    m_searchEdit->setAccessibleName(tr("Product search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    m_quantity = new QSpinBox(productsBox);
    m_quantity->setObjectName(QStringLiteral("orderQuantitySpin"));
    m_quantity->setRange(1, OrderLinesModel::MaxQuantity);
    m_quantity->setAccessibleName(tr("Quantity to add"));
    m_quantity->setPrefix(tr("Qty "));
    m_addButton = new QPushButton(tr("&Add"), productsBox);
    m_addButton->setObjectName(QStringLiteral("addProductButton"));
    m_addButton->setAccessibleName(tr("Add the highlighted product"));
    m_addButton->setToolTip(tr("Add the highlighted product (Enter)"));
    m_results = new QTreeView(productsBox);
    m_results->setObjectName(QStringLiteral("productResults"));
    m_results->setAccessibleName(tr("Products found"));
    m_results->setModel(m_search);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(ProductSearchModel::NameColumn, QHeaderView::Stretch);
    m_results->setMinimumHeight(120);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_quantity);
    searchRow->addWidget(m_addButton);
    auto *productsLayout = new QVBoxLayout(productsBox);
    productsLayout->addLayout(searchRow);
    productsLayout->addWidget(m_results);
    productsBox->setEnabled(linesEditable);

    // Lines
    auto *linesBox = new QGroupBox(tr("Order lines"), this);
    m_linesView = new QTreeView(linesBox);
    m_linesView->setObjectName(QStringLiteral("orderLinesEdit"));
    m_linesView->setAccessibleName(tr("Order lines; F2 edits the quantity, Delete removes a line"));
    m_linesView->setModel(m_lines);
    m_linesView->setRootIsDecorated(false);
    m_linesView->setUniformRowHeights(true);
    m_linesView->setEditTriggers(linesEditable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                         | QAbstractItemView::AnyKeyPressed
                                               : QAbstractItemView::NoEditTriggers);
    m_linesView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linesView->header()->setSectionResizeMode(OrderLinesModel::ProductColumn, QHeaderView::Stretch);
    m_linesView->setMinimumHeight(110);
    m_removeButton = new QPushButton(tr("&Remove Line"), linesBox);
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));
    m_removeButton->setToolTip(tr("Remove the selected line (Delete)"));
    m_removeButton->setEnabled(linesEditable);
    auto *removeAction = new QAction(tr("Remove Line"), m_linesView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_linesView->addAction(removeAction);
    auto removeLine = [this, linesEditable] {
        if (linesEditable && m_linesView->currentIndex().isValid())
            m_lines->removeLine(m_linesView->currentIndex().row());
    };
    connect(removeAction, &QAction::triggered, this, removeLine);
    connect(m_removeButton, &QPushButton::clicked, this, removeLine);
    m_total = new QLabel(linesBox);
    m_total->setObjectName(QStringLiteral("orderTotalLabel"));
    m_total->setWordWrap(true);
    m_problems = new QLabel(linesBox);
    m_problems->setObjectName(QStringLiteral("orderProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *linesFoot = new QHBoxLayout;
    linesFoot->addWidget(m_total, 1);
    linesFoot->addWidget(m_removeButton);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addWidget(m_linesView, 1);
    linesLayout->addLayout(linesFoot);
    linesLayout->addWidget(m_problems);

    // Address
    auto *addressBox = new QGroupBox(tr("Delivery address"), this);
    auto *form = new QFormLayout(addressBox);
    const PostalAddress address
        = isChange() && !order.shippingAddress.isEmpty() ? order.shippingAddress : customer.address;
    auto field = [&](const QString &label, const QString &name, const QString &value) {
        auto *edit = new QLineEdit(value, addressBox);
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        form->addRow(label, edit);
        return edit;
    };
    m_street = field(tr("&Street:"), QStringLiteral("shipStreetEdit"), address.street);
    m_postcode = field(tr("&Postcode:"), QStringLiteral("shipPostcodeEdit"), address.postcode);
    m_city = field(tr("C&ity:"), QStringLiteral("shipCityEdit"), address.city);
    m_country = field(tr("C&ountry:"), QStringLiteral("shipCountryEdit"), address.country);
    m_country->setMaxLength(2);
    addressBox->setEnabled(!isChange() || orderAddressChangeable(order.status));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("orderErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(isChange() ? tr("&Save Changes") : tr("&Place Order"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitOrderButton"));
    m_submit->setToolTip(tr("Send to the server (Ctrl+Return)"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeOrderDialogButton"));
    // Enter belongs to the search field and the lists; sending takes Ctrl+Return.
    for (QPushButton *b : { m_submit, close, m_addButton, m_removeButton }) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto *submitAction = new QAction(this);
    submitAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    addAction(submitAction);
    connect(submitAction, &QAction::triggered, this, &OrderDialog::submit);
    connect(m_submit, &QPushButton::clicked, this, &OrderDialog::submit);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(productsBox, 2);
    layout->addWidget(linesBox, 2);
    layout->addWidget(addressBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_searchEdit, &QLineEdit::textEdited, m_search, &ProductSearchModel::setQuery);
    connect(m_search, &ProductSearchModel::resultsReplaced, this, [this] {
        if (m_search->rowCount() > 0 && !m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_search->index(0, 0));
    });
    connect(m_search, &ProductSearchModel::searchFailed, this, [this](const Error &e) { showError(errorText(e)); });
    connect(m_results, &QTreeView::activated, this, &OrderDialog::addCurrentProduct);
    connect(m_addButton, &QPushButton::clicked, this, &OrderDialog::addCurrentProduct);
    connect(m_lines, &OrderLinesModel::linesChanged, this, &OrderDialog::updateState);
    connect(m_lines, &OrderLinesModel::linesChanged, this, &OrderDialog::syncSubscriptions);
    if (connection)
        connect(connection, &Connection::eventReceived, this, &OrderDialog::onEvent);

    if (isChange()) {
        m_lines->setOrderLines(order.lines, order.currency);
        for (const OrderLine &l : order.lines)
            fetchProduct(l.sku);
    }
    updateState();
    resize(760, 640);
    setTabOrder(m_searchEdit, m_quantity);
    m_searchEdit->setFocus();
}

OrderDialog::~OrderDialog()
{
    if (m_connection) {
        for (const QString &sku : std::as_const(m_subscribed))
            m_connection->unsubscribe(productTopic(sku));
    }
}

QString OrderDialog::errorMessage() const
{
    return m_error->text();
}

bool OrderDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            if (m_search->rowCount() > 0) { // the list follows the arrows while typing
                QApplication::sendEvent(m_results, event);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier)
                break;
            if (m_search->rowCount() == 0)
                m_search->searchNow();
            else
                addCurrentProduct();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OrderDialog::addCurrentProduct()
{
    QModelIndex idx = m_results->currentIndex();
    if (!idx.isValid() && m_search->rowCount() > 0)
        idx = m_search->index(0, 0);
    if (!idx.isValid())
        return;
    const Product p = m_search->productAt(idx.row());
    if (p.discontinued) {
        showError(tr("%1 is discontinued and can no longer be ordered.").arg(p.name));
        return;
    }
    const int row = m_lines->addProduct(p, m_quantity->value());
    if (row < 0) {
        showError(tr("An order can have at most %1 lines.").arg(OrderLinesModel::MaxLines));
        return;
    }
    m_error->setVisible(false);
    m_linesView->setCurrentIndex(m_lines->index(row, OrderLinesModel::QuantityColumn));
    m_quantity->setValue(1);
    m_searchEdit->selectAll();
    m_searchEdit->setFocus();
}

void OrderDialog::syncSubscriptions()
{
    if (!m_connection)
        return;
    const QStringList skus = m_lines->skus();
    const QSet<QString> wanted(skus.begin(), skus.end());
    for (const QString &sku : wanted - m_subscribed)
        m_connection->subscribe(productTopic(sku));
    for (const QString &sku : m_subscribed - wanted)
        m_connection->unsubscribe(productTopic(sku));
    m_subscribed = wanted;
}

void OrderDialog::onEvent(const protocol::Event &event)
{
    if (!event.topic.startsWith(QLatin1String("product:")))
        return;
    const Product p = Product::fromJson(event.data.value(QStringLiteral("product")).toObject());
    if (p.isEmpty())
        return;
    m_lines->applyProduct(p);
    m_search->applyProduct(p);
}

void OrderDialog::fetchProduct(const QString &sku)
{
    if (!m_connection || sku.isEmpty())
        return;
    m_connection->request(QString::fromUtf16(op::ProductGet), QJsonObject { { QStringLiteral("sku"), sku } }, this,
                          [this](const Reply &reply) {
                              if (!reply.ok)
                                  return; // the line keeps "checking"; the server still validates
                              const Product p
                                  = Product::fromJson(reply.data.value(QStringLiteral("product")).toObject());
                              if (!p.isEmpty()) {
                                  m_lines->applyProduct(p);
                                  m_search->applyProduct(p);
                              }
                          });
}

void OrderDialog::updateState()
{
    const QString currency = m_lines->currency();
    m_total->setText(m_lines->isEmpty() ? tr("No lines yet: search a product and press Enter to add it.")
                                        : tr("Estimated total: %1 (the server calculates the final amount)")
                                              .arg(moneyText(m_lines->estimatedTotal(), currency)));
    const QStringList problems = m_lines->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    const bool hasChange = !isChange() || linesChanged() || addressChanged();
    m_submit->setEnabled(!m_busy && !m_lines->isEmpty() && hasChange);
}

void OrderDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QJsonObject OrderDialog::addressJson() const
{
    return QJsonObject { { QStringLiteral("street"), m_street->text().trimmed() },
                         { QStringLiteral("city"), m_city->text().trimmed() },
                         { QStringLiteral("postcode"), m_postcode->text().trimmed() },
                         { QStringLiteral("country"), m_country->text().trimmed().toUpper() } };
}

bool OrderDialog::addressChanged() const
{
    const PostalAddress a
        = isChange() && !m_order.shippingAddress.isEmpty() ? m_order.shippingAddress : m_customer.address;
    return m_street->text().trimmed() != a.street || m_city->text().trimmed() != a.city
        || m_postcode->text().trimmed() != a.postcode || m_country->text().trimmed().toUpper() != a.country;
}

bool OrderDialog::linesChanged() const
{
    if (!isChange())
        return true;
    if (m_lines->lines().size() != m_order.lines.size())
        return true;
    for (int i = 0; i < m_order.lines.size(); ++i) {
        const auto &mine = m_lines->lines().at(i);
        if (mine.product.sku != m_order.lines.at(i).sku || mine.quantity != m_order.lines.at(i).quantity)
            return true;
    }
    return false;
}

void OrderDialog::submit()
{
    if (m_busy || !m_connection || m_lines->isEmpty())
        return;
    if (isChange() && !linesChanged() && !addressChanged())
        return;
    QJsonObject args;
    QString opName;
    if (isChange()) {
        opName = QString::fromUtf16(op::OrderChange);
        args.insert(QStringLiteral("number"), m_order.number);
        args.insert(QStringLiteral("version"), m_order.version);
        if (linesChanged())
            args.insert(QStringLiteral("lines"), m_lines->toJson());
        if (addressChanged())
            args.insert(QStringLiteral("shippingAddress"), addressJson());
    } else {
        opName = QString::fromUtf16(op::OrderPlace);
        args.insert(QStringLiteral("customer"), m_customer.id);
        args.insert(QStringLiteral("lines"), m_lines->toJson());
        if (addressChanged())
            args.insert(QStringLiteral("shippingAddress"), addressJson());
    }
    m_busy = true;
    showError(QString());
    m_submit->setText(isChange() ? tr("Saving…") : tr("Placing…"));
    updateState();
    m_connection->write(opName, args, this, [this](const Reply &reply) {
        m_busy = false;
        m_submit->setText(isChange() ? tr("&Save Changes") : tr("&Place Order"));
        updateState();
        if (reply.ok) {
            const Order o = Order::fromJson(reply.data.value(QStringLiteral("order")).toObject());
            Q_EMIT orderSaved(o);
            accept();
            return;
        }
        if (reply.error.code == ErrorCode::Queued) {
            accept(); // kept in the offline outbox; the orders table marks the order as waiting
            return;
        }
        qCInfo(lcDesktop) << "order write failed:" << errorCodeName(reply.error.code);
        QString text = errorDetailText(reply.error);
        if (reply.error.code == ErrorCode::InsufficientStock || reply.error.code == ErrorCode::InvalidState) {
            const QString sku = reply.error.details.value(QStringLiteral("sku")).toString();
            if (!sku.isEmpty())
                fetchProduct(sku); // show the current availability on the line
        }
        if (reply.error.code == ErrorCode::VersionConflict && isChange()) {
            text = tr("Someone else changed order %1 meanwhile. The current order was loaded; check it and save "
                      "again to apply your lines.")
                       .arg(m_order.number);
            m_connection->request(QString::fromUtf16(op::OrderGet),
                                  QJsonObject { { QStringLiteral("number"), m_order.number } }, this,
                                  [this](const Reply &r) {
                                      if (!r.ok)
                                          return;
                                      const Order o = Order::fromJson(r.data.value(QStringLiteral("order")).toObject());
                                      if (!o.isEmpty())
                                          m_order.version = o.version; // the user's lines stay
                                      updateState();
                                  });
        }
        showError(text);
    });
}

} // namespace spocs
