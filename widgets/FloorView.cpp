#include "widgets/FloorView.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/LeadSnapshotLoader.h"
#include "models/LeadText.h"
#include "widgets/ActionButton.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/SkillsDialog.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace spocs {

namespace {

// A coloured dot before each item, in the colour colorOf gives for its index.
class DotDelegate : public QStyledItemDelegate
{
public:
    using ColorOf = QColor (*)(const QModelIndex &index);

    DotDelegate(ColorOf colorOf, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_colorOf(colorOf)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = dotIcon(m_colorOf(index));
        option->decorationSize = QSize(12, 12);
    }

private:
    ColorOf m_colorOf;
};

// The agent's state as a coloured dot and the translated presence name.
class PresenceDelegate : public DotDelegate
{
public:
    explicit PresenceDelegate(QObject *parent)
        : DotDelegate(
            [](const QModelIndex &index) { return presenceColor(index.data(AgentGridModel::StateRole).toString()); },
            parent)
    { }

    QString displayText(const QVariant &value, const QLocale &) const override
    {
        return presenceText(value.toString());
    }
};

// A contact's channel by its translated name.
class ChannelDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &) const override { return channelText(value.toString()); }
};

QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessibleName, QWidget *parent)
{
    QTableView *view = makeRecordTable(model, name, accessibleName, parent);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// One section of the floor: a bold title (its mnemonic focuses the view) with the section's
// buttons on the right, and the view below.
QWidget *makeSection(const QString &title, QWidget *view, const QList<QWidget *> &buttons, QWidget *parent,
                     QLabel **titleLabel = nullptr)
{
    auto *box = new QWidget(parent);
    auto *label = new QLabel(title, box);
    if (titleLabel)
        *titleLabel = label;
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(view);
    QHBoxLayout *titleRow = makeButtonRow({ label });
    for (QWidget *button : buttons)
        titleRow->addWidget(button);
    stackWithoutMargins(box, { titleRow, view });
    return box;
}

// A small form dialog of the floor; it deletes itself once closed.
QDialog *makeFormDialog(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

// Lays the dialog out (its fields, then OK/Cancel with okText) and opens it.
void openFormDialog(QDialog *dialog, QFormLayout *form, const QString &okText)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(makeOkCancelButtons(dialog, okText));
    dialog->open();
}

// A list of the agents (presence dot, name and state; the user id as item data). firstAvailable,
// when given, gets the row of the first available one (it stays as it is when none is).
QComboBox *makeAgentCombo(const QString &objectName, const QString &accessibleName, const AgentGridModel *grid,
                          QWidget *parent, int *firstAvailable = nullptr)
{
    auto *combo = new QComboBox(parent);
    setNames(combo, objectName, accessibleName);
    for (int row = 0; row < grid->rowCount(); ++row) {
        const AgentStatus agent = grid->agentAt(row);
        combo->addItem(dotIcon(presenceColor(agent.state)),
                       QCoreApplication::translate("spocs::FloorView", "%1 – %2")
                           .arg(agent.displayName(), presenceText(agent.state)),
                       agent.userId);
        if (firstAvailable && *firstAvailable < 0 && agent.state == QLatin1String("available"))
            *firstAvailable = row;
    }
    return combo;
}

} // namespace

