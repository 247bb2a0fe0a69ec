#include "widgets/ConversationView.h"

#include "models/ConversationModel.h"
#include "models/ConversationSession.h"
#include "widgets/ActionButton.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>

namespace spocs {

namespace {

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString statusText(const QModelIndex &index)
{
    const QString status = index.data(ConversationModel::StatusRole).toString();
    if (status == u"sending")
        return ConversationView::tr("Sending…");
    if (status == u"failed")
        return ConversationView::tr("Not sent: %1").arg(index.data(ConversationModel::FailureRole).toString());
    if (index.data(ConversationModel::ReadRole).toBool())
        return ConversationView::tr("Read ✓✓");
    if (status == u"sent")
        return ConversationView::tr("Sent ✓");
    return QString();
}

// One message as HTML: who and when, the subject of an e-mail, the text, attachments, state.
QString messageHtml(const QModelIndex &index, bool email)
{
    const QDateTime at = index.data(ConversationModel::AtRole).toDateTime().toLocalTime();
    const QString when = QLocale().toString(at, QLocale::ShortFormat);
    if (index.data(ConversationModel::SystemRole).toBool())
        return QStringLiteral("<p align=\"center\" style=\"color:#666\"><i>%1</i> · %2</p>")
            .arg(paragraphs(index.data(ConversationModel::TextRole).toString()), when.toHtmlEscaped());
    const bool outbound = index.data(ConversationModel::OutboundRole).toBool();
    const QString background = outbound ? QStringLiteral("#e3f2fd") : QStringLiteral("#f1f1f1");
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"margin-bottom:6px\"><tr><td "
                                  "bgcolor=\"%1\">")
                       .arg(background);
    html += QStringLiteral("<b>%1</b> <span style=\"color:#666\">%2</span><br>")
                .arg(index.data(ConversationModel::FromRole).toString().toHtmlEscaped(), when.toHtmlEscaped());
    const QString subject = index.data(ConversationModel::SubjectRole).toString();
    if (email && !subject.isEmpty())
        html += QStringLiteral("<i>%1</i><br>").arg(subject.toHtmlEscaped());
    const QString sanitised = index.data(ConversationModel::HtmlRole).toString();
    // The coordinator reduced the HTML part to plain formatting and links; without it, the text.
    html += sanitised.isEmpty() ? paragraphs(index.data(ConversationModel::TextRole).toString()) : sanitised;
    const QString refusedBody = index.data(ConversationModel::RefusedBodyRole).toString();
    if (!refusedBody.isEmpty())
        html += QStringLiteral("<br><span style=\"color:#c62828\">%1</span>").arg(refusedBody.toHtmlEscaped());
    const QString attachments = index.data(ConversationModel::AttachmentsRole).toString();
    if (!attachments.isEmpty())
        html += QStringLiteral("<br><span style=\"color:#444\">📎 %1</span>").arg(paragraphs(attachments));
    const QString status = outbound ? statusText(index) : QString();
    if (!status.isEmpty()) {
        const bool failed = index.data(ConversationModel::StatusRole).toString() == u"failed";
        html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(failed ? QStringLiteral("#c62828") : QStringLiteral("#555"), status.toHtmlEscaped());
    }
    return html + QStringLiteral("</td></tr></table>");
}

} // namespace

