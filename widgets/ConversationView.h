#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace spocs {

class ConversationSession;

// The e-mail or chat conversation of the current contact in the contact panel: what the
// customer wrote (e-mail HTML only as the coordinator sanitised it; links never open by a
// click), the answers with their state (sending, sent, failed with the server's reason, read
// by a chat customer), "typing…", and the composer with canned answers and the articles
// inserted from the knowledge panel. Ctrl+Return sends; a failed e-mail is sent again with
// Retry. Binds to a ConversationSession and sends nothing itself.
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(ConversationSession *session, QWidget *parent = nullptr);

    void send();
    void retryLastFailed();
    // Puts a canned answer's text into the composer at the cursor.
    void insertCanned(const QString &body);

Q_SIGNALS:
    void notice(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void render();
    void updateControls();
    void updateArticles();
    void rebuildCannedMenu();
    void showError(const QString &text);

    ConversationSession *m_session = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_senderNotice = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QLabel *m_articles = nullptr;
    QToolButton *m_clearArticles = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QToolButton *m_canned = nullptr;
    QMenu *m_cannedMenu = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_error = nullptr;
    bool m_clearOnSent = false;
    bool m_followEnd = true; // the transcript stays on its newest message
    bool m_rendering = false;
};

} // namespace spocs
