#include "widgets/ArticleVersionsDialog.h"

#include "models/ArticleVersionsModel.h"
#include "models/KnowledgeArticle.h"
#include "models/ReviewSession.h"
#include "widgets/DialogButtons.h"
#include "widgets/DiffHtml.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>

namespace spocs {
namespace {

// A version that agents saw once: the live one and the ones it replaced. A superseded version is a
// proposal a newer one replaced before review: it was never live.
bool wasLive(const QString &status)
{
    return status == u"published";
}

QTextBrowser *makePane(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *pane = new QTextBrowser(parent);
    setNames(pane, name, accessible);
    pane->setOpenLinks(false);
    return pane;
}

} // namespace

ArticleVersionsDialog::ArticleVersionsDialog(Connection *connection, qint64 articleId, qint64 liveVersion,
                                             bool canRollBack, QWidget *parent)
    : QDialog(parent)
    , m_session(new ReviewSession(connection, this))
    , m_versions(new ArticleVersionsModel(this))
    , m_articleId(articleId)
    , m_live(liveVersion)
    , m_canRollBack(canRollBack)
{
    setNames(this, QStringLiteral("articleVersionsDialog"), tr("Article versions"));
    setWindowTitle(tr("Article Versions"));

    m_list = makeRecordTree(m_versions, QStringLiteral("articleVersionsList"), tr("Versions, newest first"), this);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(120);
    auto *listLabel = new QLabel(tr("&Versions:"), this);
    listLabel->setBuddy(m_list);

    m_selected = makePane(QStringLiteral("articleVersionSelected"), tr("Selected version"), this);
    m_current = makePane(QStringLiteral("articleVersionLive"), tr("Live version"), this);
    QSplitter *panes = makeSplitter(Qt::Horizontal, QString(), { m_selected, m_current }, this);

    m_status = makeTextLabel(QStringLiteral("articleVersionsStatus"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rollBack = buttons->addButton(tr("Roll &Back to This Version"), QDialogButtonBox::ActionRole);
    m_rollBack->setObjectName(QStringLiteral("articleRollBackButton"));
    m_rollBack->setToolTip(tr("Publish a copy of the selected version as the live one (Alt+B)"));
    m_rollBack->setVisible(m_canRollBack);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rollBack, &QPushButton::clicked, this, &ArticleVersionsDialog::confirmRollBack);

    auto *top = new QWidget(this);
    stackWithoutMargins(top, { listLabel, m_list });
    QSplitter *split = makeSplitter(Qt::Vertical, QString(), { top, panes }, this);
    split->setStretchFactor(1, 1);

    stackWithMargins(this, { { split, 1 }, m_status, buttons });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ArticleVersionsDialog::selectionChanged);
    resize(820, 560);
    load();
}

QString ArticleVersionsDialog::statusText() const
{
    return m_status->text();
}

void ArticleVersionsDialog::selectVersion(qint64 version)
{
    const int row = m_versions->rowOfVersion(version);
    if (row >= 0)
        m_list->setCurrentIndex(m_versions->index(row, 0));
}

qint64 ArticleVersionsDialog::selectedVersion() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_versions->versionAt(current.row()).version : 0;
}

void ArticleVersionsDialog::load()
{
    m_session->loadVersions(m_articleId, [this](const Result<QJsonObject> &result) {
        if (!result.ok()) {
            m_status->setText(errorDetailText(result.error()));
            return;
        }
        m_versions->setFromAnswer(*result);
        // The newest version that was live is the live one (a rollback or review may have moved it).
        for (int row = 0; row < m_versions->rowCount(); ++row) {
            if (m_versions->versionAt(row).status == u"published") {
                m_live = m_versions->versionAt(row).version;
                break;
            }
        }
        m_list->resizeColumnToContents(ArticleVersionsModel::VersionColumn);
        m_list->resizeColumnToContents(ArticleVersionsModel::StatusColumn);
        m_list->resizeColumnToContents(ArticleVersionsModel::WhenColumn);
        // Start on the version before the live one: what a rollback would bring back.
        const int liveRow = m_versions->rowOfVersion(m_live);
        const int start = liveRow >= 0 && liveRow + 1 < m_versions->rowCount() ? liveRow + 1 : 0;
        m_list->setCurrentIndex(m_versions->index(start, 0));
        updateButtons();
        Q_EMIT versionsLoaded();
    });
}

void ArticleVersionsDialog::selectionChanged()
{
    updateButtons();
    const qint64 version = selectedVersion();
    if (version <= 0 || m_live <= 0)
        return;
    const quint64 generation = ++m_diffGeneration;
    m_session->loadDiff(m_articleId, version, m_live, [this, generation, version](const Result<QJsonObject> &result) {
        if (generation != m_diffGeneration)
            return;
        if (!result.ok()) {
            m_status->setText(errorDetailText(result.error()));
            return;
        }
        SideBySideDiff diff = SideBySideDiff::fromLines(result->value(QStringLiteral("lines")).toArray());
        // A version that only had another title differs too: show it and count it.
        const QJsonObject title = result->value(QStringLiteral("title")).toObject();
        const QString fromTitle = title.value(QStringLiteral("from")).toString();
        const QString toTitle = title.value(QStringLiteral("to")).toString();
        if (fromTitle != toTitle)
            diff.prependTitleChange(tr("Title: %1").arg(fromTitle), tr("Title: %1").arg(toTitle));
        m_selected->setHtml(tr("<p><b>Version %1</b></p>").arg(version) + diffHtml(diff.left));
        m_current->setHtml(tr("<p><b>Live now: version %1</b></p>").arg(m_live) + diffHtml(diff.right));
        if (m_keepStatus)
            m_keepStatus = false;
        else if (!m_busy)
            m_status->setText(version == m_live ? tr("This is the live version.")
                                                : tr("%n line(s) differ from the live version.", nullptr,
                                                     std::max(diff.removed, diff.added)));
        Q_EMIT diffLoaded();
    });
}

void ArticleVersionsDialog::updateButtons()
{
    const QModelIndex current = m_list->currentIndex();
    const bool live = current.isValid() && wasLive(m_versions->versionAt(current.row()).status);
    m_rollBack->setEnabled(m_canRollBack && !m_busy && live && selectedVersion() != m_live);
}

void ArticleVersionsDialog::confirmRollBack()
{
    const qint64 to = selectedVersion();
    const auto answer = QMessageBox::question(
        this, tr("Roll Back"),
        tr("Publish version %1 again as the live article? Version %2 stays in the list.").arg(to).arg(m_live));
    if (answer == QMessageBox::Yes)
        rollBackToSelected();
}

void ArticleVersionsDialog::rollBackToSelected()
{
    const qint64 to = selectedVersion();
    if (to <= 0 || m_versions->rowCount() == 0 || m_busy)
        return;
    const qint64 newest = m_versions->versionAt(0).version;
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Rolling back to version %1…").arg(to));
    m_session->rollback(m_articleId, newest, to, [this, to](const Result<QJsonObject> &result) {
        m_busy = false;
        if (!result.ok()) {
            m_status->setText(errorDetailText(result.error()));
            updateButtons();
            return;
        }
        const qint64 live
            = result->value(QStringLiteral("article")).toObject().value(QStringLiteral("version")).toInteger();
        m_live = live;
        m_status->setText(tr("Version %1 is live again, as version %2.").arg(to).arg(live));
        m_keepStatus = true;
        Q_EMIT rolledBack(m_articleId, live);
        load();
    });
}

} // namespace spocs
