#include "widgets/OrderDialog.h"

#include "models/MoneyText.h"
#include "models/OrderEditor.h"
#include "models/OrderLinesModel.h"
#include "models/OrderModel.h"
#include "models/ProductSearchModel.h"
#include "widgets/DesktopLog.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

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

OrderDialog::OrderDialog(Connection *connection, const CustomerView &customer, const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_editor(new OrderEditor(connection, customer, order, this))
    , m_search(m_editor->search())
    , m_lines(m_editor->lines())
{
    setObjectName(QStringLiteral("orderDialog"));
    const QString who = customer.customer.name.isEmpty() ? customer.customer.id : customer.customer.name;
    setWindowTitle(isChange() ? tr("Change Order %1").arg(order.number) : tr("New Order for %1").arg(who));
    const bool linesEditable = !isChange() || domain::linesChangeable(order.status);

    // Products
    auto *productsBox = new QGroupBox(tr("Add products"), this);
    m_searchEdit = new QLineEdit(productsBox);
    setNames(m_searchEdit, QStringLiteral("productSearchEdit"), tr("Product search"));
    m_searchEdit->setPlaceholderText(tr("Search products by name or SKU…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    m_quantity = new QSpinBox(productsBox);
    setNames(m_quantity, QStringLiteral("orderQuantitySpin"), tr("Quantity to add"));
    m_quantity->setRange(1, OrderLinesModel::MaxQuantity);
    m_quantity->setPrefix(tr("Qty "));
    m_quantity->installEventFilter(this); // Enter adds, as in the search field
    auto *addButton = new QPushButton(tr("&Add"), productsBox);
    setNames(addButton, QStringLiteral("addProductButton"), tr("Add the highlighted product"));
    addButton->setToolTip(tr("Add the highlighted product (Enter)"));
    m_results = makeRecordTree(m_search, QStringLiteral("productResults"), tr("Products found"), productsBox);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(ProductSearchModel::NameColumn, QHeaderView::Stretch);
    m_results->setMinimumHeight(120);
    QHBoxLayout *searchRow = makeRow({ { m_searchEdit, 1 }, m_quantity, addButton });
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
    auto *removeButton = new QPushButton(tr("&Remove Line"), linesBox);
    removeButton->setObjectName(QStringLiteral("removeLineButton"));
    removeButton->setToolTip(tr("Remove the selected line (Delete)"));
    removeButton->setEnabled(linesEditable);
    auto *removeAction = new QAction(tr("Remove Line"), m_linesView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_linesView->addAction(removeAction);
    auto removeLine = [this, linesEditable] {
        if (linesEditable && m_linesView->currentIndex().isValid()) {
            m_lines->removeLine(m_linesView->currentIndex().row());
            showError(QString()); // the refusal may have been about that line; sending again tells
        }
    };
    connect(removeAction, &QAction::triggered, this, removeLine);
    // The quantity is the one cell to edit, so the cursor stays in its column: F2 or a digit edits
    // it on any line, also on the lines a change starts with (rows select whole, so the arrow keys
    // would never move the cursor there).
    connect(m_linesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.column() != OrderLinesModel::QuantityColumn)
                    m_linesView->setCurrentIndex(current.siblingAtColumn(OrderLinesModel::QuantityColumn));
            });
    connect(removeButton, &QPushButton::clicked, this, removeLine);
    m_total = new QLabel(linesBox);
    m_total->setObjectName(QStringLiteral("orderTotalLabel"));
    m_total->setWordWrap(true);
    m_problems = new QLabel(linesBox);
    m_problems->setObjectName(QStringLiteral("orderProblemsLabel"));
    m_problems->setTextFormat(Qt::PlainText); // customer data, never markup
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    QHBoxLayout *linesFoot = makeRow({ { m_total, 1 }, removeButton });
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addWidget(m_linesView, 1);
    linesLayout->addLayout(linesFoot);
    linesLayout->addWidget(m_problems);

    // Address
    auto *addressBox = new QGroupBox(tr("Delivery address"), this);
    auto *form = new QFormLayout(addressBox);
    const Address address = m_editor->startAddress();
    auto field = [&](const QString &label, const QString &name, const QString &value) {
        auto *edit = new QLineEdit(value, addressBox);
        setNames(edit, name, label);
        form->addRow(label, edit);
        return edit;
    };
    m_street = field(tr("&Street:"), QStringLiteral("shipStreetEdit"), address.street);
    m_postcode = field(tr("&Postcode:"), QStringLiteral("shipPostcodeEdit"), address.postcode);
    m_city = field(tr("C&ity:"), QStringLiteral("shipCityEdit"), address.city);
    m_country = field(tr("C&ountry:"), QStringLiteral("shipCountryEdit"), address.country);
    m_country->setMaxLength(2);
    addressBox->setEnabled(!isChange() || domain::addressChangeable(order.status));

    m_error = makeErrorLabel(this, QStringLiteral("orderErrorLabel"), true);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(isChange() ? tr("&Save Changes") : tr("P&lace Order"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitOrderButton"));
    m_submit->setToolTip(tr("Send to the server (Ctrl+Return)"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeOrderDialogButton"));
    // Enter belongs to the search field and the lists; sending takes Ctrl+Return.
    for (QPushButton *b : { m_submit, close, addButton, removeButton }) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(addSubmitShortcut(this), &QAction::triggered, this, &OrderDialog::submit);
    connect(m_submit, &QPushButton::clicked, this, &OrderDialog::submit);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    stackWithMargins(this, { { productsBox, 2 }, { linesBox, 2 }, addressBox, m_error, buttons });

    connect(m_searchEdit, &QLineEdit::textEdited, m_search, &ProductSearchModel::setQuery);
    connect(m_search, &ProductSearchModel::resultsReplaced, this, [this] {
        if (m_search->rowCount() > 0 && !m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_search->index(0, 0));
    });
    connect(m_search, &ProductSearchModel::searchFailed, this, [this](const Error &e) { showError(errorText(e)); });
    connect(m_results, &QTreeView::activated, this, &OrderDialog::addCurrentProduct);
    connect(addButton, &QPushButton::clicked, this, &OrderDialog::addCurrentProduct);
    connect(m_lines, &OrderLinesModel::linesChanged, this, &OrderDialog::updateState);
    for (QLineEdit *edit : { m_street, m_city, m_postcode, m_country })
        connect(edit, &QLineEdit::textChanged, this, &OrderDialog::updateState);
    connect(m_editor, &OrderEditor::busyChanged, this, [this](bool busy) {
        if (busy)
            showError(QString());
        m_submit->setText(busy ? (isChange() ? tr("Saving…") : tr("Placing…"))
                               : (isChange() ? tr("&Save Changes") : tr("P&lace Order")));
        updateState();
    });
    connect(m_editor, &OrderEditor::saved, this, [this](const Order &o) {
        Q_EMIT orderSaved(o);
        accept();
    });
    connect(m_editor, &OrderEditor::reloaded, this, &OrderDialog::onReloaded);
    connect(m_editor, &OrderEditor::failed, this, &OrderDialog::onFailed);
    // Kept in the offline outbox; the orders table marks the order as waiting.
    connect(m_editor, &OrderEditor::queued, this, &QDialog::accept);
    m_editor->editLines();
    updateState();
    resize(760, 640);
    setTabOrder(m_searchEdit, m_quantity);
    m_searchEdit->setFocus();
}

OrderDialog::~OrderDialog() = default;

bool OrderDialog::isChange() const
{
    return m_editor->isChange();
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
    if (watched == m_quantity && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ControlModifier)) {
            m_quantity->interpretText();
            addCurrentProduct();
            return true;
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

void OrderDialog::updateState()
{
    const QString currency = m_lines->currency();
    m_total->setText(m_lines->isEmpty() ? tr("No lines yet: search a product and press Enter to add it.")
                                        : tr("Estimated total: %1 (the server calculates the final amount)")
                                              .arg(moneyText(m_lines->estimatedTotal(), currency)));
    const QStringList problems = m_lines->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_submit->setEnabled(m_editor->canSubmit(enteredAddress()));
}

void OrderDialog::showError(const QString &text)
{
    showTextOrHide(m_error, text);
}

Address OrderDialog::enteredAddress() const
{
    return Address { m_street->text(), m_city->text(), m_postcode->text(), m_country->text() };
}

void OrderDialog::submit()
{
    m_editor->submit(enteredAddress());
}

void OrderDialog::onReloaded(const Address &previousStart)
{
    // An address the user left alone shows theirs; one the user typed stays, to be sent again.
    if (OrderEditor::sameAddress(enteredAddress(), previousStart)) {
        const Address theirs = m_editor->startAddress();
        m_street->setText(theirs.street);
        m_postcode->setText(theirs.postcode);
        m_city->setText(theirs.city);
        m_country->setText(theirs.country);
    }
}

void OrderDialog::onFailed(const Error &error)
{
    qCInfo(lcDesktop) << "order write failed:" << errorCodeName(error.code);
    QString text = errorDetailText(error);
    if (error.code == ErrorCode::VersionConflict && isChange()) {
        const Order &theirs = m_editor->order();
        QStringList lines;
        for (const OrderLine &l : theirs.lines)
            lines << tr("%1 × %2").arg(l.quantity).arg(l.name.isEmpty() ? l.sku : l.name);
        text = domain::linesChangeable(theirs.status)
            ? tr("Someone else changed order %1 meanwhile. It now holds: %2. Your lines are kept above; save "
                 "again to put them in place of those.")
                  .arg(theirs.number, lines.join(QStringLiteral(", ")))
            : tr("Someone else changed order %1 meanwhile: it is now %2, and its lines can no longer be changed.")
                  .arg(theirs.number, OrderModel::statusText(theirs.status).toLower());
    }
    showError(text);
}

} // namespace spocs
