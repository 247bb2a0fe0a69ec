#include "widgets/ProposeEditDialog.h"

#include "models/ArticleLoader.h"
#include "models/PersonName.h"
#include "widgets/DesktopLog.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>

namespace spocs {

ProposeEditDialog::ProposeEditDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_writer(new ArticleLoader(this))
    , m_title(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_visibility(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("proposeErrorLabel")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("proposeEditDialog"));
    m_writer->setConnection(connection);
    setWindowModality(Qt::WindowModal);

    setNames(m_title, QStringLiteral("proposeTitleEdit"), tr("Title"));
    m_title->setMaxLength(200);
    setNames(m_tags, QStringLiteral("proposeTagsEdit"), tr("Tags"));
    m_tags->setPlaceholderText(tr("Comma-separated, for example: billing, refund"));
    setNames(m_visibility, QStringLiteral("proposeVisibilityCombo"), tr("Visibility"));
    m_visibility->addItem(tr("Internal (agents only)"), QStringLiteral("internal"));
    m_visibility->addItem(tr("Public (may be sent to customers)"), QStringLiteral("public"));
    setNames(m_body, QStringLiteral("proposeBodyEdit"), tr("Article text (Markdown)"));
    m_body->setTabChangesFocus(true);
    auto *preview = new QTextBrowser(this);
    setNames(preview, QStringLiteral("proposePreview"), tr("Preview"));
    setNames(m_note, QStringLiteral("proposeChangeNoteEdit"), tr("Change note"));
    m_note->setPlaceholderText(tr("Required: what did you change and why?"));
    m_note->setMaxLength(500);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("proposeTabs"));
    m_tabs->addTab(m_body, tr("&Text (Markdown)"));
    m_tabs->addTab(preview, tr("Previe&w"));
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this, preview] { preview->setMarkdown(m_body->toPlainText()); });
    // Alt+T and Alt+W take the focus into the page, as a field's letter does: what is typed next
    // goes into the text, not into the title that had the focus.
    m_tabs->tabBar()->installEventFilter(this);

    auto *form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Visibility:"), m_visibility);

    auto *noteForm = new QFormLayout;
    noteForm->addRow(tr("&Change note:"), m_note);

    submitButton()->setObjectName(QStringLiteral("proposeSubmitButton"));
    submitButton()->setText(tr("Send for &Review"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProposeEditDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ProposeEditDialog::updateState);
    connect(m_note, &QLineEdit::textChanged, this, &ProposeEditDialog::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ProposeEditDialog::updateState);

    stackWithMargins(this, { form, { m_tabs, 1 }, noteForm, m_error, m_buttons });
    resize(640, 560);
    setArticle({});
}

bool ProposeEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The tab bar shows the page first; then the page takes the focus.
    if (watched == m_tabs->tabBar() && event->type() == QEvent::Shortcut) {
        QMetaObject::invokeMethod(
            this, [this] { m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason); }, Qt::QueuedConnection);
    }
    return QDialog::eventFilter(watched, event);
}

QPushButton *ProposeEditDialog::submitButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ProposeEditDialog::setArticle(const KnowledgeArticle &article)
{
    m_id = article.id;
    m_version = article.version;
    m_base = article.liveVersion;
    setWindowTitle(article.isEmpty() ? tr("New Article") : tr("Propose Edit – %1").arg(article.title));
    m_title->setText(article.title);
    m_tags->setText(article.tags.join(QStringLiteral(", ")));
    const int vis
        = m_visibility->findData(article.visibility.isEmpty() ? QStringLiteral("internal") : article.visibility);
    m_visibility->setCurrentIndex(vis < 0 ? 0 : vis);
    m_body->setPlainText(article.body);
    m_note->clear();
    m_error->setVisible(false);
    updateState();
}

QJsonObject ProposeEditDialog::proposalArgs() const
{
    QJsonArray tags;
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    QJsonObject args { { QStringLiteral("title"), m_title->text().trimmed() },
                       { QStringLiteral("body"), m_body->toPlainText() },
                       { QStringLiteral("tags"), tags },
                       { QStringLiteral("visibility"), m_visibility->currentData().toString() },
                       { QStringLiteral("changeNote"), m_note->text().trimmed() } };
    if (m_id > 0) {
        args.insert(QStringLiteral("id"), m_id);
        args.insert(QStringLiteral("version"), m_version);
        if (m_base > 0)
            args.insert(QStringLiteral("base"), m_base);
    }
    return args;
}

QString ProposeEditDialog::errorMessage() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool ProposeEditDialog::canSubmit() const
{
    return !m_busy && !m_title->text().trimmed().isEmpty() && !m_body->toPlainText().trimmed().isEmpty()
        && !m_note->text().trimmed().isEmpty();
}

void ProposeEditDialog::updateState()
{
    submitButton()->setEnabled(canSubmit());
    submitButton()->setToolTip(m_note->text().trimmed().isEmpty() ? tr("Describe your change first.") : QString());
}

void ProposeEditDialog::submit()
{
    if (!canSubmit())
        return;
    m_busy = true;
    m_error->setVisible(false);
    updateState();
    m_writer->propose(proposalArgs(), this, [this](const VersionedWrite::Outcome &outcome) {
        m_busy = false;
        updateState();
        if (outcome.saved()) {
            Q_EMIT proposed(outcome.data);
            accept();
            return;
        }
        qCInfo(lcDesktop) << "kb.propose failed:" << errorCodeName(outcome.error.code);
        if (outcome.conflict())
            takeConflict(outcome);
        else
            m_error->setText(errorText(outcome.error));
        m_error->setVisible(true);
    });
}

void ProposeEditDialog::takeConflict(const VersionedWrite::Outcome &outcome)
{
    // The typed text stays; the next send goes over the version read now.
    const KnowledgeArticle current = KnowledgeArticle::fromJson(outcome.record);
    if (!current.isEmpty()) {
        m_version = current.version;
        m_base = current.liveVersion;
    }
    const QJsonObject open = outcome.error.details.value(QStringLiteral("openProposal")).toObject();
    const qint64 openVersion = open.value(QStringLiteral("version")).toInteger();
    if (openVersion > 0) {
        // Sending again replaces that proposal, knowingly.
        m_base = openVersion;
        m_error->setText(tr("%1 has proposed a change to this article (version %2) that awaits review. Your text is "
                            "kept: send it again to replace that proposal, or cancel to keep it.")
                             .arg(personName(open.value(QStringLiteral("author")).toObject()))
                             .arg(openVersion));
        return;
    }
    m_error->setText(current.isEmpty()
                         ? errorText(outcome.error)
                         : tr("The article changed meanwhile (now version %1). Your text is kept: send it again to "
                              "propose it over the current version.")
                               .arg(current.version));
}

} // namespace spocs
