#include "widgets/OutboundContactDialog.h"

#include "models/ActiveContact.h"
#include "models/ContactSession.h"
#include "models/ReasonTreeModel.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace spocs {

OutboundContactDialog::OutboundContactDialog(ContactSession *session, const QString &customerId,
                                             const QString &customerName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("outboundContactDialog"));
    setWindowTitle(tr("Start Outbound Contact"));
    setWindowModality(Qt::WindowModal);

    auto *intro = makeIntroLabel(tr("Call or write to %1 (%2). The contact is yours from the start; close it with "
                                    "its reasons like any other.")
                                     .arg(customerName.isEmpty() ? customerId : customerName, customerId),
                                 this);

    m_channel = new QComboBox(this);
    setNames(m_channel, QStringLiteral("outboundChannelCombo"), tr("How you contact the customer"));
    for (const QString &c : { QStringLiteral("phone"), QStringLiteral("email") })
        m_channel->addItem(channelText(c), c);

    m_reason = new QComboBox(this);
    setNames(m_reason, QStringLiteral("outboundReasonCombo"), tr("Reason for the contact"));
    fillReasons();
    connect(m_session->reasons(), &QAbstractItemModel::modelReset, this, &OutboundContactDialog::fillReasons);

    m_note = new QPlainTextEdit(this);
    setNames(m_note, QStringLiteral("outboundNoteEdit"), tr("Note"));
    m_note->setPlaceholderText(tr("What you call or write about…"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(90);

    m_error = makeErrorLabel(this, QStringLiteral("outboundErrorLabel"));

    m_buttons = makeOkCancelButtons(this, tr("Start Contact"), QStringLiteral("outboundStartButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    stackWithMargins(this, { intro, { form, 1 }, m_error, m_buttons });
    resize(480, 320);

    connect(m_session, &ContactSession::outboundBusyChanged, this, &OutboundContactDialog::updateState);
    connect(m_session, &ContactSession::outboundStarted, this, [this](const QJsonObject &contact) {
        if (contact.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString() == m_customerId)
            QDialog::accept();
    });
    connect(m_session, &ContactSession::outboundFailed, this,
            [this](const Error &error) { showError(errorDetailText(error)); });
    updateState();
    m_channel->setFocus();
}

void OutboundContactDialog::fillReasons()
{
    const QString keep = m_reason->currentData().toString();
    m_reason->clear();
    m_reason->addItem(tr("(choose when closing)"), QString());
    // The tree, flattened with indentation: a combo box shows one level only.
    ReasonTreeModel *reasons = m_session->reasons();
    const auto add = [&](const auto &self, const QModelIndex &parent, int depth) -> void {
        for (int row = 0; row < reasons->rowCount(parent); ++row) {
            const QModelIndex index = reasons->index(row, ReasonTreeModel::LabelColumn, parent);
            m_reason->addItem(QString(depth * 3, QLatin1Char(' ')) + index.data().toString(),
                              index.data(ReasonTreeModel::CodeRole));
            self(self, index, depth + 1);
        }
    };
    add(add, QModelIndex(), 0);
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(keep)));
}

bool OutboundContactDialog::selectReason(const QString &code)
{
    const int row = m_reason->findData(code);
    if (row < 0)
        return false;
    m_reason->setCurrentIndex(row);
    return true;
}

void OutboundContactDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_session->isStartingOutbound());
}

void OutboundContactDialog::showError(const QString &text)
{
    showTextOrHide(m_error, text);
}

void OutboundContactDialog::accept()
{
    if (m_session->isStartingOutbound())
        return;
    showError(QString());
    m_session->startOutbound(m_customerId, m_channel->currentData().toString(), m_reason->currentData().toString(),
                             m_note->toPlainText());
}

} // namespace spocs
