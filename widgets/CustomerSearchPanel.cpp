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
    , m_status(new QLabel(this))
    , m_connection(connection)
{
    setObjectName(QStringLiteral("customerSearchPanel"));
    m_model->setConnection(connection);

    setNames(m_edit, QStringLiteral("customerSearchEdit"), tr("Customer search"));
    m_edit->setPlaceholderText(tr("Search customers (Ctrl+F)"));
    m_edit->setToolTip(tr("Name, company, email, phone or account number. Down moves into the results, "
                          "Enter opens the highlighted customer."));
    m_edit->setClearButtonEnabled(true);

    auto *view = new QTreeView(this);
    setNames(view, QStringLiteral("customerSearchResults"), tr("Search results"));
    view->setModel(m_model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(false);
    // Name and company share what the account number leaves: fixed widths for the company and the
    // account left a narrow panel only a few letters of the name.
    view->header()->setSectionResizeMode(CustomerSearchModel::NameColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(CustomerSearchModel::CompanyColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(CustomerSearchModel::AccountColumn, QHeaderView::ResizeToContents);
    // The narrow panel shows who and where; the rest is in the tooltip and the page.
    for (int c : { int(CustomerSearchModel::OwnerColumn), int(CustomerSearchModel::EmailColumn),
                   int(CustomerSearchModel::PhoneColumn) })
        view->setColumnHidden(c, true);

    new TypeAheadKeys(m_edit, view,
                      { [this] { return m_model->hasPendingQuery(); }, [this] { m_model->searchNow(); },
                        [this](int row) {
                            activateRow(row);
                        } });

    m_status->setObjectName(QStringLiteral("customerSearchStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    // Nobody found: the caller is new.
    auto *newCustomerAction = new QAction(tr("&New Customer…"), this);
    newCustomerAction->setObjectName(QStringLiteral("newCustomerAction"));
    newCustomerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newCustomerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    newCustomerAction->setToolTip(tr("Create a customer from what you typed (Ctrl+Shift+N)"));
    newCustomerAction->setStatusTip(newCustomerAction->toolTip());
    addAction(newCustomerAction);
    connect(newCustomerAction, &QAction::triggered, this, &CustomerSearchPanel::newCustomer);
    m_newCustomerButton = new QPushButton(newCustomerAction->text(), this);
    setNames(m_newCustomerButton, QStringLiteral("newCustomerButton"), tr("New customer"));
    m_newCustomerButton->setToolTip(newCustomerAction->toolTip());
    m_newCustomerButton->setVisible(false);
    connect(m_newCustomerButton, &QPushButton::clicked, newCustomerAction, &QAction::trigger);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_newCustomerButton, 0, Qt::AlignLeft);
    layout->addWidget(view, 1);

    connect(m_edit, &QLineEdit::textChanged, m_model, &CustomerSearchModel::setQuery);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
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
    if (id.isEmpty())
        return;
    if (const QString link = m_model->recordLinkAt(row); !link.isEmpty())
        Q_EMIT recordActivated(id, link);
    else
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