FloorView::FloorView(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_loader(new LeadSnapshotLoader(this))
    , m_header(new QLabel(this))
{
    setNames(this, QStringLiteral("floorView"), tr("Floor view"));
    m_loader->setConnection(connection);

    m_header->setObjectName(QStringLiteral("floorHeader"));
    m_header->setWordWrap(true);

    m_queues = makeTable(m_loader->queues(), QStringLiteral("floorQueues"), tr("Queues"), this);
    m_queues->setSelectionMode(QAbstractItemView::NoSelection);
    m_queues->horizontalHeader()->setSectionResizeMode(QueueStatsModel::QueueColumn, QHeaderView::Stretch);
    m_queues->horizontalHeader()->setStretchLastSection(false);
    m_agents = makeTable(m_loader->agents(), QStringLiteral("floorAgents"), tr("Agents"), this);
    m_agents->setItemDelegateForColumn(AgentGridModel::StateColumn, new PresenceDelegate(m_agents));
    m_agents->horizontalHeader()->setSectionResizeMode(AgentGridModel::ContactColumn, QHeaderView::Stretch);
    m_agents->horizontalHeader()->setStretchLastSection(false);
    m_waiting = makeTable(m_loader->waiting(), QStringLiteral("floorWaiting"), tr("Waiting contacts"), this);
    m_waiting->setItemDelegateForColumn(WaitingContactModel::ChannelColumn, new ChannelDelegate(m_waiting));
    // The customer keeps the width of the names (fitColumns); a stretched customer column was the one
    // squeezed to a few pixels when the columns did not all fit. The last column takes the spare room.

    auto *alerts = new QListView(this);
    setNames(alerts, QStringLiteral("floorAlerts"), tr("Alerts"));
    alerts->setModel(m_loader->alerts());
    alerts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    alerts->setWordWrap(true);
    alerts->setAlternatingRowColors(true);
    // Alerts: a red (critical) or orange (warning) dot before the message.
    alerts->setItemDelegate(new DotDelegate(
        [](const QModelIndex &index) { return index.data(Qt::DecorationRole).value<QColor>(); }, alerts));

    m_moveAction = makeAction(tr("&Move Contact to Agent…"), QStringLiteral("leadMoveContactAction"),
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
                              tr("Offer the selected waiting contact to an agent now"), this);
    connect(m_moveAction, &QAction::triggered, this, &FloorView::showMoveDialog);
    m_setStateAction = makeAction(tr("Set Agent &State…"), QStringLiteral("leadSetAgentStateAction"),
                                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                                  tr("Set the selected agent available or on a break"), this);
    connect(m_setStateAction, &QAction::triggered, this, &FloorView::showSetStateDialog);
    m_skillsAction = makeAction(tr("Edit S&kills…"), QStringLiteral("leadEditSkillsAction"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J),
                                tr("Set the skills and levels of the selected agent"), this);
    connect(m_skillsAction, &QAction::triggered, this, &FloorView::showSkillsDialog);

    auto *moveButton = makeActionButton(m_moveAction, tr("Move to Agent…"), QStringLiteral("floorMoveButton"),
                                        tr("Move contact to agent"), this);
    auto *stateButton = makeActionButton(m_setStateAction, tr("Set State…"), QStringLiteral("floorSetStateButton"),
                                         tr("Set agent state"), this);
    auto *skillsButton = makeActionButton(m_skillsAction, tr("Edit Skills…"), QStringLiteral("floorEditSkillsButton"),
                                          tr("Edit agent skills"), this);

    // Queues on top; agents (the biggest list) left; waiting contacts and alerts right.
    QWidget *queuesBox = makeSection(tr("Q&ueues"), m_queues, {}, this, &m_queuesTitle);
    m_queuesTitle->setObjectName(QStringLiteral("floorQueuesTitle"));
    QWidget *agentsBox = makeSection(tr("A&gents"), m_agents, { stateButton, skillsButton }, this);
    QWidget *waitingBox = makeSection(tr("&Waiting"), m_waiting, { moveButton }, this);
    QWidget *alertsBox = makeSection(tr("Ale&rts"), alerts, {}, this);

    QSplitter *right
        = makeSplitter(Qt::Vertical, QStringLiteral("floorRightSplitter"), { waitingBox, alertsBox }, this);
    right->setChildrenCollapsible(false);

    QSplitter *bottom = makeSplitter(Qt::Horizontal, QStringLiteral("floorBottomSplitter"), { agentsBox, right }, this);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setChildrenCollapsible(false);

    QSplitter *main = makeSplitter(Qt::Vertical, QStringLiteral("floorSplitter"), { queuesBox, bottom }, this);
    // As the lead's main view the floor is tall enough to show every queue without scrolling.
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 2);
    // Room for the header and about five queues before the queue list scrolls.
    m_queues->setMinimumHeight(m_queues->verticalHeader()->defaultSectionSize() * 6 + 4);
    main->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(main, 1);

    connect(m_loader, &LeadSnapshotLoader::snapshotApplied, this, [this] {
        m_error.clear();
        updateHeader();
        fitColumns();
    });
    connect(m_loader->waiting(), &QAbstractItemModel::rowsInserted, this, &FloorView::fitColumns);
    connect(m_loader, &LeadSnapshotLoader::loadFailed, this, [this](const Error &error) {
        m_error = errorText(error);
        updateHeader();
    });
    connect(m_loader, &LeadSnapshotLoader::alertRaised, this, [this](const QJsonObject &alert) {
        Q_EMIT statusMessage(tr("Alert: %1").arg(m_loader->alerts()->text(alert)));
    });
    connect(m_waiting->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FloorView::updateActions);
    connect(m_loader->waiting(), &QAbstractItemModel::rowsInserted, this, &FloorView::updateActions);
    connect(m_loader->waiting(), &QAbstractItemModel::rowsRemoved, this, &FloorView::updateActions);
    connect(m_loader->waiting(), &QAbstractItemModel::modelReset, this, &FloorView::updateActions);
    connect(m_loader->agents(), &QAbstractItemModel::rowsInserted, this, &FloorView::updateActions);
    connect(m_loader->agents(), &QAbstractItemModel::modelReset, this, &FloorView::updateActions);
    connect(m_agents->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FloorView::updateActions);
    if (connection)
        connect(connection, &Connection::userChanged, this, &FloorView::updateActions);

    updateHeader();
    updateActions();
    m_loader->start();
}

