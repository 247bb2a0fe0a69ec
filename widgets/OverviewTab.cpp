#include "widgets/OverviewTab.h"

#include "models/ActiveContact.h"
#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "models/InvoiceModel.h"
#include "models/MoneyText.h"
#include "models/OrderModel.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

namespace spocs {
namespace {
QGroupBox *makeGroup(const QString &title, const QString &objectName, QWidget *parent, QFormLayout **form)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A value that does not fit beside its label goes under it, rather than widen the pair of groups past the
    // section (in German, "Rechnungen:" and "Vertretung:" beside their values left it scrolling sideways at 1024 px).
    (*form)->setRowWrapPolicy(QFormLayout::WrapLongRows);
    (*form)->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return box;
}
} // namespace

OverviewTab::OverviewTab(CustomerLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
{
    setObjectName(QStringLiteral("overviewTab"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));

    QFormLayout *contactForm = nullptr;
    QFormLayout *accountForm = nullptr;
    QFormLayout *peopleForm = nullptr;
    QFormLayout *openForm = nullptr;
    auto *contact = makeGroup(tr("Contact"), QStringLiteral("customerContactGroup"), content, &contactForm);
    auto *account = makeGroup(tr("Account"), QStringLiteral("customerAccountGroup"), content, &accountForm);
    auto *people = makeGroup(tr("Responsible"), QStringLiteral("customerOwnerGroup"), content, &peopleForm);
    auto *open = makeGroup(tr("Open items"), QStringLiteral("customerOpenItemsGroup"), content, &openForm);
    const struct
    {
        QFormLayout *form;
        QLabel **value;
        QString label;
        QString objectName;
    } fields[] = {
        { contactForm, &m_emails, tr("Email:"), QStringLiteral("customerEmails") },
        { contactForm, &m_phones, tr("Phone:"), QStringLiteral("customerPhones") },
        { contactForm, &m_address, tr("Address:"), QStringLiteral("customerAddress") },
        { contactForm, &m_language, tr("Language:"), QStringLiteral("customerLanguage") },
        { contactForm, &m_channel, tr("Preferred channel:"), QStringLiteral("customerChannel") },
        { contactForm, &m_responseTime, tr("Expects an answer:"), QStringLiteral("customerResponseTime") },
        { accountForm, &m_accountNumber, tr("Number:"), QStringLiteral("accountNumber") },
        { accountForm, &m_accountStatus, tr("Status:"), QStringLiteral("accountStatus") },
        { accountForm, &m_plan, tr("Plan:"), QStringLiteral("accountPlan") },
        { accountForm, &m_balance, tr("Balance:"), QStringLiteral("accountBalance") },
        { accountForm, &m_overdue, tr("Overdue:"), QStringLiteral("accountOverdue") },
        { accountForm, &m_creditLimit, tr("Credit limit:"), QStringLiteral("accountCreditLimit") },
        { peopleForm, &m_owner, tr("Owner:"), QStringLiteral("customerOwner") },
        { peopleForm, &m_backup, tr("Backup:"), QStringLiteral("customerBackup") },
        { openForm, &m_openOrders, tr("Orders:"), QStringLiteral("accountOpenOrders") },
        { openForm, &m_openInvoices, tr("Invoices:"), QStringLiteral("openInvoices") },
    };
    for (const auto &field : fields)
        *field.value = addField(field.form, field.label, field.objectName);
    m_owner->setTextFormat(Qt::RichText);
    m_backup->setTextFormat(Qt::RichText);
    for (QLabel *l : { m_openOrders, m_openInvoices }) {
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(l, &QLabel::linkActivated, this, &OverviewTab::linkActivated);
    }

    auto *notesBox = new QGroupBox(tr("Notes"), content);
    notesBox->setObjectName(QStringLiteral("customerNotesGroup"));
    m_notes = makeDataLabel(QStringLiteral("customerNotes"), notesBox);
    m_notes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);

    auto *historyBox = new QGroupBox(tr("Recent history"), content);
    historyBox->setObjectName(QStringLiteral("customerHistoryGroup"));
    QTreeView *history
        = makeRecordTree(m_loader->historyModel(), QStringLiteral("customerHistory"), tr("Recent history"), historyBox);
    history->setAlternatingRowColors(true);
    history->setMinimumHeight(140);
    history->header()->setStretchLastSection(false);
    for (int c : { int(CustomerHistoryModel::TimeColumn), int(CustomerHistoryModel::TypeColumn),
                   int(CustomerHistoryModel::AuthorColumn), int(CustomerHistoryModel::RefColumn) })
        history->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    history->header()->setSectionResizeMode(CustomerHistoryModel::TextColumn, QHeaderView::Stretch);
    // The overview is narrow on a laptop screen: the text matters; author and reference are on the History tab.
    history->setColumnHidden(CustomerHistoryModel::AuthorColumn, true);
    history->setColumnHidden(CustomerHistoryModel::RefColumn, true);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(history);

    auto *grid = new QGridLayout(content);
    // Contact data (long e-mail addresses) gets the full width; the rest goes in pairs.
    grid->addWidget(contact, 0, 0, 1, 2);
    grid->addWidget(account, 1, 0);
    grid->addWidget(people, 1, 1);
    grid->addWidget(open, 2, 0);
    grid->addWidget(notesBox, 2, 1);
    grid->addWidget(historyBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);

    // Scrolls instead of clipping on small screens.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("customerScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    stackWithoutMargins(this, { scroll });
}

