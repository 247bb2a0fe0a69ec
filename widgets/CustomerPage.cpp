#include "widgets/CustomerPage.h"

#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace spocs {
namespace {
QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("–") : s;
}

QString money(const QString &amount, const QString &currency)
{
    if (amount.isEmpty())
        return {};
    // Amounts are decimal strings on the wire; format them for the locale with the ISO code
    // ("120.50 EUR", "120,50 EUR") rather than guessing a currency symbol.
    bool ok = false;
    const double value = amount.toDouble(&ok);
    const QString number = ok ? QLocale().toString(value, 'f', 2) : amount;
    return currency.isEmpty() ? number : number + QLatin1Char(' ') + currency;
}

// Rich text: a coloured dot, the name and the translated presence.
QString agentHtml(const AgentRef &agent)
{
    if (agent.isEmpty())
        return QStringLiteral("–");
    const QString name = (agent.name.isEmpty() ? agent.login : agent.name).toHtmlEscaped();
    if (agent.presence.isEmpty())
        return name;
    return QStringLiteral("%1 &nbsp;<span style=\"color:%2\">●</span> %3")
        .arg(name, presenceColor(agent.presence).name(), presenceText(agent.presence).toHtmlEscaped());
}

QGroupBox *makeGroup(const QString &title, const QString &objectName, QWidget *parent, QFormLayout **form)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setRowWrapPolicy(QFormLayout::DontWrapRows);
    (*form)->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return box;
}
} // namespace

CustomerPage::CustomerPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
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

    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("customerNameLabel"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_subtitle = new QLabel(content);
    m_subtitle->setObjectName(QStringLiteral("customerSubtitleLabel"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_flags = new QLabel(content);
    m_flags->setObjectName(QStringLiteral("customerFlagsLabel"));
    // A badge, so flags such as VIP catch the eye during a call.
    m_flags->setStyleSheet(QStringLiteral("QLabel { background: #f9a825; color: #1a1a1a; border-radius: 4px; "
                                          "padding: 2px 8px; font-weight: bold; }"));
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("customerStatusLabel"));
    m_status->setWordWrap(true);
    auto *header = new QGridLayout;
    header->addWidget(m_name, 0, 0);
    header->addWidget(m_flags, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_subtitle, 1, 0, 1, 2);
    header->addWidget(m_status, 2, 0, 1, 2);
    header->setColumnStretch(0, 1);
    contentLayout->addLayout(header);

    QFormLayout *form = nullptr;
    auto *contact = makeGroup(tr("Contact"), QStringLiteral("customerContactGroup"), content, &form);
    m_emails = addField(form, tr("Email:"), QStringLiteral("customerEmails"));
    m_phones = addField(form, tr("Phone:"), QStringLiteral("customerPhones"));
    m_address = addField(form, tr("Address:"), QStringLiteral("customerAddress"));
    m_language = addField(form, tr("Language:"), QStringLiteral("customerLanguage"));
    m_channel = addField(form, tr("Preferred channel:"), QStringLiteral("customerChannel"));

    auto *account = makeGroup(tr("Account"), QStringLiteral("customerAccountGroup"), content, &form);
    m_accountNumber = addField(form, tr("Number:"), QStringLiteral("accountNumber"));
    m_accountStatus = addField(form, tr("Status:"), QStringLiteral("accountStatus"));
    m_plan = addField(form, tr("Plan:"), QStringLiteral("accountPlan"));
    m_balance = addField(form, tr("Balance:"), QStringLiteral("accountBalance"));
    m_creditLimit = addField(form, tr("Credit limit:"), QStringLiteral("accountCreditLimit"));
    m_openOrders = addField(form, tr("Open orders:"), QStringLiteral("accountOpenOrders"));

    auto *people = makeGroup(tr("Responsible"), QStringLiteral("customerOwnerGroup"), content, &form);
    m_owner = addField(form, tr("Owner:"), QStringLiteral("customerOwner"));
    m_backup = addField(form, tr("Backup:"), QStringLiteral("customerBackup"));
    m_owner->setTextFormat(Qt::RichText);
    m_backup->setTextFormat(Qt::RichText);

    auto *notesBox = new QGroupBox(tr("Notes"), content);
    notesBox->setObjectName(QStringLiteral("customerNotesGroup"));
    m_notes = new QLabel(notesBox);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);

    auto *historyBox = new QGroupBox(tr("Recent history"), content);
    historyBox->setObjectName(QStringLiteral("customerHistoryGroup"));
    m_history = new QTreeView(historyBox);
    m_history->setObjectName(QStringLiteral("customerHistory"));
    m_history->setAccessibleName(tr("Recent history"));
    m_history->setModel(m_loader->historyModel());
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setMinimumHeight(140);
    m_history->header()->setStretchLastSection(true);
    for (int c : { int(CustomerHistoryModel::TimeColumn), int(CustomerHistoryModel::TypeColumn),
                   int(CustomerHistoryModel::AuthorColumn) })
        m_history->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto *grid = new QGridLayout;
    grid->addWidget(contact, 0, 0);
    grid->addWidget(account, 0, 1);
    grid->addWidget(people, 1, 0);
    grid->addWidget(notesBox, 1, 1);
    grid->addWidget(historyBox, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    contentLayout->addLayout(grid, 1);

    // Scrolls instead of clipping on small screens.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("customerScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_loader, &CustomerLoader::detailsChanged, this, &CustomerPage::updateView);
    connect(m_loader, &CustomerLoader::stateChanged, this, &CustomerPage::updateView);
    connect(m_loader, &CustomerLoader::loadFailed, this, &CustomerPage::updateView);
    updateView();
}

QLabel *CustomerPage::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setMinimumWidth(80);
    form->addRow(label, value);
    return value;
}

