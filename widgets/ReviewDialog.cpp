#include "widgets/ReviewDialog.h"

#include "models/ArticleVersionsModel.h"
#include "models/ReviewQueueModel.h"
#include "models/ReviewSession.h"
#include "widgets/DesktopLog.h"
#include "widgets/DialogButtons.h"
#include "widgets/DiffHtml.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>

namespace spocs {

ReviewDialog::ReviewDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_session(new ReviewSession(connection, this))
    , m_proposals(new ReviewQueueModel(ReviewQueueModel::Kind::Proposals, this))
    , m_worst(new ReviewQueueModel(ReviewQueueModel::Kind::Worst, this))
    , m_stale(new ReviewQueueModel(ReviewQueueModel::Kind::Stale, this))
    , m_versions(new ArticleVersionsModel(this))
    , m_tabs(new QTabWidget(this))
    , m_diffTitle(new QLabel(this))
    , m_compareWith(new QComboBox(this))
    , m_left(new QTextBrowser(this))
    , m_right(new QTextBrowser(this))
    , m_comment(new QLineEdit(this))
    , m_publish(new QPushButton(tr("P&ublish"), this))
    , m_requestChanges(new QPushButton(tr("Request &Changes"), this))
    , m_ownProposal(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Knowledge Review Queue"));

    m_proposalsView = makeList(m_proposals, QStringLiteral("reviewProposalsView"), tr("Proposals"));
    QTreeView *worstView = makeList(m_worst, QStringLiteral("reviewWorstView"), tr("Articles that help least"));
    QTreeView *staleView = makeList(m_stale, QStringLiteral("reviewStaleView"), tr("Articles not reviewed recently"));

    m_diffTitle->setObjectName(QStringLiteral("reviewDiffTitle"));
    m_diffTitle->setWordWrap(true);
    setNames(m_compareWith, QStringLiteral("reviewCompareCombo"), tr("Compare with version"));
    m_compareWith->setModel(m_versions);
    m_compareWith->setModelColumn(ArticleVersionsModel::VersionColumn);
    auto *compareLabel = new QLabel(tr("Compare &with version:"), this);
    compareLabel->setBuddy(m_compareWith);

    for (QTextBrowser *pane : { m_left, m_right }) {
        pane->setLineWrapMode(QTextEdit::NoWrap);
        pane->setOpenLinks(false);
    }
    setNames(m_left, QStringLiteral("reviewDiffLeft"), tr("Published text"));
    setNames(m_right, QStringLiteral("reviewDiffRight"), tr("Proposed text"));
    // Both panes scroll together so changed lines stay side by side.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_left->horizontalScrollBar(), &QScrollBar::valueChanged, m_right->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->horizontalScrollBar(), &QScrollBar::valueChanged, m_left->horizontalScrollBar(),
            &QScrollBar::setValue);

    setNames(m_comment, QStringLiteral("reviewCommentEdit"), tr("Review comment"));
    m_comment->setPlaceholderText(tr("Comment for the author (required to request changes)"));
    m_comment->setMaxLength(1000);
    m_publish->setObjectName(QStringLiteral("reviewPublishButton"));
    // Ctrl+Return beside Alt+U: the button's own shortcut would replace the letter it underlines.
    connect(addSubmitShortcut(this), &QAction::triggered, m_publish, &QPushButton::click);
    m_ownProposal->setObjectName(QStringLiteral("reviewOwnProposalLabel"));
    m_ownProposal->setWordWrap(true);
    m_ownProposal->setVisible(false);
    m_requestChanges->setObjectName(QStringLiteral("reviewRequestChangesButton"));
    m_requestChanges->setToolTip(tr("Send the proposal back to its author with your comment"));
    connect(m_publish, &QPushButton::clicked, this, [this] { review(QStringLiteral("publish")); });
    connect(m_requestChanges, &QPushButton::clicked, this, [this] { review(QStringLiteral("request_changes")); });
    connect(m_comment, &QLineEdit::textChanged, this, &ReviewDialog::updateButtons);

    QHBoxLayout *compareRow = makeRow({ { m_diffTitle, 1 }, compareLabel, m_compareWith });
    QSplitter *panes = makeSplitter(Qt::Horizontal, QStringLiteral("reviewDiffSplitter"), { m_left, m_right }, this);
    QHBoxLayout *actions = makeRow({ { m_comment, 1 }, m_requestChanges, m_publish });

    auto *diffBox = new QWidget(this);
    stackWithoutMargins(diffBox, { compareRow, { panes, 1 }, m_ownProposal, actions });

