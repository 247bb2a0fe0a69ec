#include "widgets/TransferDialog.h"

#include "models/ConsultChatModel.h"
#include "models/PersonName.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>

namespace spocs {

namespace {

constexpr int kNoteLimit = 2000;

bool canTakeTransfer(const QString &state)
{
    return state == QLatin1String("available") || state == QLatin1String("on_contact");
}

} // namespace

TransferDialog::TransferDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_target(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(makeOkCancelButtons(this, mode == Mode::Forward ? tr("&Forward") : tr("T&ransfer"),
                                    QStringLiteral("transferOkButton")))
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowModality(Qt::WindowModal);
    auto *intro = makeIntroLabel(QString(), this);
    setNames(m_target, QStringLiteral("transferTargetBox"), tr("Transfer to"));
    setNames(m_reason, QStringLiteral("forwardReasonBox"), tr("Forward reason"));
    setNames(m_note, QStringLiteral("transferNoteEdit"), tr("Handover note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(80);

    // Per mode (in Mode's order): the title, what happens to the contact, and the note's hint.
    static constexpr const char *kTexts[][3] = {
        { QT_TRANSLATE_NOOP("spocs::TransferDialog", "Warm Transfer"),
          QT_TRANSLATE_NOOP("spocs::TransferDialog",
                            "Hand the contact to the expert you consulted. They see your note and the whole "
                            "history; until they accept, the contact stays with you."),
          QT_TRANSLATE_NOOP("spocs::TransferDialog", "What the customer needs and what you already did (required)") },
        { QT_TRANSLATE_NOOP("spocs::TransferDialog", "Cold Transfer"),
          QT_TRANSLATE_NOOP("spocs::TransferDialog",
                            "Hand the contact to someone who is available. Until they accept, the contact stays "
                            "with you."),
          QT_TRANSLATE_NOOP("spocs::TransferDialog", "A note for the new owner") },
        { QT_TRANSLATE_NOOP("spocs::TransferDialog", "Forward Contact"),
          QT_TRANSLATE_NOOP("spocs::TransferDialog",
                            "This topic is handled by a designated person or group. Forwarding releases you; it "
                            "is recorded as a forward, not as an unresolved contact."),
          QT_TRANSLATE_NOOP("spocs::TransferDialog", "A note for whoever takes it") },
    };
    const auto &texts = kTexts[int(mode)];
    setWindowTitle(tr(texts[0]));
    intro->setText(tr(texts[1]));
    m_note->setPlaceholderText(tr(texts[2]));

    // A forward goes to the reason's designated owner; a transfer to a person chosen here.
    auto *form = new QFormLayout;
    if (mode == Mode::Forward) {
        form->addRow(tr("&Reason:"), m_reason);
        m_target->hide();
    } else {
        form->addRow(tr("&To:"), m_target);
        m_reason->hide();
    }
    form->addRow(tr("&Note:"), m_note);

    connect(m_note, &QPlainTextEdit::textChanged, this, &TransferDialog::updateOk);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TransferDialog::updateOk);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &TransferDialog::updateOk);

    stackWithMargins(this, { intro, form, m_buttons });
    resize(440, 280);
    updateOk();
}

void TransferDialog::setTargets(const QList<QJsonObject> &experts, qint64 preselectUserId)
{
    m_target->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_target->model());
    for (const QJsonObject &expert : experts) {
        const QJsonObject user = expert.value(QStringLiteral("user")).toObject();
        const QString state = expert.value(QStringLiteral("state")).toString();
        const qint64 id = user.value(QStringLiteral("id")).toInteger();
        m_target->addItem(dotIcon(presenceColor(state)), tr("%1 (%2)").arg(personName(user), presenceText(state)), id);
        // Offline, on a break or wrapping up: the server would refuse; say so here already.
        if (!canTakeTransfer(state) && model) {
            if (QStandardItem *item = model->item(m_target->count() - 1))
                item->setEnabled(false);
        }
        if (id == preselectUserId && canTakeTransfer(state)) {
            m_target->setCurrentIndex(m_target->count() - 1);
            m_note->setFocus(); // the person is chosen: what is left to do is the note
        }
    }
    if (m_target->currentIndex() >= 0 && model && !model->item(m_target->currentIndex())->isEnabled()) {
        for (int i = 0; i < m_target->count(); ++i) {
            if (model->item(i)->isEnabled()) {
                m_target->setCurrentIndex(i);
                break;
            }
        }
    }
    updateOk();
}

void TransferDialog::setReasons(const QJsonArray &reasons, const QString &preselectCode)
{
    m_reason->clear();
    for (const QJsonValue &value : reasons) {
        const QJsonObject reason = value.toObject();
        const QString code = reason.value(QStringLiteral("code")).toString();
        const QJsonObject to = reason.value(QStringLiteral("forwardTo")).toObject();
        const QString label = reason.value(QStringLiteral("label")).toString();
        m_reason->addItem(to.isEmpty() ? label : tr("%1 → %2").arg(label, personName(to)), code);
        if (code == preselectCode) {
            m_reason->setCurrentIndex(m_reason->count() - 1);
            m_note->setFocus();
        }
    }
    updateOk();
}

qint64 TransferDialog::target() const
{
    auto *model = qobject_cast<QStandardItemModel *>(m_target->model());
    const int index = m_target->currentIndex();
    if (index < 0 || (model && !model->item(index)->isEnabled()))
        return 0;
    return m_target->currentData().toLongLong();
}

QString TransferDialog::reason() const
{
    return m_reason->currentData().toString();
}

QString TransferDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void TransferDialog::updateOk()
{
    bool ok = note().size() <= kNoteLimit;
    if (m_mode == Mode::Forward)
        ok = ok && !reason().isEmpty();
    else
        ok = ok && target() > 0;
    if (m_mode == Mode::Warm)
        ok = ok && !note().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void TransferDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_mode == Mode::Forward)
        Q_EMIT forwardRequested(reason(), note());
    else
        Q_EMIT transferRequested(target(), m_mode == Mode::Warm ? QStringLiteral("warm") : QStringLiteral("cold"),
                                 note());
    QDialog::accept();
}

} // namespace spocs
