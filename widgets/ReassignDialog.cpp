#include "widgets/ReassignDialog.h"

#include "models/FollowUpModel.h"
#include "models/PresenceDirectory.h"
#include "models/ReassignSession.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

namespace spocs {

ReassignDialog::ReassignDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_session(new ReassignSession(connection, this))
    , m_people(PresenceDirectory::of(connection))
{
    setNames(this, QStringLiteral("reassignDialog"), tr("Reassign customers"));
    setWindowTitle(tr("Reassign Customers"));

    auto *intro = makeIntroLabel(tr("Moves every customer and open follow-up of one person to a colleague, for "
                                    "example when they leave. Both are told; open customer views update."),
                                 this);
    const auto combo = [this](const QString &name, const QString &accessible) {
        auto *box = new QComboBox(this);
        setNames(box, name, accessible);
        return box;
    };
    m_from = combo(QStringLiteral("reassignFromCombo"), tr("From"));
    m_to = combo(QStringLiteral("reassignToCombo"), tr("New owner"));
    m_backup = combo(QStringLiteral("reassignBackupCombo"), tr("New backup"));
    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QComboBox *box) {
        auto *l = new QLabel(label, this);
        l->setBuddy(box);
        form->addRow(l, box);
    };
    row(tr("&From:"), m_from);
    row(tr("&New owner:"), m_to);
    row(tr("&Backup:"), m_backup);

    auto *followUps = makeRecordTree(m_session->followUps(), QStringLiteral("reassignFollowUps"),
                                     tr("Open follow-ups that move"), this);
    followUps->header()->setSectionResizeMode(FollowUpModel::CustomerColumn, QHeaderView::Stretch);
    followUps->setMinimumHeight(140);
    auto *followUpsLabel = new QLabel(tr("Open f&ollow-ups:"), this);
    followUpsLabel->setBuddy(followUps);

    m_status = makeTextLabel(QStringLiteral("reassignStatus"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reassign = buttons->addButton(tr("&Reassign"), QDialogButtonBox::ActionRole);
    m_reassign->setObjectName(QStringLiteral("reassignButton"));
    m_reassign->setToolTip(tr("Move all their customers and open follow-ups to the new owner (Alt+R)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reassign, &QPushButton::clicked, this, &ReassignDialog::reassign);

    stackWithMargins(this, { intro, form, followUpsLabel, { followUps, 1 }, m_status, buttons });

    connect(m_from, &QComboBox::currentIndexChanged, this, &ReassignDialog::fromChanged);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ReassignDialog::updateButtons);
    connect(m_session, &ReassignSession::busyChanged, this, &ReassignDialog::updateButtons);
    connect(m_session, &ReassignSession::followUpsLoaded, this, [this](int count) {
        if (m_status->text().isEmpty())
            showStatus(tr("%n open follow-up(s).", nullptr, count));
    });
    connect(m_session, &ReassignSession::failed, this,
            [this](const Error &error) { showStatus(errorDetailText(error)); });
    connect(m_session, &ReassignSession::reassigned, this, [this](int customers, int followUps) {
        showStatus(
            tr("Moved %n customer(s)", nullptr, customers) + QStringLiteral(" ")
            + tr("and %n open follow-up(s) to %1.", nullptr, followUps).arg(m_session->lastReassignment().owner.name));
    });
    if (m_people) {
        connect(m_people, &SharedLookup::changed, this, &ReassignDialog::fillUsers);
        m_people->load();
    }
    fillUsers();
    resize(560, 460);
}

QString ReassignDialog::statusText() const
{
    return m_status->text();
}

void ReassignDialog::setFrom(qint64 userId)
{
    const int index = m_from->findData(userId);
    if (index >= 0)
        m_from->setCurrentIndex(index);
}

void ReassignDialog::fillUsers()
{
    if (!m_people || !m_people->isLoaded())
        return;
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    const qint64 backup = m_backup->currentData().toLongLong();
    for (QComboBox *box : { m_from, m_to, m_backup }) {
        const QSignalBlocker block(box);
        box->clear();
    }
    m_from->addItem(tr("(choose someone)"), qint64(0));
    m_to->addItem(tr("(choose the new owner)"), qint64(0));
    m_backup->addItem(tr("(keep the backup)"), qint64(0));
    for (const PresenceDirectory::Entry &e : m_people->entries()) {
        if (!e.servesCustomers())
            continue;
        const QString text = QStringLiteral("%1 (%2)").arg(e.displayName(), e.login);
        for (QComboBox *box : { m_from, m_to, m_backup }) {
            const QSignalBlocker block(box);
            box->addItem(text, e.userId);
        }
    }
    for (auto [box, id] : { std::pair { m_to, to }, std::pair { m_backup, backup } }) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(std::max(0, box->findData(id)));
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    updateButtons();
}

void ReassignDialog::fromChanged()
{
    m_status->clear();
    const qint64 from = m_from->currentData().toLongLong();
    if (from > 0)
        m_session->loadFollowUps(from);
    else
        m_session->followUps()->clear();
    updateButtons();
}

void ReassignDialog::reassign()
{
    const qint64 backup = m_backup->currentData().toLongLong();
    m_status->clear();
    m_session->reassignAll(m_from->currentData().toLongLong(), m_to->currentData().toLongLong(),
                           backup > 0 ? std::optional<qint64>(backup) : std::nullopt);
}

void ReassignDialog::updateButtons()
{
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    m_reassign->setEnabled(!m_session->isBusy() && from > 0 && to > 0 && from != to);
}

void ReassignDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

} // namespace spocs