ConversationView::ConversationView(ConversationSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setNames(this, QStringLiteral("conversationView"), tr("Conversation"));

    m_title = makeTextLabel(QStringLiteral("conversationTitle"), this);
    m_senderNotice = makeTextLabel(QStringLiteral("conversationSenderNotice"), this);
    m_senderNotice->hide();

    m_transcript = new QTextBrowser(this);
    setNames(m_transcript, QStringLiteral("conversationTranscript"), tr("Messages"));
    // Customers' mail is hostile input: a click never follows a link by itself.
    m_transcript->setOpenLinks(false);
    m_transcript->setOpenExternalLinks(false);
    m_transcript->setMinimumHeight(120);

    auto *typing = new QLabel(this);
    typing->setObjectName(QStringLiteral("conversationTypingLabel"));
    typing->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    typing->setText(tr("The customer is typing…"));
    typing->hide();

    m_articles = makeTextLabel(QStringLiteral("conversationArticlesLabel"), this);
    m_clearArticles = new QToolButton(this);
    setNames(m_clearArticles, QStringLiteral("conversationClearArticlesButton"), tr("Remove the inserted articles"));
    m_clearArticles->setText(tr("Remove Articles"));
    m_clearArticles->setAutoRaise(true);
    connect(m_clearArticles, &QToolButton::clicked, this, [this] {
        const auto articles = m_session->articles();
        for (const auto &a : articles)
            m_session->removeArticle(a.id);
    });

    m_composer = new QPlainTextEdit(this);
    setNames(m_composer, QStringLiteral("conversationComposer"), tr("Your answer"));
    m_composer->setPlaceholderText(tr("Write your answer… Ctrl+Return sends it on the customer's channel."));
    m_composer->setTabChangesFocus(true);
    m_composer->setMinimumHeight(60);
    m_composer->setMaximumHeight(110);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        m_session->composerEdited(m_composer->toPlainText().trimmed().isEmpty());
        updateControls();
    });

    m_cannedMenu = new QMenu(this);
    m_cannedMenu->setObjectName(QStringLiteral("cannedAnswerMenu"));
    m_canned = makeMenuButton(m_cannedMenu, tr("Canned Answer"), QStringLiteral("cannedAnswerButton"),
                              tr("Canned answers"), tr("Insert a prepared answer (Ctrl+Shift+A)"), this);
    auto *cannedShortcut = new QAction(this);
    cannedShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    cannedShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(cannedShortcut, &QAction::triggered, this, [this] {
        if (m_canned->isEnabled())
            m_cannedMenu->popup(m_canned->mapToGlobal(QPoint(0, m_canned->height())));
    });
    addAction(cannedShortcut);

    m_retry = new QPushButton(tr("Re&try"), this);
    m_retry->setObjectName(QStringLiteral("conversationRetryButton"));
    m_retry->setToolTip(tr("Send the failed answer again"));
    connect(m_retry, &QPushButton::clicked, this, &ConversationView::retryLastFailed);

    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("conversationSendButton"));
    m_send->setToolTip(tr("Send the answer to the customer (Ctrl+Return)"));
    QAction *sendShortcut = addSubmitShortcut(this);
    sendShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QAction::triggered, this, &ConversationView::send);
    connect(m_send, &QPushButton::clicked, this, &ConversationView::send);

    m_error = makeErrorLabel(this, QStringLiteral("conversationErrorLabel"));

    QHBoxLayout *articlesRow = makeRow({ { m_articles, 1 }, m_clearArticles });
    QHBoxLayout *buttons = makeButtonRow({ m_canned }, { m_retry, m_send });
    stackWithoutMargins(
        this, { m_title, m_senderNotice, { m_transcript, 1 }, typing, articlesRow, m_composer, m_error, buttons });

    // Follow the conversation unless the agent scrolled back to read. The document lays itself
    // out in steps, so the end moves after setHtml: stay on it as the range grows.
    QScrollBar *bar = m_transcript->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followEnd)
            bar->setValue(max);
    });
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_rendering)
            m_followEnd = value >= bar->maximum() - 4;
    });

    ConversationModel *model = m_session->messages();
    connect(model, &QAbstractItemModel::modelReset, this, &ConversationView::render);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationView::render);
    connect(model, &QAbstractItemModel::dataChanged, this, &ConversationView::render);
    connect(m_session, &ConversationSession::conversationChanged, this, [this] {
        showError(QString());
        render();
    });
    connect(m_session, &ConversationSession::articlesChanged, this, &ConversationView::updateArticles);
    connect(m_session, &ConversationSession::cannedAnswersChanged, this, &ConversationView::rebuildCannedMenu);
    connect(m_session, &ConversationSession::sendingChanged, this, &ConversationView::updateControls);
    connect(m_session, &ConversationSession::replyableChanged, this, &ConversationView::updateControls);
    connect(m_session, &ConversationSession::customerTypingChanged, typing, &QWidget::setVisible);
    connect(m_session, &ConversationSession::replySent, this, [this] {
        showError(QString());
        if (m_clearOnSent) // cleared only when stored: a refused answer stays to send again
            m_composer->clear();
        m_clearOnSent = false;
        Q_EMIT notice(m_session->isChat() ? tr("Message sent.") : tr("Answer stored; sending the e-mail."));
    });
    connect(m_session, &ConversationSession::replyFailed, this, [this](const Error &error) {
        m_clearOnSent = false;
        showError(tr("Not sent: %1").arg(errorDetailText(error)));
        updateControls();
    });
    connect(m_session, &ConversationSession::loadFailed, this,
            [this](const Error &error) { showError(tr("Could not load the messages: %1").arg(errorText(error))); });
    rebuildCannedMenu();
    updateArticles();
    render();
}

