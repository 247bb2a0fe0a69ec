#include "widgets/MyDayPage.h"

#include "models/ContactSession.h"
#include "models/FollowUpModel.h"
#include "models/MyDayModels.h"
#include "models/MyDaySession.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QDate>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace spocs {

namespace {

// A table chosen from by rows, one at a time. Every column fits its contents and the last one takes
// the spare width: a stretched name column was the one Qt squeezed (to "…") when the page is narrow.
QTableView *makeRowTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

MyDayPage::MyDayPage(MyDaySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setNames(this, QStringLiteral("myDayPage"), tr("My day"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("myDayHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    auto *hint = new QLabel(tr("Alt+1…4 moves to a list, Enter opens the customer, Ctrl+F finds another one."), this);
    hint->setObjectName(QStringLiteral("myDayHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *contacts = new QListView(this);
    contacts->setModel(session->contactsInHand());

    QTableView *followUps = makeRowTable(session->followUpsDue(), this);
    // The reason gives way when the page is narrow, cut to "…" with the whole text in its tooltip: due, customer
    // and status stay whole and the table never scrolls sideways.
    followUps->setWordWrap(false);
    followUps->horizontalHeader()->setStretchLastSection(false);
    followUps->horizontalHeader()->setSectionResizeMode(FollowUpModel::ReasonColumn, QHeaderView::Stretch);
    tipElidedText(followUps);

    auto *recent = new QListView(this);
    recent->setModel(session->recentCustomers());

    QTableView *queues = makeRowTable(session->queues(), this);
    queues->setWordWrap(false); // rows stay one line
    // Qt keeps a stretched last column at least as wide as it was when stretching was turned on (the default
    // 100 px): more than "Longest wait" needs, which would leave the table scrolling sideways.
    queues->horizontalHeader()->setStretchLastSection(false);
    queues->horizontalHeader()->setDefaultSectionSize(queues->horizontalHeader()->minimumSectionSize());
    queues->horizontalHeader()->setStretchLastSection(true);
    QAbstractItemModel *queueModel = session->queues();
    connect(queueModel, &QAbstractItemModel::modelReset, this, &MyDayPage::fitQueueColumns);
    connect(queueModel, &QAbstractItemModel::rowsInserted, this, &MyDayPage::fitQueueColumns);
    connect(queueModel, &QAbstractItemModel::rowsRemoved, this, &MyDayPage::fitQueueColumns);
    connect(queueModel, &QAbstractItemModel::dataChanged, this, &MyDayPage::fitQueueColumns);
    connect(queueModel, &QAbstractItemModel::layoutChanged, this, &MyDayPage::fitQueueColumns);

    m_grid = new QGridLayout;
    m_sections[ContactsSection]
        = makeSection(ContactsSection, tr("Contacts in hand"), contacts, tr("No contact in hand."));
    m_sections[FollowUpsSection]
        = makeSection(FollowUpsSection, tr("Follow-ups due today"), followUps, tr("Nothing due today or overdue."));
    m_sections[RecentSection]
        = makeSection(RecentSection, tr("Recent customers"), recent, tr("No customer opened yet in this session."));
    m_sections[QueuesSection] = makeSection(QueuesSection, tr("My queues"), queues, tr("You serve no queue."));
    for (int section = 0; section < SectionCount; ++section)
        m_grid->addWidget(m_sections[section], section / 2, section % 2);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);

    auto *queueError = new QLabel(this);
    queueError->setObjectName(QStringLiteral("myDayQueueError"));
    queueError->setWordWrap(true);
    queueError->hide();

    stackWithMargins(this, { m_heading, hint, { m_grid, 1 }, queueError });

    connect(contacts, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT contactRequested(index.data(ContactsInHandModel::ContactIdRole).toLongLong(),
                                index.data(ContactsInHandModel::CustomerIdRole).toString());
    });
    connect(followUps, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString customer = index.data(FollowUpModel::CustomerIdRole).toString();
        if (!customer.isEmpty())
            Q_EMIT openCustomerRequested(customer);
    });
    connect(recent, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openCustomerRequested(index.data(RecentCustomersModel::CustomerIdRole).toString());
    });
    connect(session, &MyDaySession::queuesFailed, this, [queueError](const Error &error) {
        queueError->setText(tr("The queues could not be read: %1").arg(errorText(error)));
        queueError->show();
    });
    connect(session, &MyDaySession::queuesRefreshed, queueError, &QWidget::hide);
    updateHeading();
}

QWidget *MyDayPage::makeSection(Section section, const QString &title, QAbstractItemView *view,
                                const QString &emptyText)
{
    const QString key = QStringLiteral("Alt+%1").arg(int(section) + 1);
    static const char *const names[] = { "myDayContacts", "myDayFollowUps", "myDayRecent", "myDayQueues" };
    // The title wraps rather than widening its column: a group box's title never breaks, and two of them side by
    // side left the queue table beside them no room for its columns (and cut German titles at 1024 px).
    auto *heading = new QLabel(tr("%1 (%2)").arg(title, QKeySequence(key).toString(QKeySequence::NativeText)), this);
    heading->setObjectName(QLatin1String(names[section]) + QStringLiteral("Title"));
    heading->setWordWrap(true);
    auto *box = new QGroupBox(this);
    box->setObjectName(QLatin1String(names[section]) + QStringLiteral("Box"));
    setNames(view, QLatin1String(names[section]) + QStringLiteral("View"), title);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_views[section] = view;
    auto *empty = new QLabel(emptyText, box);
    empty->setObjectName(QLatin1String(names[section]) + QStringLiteral("Empty"));
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setWordWrap(true);
    m_empty[section] = empty;
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(view, 1);
    layout->addWidget(empty);

    auto *action = new QAction(title, this);
    action->setObjectName(QLatin1String(names[section]) + QStringLiteral("Action"));
    action->setShortcut(QKeySequence(key));
    action->setShortcutContext(Qt::WindowShortcut); // only while this page is shown
    connect(action, &QAction::triggered, this, [this, section] { focusSection(section); });
    addAction(action);

    QAbstractItemModel *model = view->model();
    const auto update = [this, section] {
        updateEmpty(section);
        arrangeSections();
    };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    connect(model, &QAbstractItemModel::layoutChanged, this, update);
    updateEmpty(section);

    auto *sectionWidget = new QWidget(this);
    auto *stack = stackWithoutMargins(sectionWidget, { heading, { box, 1 } });
    stack->setSpacing(2);
    return sectionWidget;
}

void MyDayPage::updateEmpty(Section section)
{
    const bool empty = m_views[section]->model()->rowCount() == 0;
    m_empty[section]->setVisible(empty);
    m_views[section]->setVisible(!empty);
}

// The queue table asks for the width of all its columns, so the grid takes it from the lists beside it rather
// than cut "Longest wait" to "Lo…"; never more than the page has, where the table scrolls sideways instead.
void MyDayPage::fitQueueColumns()
{
    auto *queues = static_cast<QTableView *>(m_views[QueuesSection]);
    int needed = 2 * queues->frameWidth();
    for (int column = 0; column < queues->model()->columnCount(); ++column) {
        needed += std::max(m_views[QueuesSection]->sizeHintForColumn(column),
                           queues->horizontalHeader()->sectionSizeHint(column));
    }
    queues->setMinimumWidth(needed);
    const int over = minimumSizeHint().width() - width();
    if (over > 0)
        queues->setMinimumWidth(std::max(needed - over, 0));
}

// The width a section needs to show its list (or its "nothing here" text) and its title on one line each.
int MyDayPage::sectionWidthNeeded(Section section) const
{
    QAbstractItemView *view = m_views[section];
    int content = 0;
    if (view->isVisibleTo(this)) {
        content = 2 * view->frameWidth();
        const auto *table = qobject_cast<QTableView *>(view);
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (table && table->isColumnHidden(column))
                continue;
            content += std::max(view->sizeHintForColumn(column),
                                table ? table->horizontalHeader()->sectionSizeHint(column) : 0);
        }
    } else {
        content = m_empty[section]->fontMetrics().horizontalAdvance(m_empty[section]->text());
    }
    const QWidget *box = m_empty[section]->parentWidget();
    const QMargins margins = box->contentsMargins() + box->layout()->contentsMargins();
    const auto *title = m_sections[section]->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    const int titleWidth = title ? title->fontMetrics().horizontalAdvance(title->text()) : 0;
    return std::max(content + margins.left() + margins.right(), titleWidth);
}

// Two columns of two sections when the page holds them whole, else the four in one column, in the order of their
// Alt keys (at 1024 px the 2x2 grid cut the follow-ups and squeezed "Contacts in hand" to a word a line). In one
// column a section with nothing in it keeps the height of its text and the lists share the rest.
void MyDayPage::arrangeSections()
{
    if (!m_sections[QueuesSection])
        return; // still being built
    const QMargins margins = layout()->contentsMargins();
    const int twoColumns = margins.left() + margins.right() + m_grid->horizontalSpacing()
        + std::max(sectionWidthNeeded(ContactsSection), sectionWidthNeeded(RecentSection))
        + std::max(sectionWidthNeeded(FollowUpsSection), sectionWidthNeeded(QueuesSection));
    const bool oneColumn = width() < twoColumns;
    if (oneColumn != m_oneColumn) {
        m_oneColumn = oneColumn;
        for (int section = 0; section < SectionCount; ++section) {
            m_grid->removeWidget(m_sections[section]);
            if (oneColumn)
                m_grid->addWidget(m_sections[section], section, 0);
            else
                m_grid->addWidget(m_sections[section], section / 2, section % 2);
        }
        m_grid->setColumnStretch(1, oneColumn ? 0 : 1);
    }
    for (int row = 0; row < SectionCount; ++row)
        m_grid->setRowStretch(row, oneColumn && m_views[row]->isVisibleTo(this) ? 1 : 0);
}

void MyDayPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitQueueColumns();
    arrangeSections();
}

void MyDayPage::updateHeading()
{
    m_heading->setText(tr("My day: %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
}

void MyDayPage::focusSection(int section)
{
    if (section < 0 || section >= SectionCount)
        return;
    QAbstractItemView *view = m_views[section];
    if (!view->isVisible()) {
        m_empty[section]->setFocus();
        return;
    }
    view->setFocus(Qt::ShortcutFocusReason);
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

void MyDayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateHeading();
    m_session->setShown(true);
}

void MyDayPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setShown(false);
}

} // namespace spocs