    QSplitter *proposalsPage
        = makeSplitter(Qt::Vertical, QStringLiteral("reviewProposalsSplitter"), { m_proposalsView, diffBox }, this);
    proposalsPage->setStretchFactor(1, 3);
    proposalsPage->setSizes({ 160, 420 });

    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(proposalsPage, tr("&Proposals"));
    m_tabs->addTab(worstView, tr("Helps &Least"));
    m_tabs->addTab(staleView, tr("&Not Reviewed"));

    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("reviewRefreshAction"));
    refreshAction->setShortcut(QKeySequence(QKeySequence::Refresh));
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &ReviewDialog::refresh);

    m_status->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ResetRole);
    refreshButton->setToolTip(tr("Load the queue again (F5)"));
    connect(refreshButton, &QPushButton::clicked, this, &ReviewDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    stackWithMargins(this, { { m_tabs, 1 }, m_status, buttons });

    connect(m_proposalsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectProposal(current.row()); });
    connect(m_compareWith, &QComboBox::activated, this,
            [this](int row) { loadDiff(m_versions->versionAt(row).version); });
    for (QTreeView *view : { worstView, staleView })
        connect(view, &QTreeView::activated, this, [this, view](const QModelIndex &index) {
            auto *model = static_cast<ReviewQueueModel *>(view->model());
            Q_EMIT openArticleRequested(model->itemAt(index.row()).article.id);
        });

    connect(m_session, &ReviewSession::queueChanged, this, &ReviewDialog::onQueueChanged);
    resizeWithinScreen(this, QSize(980, 700));
    updateButtons();
    refresh();
}

