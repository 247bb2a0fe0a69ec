#include "widgets/CreditApprovalsDialog.h"

#include "client/Connection.h"
#include "models/BillingSession.h"
#include "models/CreditQueueModel.h"
#include "models/MoneyText.h"
#include "widgets/DesktopLog.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

namespace spocs {

CreditApprovalsDialog::CreditApprovalsDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_session(new BillingSession(connection, this))
    , m_self(connection ? connection->user().login : QString())
{
    setObjectName(QStringLiteral("creditApprovalsDialog"));
    setWindowTitle(tr("Credit Approvals"));
    auto *intro = makeIntroLabel(tr("Credit notes and refunds above the limit wait for a second person. You cannot "
                                    "decide a request you made yourself."),
                                 this);
    m_view = makeRecordTree(m_session->approvals(), QStringLiteral("creditApprovalsView"),
                            tr("Credit requests waiting for approval"), this);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_note = new QLineEdit(this);
    setNames(m_note, QStringLiteral("creditDecisionNote"), tr("Note on the decision"));
    m_note->setMaxLength(500);
    auto *form = new QFormLayout;
    form->addRow(tr("&Note (optional):"), m_note);
    m_status = makeTextLabel(QStringLiteral("creditApprovalsStatus"), this);

    auto *buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::ActionRole);
    setNames(m_approve, QStringLiteral("approveCreditButton"), tr("Approve the selected request"));
    m_approve->setToolTip(tr("Apply the selected credit or refund (Alt+A)"));
    m_reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::ActionRole);
    setNames(m_reject, QStringLiteral("rejectCreditButton"), tr("Reject the selected request"));
    m_reject->setToolTip(tr("Turn the selected request down (Alt+R)"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_approve, &QPushButton::clicked, this, &CreditApprovalsDialog::approve);
    connect(m_reject, &QPushButton::clicked, this, &CreditApprovalsDialog::reject);

    stackWithMargins(this, { intro, { m_view, 1 }, form, m_status, buttons });

    CreditQueueModel *model = m_session->approvals();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CreditApprovalsDialog::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CreditApprovalsDialog::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CreditApprovalsDialog::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_session->approvals()->rowCount() > 0)
            m_view->setCurrentIndex(m_session->approvals()->index(0, 0));
        updateButtons();
    });
    connect(m_session, &BillingSession::busyChanged, this, &CreditApprovalsDialog::updateButtons);
    connect(m_session, &BillingSession::approvalsLoaded, this, [this](int count) {
        showStatus(count == 0 ? tr("Nothing waits for approval.") : tr("%n request(s) wait for approval.", "", count));
    });
    connect(m_session, &BillingSession::decided, this, [this](const domain::CreditRequest &credit) {
        m_note->clear();
        const QString amount = moneyText(credit.amount, credit.currency);
        showStatus(credit.status == domain::CreditStatus::Applied
                       ? tr("%1 of %2 on invoice %3 approved and applied.")
                             .arg(CreditQueueModel::kindText(credit.kind), amount, credit.invoice)
                       : tr("%1 of %2 on invoice %3 rejected.")
                             .arg(CreditQueueModel::kindText(credit.kind), amount, credit.invoice));
    });
    connect(m_session, &BillingSession::decideFailed, this, [this](const Error &error) {
        qCInfo(lcDesktop) << "credit decision failed:" << errorCodeName(error.code);
        if (error.code == ErrorCode::Forbidden)
            showStatus(tr("Another lead has to decide a request you made yourself."));
        else if (error.code == ErrorCode::InvalidState || error.code == ErrorCode::VersionConflict)
            showStatus(tr("Someone else decided or changed this request meanwhile; the list was loaded again."));
        else
            showStatus(errorDetailText(error));
    });
    m_session->followApprovals();
    updateButtons();
    resize(760, 380);
}

QString CreditApprovalsDialog::statusText() const
{
    return m_status->text();
}

void CreditApprovalsDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

void CreditApprovalsDialog::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool own = current.isValid() && current.data(CreditQueueModel::RequestedByRole).toString() == m_self;
    const bool enabled = current.isValid() && !own && !m_session->isBusy();
    m_approve->setEnabled(enabled);
    m_reject->setEnabled(enabled);
    const QString why = own ? tr("You asked for this one: another lead decides it.") : QString();
    m_approve->setToolTip(own ? why : tr("Apply the selected credit or refund (Alt+A)"));
    m_reject->setToolTip(own ? why : tr("Turn the selected request down (Alt+R)"));
}

void CreditApprovalsDialog::decide(bool approve)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_approve->isEnabled())
        return;
    m_session->decide(current.data(CreditQueueModel::IdRole).toLongLong(), approve, m_note->text());
}

} // namespace spocs
