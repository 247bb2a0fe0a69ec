#include "widgets/TeamView.h"

#include "models/CustomerSearchModel.h"
#include "models/FollowUpModel.h"
#include "models/PresenceDirectory.h"
#include "models/ReassignSession.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace spocs {
namespace {

QTreeView *makeList(QAbstractItemModel *model, const QString &name, const QString &accessible, QWidget *parent)
{
    QTreeView *view = makeRecordTree(model, name, accessible, parent);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

} // namespace

TeamView::TeamView(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_session(new ReassignSession(connection, this))
    , m_people(PresenceDirectory::of(connection))
{
    setNames(this, QStringLiteral("teamView"), tr("Team"));

    m_personBox = new QComboBox(this);
    setNames(m_personBox, QStringLiteral("teamPersonCombo"), tr("Person"));
    m_personBox->setMinimumContentsLength(24);
    auto *personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_personBox);
    m_reassign = new QPushButton(tr("&Reassign…"), this);
    m_reassign->setObjectName(QStringLiteral("teamReassignButton"));
    m_reassign->setToolTip(tr("Move this person's customers and open follow-ups to a colleague (Alt+R)"));
    QHBoxLayout *top = makeButtonRow({ personLabel, m_personBox, m_reassign });

    auto *customers = makeList(m_session->customers(), QStringLiteral("teamCustomers"), tr("Their customers"), this);
    customers->header()->setSectionResizeMode(CustomerSearchModel::NameColumn, QHeaderView::Stretch);
    customers->header()->setStretchLastSection(false);
    for (int c : { int(CustomerSearchModel::EmailColumn), int(CustomerSearchModel::PhoneColumn) })
        customers->setColumnHidden(c, true);
    m_customersLabel = new QLabel(tr("C&ustomers"), this);
    m_customersLabel->setBuddy(customers);

    auto *followUps
        = makeList(m_session->followUps(), QStringLiteral("teamFollowUps"), tr("Their open follow-ups"), this);
    followUps->header()->setSectionResizeMode(FollowUpModel::CustomerColumn, QHeaderView::Stretch);
    m_followUpsLabel = new QLabel(tr("&Open follow-ups"), this);
    m_followUpsLabel->setBuddy(followUps);

    const auto box = [this](QLabel *label, QTreeView *view) {
        auto *w = new QWidget(this);
        stackWithoutMargins(w, { label, { view, 1 } });
        return w;
    };
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("teamSplitter"));
    split->addWidget(box(m_customersLabel, customers));
    split->addWidget(box(m_followUpsLabel, followUps));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    m_status = makeTextLabel(QStringLiteral("teamStatus"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_personBox, &QComboBox::currentIndexChanged, this, &TeamView::reload);
    connect(m_reassign, &QPushButton::clicked, this, [this] {
        if (person() > 0)
            Q_EMIT reassignRequested(person());
    });
    const auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT customerActivated(m_session->customers()->customerIdAt(index.row()));
    };
    connect(customers, &QTreeView::activated, this, open);
    connect(m_session, &ReassignSession::customersLoaded, this, [this](int shown, int total) {
        m_customersShown = shown;
        m_customersTotal = total;
        updateStatus();
    });
    connect(m_session, &ReassignSession::followUpsLoaded, this, [this](int count) {
        m_followUpCount = count;
        updateStatus();
    });
    connect(m_session, &ReassignSession::failed, this,
            [this](const Error &error) { m_status->setText(errorDetailText(error)); });
    if (m_people) {
        connect(m_people, &SharedLookup::changed, this, &TeamView::fillPeople);
        m_people->load();
    }
    fillPeople();
}

void TeamView::setPerson(qint64 userId)
{
    m_personBox->setCurrentIndex(std::max(0, m_personBox->findData(userId)));
}

qint64 TeamView::person() const
{
    return m_personBox->currentData().toLongLong();
}

QString TeamView::statusText() const
{
    return m_status->text();
}

void TeamView::reload()
{
    m_customersShown = -1;
    m_followUpCount = -1;
    m_status->clear();
    m_reassign->setEnabled(person() > 0);
    m_session->load(person());
    updateStatus();
}

void TeamView::fillPeople()
{
    if (!m_people || !m_people->isLoaded())
        return;
    const qint64 current = person();
    const QSignalBlocker block(m_personBox);
    m_personBox->clear();
    m_personBox->addItem(tr("(choose someone)"), qint64(0));
    for (const PresenceDirectory::Entry &e : m_people->entries()) {
        if (e.servesCustomers())
            m_personBox->addItem(QStringLiteral("%1 (%2)").arg(e.displayName(), e.login), e.userId);
    }
    m_personBox->setCurrentIndex(std::max(0, m_personBox->findData(current)));
    m_reassign->setEnabled(person() > 0);
}

void TeamView::updateStatus()
{
    m_customersLabel->setText(m_customersShown < 0 ? tr("C&ustomers") : tr("C&ustomers (%1)").arg(m_customersTotal));
    m_followUpsLabel->setText(m_followUpCount < 0 ? tr("&Open follow-ups")
                                                  : tr("&Open follow-ups (%1)").arg(m_followUpCount));
    if (m_customersShown >= 0 && m_customersShown < m_customersTotal)
        m_status->setText(tr("Showing the first %1 of %2 customers.").arg(m_customersShown).arg(m_customersTotal));
}

} // namespace spocs