FloorView::~FloorView()
{
    m_loader->stop();
}

void FloorView::updateHeader()
{
    // The queues' today figures are the coordinator's day, which around midnight is not the lead's:
    // name it.
    const QDate day = m_loader->day();
    m_queuesTitle->setText(
        day.isValid()
            ? tr("Q&ueues – today (%1, %2)").arg(QLocale().toString(day, QStringLiteral("d MMM")), m_loader->dayZone())
            : tr("Q&ueues"));
    if (!m_error.isEmpty()) {
        m_header->setText(tr("The floor view could not be loaded: %1").arg(m_error));
        return;
    }
    if (m_loader->snapshotsApplied() == 0) {
        m_header->setText(tr("Loading the floor…"));
        return;
    }
    int waiting = 0;
    for (int row = 0; row < m_loader->queues()->rowCount(); ++row)
        waiting += m_loader->queues()->queueAt(row).waiting;
    int available = 0;
    for (int row = 0; row < m_loader->agents()->rowCount(); ++row) {
        if (m_loader->agents()->agentAt(row).state == QLatin1String("available"))
            ++available;
    }
    m_header->setText(tr("Service level target: %1 answered within %2 s · %3 waiting · %4 of %5 agents available")
                          .arg(leadtext::percent(m_loader->serviceLevelTarget()))
                          .arg(m_loader->serviceLevelSeconds())
                          .arg(waiting)
                          .arg(available)
                          .arg(m_loader->agents()->rowCount()));
}

void FloorView::fitColumns()
{
    // Columns fit their contents; the contact (or customer) column takes the room that is left.
    for (QTableView *view : { m_queues, m_agents, m_waiting }) {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (view->horizontalHeader()->sectionResizeMode(column) != QHeaderView::Stretch)
                view->resizeColumnToContents(column);
        }
    }
}

void FloorView::updateActions()
{
    // contact.assign is for leads; an admin sees the floor and may set states.
    const bool lead = m_connection && m_connection->user().role == Role::Lead;
    const bool canMove = lead && m_loader->waiting()->rowCount() > 0 && m_loader->agents()->rowCount() > 0;
    m_moveAction->setEnabled(canMove);
    const bool canSet = m_loader->agents()->rowCount() > 0;
    m_setStateAction->setEnabled(canSet);
    const bool canEditSkills = selectedUserId() > 0;
    m_skillsAction->setEnabled(canEditSkills);
}

qint64 FloorView::selectedContactId() const
{
    const QModelIndexList rows = m_waiting->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_loader->waiting()->contactIdAt(rows.first().row());
}

qint64 FloorView::selectedUserId() const
{
    const QModelIndexList rows = m_agents->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_loader->agents()->agentAt(rows.first().row()).userId;
}

QString FloorView::agentText(qint64 userId) const
{
    const int row = m_loader->agents()->rowOfUser(userId);
    return row < 0 ? tr("user %1").arg(userId) : m_loader->agents()->agentAt(row).displayName();
}

