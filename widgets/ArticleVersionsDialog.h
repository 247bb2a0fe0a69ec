#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace spocs {

class ArticleVersionsModel;
class Connection;
class ReviewSession;

// An article's versions (Ctrl+Shift+Y from the article): who changed what and when, the selected
// version beside the live one, and "Roll Back to This Version" (Alt+B) for a lead or the article's
// owner when the selected version was live once. Rolling back publishes a copy of it as a new
// version, so nothing is lost and it can be rolled forward the same way.
class ArticleVersionsDialog : public QDialog
{
    Q_OBJECT

public:
    // canRollBack: the user may roll this article back (a lead or its expert owner); liveVersion: what agents see now.
    ArticleVersionsDialog(Connection *connection, qint64 articleId, qint64 liveVersion, bool canRollBack,
                          QWidget *parent = nullptr);

    ArticleVersionsModel *versions() const { return m_versions; }
    QString statusText() const;
    qint64 liveVersion() const { return m_live; }
    // Selects a version in the list, as the user would.
    void selectVersion(qint64 version);
    // Asks no question: the test and the confirmed button both end here.
    void rollBackToSelected();

Q_SIGNALS:
    void versionsLoaded();
    void diffLoaded();
    // A new live version was published from an earlier one.
    void rolledBack(qint64 articleId, qint64 newVersion);

private:
    void load();
    void selectionChanged();
    void confirmRollBack();
    void updateButtons();
    qint64 selectedVersion() const;

    ReviewSession *m_session;
    ArticleVersionsModel *m_versions;
    qint64 m_articleId;
    qint64 m_live;
    bool m_canRollBack;
    bool m_busy = false;
    bool m_keepStatus = false; // the rollback's confirmation outlives the reload it causes
    quint64 m_diffGeneration = 0;
    QTreeView *m_list = nullptr;
    QTextBrowser *m_selected = nullptr;
    QTextBrowser *m_current = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_rollBack = nullptr;
};

} // namespace spocs
