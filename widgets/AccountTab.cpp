#include "widgets/AccountTab.h"

#include "models/AccountEditor.h"
#include "models/ActiveContact.h"
#include "models/CustomerLoader.h"
#include "widgets/ConflictDialog.h"
#include "widgets/DesktopLog.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace spocs {

AccountTab::AccountTab(Connection *connection, CustomerLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_editor(new AccountEditor(connection, loader, this))
    , m_draft(m_editor->draft())
{
    setObjectName(QStringLiteral("accountTab"));
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto addRow = [&](AccountDraft::Field field, const QString &label, QWidget *editor, const QString &name) {
        setNames(editor, name, AccountDraft::fieldLabel(field));
        auto *hint = new QLabel(content);
        hint->setObjectName(name + QStringLiteral("Hint"));
        hint->setWordWrap(true);
        hint->setTextFormat(Qt::PlainText);
        hint->setStyleSheet(QStringLiteral("color: #b35c00;"));
        hint->setVisible(false);
        auto *cell = new QWidget(content);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(hint);
        auto *labelWidget = new QLabel(label, content);
        labelWidget->setBuddy(editor);
        form->addRow(labelWidget, cell);
        m_editors.insert(field, editor);
        m_hints.insert(field, hint);
    };
    auto lineEdit = [&](const QString &placeholder) {
        auto *e = new QLineEdit(content);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textEdited, this, [this] {
            if (!m_updating)
                for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
                    m_draft->setValue(AccountDraft::Field(it.key()), editorValue(AccountDraft::Field(it.key())));
        });
        return e;
    };
    addRow(AccountDraft::Emails, tr("E&mail:"), lineEdit(tr("name@example.com, second@example.com")),
           QStringLiteral("accountEmailsEdit"));
    addRow(AccountDraft::Phones, tr("Phon&e:"), lineEdit(tr("+49 30 1234567, …")), QStringLiteral("accountPhonesEdit"));
    addRow(AccountDraft::Street, tr("&Street:"), lineEdit(QString()), QStringLiteral("accountStreetEdit"));
    addRow(AccountDraft::Postcode, tr("&Postcode:"), lineEdit(QString()), QStringLiteral("accountPostcodeEdit"));
    addRow(AccountDraft::City, tr("Ci&ty:"), lineEdit(QString()), QStringLiteral("accountCityEdit"));
    auto *country = lineEdit(tr("Two-letter code, e.g. DE"));
    country->setMaxLength(2);
    addRow(AccountDraft::Country, tr("&Country:"), country, QStringLiteral("accountCountryEdit"));
    auto *channel = new QComboBox(content);
    channel->addItem(tr("(none)"), QString());
    for (const QString &c : { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat") })
        channel->addItem(channelText(c), c);
    connect(channel, &QComboBox::activated, this,
            [this] { m_draft->setValue(AccountDraft::PreferredChannel, editorValue(AccountDraft::PreferredChannel)); });
    addRow(AccountDraft::PreferredChannel, tr("Pre&ferred channel:"), channel, QStringLiteral("accountChannelEdit"));
    addRow(AccountDraft::Language, tr("&Language:"), lineEdit(tr("Two-letter code, e.g. de")),
           QStringLiteral("accountLanguageEdit"));
    addRow(AccountDraft::Plan, tr("Pl&an:"), lineEdit(QString()), QStringLiteral("accountPlanEdit"));
    auto *flags = new QWidget(content);
    auto *flagsLayout = new QHBoxLayout(flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    m_vip = new QCheckBox(tr("V&IP"), flags);
    m_vip->setObjectName(QStringLiteral("accountVipCheck"));
    m_atRisk = new QCheckBox(tr("At ris&k"), flags);
    m_atRisk->setObjectName(QStringLiteral("accountAtRiskCheck"));
    flagsLayout->addWidget(m_vip);
    flagsLayout->addWidget(m_atRisk);
    flagsLayout->addStretch(1);
    for (QCheckBox *box : { m_vip, m_atRisk })
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                m_draft->setValue(AccountDraft::Flags, editorValue(AccountDraft::Flags));
        });
    addRow(AccountDraft::Flags, tr("Flags:"), flags, QStringLiteral("accountFlagsEdit"));
    auto *notes = new QPlainTextEdit(content);
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(90);
    connect(notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_draft->setValue(AccountDraft::Notes, editorValue(AccountDraft::Notes));
    });
    addRow(AccountDraft::Notes, tr("&Notes:"), notes, QStringLiteral("accountNotesEdit"));

    m_saveAction = new QAction(tr("&Save Account"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAccountAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the changed details (Ctrl+S)"));
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &AccountTab::save);
    m_discardAction = new QAction(tr("&Discard Changes"), this);
    m_discardAction->setObjectName(QStringLiteral("discardAccountAction"));
    m_discardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_discardAction->setToolTip(tr("Forget your edits and show the saved details (Ctrl+Shift+Z)"));
    addAction(m_discardAction);
    connect(m_discardAction, &QAction::triggered, this, &AccountTab::discard);

    m_saveButton = new QPushButton(tr("Sa&ve"), this);
    m_saveButton->setObjectName(QStringLiteral("saveAccountButton"));
    m_saveButton->setToolTip(m_saveAction->toolTip());
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    m_discardButton = new QPushButton(tr("&Discard Changes"), this);
    m_discardButton->setObjectName(QStringLiteral("discardAccountButton"));
    m_discardButton->setToolTip(m_discardAction->toolTip());
    connect(m_discardButton, &QPushButton::clicked, m_discardAction, &QAction::trigger);
    m_status = makeTextLabel(QStringLiteral("accountStatusLabel"), this);
    QHBoxLayout *buttons = makeRow({ { m_status, 1 }, m_discardButton, m_saveButton });

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    stackWithMargins(this, { { scroll, 1 }, buttons });

    connect(m_loader, &CustomerLoader::detailsChanged, this, &AccountTab::onDetailsChanged);
    connect(m_draft, &AccountDraft::serverValuesChanged, this, &AccountTab::onServerValues);
    connect(m_draft, &AccountDraft::stateChanged, this, &AccountTab::updateHints);
    connect(m_editor, &AccountEditor::busyChanged, this, [this](bool busy) {
        if (busy)
            setStatus(tr("Saving…"));
        updateHints();
    });
    connect(m_editor, &AccountEditor::customerSwitched, this, [this] { setStatus(QString()); });
    connect(m_editor, &AccountEditor::saved, this, [this] {
        setStatus(tr("Saved."));
        Q_EMIT message(tr("Customer details saved."));
    });
    connect(m_editor, &AccountEditor::conflictDetected, this,
            [this] { setStatus(tr("Someone else changed this customer meanwhile. Loading their changes…"), true); });
    connect(m_editor, &AccountEditor::conflictNeedsChoice, this, &AccountTab::showConflict);
    connect(m_editor, &AccountEditor::saveFailed, this, [this](const Error &error) {
        qCInfo(lcDesktop) << "account.update failed:" << errorCodeName(error.code);
        setStatus(errorDetailText(error), true);
        updateHints();
    });
    onDetailsChanged();
}

AccountDraft *AccountTab::draft() const
{
    return m_draft;
}

QString AccountTab::statusText() const
{
    return m_status->text();
}

void AccountTab::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
}