void FloorView::showMoveDialog()
{
    if (!m_moveAction->isEnabled())
        return;
    QDialog *dialog = makeFormDialog(QStringLiteral("moveContactDialog"), tr("Move Contact to Agent"), this);
    auto *contacts = new QComboBox(dialog);
    setNames(contacts, QStringLiteral("moveContactCombo"), tr("Waiting contact"));
    WaitingContactModel *waiting = m_loader->waiting();
    for (int row = 0; row < waiting->rowCount(); ++row) {
        contacts->addItem(tr("%1 – %2, waiting %3")
                              .arg(waiting->index(row, WaitingContactModel::CustomerColumn).data().toString(),
                                   waiting->index(row, WaitingContactModel::QueueColumn).data().toString(),
                                   waiting->index(row, WaitingContactModel::WaitColumn).data().toString()),
                          waiting->contactIdAt(row));
    }
    contacts->setCurrentIndex(std::max(0, contacts->findData(selectedContactId())));
    int firstAvailable = -1;
    QComboBox *agents
        = makeAgentCombo(QStringLiteral("moveAgentCombo"), tr("Agent"), m_loader->agents(), dialog, &firstAvailable);
    const int selected = agents->findData(selectedUserId());
    agents->setCurrentIndex(selected >= 0 ? selected : std::max(0, firstAvailable));

    auto *form = new QFormLayout;
    form->addRow(tr("&Contact:"), contacts);
    form->addRow(tr("&Agent:"), agents);
    connect(dialog, &QDialog::accepted, this, [this, contacts, agents] {
        moveContact(contacts->currentData().toLongLong(), agents->currentData().toLongLong());
    });
    openFormDialog(dialog, form, tr("&Move"));
}

void FloorView::showSetStateDialog()
{
    if (!m_setStateAction->isEnabled())
        return;
    QDialog *dialog = makeFormDialog(QStringLiteral("setAgentStateDialog"), tr("Set Agent State"), this);
    QComboBox *agents = makeAgentCombo(QStringLiteral("setStateAgentCombo"), tr("Agent"), m_loader->agents(), dialog);
    agents->setCurrentIndex(std::max(0, agents->findData(selectedUserId())));
    auto *states = new QComboBox(dialog);
    setNames(states, QStringLiteral("setStateCombo"), tr("New state"));
    for (const QString &state : { QStringLiteral("available"), QStringLiteral("break") })
        states->addItem(dotIcon(presenceColor(state)), presenceText(state), state);
    auto *reason = new QLineEdit(dialog);
    setNames(reason, QStringLiteral("setStateReasonEdit"), tr("Reason"));
    reason->setMaxLength(200);
    reason->setPlaceholderText(tr("Why (kept in the audit log)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Agent:"), agents);
    form->addRow(tr("&State:"), states);
    form->addRow(tr("&Reason:"), reason);
    connect(dialog, &QDialog::accepted, this, [this, agents, states, reason] {
        setAgentState(agents->currentData().toLongLong(), states->currentData().toString(), reason->text().trimmed());
    });
    openFormDialog(dialog, form, tr("&Set State"));
}

void FloorView::showSkillsDialog()
{
    const qint64 userId = selectedUserId();
    const int row = m_loader->agents()->rowOfUser(userId);
    if (!m_connection || userId <= 0 || row < 0)
        return;
    const AgentStatus agent = m_loader->agents()->agentAt(row);
    auto *dialog = new SkillsDialog(m_connection, userId, agent.displayName(), agent.skillLevels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString who = agent.displayName();
    connect(dialog, &SkillsDialog::saved, this, [this, who] {
        Q_EMIT statusMessage(tr("The skills of %1 are saved.").arg(who));
        m_loader->scheduleRefresh();
    });
    dialog->open();
}

void FloorView::moveContact(qint64 contactId, qint64 userId)
{
    if (contactId <= 0 || userId <= 0)
        return;
    const QString who = agentText(userId);
    m_loader->assignContact(contactId, userId, this, [this, contactId, who](const Result<QJsonObject> &result) {
        if (result.ok())
            Q_EMIT statusMessage(tr("Contact #%1 is offered to %2.").arg(contactId).arg(who));
        else
            Q_EMIT statusMessage(tr("Contact #%1 could not be moved to %2: %3")
                                     .arg(contactId)
                                     .arg(who, errorDetailText(result.error())));
        Q_EMIT moveFinished(result.ok(), result.ok() ? Error {} : result.error());
    });
}

void FloorView::setAgentState(qint64 userId, const QString &state, const QString &reason)
{
    if (userId <= 0)
        return;
    const QString who = agentText(userId);
    m_loader->setAgentState(userId, state, reason, this, [this, who, state](const Result<QJsonObject> &result) {
        if (result.ok())
            Q_EMIT statusMessage(tr("%1 is now: %2").arg(who, presenceText(state)));
        else
            Q_EMIT statusMessage(tr("The state of %1 could not be set: %2").arg(who, errorDetailText(result.error())));
        Q_EMIT setStateFinished(result.ok(), result.ok() ? Error {} : result.error());
    });
}

} // namespace spocs
