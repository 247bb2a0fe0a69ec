#pragma once

#include <QGroupBox>
#include <QPointer>

class QAction;
class QLabel;
class QMessageBox;
class QTreeView;

namespace spocs {

class Connection;
class LearnedWordsSession;

// "Searches that found this", under the article a lead reads: the words agents' searches taught
// the article (LearnedWordsSession) with how often each helped, and undoing a wrong lesson:
// Delete forgets the selected word, Ctrl+Shift+Delete every word after a question. Renders and
// binds only; the session sends the requests.
class LearnedWordsView : public QGroupBox
{
    Q_OBJECT

public:
    explicit LearnedWordsView(QWidget *parent = nullptr);

    LearnedWordsSession *session() const { return m_session; }
    void setConnection(Connection *connection);
    // Loads the article's words unless they are shown already; 0: none.
    void showArticle(qint64 id, const QString &title);
    // The article's words again (after the lead's own feedback taught it some).
    void reload();

    void forgetSelectedWord();
    void askToForgetAll();

Q_SIGNALS:
    // A short confirmation or error for the status bar.
    void statusMessage(const QString &text);

private:
    void updateState();

    LearnedWordsSession *m_session = nullptr;
    QLabel *m_empty = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_error = nullptr;
    QAction *m_forgetAction = nullptr;
    QAction *m_forgetAllAction = nullptr;
    QPointer<QMessageBox> m_confirm;
    QString m_title;
    int m_forgottenRow = -1;
    QString m_forgottenShown; // as the list showed it; the session names the base form
};

} // namespace spocs