void AccountTab::onDetailsChanged()
{
    // The editor has already moved the draft to the new server state.
    m_otherFlags.clear();
    for (const QString &f : m_loader->details().customer.flags) {
        if (f != QLatin1String("vip") && f != QLatin1String("at_risk"))
            m_otherFlags << f;
    }
    updateHints();
}

void AccountTab::onServerValues(const QList<AccountDraft::Field> &fields)
{
    for (AccountDraft::Field f : fields)
        setEditorValue(f, m_draft->value(f));
    updateHints();
}

void AccountTab::setEditorValue(AccountDraft::Field field, const QString &value)
{
    m_updating = true;
    QWidget *editor = m_editors.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != value)
            line->setText(value);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != value)
            text->setPlainText(value);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = combo->findData(value);
        if (i < 0) {
            combo->addItem(value, value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    } else if (field == AccountDraft::Flags) {
        const QStringList flags = value.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        m_vip->setChecked(flags.contains(QStringLiteral("vip")));
        m_atRisk->setChecked(flags.contains(QStringLiteral("at_risk")));
    }
    m_updating = false;
}

QString AccountTab::editorValue(AccountDraft::Field field) const
{
    QWidget *editor = m_editors.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    if (field == AccountDraft::Flags) {
        QStringList flags = m_otherFlags;
        if (m_vip->isChecked())
            flags << QStringLiteral("vip");
        if (m_atRisk->isChecked())
            flags << QStringLiteral("at_risk");
        flags.sort();
        return flags.join(QStringLiteral(", "));
    }
    return {};
}

void AccountTab::updateHints()
{
    for (AccountDraft::Field f : AccountDraft::allFields()) {
        QLabel *hint = m_hints.value(f);
        if (m_draft->changedOnServer(f)) {
            const QString theirs = m_draft->serverValue(f);
            hint->setText(tr("Changed by someone else meanwhile to: %1")
                              .arg(theirs.isEmpty() ? tr("(empty)") : theirs.left(200)));
            hint->setVisible(true);
        } else {
            hint->clear();
            hint->setVisible(false);
        }
        QFont font = m_editors.value(f)->font();
        font.setItalic(m_draft->isDirty(f)); // edited, not saved yet
        m_editors.value(f)->setFont(font);
    }
    const bool haveCustomer = !m_loader->details().isEmpty();
    const bool dirty = m_draft->isDirty();
    m_saveAction->setEnabled(haveCustomer && dirty && !m_editor->isBusy());
    m_discardAction->setEnabled(dirty && !m_editor->isBusy());
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_discardButton->setEnabled(m_discardAction->isEnabled());
    if (dirty && m_status->text().isEmpty())
        setStatus(tr("Unsaved changes. Ctrl+S saves them."));
    else if (!dirty && m_status->text() == tr("Unsaved changes. Ctrl+S saves them."))
        setStatus(QString());
}

void AccountTab::discard()
{
    m_editor->discard();
    setStatus(QString());
    updateHints();
}

void AccountTab::save()
{
    m_editor->save();
}

void AccountTab::showConflict()
{
    if (m_conflictDialog)
        m_conflictDialog->close();
    auto *dialog = new ConflictDialog(m_draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    setStatus(tr("Someone else changed fields you edited. Choose which values to keep."), true);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == ConflictDialog::Reapply) {
            m_editor->reapply();
        } else if (result == ConflictDialog::TakeTheirs) {
            m_editor->keepTheirs();
            setStatus(m_draft->isDirty() ? tr("Their values were kept. Your other edits are not saved yet.")
                                         : tr("Their values were kept."));
        } else {
            setStatus(tr("Your edits are kept but not saved. The highlighted fields were changed by someone else."),
                      true);
        }
        updateHints();
    });
    dialog->open();
}

} // namespace spocs