QLabel *OverviewTab::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    QLabel *value = makeDataLabel(objectName, form->parentWidget()); // the few rich fields opt in
    value->setMinimumWidth(80);
    form->addRow(label, value);
    return value;
}

void OverviewTab::updateView()
{
    const CustomerView &view = m_loader->details();
    const domain::Customer &d = view.customer;
    const domain::Account account = d.account.value_or(domain::Account {});
    m_emails->setText(orDash(d.emails.join(QLatin1Char('\n'))));
    m_phones->setText(orDash(d.phones.join(QLatin1Char('\n'))));
    m_address->setText(orDash(addressText(d.address.value_or(Address {}))));
    m_language->setText(orDash(languageName(d.language)));
    m_channel->setText(orDash(channelText(d.preferredChannel)));
    m_responseTime->setText(d.expectedResponseHours > 0 ? tr("within %n hour(s)", nullptr, d.expectedResponseHours)
                                                        : orDash(QString()));

    m_accountNumber->setText(orDash(account.number));
    m_accountStatus->setText(d.account ? accountStatusText(domain::wireName(account.status)) : orDash(QString()));
    m_plan->setText(orDash(planText(account.plan)));
    const Balance &balance = view.balance;
    const QString currency = balance.currency.isEmpty() ? account.currency : balance.currency;
    m_balance->setText(d.account || !balance.currency.isEmpty() ? moneyText(balance.amount, currency)
                                                                : orDash(QString()));
    const bool overdue = balance.overdue.cents > 0;
    m_overdue->setText(overdue ? moneyText(balance.overdue, currency) : tr("Nothing overdue"));
    m_overdue->setStyleSheet(overdue ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    m_creditLimit->setText(d.account ? moneyText(account.creditLimit, account.currency) : orDash(QString()));

    m_owner->setText(agentHtml(d.owner.value_or(Person {})));
    m_backup->setText(agentHtml(d.backup.value_or(Person {})));

    QStringList orders;
    for (const OrderSummary &o : view.openOrders) {
        orders << QStringLiteral("<a href=\"order:%1\">%1</a> · %2 · %3")
                      .arg(o.number.toHtmlEscaped(), OrderModel::statusText(o.status).toHtmlEscaped(),
                           moneyText(o.total, o.currency).toHtmlEscaped());
    }
    m_openOrders->setText(orders.isEmpty() ? tr("No open orders") : orders.join(QStringLiteral("<br>")));
    QStringList invoices;
    for (const InvoiceSummary &i : view.invoices) {
        QString line = QStringLiteral("<a href=\"invoice:%1\">%1</a> · %2")
                           .arg(i.number.toHtmlEscaped(), moneyText(i.balance, i.currency).toHtmlEscaped());
        if (i.overdue)
            line += QStringLiteral(" · <span style=\"color:#c62828\">%1</span>").arg(tr("overdue").toHtmlEscaped());
        else if (const QDate due = wireDate(i.dueOn); due.isValid())
            line += QStringLiteral(" · ")
                + tr("due %1").arg(QLocale().toString(due, QLocale::ShortFormat)).toHtmlEscaped();
        invoices << line;
    }
    m_openInvoices->setText(invoices.isEmpty() ? tr("No unpaid invoices") : invoices.join(QStringLiteral("<br>")));
    m_notes->setText(d.notes.isEmpty() ? tr("No notes.") : d.notes);
}

} // namespace spocs
