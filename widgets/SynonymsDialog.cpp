#include "widgets/SynonymsDialog.h"

#include "models/SynonymSession.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace spocs {

SynonymsDialog::SynonymsDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_session(new SynonymSession(this))
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setNames(this, QStringLiteral("synonymsDialog"), tr("Knowledge synonyms"));
    setWindowTitle(tr("Knowledge Synonyms"));
    m_session->setConnection(connection);

    auto *help = new QLabel(tr("Words that mean the same to a customer, one group a line, separated by commas "
                               "(for example: bill, invoice). The knowledge search looks for every word of a "
                               "group when a question has one of them."),
                            this);
    help->setWordWrap(true);
    setNames(m_editor, QStringLiteral("synonymsEditor"), tr("Synonym groups"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    help->setBuddy(m_editor);
    m_status->setObjectName(QStringLiteral("synonymsStatusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    setNames(m_save, QStringLiteral("synonymsSaveButton"), tr("Save synonyms"));
    m_save->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Saving…"));
        m_session->saveText(m_editor->toPlainText());
    });

    stackWithMargins(this, { help, { m_editor, 1 }, m_status, buttons });
    resize(520, 420);

    connect(m_session, &SynonymSession::loaded, this, [this] {
        m_loaded = true;
        m_editor->setPlainText(SynonymSession::textFromGroups(m_session->groups()));
        m_status->setText(tr("%n group(s).", nullptr, int(m_session->groups().size())));
        updateButtons();
    });
    connect(m_session, &SynonymSession::saved, this, [this] {
        m_editor->setPlainText(SynonymSession::textFromGroups(m_session->groups()));
        m_status->setText(tr("Saved %n group(s).", nullptr, int(m_session->groups().size())));
    });
    connect(m_session, &SynonymSession::failed, this, [this](const Error &error) {
        QString text = errorText(error);
        // The server names the group it refused ("groups[3]", counted from 0).
        const QString field = error.details.value(QStringLiteral("field")).toString();
        if (field.startsWith(QStringLiteral("groups[")))
            text = tr("Group %1: %2").arg(field.mid(7).chopped(1).toInt() + 1).arg(text);
        m_status->setText(text);
    });
    // The count follows the typing, as the groups the text would save.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loaded && !m_session->isBusy())
            m_status->setText(
                tr("%n group(s).", nullptr, int(SynonymSession::groupsFromText(m_editor->toPlainText()).size())));
    });
    connect(m_session, &SynonymSession::busyChanged, this, &SynonymsDialog::updateButtons);
    updateButtons();
    m_status->setText(tr("Loading…"));
    m_session->load();
}

void SynonymsDialog::updateButtons()
{
    m_save->setEnabled(m_loaded && !m_session->isBusy());
}

} // namespace spocs
