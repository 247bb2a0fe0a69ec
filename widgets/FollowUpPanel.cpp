#include "widgets/FollowUpPanel.h"

#include "models/ActiveContact.h"
#include "models/ContactSession.h"
#include "models/FollowUpModel.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace spocs {

FollowUpPanel::FollowUpPanel(ContactSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(session->followUps())
{
    setObjectName(QStringLiteral("followUpPanel"));
    FollowUpModel *model = m_model;
    setAccessibleName(tr("Follow-ups"));

    m_banner = makeTextLabel(QStringLiteral("followUpBanner"), this);

    m_view = new QTableView(this);
    setNames(m_view, QStringLiteral("followUpView"), tr("My follow-ups"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(FollowUpModel::CustomerColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(FollowUpModel::DueColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString customer = index.data(FollowUpModel::CustomerIdRole).toString();
        if (!customer.isEmpty())
            Q_EMIT openCustomerRequested(customer);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FollowUpPanel::updateButtons);

    m_channel = new QComboBox(this);
    setNames(m_channel, QStringLiteral("followUpChannelCombo"), tr("How the customer was told"));
    for (const QString &c : { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat") })
        m_channel->addItem(channelText(c), c);
    // An update given on a call or e-mail the agent makes now is an outbound contact (a chat is
    // the customer's to open).
    m_outbound = new QCheckBox(tr("&I call or write now: start an outbound contact"), this);
    setNames(m_outbound, QStringLiteral("followUpOutboundCheck"), tr("Start an outbound contact with the update"));
    connect(m_outbound, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_channel->currentData().toString() == u"chat")
            m_channel->setCurrentIndex(m_channel->findData(QStringLiteral("phone")));
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_channel->currentData().toString() == u"chat")
            m_outbound->setChecked(false);
    });
    m_note = new QLineEdit(this);
    setNames(m_note, QStringLiteral("followUpNoteEdit"), tr("Status update"));
    m_note->setPlaceholderText(tr("Status update given to the customer…"));
    m_note->setMaxLength(2000);
    connect(m_note, &QLineEdit::textChanged, this, &FollowUpPanel::updateButtons);
    connect(m_note, &QLineEdit::returnPressed, this, &FollowUpPanel::recordUpdate);
    m_update = new QPushButton(tr("Record Update"), this);
    m_update->setObjectName(QStringLiteral("followUpUpdateButton"));
    connect(m_update, &QPushButton::clicked, this, &FollowUpPanel::recordUpdate);
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("followUpDoneButton"));
    m_done->setToolTip(tr("The follow-up is settled"));
    connect(m_done, &QPushButton::clicked, this, &FollowUpPanel::markDone);

    m_error = makeErrorLabel(this, QStringLiteral("followUpErrorLabel"));

    QHBoxLayout *updateRow = makeRow({ m_channel, { m_note, 1 } });
    QHBoxLayout *buttons = makeButtonRow({}, { m_update, m_done });
    stackWithMargins(this, { m_banner, { m_view, 1 }, updateRow, m_outbound, buttons, m_error });

    // A reload keeps the selected follow-up selected.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = selectedContact(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        showError(QString());
        if (m_keepSelected != 0)
            selectContact(m_keepSelected);
        m_keepSelected = 0;
    });
    connect(m_session, &ContactSession::followUpsFailed, this, [this](const Error &error) {
        showError(errorDetailText(error));
        updateButtons();
    });
    connect(m_session, &ContactSession::followUpSaved, this, [this](qint64 contact, const QString &text) {
        showError(QString());
        m_note->clear();
        m_outbound->setChecked(false);
        selectContact(contact);
        Q_EMIT notice(text);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &FollowUpPanel::updateBanner);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FollowUpPanel::updateBanner);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FollowUpPanel::updateBanner);
    connect(model, &QAbstractItemModel::dataChanged, this, &FollowUpPanel::updateBanner);
    auto *tick = new QTimer(this);
    tick->setInterval(5000);
    connect(tick, &QTimer::timeout, model, &FollowUpModel::tick);
    tick->start();
    updateBanner();
    updateButtons();
}

void FollowUpPanel::updateBanner()
{
    const int overdue = m_model->countWithStatus(FollowUpModel::Status::Overdue);
    const int soon = m_model->countWithStatus(FollowUpModel::Status::DueSoon);
    QStringList parts;
    if (overdue > 0)
        parts << tr("%n overdue", nullptr, overdue);
    if (soon > 0)
        parts << tr("%n due soon", nullptr, soon);
    if (parts.isEmpty()) {
        m_banner->setText(m_model->rowCount() == 0
                              ? tr("No open follow-ups.")
                              : tr("%n open follow-up(s), none due yet.", nullptr, m_model->rowCount()));
        m_banner->setStyleSheet(QString());
    } else {
        m_banner->setText(tr("Attention: %1.").arg(parts.join(QStringLiteral(", "))));
        m_banner->setStyleSheet(overdue > 0 ? QStringLiteral("background: #ffebee; color: #b71c1c; padding: 4px; "
                                                             "font-weight: bold;")
                                            : QStringLiteral("background: #fff3e0; color: #8d4f00; padding: 4px; "
                                                             "font-weight: bold;"));
    }
    updateButtons();
}

qint64 FollowUpPanel::selectedContact() const
{
    const QModelIndexList rows
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(FollowUpModel::ContactIdRole).toLongLong();
}

void FollowUpPanel::updateButtons()
{
    const bool selected = selectedContact() != 0;
    m_update->setEnabled(selected && !m_note->text().trimmed().isEmpty());
    m_done->setEnabled(selected);
}

void FollowUpPanel::selectContact(qint64 contactId)
{
    const int row = m_model->rowForContact(contactId);
    if (row >= 0)
        m_view->selectRow(row);
}

void FollowUpPanel::showError(const QString &text)
{
    showTextOrHide(m_error, text);
}

void FollowUpPanel::reload()
{
    m_session->reloadFollowUps();
}

void FollowUpPanel::recordUpdate()
{
    const qint64 contact = selectedContact();
    const QString note = m_note->text().trimmed();
    if (contact == 0 || note.isEmpty())
        return;
    m_update->setEnabled(false);
    m_session->recordFollowUpUpdate(contact, note, m_channel->currentData().toString(), m_outbound->isChecked());
}

void FollowUpPanel::markDone()
{
    const qint64 contact = selectedContact();
    if (contact == 0)
        return;
    m_session->markFollowUpDone(contact, m_note->text().trimmed());
}

} // namespace spocs