QTreeView *ReviewDialog::makeList(ReviewQueueModel *model, const QString &name, const QString &accessibleName)
{
    QTreeView *view = makeRecordTree(model, name, accessibleName, this);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setSectionResizeMode(ReviewQueueModel::TitleColumn, QHeaderView::Stretch);
    view->header()->setStretchLastSection(false);
    view->header()->resizeSection(ReviewQueueModel::DetailColumn, 260);
    // Names and dates fit their contents: fixed widths cut them ("27 Feb 2026 09:4…").
    view->header()->setSectionResizeMode(ReviewQueueModel::WhoColumn, QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(ReviewQueueModel::WhenColumn, QHeaderView::ResizeToContents);
    return view;
}

void ReviewDialog::refresh()
{
    m_status->setText(tr("Loading…"));
    m_session->loadQueue([this](const Result<QJsonObject> &result) {
        if (!result.ok()) {
            m_status->setText(errorText(result.error()));
            return;
        }
        const qint64 keepId = m_articleId;
        m_proposals->setFromAnswer(*result);
        m_worst->setFromAnswer(*result);
        m_stale->setFromAnswer(*result);
        m_tabs->setTabText(0, tr("&Proposals (%1)").arg(m_proposals->rowCount()));
        m_status->setText(m_proposals->rowCount() == 0 ? tr("No proposals are waiting for review.") : QString());
        int row = 0;
        for (int i = 0; i < m_proposals->rowCount(); ++i)
            if (m_proposals->itemAt(i).article.id == keepId)
                row = i;
        if (m_proposals->rowCount() > 0)
            m_proposalsView->setCurrentIndex(m_proposals->index(row, 0));
        else
            selectProposal(-1);
        Q_EMIT queueLoaded();
    });
}

void ReviewDialog::selectProposal(int row)
{
    const ReviewQueueModel::Item item = m_proposals->itemAt(row);
    if (item.article.id == m_articleId && item.version == m_version && row >= 0)
        return;
    m_articleId = item.article.id;
    m_version = item.version;
    m_ownVersion = m_articleId > 0 && m_session->isOwnProposal(item);
    m_comment->clear();
    m_left->clear();
    m_right->clear();
    m_versions->clear();
    if (m_articleId == 0) {
        m_diffTitle->clear();
        updateButtons();
        return;
    }
    m_diffTitle->setText(tr("<b>%1</b> – version %2 by %3")
                             .arg(item.article.title.toHtmlEscaped())
                             .arg(item.version)
                             .arg((item.authorName.isEmpty() ? item.authorLogin : item.authorName).toHtmlEscaped()));
    updateButtons();
    loadVersions(m_articleId, m_version);
}

void ReviewDialog::loadVersions(qint64 id, qint64 version)
{
    m_session->loadVersions(id, [this, id, version](const Result<QJsonObject> &result) {
        if (id != m_articleId)
            return;
        if (result.ok())
            m_versions->setFromAnswer(*result);
        // Compare against what agents see now: the last published version.
        qint64 from = m_versions->publishedBefore(version);
        if (from == 0 && version > 1)
            from = version - 1;
        m_compareWith->setCurrentIndex(m_versions->rowOfVersion(from));
        loadDiff(from);
    });
}

void ReviewDialog::loadDiff(qint64 from)
{
    const quint64 generation = ++m_diffGeneration;
    const qint64 id = m_articleId;
    // A new article has nothing to compare with: diff it with itself and show it all as added.
    const bool wholeArticle = from <= 0;
    m_session->loadDiff(id, wholeArticle ? m_version : from, m_version,
                        [this, generation, wholeArticle](const Result<QJsonObject> &result) {
                            if (generation != m_diffGeneration)
                                return;
                            if (!result.ok()) {
                                m_status->setText(errorText(result.error()));
                                return;
                            }
                            const QJsonObject title = result->value(QStringLiteral("title")).toObject();
                            const QString fromTitle = title.value(QStringLiteral("from")).toString();
                            const QString toTitle = title.value(QStringLiteral("to")).toString();
                            QJsonArray lines = result->value(QStringLiteral("lines")).toArray();
                            if (wholeArticle) {
                                for (qsizetype i = 0; i < lines.size(); ++i) {
                                    QJsonObject line = lines.at(i).toObject();
                                    line.insert(QStringLiteral("op"), QStringLiteral("+"));
                                    lines[i] = line;
                                }
                            }
                            SideBySideDiff diff = SideBySideDiff::fromLines(lines);
                            // The title line counts like the text's lines: a new title alone is
                            // not "0 lines removed, 0 lines added".
                            if (wholeArticle) {
                                diff.left.prepend(DiffLine { DiffLine::Kind::Blank, {} });
                                diff.right.prepend(DiffLine { DiffLine::Kind::Added, tr("Title: %1").arg(toTitle) });
                                ++diff.added;
                            } else if (fromTitle != toTitle) { // a changed title is part of the change
                                diff.prependTitleChange(tr("Title: %1").arg(fromTitle), tr("Title: %1").arg(toTitle));
                            }
                            showDiff(diff);
                            m_status->setText(tr("%n line(s) removed, ", nullptr, diff.removed)
                                              + tr("%n line(s) added.", nullptr, diff.added));
                            Q_EMIT diffLoaded();
                        });
}

void ReviewDialog::showDiff(const SideBySideDiff &diff)
{
    m_left->setHtml(diffHtml(diff.left));
    m_right->setHtml(diffHtml(diff.right));
}

void ReviewDialog::updateButtons()
{
    const bool has = m_articleId > 0 && !m_busy;
    m_publish->setEnabled(has);
    // Publish stays enabled on one's own proposal: the only enabled lead may publish it, and the
    // desktop cannot tell whether the other leads it knows of are disabled.
    const QString own = tr("You wrote this version: another lead publishes it, unless you are the only lead.");
    showTextOrHide(m_ownProposal, m_ownVersion ? own : QString());
    m_publish->setToolTip(m_ownVersion ? tr("%1 (Ctrl+Enter)").arg(own) : tr("Publish this version (Ctrl+Enter)"));
    m_requestChanges->setEnabled(has && !m_comment->text().trimmed().isEmpty());
}

void ReviewDialog::review(const QString &action)
{
    if (m_articleId == 0 || m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_session->review(
        m_articleId, m_version, action, m_comment->text(),
        [this, action, own = m_ownVersion](const Result<QJsonObject> &result) {
            m_busy = false;
            updateButtons();
            if (!result.ok()) {
                const bool ownRefused
                    = action == QLatin1String("publish") && own && result.error().code == ErrorCode::Forbidden;
                m_status->setText(ownRefused ? tr("Not published: you wrote this version, so another lead has to "
                                                  "publish it.")
                                             : errorText(result.error()));
                return;
            }
            const QString title
                = result->value(QStringLiteral("article")).toObject().value(QStringLiteral("title")).toString();
            const QString text = action == QLatin1String("publish") ? tr("“%1” published.").arg(title)
                                                                    : tr("Changes requested for “%1”.").arg(title);
            m_status->setText(text);
            Q_EMIT statusMessage(text);
            m_articleId = 0;
            refresh();
        });
}

void ReviewDialog::onQueueChanged()
{
    if (!m_busy)
        refresh();
}

} // namespace spocs
