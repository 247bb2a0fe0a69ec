#pragma once

#include "models/KnowledgeArticle.h"
#include "models/VersionedWrite.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace spocs {

class ArticleLoader;
class Connection;

// Proposes a change to an article (or a new one) through kb.propose. A change note is
// required; a lead reviews the proposal before it is published. Stays open and shows
// the error when the server refuses. When someone else changed the article or has a
// proposal open on it, the typed text stays, the article is read again and sending once
// more proposes over the newest version (replacing that proposal on purpose).
class ProposeEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProposeEditDialog(Connection *connection, QWidget *parent = nullptr);

    // Prefills the fields from an article; without one the dialog proposes a new article.
    void setArticle(const KnowledgeArticle &article);
    bool isNewArticle() const { return m_id == 0; }

    QPushButton *submitButton() const;

    // The kb.propose arguments for the current input (without cid).
    QJsonObject proposalArgs() const;
    QString errorMessage() const;
    bool canSubmit() const;
    void submit();

Q_SIGNALS:
    // kb.propose answered ok: {"article": ..., "proposal": ...}.
    void proposed(const QJsonObject &answer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void takeConflict(const VersionedWrite::Outcome &outcome);

    ArticleLoader *m_writer = nullptr; // sends the proposal
    QLineEdit *m_title = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_visibility = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_id = 0;
    qint64 m_version = 0;
    qint64 m_base = 0; // the version the text was taken from, or the open proposal it replaces
    bool m_busy = false;
};

} // namespace spocs
