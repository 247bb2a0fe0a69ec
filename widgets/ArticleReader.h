#pragma once

#include "widgets/FeedbackDialog.h"
#include "widgets/ProposeEditDialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QUrl;
class QLabel;
class QTextBrowser;

namespace spocs {

class ArticleLoader;
class ConversationSession;
class Connection;
class LearnedWordsView;

// The translated name of an article's wire visibility (its status: ArticleVersionsModel::statusText).
QString articleVisibilityText(const QString &visibility);

// Shows one knowledge article (Markdown) with its state and the agent's actions: copy,
// send to the open customer, helped / did not help, propose an edit; for a lead also the
// searches that found it (LearnedWordsView), to undo a wrong lesson.
class ArticleReader : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleReader(Connection *connection, QWidget *parent = nullptr);

    ArticleLoader *loader() const { return m_loader; }
    void openArticle(qint64 id, const QString &foundBy = {});
    void closeArticle();

    // The customer that "send" records the article for (empty: none open).
    void setCustomer(const QString &customerId, const QString &customerName);
    QString customerId() const { return m_customerId; }

    // The e-mail or chat answer that "Insert into Reply" adds the article to (nullptr: none).
    void setReplyTarget(ConversationSession *conversation);
    void insertIntoReply();

    // "Versions…" (Ctrl+Shift+Y): the article's versions, with rollback for a lead or the expert who owns it.
    void showVersions();

    void copyToClipboard();
    void sendToCustomer();
    void sendFeedback(bool helped, const QString &comment = QString());
    void askWhyNotHelped();
    void proposeEdit();
    // A clicked link: web and mail addresses open after the agent confirms; others never.
    void askToOpenLink(const QUrl &url);
    static bool isOpenableLink(const QUrl &url);

Q_SIGNALS:
    // A short confirmation or error for the status bar.
    void statusMessage(const QString &text);
    // The article was sent to a customer (for views showing the customer's history).
    void articleSent(const QString &customerId, qint64 articleId);

private:
    void updateView();
    void updateActions();
    // The learned words are for leads, who own the knowledge review; agents never see them.
    void updateLearnedWords();
    // An action of this panel that calls onTriggered.
    QAction *makeAction(const QString &text, const QString &name, const QKeySequence &shortcut, const QString &tip,
                        const std::function<void()> &onTriggered);

    Connection *m_connection = nullptr;
    ArticleLoader *m_loader = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_notice = nullptr;
    QTextBrowser *m_body = nullptr;
    QLabel *m_stats = nullptr;
    LearnedWordsView *m_learned = nullptr;
    QAction *m_insertAction = nullptr;
    QPointer<ConversationSession> m_replyTarget;
    QAction *m_copyAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_helpedAction = nullptr;
    QAction *m_notHelpedAction = nullptr;
    QAction *m_proposeAction = nullptr;
    QAction *m_versionsAction = nullptr;
    QPointer<FeedbackDialog> m_feedbackDialog;
    QPointer<ProposeEditDialog> m_proposeDialog;
    QPointer<QMessageBox> m_linkQuestion;
    QString m_customerId;
    QString m_customerName;
    bool m_busy = false;
};

} // namespace spocs
