#include "widgets/OutboxDialog.h"

#include "models/OutboxModel.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/WidgetNames.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace spocs {
namespace {

// What the agent can do about a refusal, in words that match the two buttons.
QString adviceFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::VersionConflict:
        return OutboxDialog::tr("Someone else changed it after you. Reapply puts your change over theirs; "
                                "Discard keeps theirs.");
    case ErrorCode::InvalidState:
        // Held back by the desktop itself: it may or may not have arrived.
        if (error.details.contains(QStringLiteral("heldDays")))
            return OutboxDialog::tr("Look at the record: if your change is there, Discard; if not, Reapply.");
        [[fallthrough]];
    case ErrorCode::NotFound:
    case ErrorCode::Forbidden:
        return OutboxDialog::tr("It cannot be applied any more. Discard it, and check the record.");
    default:
        return OutboxDialog::tr("Reapply sends it again; Discard drops it.");
    }
}

} // namespace

OutboxDialog::OutboxDialog(OutboxModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_detail(new QLabel(this))
{
    setNames(this, QStringLiteral("outboxDialog"), tr("Unsent changes"));
    setWindowTitle(tr("Unsent Changes"));
    setNames(m_list, QStringLiteral("outboxList"), tr("Changes not yet applied by the server"));
    m_list->setModel(model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    setNames(m_detail, QStringLiteral("outboxDetail"), tr("Details of the selected change"));
    m_detail->setWordWrap(true);
    // A held note shows on one line, cut to "…" when long; its tooltip has it whole.
    m_note = new QLabel(this);
    setNames(m_note, QStringLiteral("outboxNote"), tr("Text of the selected note"));
    m_note->setTextFormat(Qt::PlainText); // what the agent typed, never markup
    m_note->setMinimumWidth(1); // the text is elided to the width, never widens the dialog
    m_note->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reapply = buttons->addButton(tr("&Reapply"), QDialogButtonBox::ActionRole);
    setNames(m_reapply, QStringLiteral("reapplyButton"), tr("Reapply the refused change"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    setNames(m_discard, QStringLiteral("discardButton"), tr("Discard the refused change"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reapply, &QPushButton::clicked, this, [this] { m_model->reapply(currentRow()); });
    connect(m_discard, &QPushButton::clicked, this, [this] { m_model->discard(currentRow()); });

    auto *layout = new QVBoxLayout(this);
    // Wrapped: unwrapped, the German text alone made the dialog wider than an 800 px screen.
    layout->addWidget(makeIntroLabel(tr("Changes saved on this computer are sent in order as soon as the connection "
                                        "is back. Refused ones wait here for you."),
                                     this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutboxDialog::updateDetail);
    connect(model, &QAbstractItemModel::modelReset, this, &OutboxDialog::selectFirstRefused);
    selectFirstRefused();
    resize(520, 360);
}

void OutboxDialog::selectFirstRefused()
{
    // A refused change is what the agent came here for.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row).rejection) {
            m_list->setCurrentIndex(m_model->index(row));
            break;
        }
    }
    updateDetail();
}

int OutboxDialog::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

QString OutboxDialog::detailText() const
{
    return m_detail->text();
}

void OutboxDialog::updateDetail()
{
    const int row = currentRow();
    const auto entry = m_model->entryAt(row);
    const bool rejected = row >= 0 && entry.rejection.has_value();
    m_reapply->setEnabled(rejected);
    m_discard->setEnabled(rejected);
    if (row < 0)
        m_detail->setText(m_model->rowCount() == 0 ? tr("Everything has been sent.") : QString());
    else if (rejected)
        m_detail->setText(
            tr("%1 was refused: %2 %3")
                .arg(OutboxModel::describe(entry), errorDetailText(*entry.rejection), adviceFor(*entry.rejection)));
    else
        m_detail->setText(tr("%1 waits to be sent.").arg(OutboxModel::describe(entry)));
    m_noteText = row >= 0 ? OutboxModel::noteText(entry) : QString();
    m_note->setToolTip(m_noteText);
    m_note->setVisible(!m_noteText.isEmpty());
    elideNote();
}

void OutboxDialog::elideNote()
{
    if (m_noteText.isEmpty())
        return;
    // One line: the note's own line breaks would take the list's room.
    const QString line = tr("Note: “%1”").arg(m_noteText.simplified());
    m_note->setText(m_note->fontMetrics().elidedText(line, Qt::ElideRight, m_note->contentsRect().width()));
}

void OutboxDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    elideNote();
}

} // namespace spocs
