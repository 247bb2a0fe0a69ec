#pragma once

#include "core/Result.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QTableView;

namespace spocs {

class Connection;
class LeadSnapshotLoader;

// The team lead's live floor: queues (waiting, longest wait, service level, ASA, abandonment today),
// the agents grid (state, time in state, contact and reason), waiting contacts and alerts. Updated
// from "queue"/"presence" events through a debounced lead.snapshot, with a 1 s tick for times.
// A lead can move a waiting contact to an agent and set an agent's state (both audited).
class FloorView : public QWidget
{
    Q_OBJECT

public:
    explicit FloorView(Connection *connection, QWidget *parent = nullptr);
    ~FloorView() override;

    LeadSnapshotLoader *loader() const { return m_loader; }
    QTableView *agentsView() const { return m_agents; }
    QAction *moveAction() const { return m_moveAction; }
    QAction *setStateAction() const { return m_setStateAction; }
    QAction *editSkillsAction() const { return m_skillsAction; }

    // The selected waiting contact / agent (0 when none).
    qint64 selectedContactId() const;
    qint64 selectedUserId() const;

    // Ctrl+Alt+M / Ctrl+Alt+S: window-modal dialogs prefilled with the selection.
    void showMoveDialog();
    void showSetStateDialog();
    // Ctrl+Alt+J: the SkillsDialog for the selected agent (skill.set).
    void showSkillsDialog();
    // The ops behind the dialogs (contact.assign, presence.setFor); the outcome comes as statusMessage.
    void moveContact(qint64 contactId, qint64 userId);
    void setAgentState(qint64 userId, const QString &state, const QString &reason = QString());

Q_SIGNALS:
    void statusMessage(const QString &text);
    // contact.assign / presence.setFor answered (ok or not).
    void moveFinished(bool ok, const spocs::Error &error);
    void setStateFinished(bool ok, const spocs::Error &error);

private:
    void updateHeader();
    void updateActions();
    void fitColumns();
    QString agentText(qint64 userId) const;

    QPointer<Connection> m_connection;
    LeadSnapshotLoader *m_loader = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_queuesTitle = nullptr;
    QTableView *m_queues = nullptr;
    QTableView *m_agents = nullptr;
    QTableView *m_waiting = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_setStateAction = nullptr;
    QAction *m_skillsAction = nullptr;
    QString m_error;
};

} // namespace spocs
