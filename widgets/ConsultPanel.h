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
class ConsultChatView;
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
    QAction *askAction() const { return m_askAction; }
    QAction *conferenceAction() const { return m_conferenceAction; }
    QAction *warmTransferAction() const { return m_warmAction; }
    QAction *coldTransferAction() const { return m_coldAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    QAction *endAction() const { return m_endAction; }
    QAction *kbDraftAction() const { return m_kbDraftAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *leaveAction() const { return m_leaveAction; }
    QAction *openCustomerAction() const { return m_openCustomerAction; }

    QLabel *contextLabel() const { return m_context; }
    QComboBox *skillBox() const { return m_skill; }
    QLineEdit *expertSearchEdit() const { return m_search; }
    QListView *expertView() const { return m_experts; }
    QPlainTextEdit *questionEdit() const { return m_question; }
    QPushButton *askButton() const { return m_askButton; }
    QPushButton *askSkillButton() const { return m_askSkillButton; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *askNextButton() const { return m_askNextButton; }
    ConsultChatView *chatView() const { return m_chat; }
    QLineEdit *messageEdit() const { return m_message; }
    QPushButton *sendButton() const { return m_sendButton; }
    QListView *participantsView() const { return m_participants; }
    TransferDialog *transferDialog() const { return m_transferDialog; }
    QInputDialog *endDialog() const { return m_endDialog; }

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
    ConsultChatView *m_chat = nullptr;
    QLineEdit *m_message = nullptr;
    QPushButton *m_sendButton = nullptr;
    QListView *m_participants = nullptr;
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
