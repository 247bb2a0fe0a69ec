#include "widgets/ArticleReader.h"

#include "client/Connection.h"
#include "core/Markdown.h"
#include "core/Ops.h"
#include "models/ArticleLoader.h"
#include "models/ArticleVersionsModel.h"
#include "models/ConversationSession.h"
#include "widgets/ArticleVersionsDialog.h"
#include "widgets/DesktopLog.h"
#include "widgets/ErrorText.h"
#include "widgets/FeedbackDialog.h"
#include "widgets/LearnedWordsView.h"
#include "widgets/ProposeEditDialog.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace spocs {

QString articleVisibilityText(const QString &visibility)
{
    if (visibility == QLatin1String("internal"))
        return ArticleReader::tr("Internal");
    if (visibility == QLatin1String("public"))
        return ArticleReader::tr("Public");
    return visibility;
}

ArticleReader::ArticleReader(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_loader(new ArticleLoader(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_stats(new QLabel(this))
    , m_learned(new LearnedWordsView(this))
{
    setObjectName(QStringLiteral("articleReader"));
    m_loader->setConnection(connection);
    m_learned->setConnection(connection);
    m_learned->setVisible(false);
    connect(m_learned, &LearnedWordsView::statusMessage, this, &ArticleReader::statusMessage);

    m_title->setObjectName(QStringLiteral("articleTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_meta->setObjectName(QStringLiteral("articleMetaLabel"));
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_notice->setObjectName(QStringLiteral("articleNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }"));

    setNames(m_body, QStringLiteral("articleBody"), tr("Article text"));
    // Articles come from imports and other people: a click never follows a link by itself.
    m_body->setOpenLinks(false);
    m_body->setOpenExternalLinks(false);
    connect(m_body, &QTextBrowser::anchorClicked, this, &ArticleReader::askToOpenLink);
    m_body->setFrameShape(QFrame::NoFrame);

    m_stats->setObjectName(QStringLiteral("articleStatsLabel"));
    m_stats->setForegroundRole(QPalette::PlaceholderText);

    m_insertAction = makeAction(tr("&Insert into Reply"), QStringLiteral("articleInsertIntoReplyAction"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                                tr("Put the article's public text under the e-mail or chat answer you are writing"),
                                [this] { insertIntoReply(); });
    m_copyAction
        = makeAction(tr("&Copy"), QStringLiteral("articleCopyAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                     tr("Copy the article text"), [this] { copyToClipboard(); });
    m_sendAction = makeAction(tr("&Send to Customer"), QStringLiteral("articleSendAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                              tr("Send the article to the open customer; it is recorded in the customer's history"),
                              [this] { sendToCustomer(); });
    m_helpedAction
        = makeAction(tr("&Yes"), QStringLiteral("articleHelpedAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                     tr("This article solved the problem"), [this] { sendFeedback(true); });
    m_notHelpedAction = makeAction(tr("&No…"), QStringLiteral("articleNotHelpedAction"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                   tr("This article did not solve the problem"), [this] { askWhyNotHelped(); });
    m_proposeAction
        = makeAction(tr("&Propose Edit…"), QStringLiteral("articleProposeEditAction"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                     tr("Suggest a correction; a lead reviews it before it is published"), [this] { proposeEdit(); });
    m_versionsAction = makeAction(
        tr("&Versions…"), QStringLiteral("articleVersionsAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
        tr("Who changed what and when; a lead or the owner can roll back"), [this] { showVersions(); });

    auto makeButton = [this](QAction *action) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        // Never squeeze a label: the dock grows instead of clipping it.
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        return button;
    };
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *action : { m_insertAction, m_sendAction, m_copyAction, m_proposeAction })
        buttons->addWidget(makeButton(action));
    buttons->addStretch(1);

    // Feedback sits under the text, where the agent finishes reading.
    auto *feedback = new QHBoxLayout;
    feedback->setSpacing(2);
    auto *question = new QLabel(tr("Did this help?"), this);
    question->setObjectName(QStringLiteral("articleFeedbackLabel"));
    feedback->addWidget(question);
    feedback->addWidget(makeButton(m_helpedAction));
    feedback->addWidget(makeButton(m_notHelpedAction));
    findChild<QToolButton *>(QStringLiteral("articleHelpedActionButton"))->setAccessibleName(tr("Article helped"));
    findChild<QToolButton *>(QStringLiteral("articleNotHelpedActionButton"))
        ->setAccessibleName(tr("Article did not help"));
    feedback->addStretch(1);
    // The dock is narrow: the version list sits on this row, not beside the three main actions.
    feedback->addWidget(makeButton(m_versionsAction));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);
    layout->addLayout(feedback);
    layout->addWidget(m_stats);
    layout->addWidget(m_learned);

    connect(m_loader, &ArticleLoader::articleChanged, this, &ArticleReader::updateView);
    connect(m_loader, &ArticleLoader::stateChanged, this, &ArticleReader::updateView);
    updateView();
}

QAction *ArticleReader::makeAction(const QString &text, const QString &name, const QKeySequence &shortcut,
                                   const QString &tip, const std::function<void()> &onTriggered)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    // Only while the knowledge panel has the focus: the customer page has its own keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    addAction(action);
    connect(action, &QAction::triggered, this, onTriggered);
    return action;
}

bool ArticleReader::isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
}

void ArticleReader::askToOpenLink(const QUrl &url)
{
    // A link to another article (imported FAQs link their questions) opens it here.
    if (url.scheme() == u"kb") {
        bool ok = false;
        const qint64 id = url.path().toLongLong(&ok);
        if (ok && id > 0)
            openArticle(id);
        return;
    }
    if (!isOpenableLink(url)) {
        Q_EMIT statusMessage(tr("This link is not opened: only web and e-mail addresses are."));
        return;
    }
    if (m_linkQuestion)
        m_linkQuestion->close();
    const bool mail = url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0;
    m_linkQuestion
        = new QMessageBox(QMessageBox::Question, mail ? tr("Write an E-mail") : tr("Open Link"),
                          mail ? tr("Write an e-mail to %1?").arg(url.path())
                               : tr("Open this address in the web browser?\n\n%1").arg(url.toDisplayString()),
                          QMessageBox::Open | QMessageBox::Cancel, this);
    setNames(m_linkQuestion, QStringLiteral("articleLinkQuestion"), tr("Open the link?"));
    m_linkQuestion->setTextFormat(Qt::PlainText);
    m_linkQuestion->setDefaultButton(QMessageBox::Cancel);
    m_linkQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_linkQuestion, &QMessageBox::finished, this, [url](int result) {
        if (result == QMessageBox::Open)
            QDesktopServices::openUrl(url);
    });
    m_linkQuestion->open();
}

void ArticleReader::openArticle(qint64 id, const QString &foundBy)
{
    m_loader->open(id, foundBy);
}

void ArticleReader::closeArticle()
{
    m_loader->close();
}

void ArticleReader::setCustomer(const QString &customerId, const QString &customerName)
{
    m_customerId = customerId;
    m_customerName = customerName;
    updateActions();
}

void ArticleReader::updateView()
{
    updateLearnedWords();
    const KnowledgeArticle &a = m_loader->article();
    const ArticleLoader::State state = m_loader->state();
    if (a.isEmpty()) {
        m_title->setText(state == ArticleLoader::State::Loading ? tr("Loading…") : QString());
        m_meta->clear();
        m_stats->clear();
        if (state == ArticleLoader::State::Failed) {
            m_notice->setText(errorText(m_loader->lastError()));
            m_notice->setVisible(true);
        } else {
            m_notice->setVisible(false);
        }
        m_body->setMarkdown(state == ArticleLoader::State::Empty
                                ? tr("Search the knowledge base above and press Enter to read an article.")
                                : QString());
        updateActions();
        return;
    }
    m_title->setText(a.title);
    m_title->setAccessibleName(a.title);
    QStringList meta;
    if (!a.tags.isEmpty())
        meta << a.tags.join(QStringLiteral(", "));
    meta << articleVisibilityText(a.visibility) << ArticleVersionsModel::statusText(a.status);
    // The version of the text shown: a proposal waiting for review is newer, but not what agents read.
    if (const qint64 shown = a.liveVersion > 0 ? a.liveVersion : a.version; shown > 0)
        meta << tr("version %1").arg(shown);
    if (a.lastReviewedAt.isValid())
        meta << tr("reviewed %1").arg(QLocale().toString(a.lastReviewedAt.toLocalTime().date(), QLocale::ShortFormat));
    meta.removeAll(QString());
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    QString notice;
    if (a.status == QLatin1String("archived"))
        notice = tr("This article was archived. It may be outdated.");
    else if (a.stale)
        notice = tr("This article has not been reviewed for a long time. Check that it is still correct.");
    else if (a.status == QLatin1String("in_review") || a.status == QLatin1String("draft"))
        notice = tr("This article is not published yet.");
    if (state == ArticleLoader::State::Failed)
        notice = errorText(m_loader->lastError());
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());

    // Keep the reading position when the same article is refreshed by a live update.
    const int scroll = m_body->verticalScrollBar() ? m_body->verticalScrollBar()->value() : 0;
    m_body->setHtml(markdownToHtml(a.body));
    m_body->verticalScrollBar()->setValue(scroll);
    m_stats->setText(tr("%1 views · sent %2× · helped %3 · did not help %4")
                         .arg(a.stats.views)
                         .arg(a.stats.sends)
                         .arg(a.stats.helped)
                         .arg(a.stats.notHelped));
    updateActions();
}

void ArticleReader::updateLearnedWords()
{
    const KnowledgeArticle &a = m_loader->article();
    const bool lead = m_connection && m_connection->user().role == Role::Lead;
    const bool show = lead && !a.isEmpty();
    m_learned->showArticle(show ? a.id : 0, a.title);
    m_learned->setVisible(show);
}

void ArticleReader::updateActions()
{
    const KnowledgeArticle &a = m_loader->article();
    const bool has = !a.isEmpty();
    const bool published = has && a.status == QLatin1String("published");
    m_copyAction->setEnabled(has);
    m_sendAction->setEnabled(published && !m_customerId.isEmpty() && !m_busy);
    m_sendAction->setStatusTip(m_customerId.isEmpty()
                                   ? tr("Open a customer to send this article")
                                   : tr("Send the article to %1; it is recorded in the customer's history")
                                         .arg(m_customerName.isEmpty() ? m_customerId : m_customerName));
    m_sendAction->setToolTip(m_sendAction->statusTip());
    m_helpedAction->setEnabled(published && !m_busy);
    m_notHelpedAction->setEnabled(published && !m_busy);
    m_proposeAction->setEnabled(has && a.status != QLatin1String("archived"));
    m_versionsAction->setEnabled(has);
    // Only while an e-mail or chat answer is being written; otherwise it would only take room.
    // On an e-mail or chat the article goes under the answer instead of being sent on its own.
    const bool replying = m_replyTarget && m_replyTarget->hasConversation();
    m_insertAction->setVisible(replying);
    m_sendAction->setVisible(!replying);
    for (QAction *action : { m_insertAction, m_sendAction }) {
        if (auto *button = findChild<QToolButton *>(action->objectName() + QStringLiteral("Button")))
            button->setVisible(action->isVisible()); // a tool button does not follow its action's visibility
    }
    // Customers only ever get public articles; internal ones stay with the staff.
    const bool forCustomers = published && a.visibility == QLatin1String("public");
    m_insertAction->setEnabled(replying && forCustomers && m_replyTarget->canReply());
    m_insertAction->setStatusTip(forCustomers || !has
                                     ? tr("Put the article's public text under the answer you are writing")
                                     : tr("Only published public articles can go to a customer"));
    m_insertAction->setToolTip(m_insertAction->statusTip());
}

void ArticleReader::setReplyTarget(ConversationSession *conversation)
{
    if (m_replyTarget)
        disconnect(m_replyTarget, nullptr, this, nullptr);
    m_replyTarget = conversation;
    if (conversation) {
        connect(conversation, &ConversationSession::replyableChanged, this, &ArticleReader::updateActions);
        // Signing out deletes it: Send to Customer comes back.
        connect(conversation, &QObject::destroyed, this,
                [this] { QTimer::singleShot(0, this, &ArticleReader::updateActions); });
    }
    updateActions();
}

void ArticleReader::insertIntoReply()
{
    const KnowledgeArticle &a = m_loader->article();
    if (a.isEmpty() || !m_replyTarget || !m_replyTarget->canReply())
        return;
    if (m_replyTarget->insertArticle(a.id, a.title))
        Q_EMIT statusMessage(tr("“%1” goes under your answer.").arg(a.title));
    else
        Q_EMIT statusMessage(tr("“%1” is already under your answer, or it has five articles.").arg(a.title));
}

void ArticleReader::showVersions()
{
    const KnowledgeArticle &a = m_loader->article();
    if (a.isEmpty())
        return;
    const UserInfo user = m_connection ? m_connection->user() : UserInfo {};
    // The coordinator allows a rollback to those who may publish (a lead, or an expert who owns the
    // article), of a published article.
    const bool canRollBack = a.status == QLatin1String("published")
        && (user.role == Role::Lead
            || (user.role == Role::Expert && !a.ownerLogin.isEmpty() && a.ownerLogin == user.login));
    auto *dialog = new ArticleVersionsDialog(m_connection, a.id, a.version, canRollBack, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArticleVersionsDialog::rolledBack, this, [this](qint64 id, qint64 version) {
        Q_EMIT statusMessage(tr("Version %1 of the article is live.").arg(version));
        openArticle(id);
    });
    dialog->open();
}

void ArticleReader::copyToClipboard()
{
    const KnowledgeArticle &a = m_loader->article();
    if (a.isEmpty())
        return;
    auto *mime = new QMimeData;
    // Plain text for chat and mail fields, HTML for rich editors.
    mime->setText(QStringLiteral("%1\n\n%2").arg(a.title, a.body));
    // Pasted into a mail, an image's web address is fetched by the recipient's mail program, and a
    // path names a file on this computer: keep only the images that carry their picture (data:, as
    // the reader shows them); the others become their description.
    MarkdownOptions html;
    html.keepImage = [](const QString &src) {
        return QUrl(src).scheme() == u"data";
    };
    mime->setHtml(QStringLiteral("<h1>%1</h1>\n").arg(a.title.toHtmlEscaped()) + markdownToHtml(a.body, html));
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Article copied to the clipboard."));
}

void ArticleReader::sendToCustomer()
{
    const KnowledgeArticle &a = m_loader->article();
    if (a.isEmpty() || m_customerId.isEmpty())
        return;
    m_busy = true;
    updateActions();
    const QString customer = m_customerId;
    const QString name = m_customerName.isEmpty() ? m_customerId : m_customerName;
    const qint64 id = a.id;
    const QString title = a.title;
    m_loader->sendToCustomer(customer, this, [this, customer, name, id, title](const Result<QJsonObject> &result) {
        m_busy = false;
        updateActions();
        if (!result.ok()) {
            Q_EMIT statusMessage(tr("Could not send the article: %1").arg(errorText(result.error())));
            return;
        }
        Q_EMIT statusMessage(tr("“%1” sent to %2 and recorded in the history.").arg(title, name));
        Q_EMIT articleSent(customer, id);
        // The search the article was opened from was learned with the send.
        if (m_learned->isVisibleTo(this))
            m_learned->reload();
    });
}

void ArticleReader::sendFeedback(bool helped, const QString &comment)
{
    if (m_loader->article().isEmpty())
        return;
    m_busy = true;
    updateActions();
    m_loader->sendFeedback(helped, comment, this, [this, helped](const Result<QJsonObject> &result) {
        m_busy = false;
        updateActions();
        if (!result.ok()) {
            Q_EMIT statusMessage(tr("Could not save the feedback: %1").arg(errorText(result.error())));
            return;
        }
        Q_EMIT statusMessage(helped ? tr("Thanks: marked as helpful.")
                                    : tr("Thanks: the article's owner will see that it did not help."));
        if (m_learned->isVisibleTo(this))
            m_learned->reload();
    });
}

void ArticleReader::askWhyNotHelped()
{
    if (m_loader->article().isEmpty())
        return;
    if (m_feedbackDialog) {
        m_feedbackDialog->raise();
        return;
    }
    auto *dialog = new FeedbackDialog(m_loader->article().title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_feedbackDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { sendFeedback(false, dialog->comment()); });
    dialog->open();
}

void ArticleReader::proposeEdit()
{
    const KnowledgeArticle &a = m_loader->article();
    if (a.isEmpty())
        return;
    if (m_proposeDialog) {
        m_proposeDialog->raise();
        return;
    }
    auto *dialog = new ProposeEditDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setArticle(a);
    m_proposeDialog = dialog;
    connect(dialog, &ProposeEditDialog::proposed, this,
            [this] { Q_EMIT statusMessage(tr("Your proposal was sent for review.")); });
    dialog->open();
}

} // namespace spocs