QString CustomerPage::customerId() const
{
    return m_loader->customerId();
}

void CustomerPage::openCustomer(const QString &customerId)
{
    m_loader->open(customerId);
}

void CustomerPage::closeCustomer()
{
    m_loader->close();
}

void CustomerPage::refresh()
{
    m_loader->refresh();
}

void CustomerPage::updateView()
{
    const auto state = m_loader->state();
    if (state == CustomerLoader::State::Empty) {
        m_stack->setCurrentWidget(m_placeholder);
        Q_EMIT titleChanged(QString());
        return;
    }
    m_stack->setCurrentIndex(1);

    const CustomerDetails &d = m_loader->details();
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
        m_name->setText(d.name.isEmpty() ? d.id : d.name);
        QStringList sub;
        if (!d.company.isEmpty())
            sub << d.company;
        sub << tr("Customer %1").arg(d.id);
        m_subtitle->setText(sub.join(QStringLiteral(" · ")));
        QStringList flags;
        for (const QString &f : d.flags)
            flags << (f == QLatin1String("vip") ? tr("VIP") : f);
        m_flags->setText(flags.join(QStringLiteral(", ")));
        m_flags->setVisible(!flags.isEmpty());
    }
    Q_EMIT titleChanged(m_name->text());

    m_emails->setText(orDash(d.emails.join(QLatin1Char('\n'))));
    m_phones->setText(orDash(d.phones.join(QLatin1Char('\n'))));
    QStringList address;
    if (!d.address.street.isEmpty())
        address << d.address.street;
    const QString cityLine = QStringList { d.address.postcode, d.address.city }.join(QLatin1Char(' ')).trimmed();
    if (!cityLine.isEmpty())
        address << cityLine;
    if (!d.address.country.isEmpty()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(d.address.country);
        address << (territory == QLocale::AnyTerritory ? d.address.country : QLocale::territoryToString(territory));
    }
    m_address->setText(orDash(address.join(QLatin1Char('\n'))));
    if (d.language.isEmpty()) {
        m_language->setText(orDash(QString()));
    } else {
        const QLocale::Language lang = QLocale::codeToLanguage(d.language);
        m_language->setText(lang == QLocale::AnyLanguage ? d.language : QLocale::languageToString(lang));
    }
    QString channel = d.preferredChannel;
    if (channel == QLatin1String("phone"))
        channel = tr("Phone");
    else if (channel == QLatin1String("email"))
        channel = tr("Email");
    else if (channel == QLatin1String("chat"))
        channel = tr("Chat");
    m_channel->setText(orDash(channel));

    m_accountNumber->setText(orDash(d.account.number));
    QString status = d.account.status;
    if (status == QLatin1String("active"))
        status = tr("Active");
    else if (status == QLatin1String("suspended"))
        status = tr("Suspended");
    else if (status == QLatin1String("closed"))
        status = tr("Closed");
    m_accountStatus->setText(orDash(status));
    m_plan->setText(orDash(d.account.plan));
    m_balance->setText(orDash(money(d.account.balance, d.account.currency)));
    m_creditLimit->setText(orDash(money(d.account.creditLimit, d.account.currency)));
    m_openOrders->setText(QLocale().toString(d.openOrderCount));

    m_owner->setText(agentHtml(d.owner));
    m_backup->setText(agentHtml(d.backup));
    m_notes->setText(d.notes.isEmpty() ? tr("No notes.") : d.notes);
}

} // namespace spocs
