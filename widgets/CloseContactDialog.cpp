#include "widgets/CloseContactDialog.h"

#include "client/Connection.h"
#include "models/ContactSession.h"
#include "models/PresenceDirectory.h"
#include "models/ReasonTreeModel.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace spocs {

CloseContactDialog::CloseContactDialog(ContactSession *session, const QJsonObject &contact, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_reasons(session->reasons())
    , m_contact(contact)
{
    ReasonTreeModel *reasons = m_reasons;
    setObjectName(QStringLiteral("closeContactDialog"));
    setWindowTitle(tr("Close Contact"));
    setWindowModality(Qt::WindowModal);
    const QString customer
        = contact.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString();

    auto *intro = makeIntroLabel(tr("Why did %1 get in touch, and is it settled?").arg(customer), this);

    auto *filter = new QLineEdit(this);
    setNames(filter, QStringLiteral("reasonFilterEdit"), tr("Find a reason"));
    filter->setPlaceholderText(tr("Find a reason…"));
    filter->setClearButtonEnabled(true);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(reasons);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(ReasonTreeModel::LabelColumn);
    auto *tree = new QTreeView(this);
    setNames(tree, QStringLiteral("reasonTree"), tr("Contact reasons"));
    tree->setModel(proxy);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(ReasonTreeModel::LabelColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(ReasonTreeModel::DemandClassColumn, QHeaderView::ResizeToContents);
    tree->expandAll();
    tree->setMinimumHeight(200);
    connect(filter, &QLineEdit::textChanged, this, [proxy, tree](const QString &text) {
        proxy->setFilterFixedString(text);
        tree->expandAll();
    });
    // Enter in the filter goes on to the matching reasons, ticking the only one.
    connect(filter, &QLineEdit::returnPressed, this, [proxy, tree] {
        QList<QModelIndex> leaves;
        const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int row = 0; row < proxy->rowCount(parent); ++row) {
                const QModelIndex index = proxy->index(row, ReasonTreeModel::LabelColumn, parent);
                if (proxy->rowCount(index) == 0)
                    leaves.append(index);
                else
                    collect(index);
            }
        };
        collect({});
        if (leaves.isEmpty())
            return;
        if (leaves.size() == 1)
            proxy->setData(leaves.first(), Qt::Checked, Qt::CheckStateRole);
        tree->setCurrentIndex(leaves.first());
        tree->setFocus();
    });
    // Enter toggles the current reason (as Space does), so the tree works without a mouse.
    connect(tree, &QTreeView::activated, this, [proxy](const QModelIndex &index) {
        const QModelIndex label = index.siblingAtColumn(ReasonTreeModel::LabelColumn);
        const bool checked = label.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        proxy->setData(label, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    m_selected = makeTextLabel(QStringLiteral("selectedReasonsLabel"), this);

    auto *outcomeBox = new QGroupBox(tr("Outcome"), this);
    m_resolved = new QRadioButton(tr("&Resolved on this contact"), outcomeBox);
    m_resolved->setObjectName(QStringLiteral("outcomeResolvedButton"));
    m_followUp = new QRadioButton(tr("Needs a &follow-up"), outcomeBox);
    m_followUp->setObjectName(QStringLiteral("outcomeFollowUpButton"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_resolved);
    group->addButton(m_followUp);
    m_resolved->setChecked(true);
    m_hint = new QLabel(outcomeBox);
    m_hint->setObjectName(QStringLiteral("closeHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8d6e00;"));

    m_followUpBox = new QGroupBox(tr("Follow-up"), outcomeBox);
    m_followUpBox->setObjectName(QStringLiteral("followUpBox"));
    m_due = new QDateTimeEdit(m_followUpBox);
    setNames(m_due, QStringLiteral("followUpDueEdit"), tr("Follow-up due"));
    m_due->setCalendarPopup(true);
    m_due->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    m_due->setMinimumDateTime(QDateTime::currentDateTime());
    m_usualDue = new QCheckBox(m_followUpBox);
    setNames(m_usualDue, QStringLiteral("followUpUsualDueCheck"), tr("Due at the customer's usual response time"));
    setUsualResponseHours(0);
    m_owner = new QComboBox(m_followUpBox);
    setNames(m_owner, QStringLiteral("followUpOwnerCombo"), tr("Follow-up owner"));
    if (Connection *connection = session->connection()) {
        const UserInfo me = connection->user();
        m_owner->addItem(tr("Me (%1)").arg(me.displayName.isEmpty() ? me.login : me.displayName), me.id);
    }
    auto *followForm = new QFormLayout(m_followUpBox);
    followForm->addRow(m_usualDue);
    followForm->addRow(tr("&Due:"), m_due);
    followForm->addRow(tr("O&wner:"), m_owner);

    auto *outcomeLayout = new QVBoxLayout(outcomeBox);
    outcomeLayout->addWidget(m_resolved);
    outcomeLayout->addWidget(m_followUp);
    outcomeLayout->addWidget(m_hint);
    outcomeLayout->addWidget(m_followUpBox);

    m_error = makeErrorLabel(this, QStringLiteral("closeErrorLabel"));

    m_buttons = makeOkCancelButtons(this, tr("Close Contact"), QStringLiteral("closeContactOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Close the contact (Ctrl+Return)"));
    // Enter belongs to the filter and the reasons; closing takes Ctrl+Return.
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(addSubmitShortcut(this), &QAction::triggered, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });

    stackWithMargins(this, { intro, filter, { tree, 1 }, m_selected, outcomeBox, m_error, m_buttons });
    resize(520, 600);

    // Start from what the contact already records (the IVR's choice, an earlier close try).
    QStringList initial;
    for (const QJsonValue &v : contact.value(QStringLiteral("reasons")).toArray())
        initial.append(v.toString());
    reasons->setCheckedCodes(initial);
    connect(reasons, &ReasonTreeModel::checkedChanged, this, &CloseContactDialog::updateState);
    connect(m_resolved, &QRadioButton::toggled, this, &CloseContactDialog::updateState);
    connect(m_usualDue, &QCheckBox::toggled, this, &CloseContactDialog::updateState);
    connect(m_session, &ContactSession::closeBusyChanged, this, &CloseContactDialog::updateState);
    connect(m_session, &ContactSession::contactClosed, this, [this](const QJsonObject &closed) {
        if (closed.value(QStringLiteral("id")) != m_contact.value(QStringLiteral("id")))
            return;
        Q_EMIT contactClosed(closed);
        QDialog::accept();
    });
    connect(m_session, &ContactSession::closeFailed, this, [this](const Error &error, const QJsonObject &current) {
        if (error.code != ErrorCode::VersionConflict) {
            showError(errorDetailText(error));
            return;
        }
        // Someone (a task, a note) changed the contact meanwhile: close on top of the new version.
        if (current.value(QStringLiteral("id")) == m_contact.value(QStringLiteral("id")))
            m_contact = current;
        showError(tr("The contact changed meanwhile. Check the reasons and close again."));
    });
    updateState();
    loadOwners();
    filter->setFocus();
}

void CloseContactDialog::loadOwners()
{
    auto *presence = PresenceDirectory::of(m_session->connection());
    if (!presence)
        return;
    const auto fill = [this, presence] {
        const qint64 keep = m_owner->currentData().toLongLong();
        const qint64 me = m_session->self();
        while (m_owner->count() > 1) // the first entry is the closing user
            m_owner->removeItem(1);
        for (const PresenceDirectory::Entry &user : presence->entries()) {
            if (user.userId == me || !user.servesCustomers())
                continue;
            m_owner->addItem(user.name.isEmpty() ? user.login : tr("%1 (%2)").arg(user.name, user.login), user.userId);
        }
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(keep)));
    };
    connect(presence, &SharedLookup::changed, this, fill);
    fill();
    presence->load();
}

bool CloseContactDialog::checkReason(const QString &code, bool checked)
{
    const QModelIndex index = m_reasons->indexForCode(code);
    if (!index.isValid())
        return false;
    return m_reasons->setData(index, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void CloseContactDialog::updateState()
{
    const QStringList codes = m_reasons->checkedCodes();
    QStringList labels;
    for (const QString &code : codes)
        labels.append(m_reasons->labelFor(code));
    m_selected->setText(codes.isEmpty() ? tr("Tick at least one reason.")
                                        : tr("Reasons: %1").arg(labels.join(QStringLiteral(", "))));
    const bool forwardOnly = m_reasons->anyCheckedForwardOnly();
    if (forwardOnly && m_resolved->isChecked())
        m_followUp->setChecked(true);
    m_resolved->setEnabled(!forwardOnly);
    m_hint->setVisible(forwardOnly);
    m_hint->setText(forwardOnly ? tr("A forward-only reason is handled by the designated person: close with a "
                                     "follow-up (or forward the contact).")
                                : QString());
    m_followUpBox->setEnabled(m_followUp->isChecked());
    m_due->setEnabled(!m_usualDue->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!codes.isEmpty() && codes.size() <= 10 && !m_session->isClosing());
}

QJsonObject CloseContactDialog::closeArgs() const
{
    QJsonArray reasons;
    for (const QString &code : m_reasons->checkedCodes())
        reasons.append(code);
    QJsonObject args { { QStringLiteral("id"), m_contact.value(QStringLiteral("id")) },
                       { QStringLiteral("version"), m_contact.value(QStringLiteral("version")) },
                       { QStringLiteral("reasons"), reasons },
                       { QStringLiteral("outcome"),
                         m_followUp->isChecked() ? QStringLiteral("follow_up") : QStringLiteral("resolved") } };
    if (m_followUp->isChecked()) {
        // Without a due time the coordinator uses the customer's expected response time.
        QJsonObject followUp;
        if (!m_usualDue->isChecked())
            followUp.insert(QStringLiteral("due"), m_due->dateTime().toUTC().toString(Qt::ISODateWithMs));
        const qint64 owner = m_owner->currentData().toLongLong();
        if (owner != 0)
            followUp.insert(QStringLiteral("owner"), owner);
        args.insert(QStringLiteral("followUp"), followUp);
    }
    return args;
}

void CloseContactDialog::setUsualResponseHours(qint64 hours)
{
    m_usualDue->setText(hours > 0 ? tr("D&ue: customer's usual response time (%n h)", nullptr, int(hours))
                                  : tr("D&ue: customer's usual response time"));
}

void CloseContactDialog::showError(const QString &text)
{
    showTextOrHide(m_error, text);
}

void CloseContactDialog::accept()
{
    if (m_session->isClosing())
        return;
    if (m_reasons->checkedCodes().isEmpty()) {
        showError(tr("Tick at least one reason."));
        return;
    }
    showError(QString());
    m_session->close(closeArgs());
}

void CloseContactDialog::keyPressEvent(QKeyEvent *event)
{
    // QDialog would press its default button: a reason ticked with Enter would close the contact.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void CloseContactDialog::reject()
{
    QDialog::reject();
}

} // namespace spocs
