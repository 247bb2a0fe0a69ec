#include "widgets/CustomerSearchPanel.h"

#include "models/CustomerSearchModel.h"
#include "widgets/ErrorText.h"
#include "widgets/NewCustomerDialog.h"
#include "widgets/TypeAheadKeys.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace spocs {

CustomerSearchPanel::CustomerSearchPanel(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_model(new CustomerSearchModel(this))
    , m_edit(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_connection(connection)
{
    setObjectName(QStringLiteral("customerSearchPanel"));
    m_model->setConnection(connection);

    m_edit->setObjectName(QStringLiteral("customerSearchEdit"));
    m_edit->setPlaceholderText(tr("Search customers (Ctrl+F)"));
    m_edit->setAccessibleName(tr("Customer search"));
    m_edit->setToolTip(tr("Name, company, email, phone or account number. Down moves into the results, "
                          "Enter opens the highlighted customer."));
    m_edit->setClearButtonEnabled(true);

    setNames(m_view, QStringLiteral("customerSearchResults"), tr("Search results"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CustomerSearchModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(CustomerSearchModel::CompanyColumn, 140);
    m_view->header()->resizeSection(CustomerSearchModel::AccountColumn, 90);
    // The narrow panel shows who and where; the rest is in the tooltip and the page.
    for (int c : { int(CustomerSearchModel::OwnerColumn), int(CustomerSearchModel::EmailColumn),
                   int(CustomerSearchModel::PhoneColumn) })
        m_view->setColumnHidden(c, true);

    new TypeAheadKeys(m_edit, m_view,
                      { [this] { return m_model->hasPendingQuery(); }, [this] { m_model->searchNow(); },
                        [this](int row) {
                            activateRow(row);
                        } });

    m_status->setObjectName(QStringLiteral("customerSearchStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    // Nobody found: the caller is new.
    m_newCustomerAction = new QAction(tr("&New Customer…"), this);
    m_newCustomerAction->setObjectName(QStringLiteral("newCustomerAction"));
    m_newCustomerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newCustomerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newCustomerAction->setToolTip(tr("Create a customer from what you typed (Ctrl+Shift+N)"));
    m_newCustomerAction->setStatusTip(m_newCustomerAction->toolTip());
    addAction(m_newCustomerAction);
    connect(m_newCustomerAction, &QAction::triggered, this, &CustomerSearchPanel::newCustomer);
    m_newCustomerButton = new QPushButton(m_newCustomerAction->text(), this);
    m_newCustomerButton->setObjectName(QStringLiteral("newCustomerButton"));
    m_newCustomerButton->setToolTip(m_newCustomerAction->toolTip());
    m_newCustomerButton->setAccessibleName(tr("New customer"));
    m_newCustomerButton->setVisible(false);
    connect(m_newCustomerButton, &QPushButton::clicked, m_newCustomerAction, &QAction::trigger);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_newCustomerButton, 0, Qt::AlignLeft);
    layout->addWidget(m_view, 1);

    connect(m_edit, &QLineEdit::textChanged, m_model, &CustomerSearchModel::setQuery);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_model, &CustomerSearchModel::resultsReplaced, this, [this] {
        m_lastError.clear();
        updateStatus();
    });
    connect(m_model, &CustomerSearchModel::busyChanged, this, &CustomerSearchPanel::updateStatus);
    connect(m_model, &CustomerSearchModel::searchFailed, this, [this](const Error &error) {
        m_lastError = errorText(error);
        updateStatus();
    });
    updateStatus();
}

void CustomerSearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void CustomerSearchPanel::newCustomer()
{
    auto *dialog = new NewCustomerDialog(m_connection, m_edit->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewCustomerDialog::customerChosen, this, &CustomerSearchPanel::customerActivated);
    dialog->open();
}

void CustomerSearchPanel::activateRow(int row)
{
    const QString id = m_model->customerIdAt(row);
    if (!id.isEmpty())
        Q_EMIT customerActivated(id);
}

void CustomerSearchPanel::updateStatus()
{
    QString text;
    bool nothingFound = false;
    if (!m_lastError.isEmpty()) {
        text = m_lastError;
    } else if (m_model->query().isEmpty()) {
        text = tr("Type a name, company, email, phone or account number.");
    } else if (m_model->isBusy() && m_model->rowCount() == 0) {
        text = tr("Searching…");
    } else if (m_model->hasAnswer() && m_model->rowCount() == 0) {
        text = tr("No customers match “%1”.").arg(m_model->query());
        nothingFound = true;
    } else if (m_model->total() > m_model->rowCount()) {
        text = tr("Showing %1 of %n customer(s).", nullptr, m_model->total()).arg(m_model->rowCount());
    } else if (m_model->rowCount() > 0) {
        text = tr("%n customer(s) found.", nullptr, m_model->rowCount());
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_newCustomerButton->setVisible(nothingFound);
}

} // namespace spocs
