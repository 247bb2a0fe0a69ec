#pragma once

#include "core/Result.h"
#include "widgets/TransferDialog.h"

#include <QInputDialog>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace spocs {

class Connection;
class SkillDirectory;
class ConsultSession;

// The consult-and-conference panel: find an expert by skill or name (presence dot, load,
// level), ask them or anyone with a skill, chat with delivered/read ticks, see who is on the
// contact, conference the expert in, transfer warm or cold, forward, end the consult and turn
// its answer into a knowledge-base draft. Declines and time-outs show at once with "Ask next".
class ConsultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsultPanel(Connection *connection, QWidget *parent = nullptr);
    ~ConsultPanel() override;

    ConsultSession *session() const { return m_session; }

    void setContact(const QJsonObject &contact);
    void openConsult(const QJsonObject &consult);
    // Ctrl+G: focus the expert search.
    void focusFinder();

    // The panel's actions with their shortcuts (the workspace puts them in a menu).
    QList<QAction *> consultActions() const;

    // The expert selected in the finder (0: none).
    qint64 selectedExpert() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    // "Open customer": the unified view of the consult's customer (the workspace opens it).
    void customerRequested(const QString &customerId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void buildUi();
    void askSelected();
    void askSkill();
    void sendMessage();
    void showTransferDialog(int mode);
    void showEndDialog();
    void updateContext();
    void updateActions();
    void updateStatus();
    void updateSkills(const QJsonArray &skills);
    void loadSkills(); // from the shared skill directory
    void showError(const QString &op, const Error &error);
    void setStatus(const QString &text, bool warning = false);

    QPointer<Connection> m_connection;
    ConsultSession *m_session = nullptr;
    QLabel *m_context = nullptr;
    QWidget *m_finder = nullptr;
    QComboBox *m_skill = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_experts = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QPushButton *m_askButton = nullptr;
    QPushButton *m_askSkillButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_askNextButton = nullptr;
    QLineEdit *m_message = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_conferenceButton = nullptr;
    QPushButton *m_warmButton = nullptr;
    QPushButton *m_coldButton = nullptr;
    QPushButton *m_forwardButton = nullptr;
    QPushButton *m_endButton = nullptr;
    QPushButton *m_kbDraftButton = nullptr;
    QAction *m_askAction = nullptr;
    QAction *m_conferenceAction = nullptr;
    QAction *m_warmAction = nullptr;
    QAction *m_coldAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_endAction = nullptr;
    QAction *m_kbDraftAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_leaveAction = nullptr;
    QAction *m_openCustomerAction = nullptr;
    QPushButton *m_leaveButton = nullptr;
    QPushButton *m_openCustomerButton = nullptr;
    QPointer<TransferDialog> m_transferDialog;
    QPointer<QInputDialog> m_endDialog;
    QString m_notice;
    bool m_noticeIsWarning = false;
    QPointer<SkillDirectory> m_skills;
};

} // namespace spocs
