#include "widgets/CustomerPage.h"

#include "client/Connection.h"
#include "models/CustomerLoader.h"
#include "widgets/AccountTab.h"
#include "widgets/BillingTab.h"
#include "widgets/CollisionBanner.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/HistoryTab.h"
#include "widgets/Layouts.h"
#include "widgets/OrdersTab.h"
#include "widgets/OverviewTab.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace spocs {

CustomerPage::CustomerPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_loader(new CustomerLoader(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("customerPage"));
    m_loader->setConnection(connection);

    m_placeholder = new QLabel(tr("Find a customer with Ctrl+F and press Enter to open them here."), this);
    m_placeholder->setObjectName(QStringLiteral("customerPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("customerContent"));
    auto *contentLayout = new QVBoxLayout(content);

    m_name = makeDataLabel(QStringLiteral("customerNameLabel"), content);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_subtitle = makeDataLabel(QStringLiteral("customerSubtitleLabel"), content);
    m_flags = new QLabel(content);
    m_flags->setObjectName(QStringLiteral("customerFlagsLabel"));
    m_flags->setTextFormat(Qt::PlainText); // customer data, never markup
    // A badge, so flags such as VIP catch the eye during a call.
    m_flags->setStyleSheet(QStringLiteral("QLabel { background: #f9a825; color: #1a1a1a; border-radius: 4px; "
                                          "padding: 2px 8px; font-weight: bold; }"));
    m_status = makeTextLabel(QStringLiteral("customerStatusLabel"), content);
    auto *header = new QGridLayout;
    header->addWidget(m_name, 0, 0);
    header->addWidget(m_flags, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    m_headerActions = new QHBoxLayout;
    header->addLayout(m_headerActions, 0, 2, Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_subtitle, 1, 0, 1, 2);
    header->addWidget(m_status, 2, 0, 1, 2);
    header->setColumnStretch(0, 1);
    contentLayout->addLayout(header);

    m_banner = new CollisionBanner(content);
    contentLayout->addWidget(m_banner);

    m_tabs = new QTabWidget(content);
    setNames(m_tabs, QStringLiteral("customerTabs"), tr("Customer sections"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewTab(m_loader, m_tabs);
    m_orders = new OrdersTab(connection, m_loader, m_tabs);
    m_billing = new BillingTab(connection, m_loader, m_tabs);
    m_account = new AccountTab(connection, m_loader, m_tabs);
    m_history = new HistoryTab(m_loader, m_tabs);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_orders, tr("O&rders"));
    m_tabs->addTab(m_billing, tr("&Billing"));
    m_tabs->addTab(m_account, tr("Acco&unt"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    stackWithoutMargins(this, { m_stack });

    // Ctrl+1…5: the sections, from anywhere in the window.
    const QString names[] = { QStringLiteral("showOverviewAction"), QStringLiteral("showOrdersAction"),
                              QStringLiteral("showBillingAction"), QStringLiteral("showAccountAction"),
                              QStringLiteral("showHistoryAction") };
    const QString texts[]
        = { tr("Show &Overview"), tr("Show O&rders"), tr("Show &Billing"), tr("Show Acco&unt"), tr("Show Histor&y") };
    for (int i = 0; i < SectionCount; ++i) {
        auto *action = new QAction(texts[i], this);
        action->setObjectName(names[i]);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setStatusTip(texts[i]);
        connect(action, &QAction::triggered, this, [this, i] { showSection(i); });
        addAction(action);
        m_sectionActions << action;
        m_tabs->setTabToolTip(i,
                              tr("%1 (%2)").arg(m_tabs->tabText(i).remove(QLatin1Char('&')),
                                                action->shortcut().toString(QKeySequence::NativeText)));
    }
    // The order actions work from every section, not only from the Orders tab.
    addAction(m_orders->newOrderAction());

    connect(m_loader, &CustomerLoader::detailsChanged, this, &CustomerPage::updateView);
    connect(m_loader, &CustomerLoader::stateChanged, this, &CustomerPage::updateView);
    connect(m_loader, &CustomerLoader::loadFailed, this, &CustomerPage::updateView);
    connect(m_loader, &CustomerLoader::viewersChanged, this, &CustomerPage::updateBanner);
    connect(m_loader, &CustomerLoader::customerEvent, this, &CustomerPage::onCustomerEvent);
    connect(m_overview, &OverviewTab::linkActivated, this, &CustomerPage::openLink);
    connect(m_orders, &OrdersTab::message, this, &CustomerPage::notice);
    connect(m_billing, &BillingTab::message, this, &CustomerPage::notice);
    connect(m_account, &AccountTab::message, this, &CustomerPage::notice);
    connect(m_history, &HistoryTab::message, this, &CustomerPage::notice);
    if (connection)
        connect(connection, &Connection::userChanged, this, &CustomerPage::updateBanner);
    updateView();
}

void CustomerPage::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton(this);
    setNames(button, action->objectName() + QStringLiteral("Button"), action->text().remove(QLatin1Char('&')));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setToolTip(tr("%1 (%2)").arg(action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
    m_headerActions->addWidget(button);
}

QString CustomerPage::customerId() const
{
    return m_loader->customerId();
}

void CustomerPage::openCustomer(const QString &customerId)
{
    if (customerId != m_loader->customerId())
        m_tabs->setCurrentIndex(OverviewSection);
    m_loader->open(customerId);
    Q_EMIT customerOpening(customerId);
}

void CustomerPage::closeCustomer()
{
    m_loader->close();
}

void CustomerPage::refresh()
{
    m_loader->refresh();
}

void CustomerPage::showSection(int section)
{
    if (section < 0 || section >= SectionCount || m_loader->state() == CustomerLoader::State::Empty)
        return;
    m_tabs->setCurrentIndex(section);
    QWidget *focus = nullptr;
    switch (section) {
    case OrdersSection:
        focus = m_orders->ordersView();
        break;
    case BillingSection:
        focus = m_billing->invoicesView();
        break;
    case AccountSection:
        focus = m_account->findChild<QWidget *>(QStringLiteral("accountEmailsEdit"));
        break;
    case HistorySection:
        focus = m_history->findChild<QWidget *>(QStringLiteral("historyTypeFilter"));
        break;
    default:
        focus = m_tabs->tabBar();
        break;
    }
    if (focus)
        focus->setFocus(Qt::ShortcutFocusReason);
}

void CustomerPage::openLink(const QString &link)
{
    if (link.startsWith(QLatin1String("order:"))) {
        showSection(OrdersSection);
        m_orders->selectOrder(link.mid(6));
    } else if (link.startsWith(QLatin1String("invoice:"))) {
        showSection(BillingSection);
        m_billing->selectInvoice(link.mid(8));
    }
}

void CustomerPage::onCustomerEvent(const QString &kind, const QJsonObject &data)
{
    Q_UNUSED(data)
    // Say briefly that the page changed under the agent's eyes.
    if (kind == QLatin1String("customer.updated"))
        Q_EMIT notice(tr("The customer's details were updated."));
    else if (kind == QLatin1String("customer.note.added"))
        Q_EMIT notice(tr("A note was added to this customer."));
    else if (kind == QLatin1String("order.updated"))
        Q_EMIT notice(tr("An order of this customer changed."));
    else if (kind == QLatin1String("invoice.updated"))
        Q_EMIT notice(tr("An invoice of this customer changed."));
}

void CustomerPage::updateBanner()
{
    m_banner->setViewers(m_loader->otherViewers());
    m_banner->setOpenContacts(m_loader->foreignOpenContacts());
}

void CustomerPage::setHomePage(QWidget *page)
{
    if (m_home == page)
        return;
    if (m_home)
        m_stack->removeWidget(m_home);
    m_home = page;
    if (page)
        m_stack->addWidget(page);
    updateView();
}

void CustomerPage::updateView()
{
    const auto state = m_loader->state();
    for (QAction *a : std::as_const(m_sectionActions))
        a->setEnabled(state != CustomerLoader::State::Empty);
    if (state == CustomerLoader::State::Empty) {
        m_stack->setCurrentWidget(m_home ? m_home.data() : static_cast<QWidget *>(m_placeholder));
        m_orders->updateView();
        m_billing->updateView();
        m_history->updateView();
        updateBanner();
        Q_EMIT titleChanged(QString());
        return;
    }
    m_stack->setCurrentWidget(m_tabs->parentWidget());

    const CustomerView &d = m_loader->details();
    switch (state) {
    case CustomerLoader::State::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case CustomerLoader::State::Failed:
        m_status->setText(errorText(m_loader->lastError()));
        break;
    case CustomerLoader::State::Loaded:
        // A refetch that failed keeps the old data; say that it may be stale.
        m_status->setText(m_loader->hasError() ? tr("Could not refresh: %1").arg(errorText(m_loader->lastError()))
                                               : QString());
        break;
    case CustomerLoader::State::Empty:
        break;
    }
    m_status->setVisible(!m_status->text().isEmpty());

    if (d.isEmpty()) {
        m_name->setText(state == CustomerLoader::State::Failed ? tr("Customer %1").arg(m_loader->customerId())
                                                               : QString());
        m_subtitle->clear();
        m_flags->clear();
        m_flags->setVisible(false);
    } else {
        const domain::Customer &c = d.customer;
        m_name->setText(c.name.isEmpty() ? c.id : c.name);
        QStringList sub;
        if (!c.company.isEmpty())
            sub << c.company;
        // A narrow page wraps the line between its parts, never between a label and its number.
        const auto unbroken = [](QString part) {
            return part.replace(QLatin1Char(' '), QChar::Nbsp);
        };
        sub << unbroken(tr("Customer %1").arg(c.id));
        if (c.account && !c.account->number.isEmpty())
            sub << unbroken(tr("Account %1").arg(c.account->number));
        m_subtitle->setText(sub.join(QStringLiteral(" · ")));
        QStringList flags;
        for (const QString &f : c.flags)
            flags << flagText(f);
        m_flags->setText(flags.join(QStringLiteral(", ")));
        m_flags->setVisible(!flags.isEmpty());
    }
    Q_EMIT titleChanged(m_name->text());

    m_overview->updateView();
    m_orders->updateView();
    m_billing->updateView();
    m_history->updateView();
    updateBanner();
}

} // namespace spocs
