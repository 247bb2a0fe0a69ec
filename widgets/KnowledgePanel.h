#pragma once

#include "core/Protocol.h"
#include "widgets/ReviewDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace spocs {

class ArticleReader;
class Connection;
class KnowledgeSearchModel;

// The knowledge dock: search as you type with highlighted snippets, suggestions for the
// open customer while nothing is typed, the reader below, and for leads the review queue.
// Follows the "kb" topic so published and archived articles show up live.
class KnowledgePanel : public QWidget
{
    Q_OBJECT

public:
    explicit KnowledgePanel(Connection *connection, QWidget *parent = nullptr);

    KnowledgeSearchModel *model() const { return m_model; }
    ArticleReader *reader() const { return m_reader; }

    // Ctrl+K: focus the search box and select its text for a new search.
    void focusSearch();
    void openArticle(qint64 id);
    ReviewDialog *showReviewQueue();
    void proposeNewArticle();

    // The customer open on the page (empty id: none); "send" goes to them and the
    // suggestions use their products and contact reason.
    void setCustomer(const QString &customerId, const QString &customerName, const QStringList &products = {},
                     const QString &reason = QString(), const QString &problemText = QString());

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void activateRow(int row);
    void updateStatus();
    void updateRole();
    void onEvent(const protocol::Event &event);
    void onConnectionStateChanged();

    QPointer<Connection> m_connection;
    KnowledgeSearchModel *m_model = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    ArticleReader *m_reader = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPointer<ReviewDialog> m_reviewDialog;
    QString m_customerId;
    QString m_customerName;
    QString m_lastError;
};

} // namespace spocs
