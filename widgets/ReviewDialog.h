#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace spocs {

class ArticleVersionsModel;
class Connection;
class ReviewQueueModel;
class ReviewSession;
struct SideBySideDiff;

// The lead's review queue: open proposals with a side-by-side diff against the published
// version, publish or request changes with a comment; plus the articles that help least
// and those longest without review. Non-modal; refreshes on "kb" events.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewDialog(Connection *connection, QWidget *parent = nullptr);

    void refresh();
    // Shows the proposal in the given row of the proposals list.
    void selectProposal(int row);
    void review(const QString &action);
    // Fills the two diff panes (public for tests and for callers holding a kb.diff answer).
    void showDiff(const SideBySideDiff &diff);

Q_SIGNALS:
    void openArticleRequested(qint64 id);
    void statusMessage(const QString &text);
    void queueLoaded();
    void diffLoaded();

private:
    void loadVersions(qint64 id, qint64 version);
    void loadDiff(qint64 from);
    void updateButtons();
    void onQueueChanged(); // a "kb" event: the queue may have changed
    QTreeView *makeList(ReviewQueueModel *model, const QString &name, const QString &accessibleName);

    ReviewSession *m_session = nullptr;
    ReviewQueueModel *m_proposals = nullptr;
    ReviewQueueModel *m_worst = nullptr;
    ReviewQueueModel *m_stale = nullptr;
    ArticleVersionsModel *m_versions = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_proposalsView = nullptr;
    QLabel *m_diffTitle = nullptr;
    QComboBox *m_compareWith = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_requestChanges = nullptr;
    QLabel *m_ownProposal = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_articleId = 0;
    qint64 m_version = 0;
    bool m_ownVersion = false; // the signed-in lead wrote the selected proposal
    quint64 m_diffGeneration = 0;
    bool m_busy = false;
};

} // namespace spocs