void ConversationView::render()
{
    const bool chat = m_session->isChat();
    m_title->setText(chat ? tr("Chat") : tr("E-mail conversation"));
    // Anyone can put a customer's address in From: like the chat's typed identity, in red.
    const auto notice = m_session->senderNotice();
    m_senderNotice->setText(m_session->senderNoticeText());
    m_senderNotice->setStyleSheet(notice == ConversationSession::SenderNotice::Failed
                                      ? QStringLiteral("color: #c62828; font-weight: bold;")
                                      : QStringLiteral("color: #666;"));
    m_senderNotice->setVisible(notice != ConversationSession::SenderNotice::None);
    ConversationModel *model = m_session->messages();
    QString html;
    for (int row = 0; row < model->rowCount(); ++row)
        html += messageHtml(model->index(row, 0), !chat);
    if (model->rowCount() == 0)
        html = QStringLiteral("<p style=\"color:#666\">%1</p>").arg(tr("No messages yet.").toHtmlEscaped());
    QScrollBar *bar = m_transcript->verticalScrollBar();
    const int position = bar->value();
    m_rendering = true; // setHtml scrolls to the top: not the agent scrolling away
    m_transcript->setHtml(html);
    m_rendering = false;
    bar->setValue(m_followEnd ? bar->maximum() : position);
    updateControls();
}

void ConversationView::updateControls()
{
    const bool can = m_session->canReply();
    const bool idle = !m_session->isSending();
    m_composer->setReadOnly(!can);
    m_send->setEnabled(can && idle && !m_composer->toPlainText().trimmed().isEmpty());
    m_canned->setEnabled(can && !m_cannedMenu->isEmpty());
    const bool failed = m_session->messages()->lastFailedId() > 0;
    m_retry->setVisible(failed);
    m_retry->setEnabled(can && idle && failed);
}

void ConversationView::updateArticles()
{
    QStringList titles;
    for (const auto &a : m_session->articles())
        titles.append(a.title);
    m_articles->setText(titles.isEmpty() ? QString() : tr("Articles under the answer: %1").arg(titles.join(u", ")));
    m_articles->setVisible(!titles.isEmpty());
    m_clearArticles->setVisible(!titles.isEmpty());
}

void ConversationView::rebuildCannedMenu()
{
    m_cannedMenu->clear();
    for (const auto &answer : m_session->cannedAnswers()) {
        QAction *a = m_cannedMenu->addAction(answer.title);
        const QString body = answer.body;
        connect(a, &QAction::triggered, this, [this, body] { insertCanned(body); });
    }
    updateControls();
}

void ConversationView::insertCanned(const QString &body)
{
    m_composer->textCursor().insertText(body);
    m_composer->setFocus();
}

void ConversationView::send()
{
    const QString body = m_composer->toPlainText();
    if (!m_send->isEnabled() || body.trimmed().isEmpty())
        return;
    showError(QString());
    m_clearOnSent = true;
    m_session->reply(body);
}

void ConversationView::retryLastFailed()
{
    showError(QString());
    m_session->retry(m_session->messages()->lastFailedId());
}

void ConversationView::showError(const QString &text)
{
    showTextOrHide(m_error, text);
}

void ConversationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->setReading(true);
}

void ConversationView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setReading(false);
}

} // namespace spocs
