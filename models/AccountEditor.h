#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>

namespace spocs {

class AccountDraft;
class Connection;
class CustomerLoader;

// Saves the Account tab's edits (account.update with the version they are based on). Keeps
// the draft following the loaded customer; on version_conflict loads what the other agent
// saved and either saves again at once (nothing of yours clashes) or reports the conflict
// so the tab can offer to reapply yours or keep theirs.
class AccountEditor : public QObject
{
    Q_OBJECT

public:
    AccountEditor(Connection *connection, CustomerLoader *loader, QObject *parent = nullptr);

    AccountDraft *draft() const { return m_draft; }
    bool isBusy() const { return m_busy; }
    // A customer is loaded, something is edited and no save is running.
    bool canSave() const;

    void save();
    void discard();
    // After a conflict: save your values on top of theirs.
    void reapply();
    // After a conflict: drop your values where they clash with theirs.
    void keepTheirs();

Q_SIGNALS:
    void busyChanged(bool busy);
    // The loader shows another customer (or none): whatever the tab said is stale.
    void customerSwitched();
    void saved();
    // Someone else saved first; their values are being loaded.
    void conflictDetected();
    // Their values clash with fields you edited: the user chooses (reapply or keepTheirs).
    void conflictNeedsChoice();
    void saveFailed(const spocs::Error &error);

private:
    void onDetailsChanged();
    void setBusy(bool busy);

    QPointer<Connection> m_connection;
    CustomerLoader *m_loader = nullptr;
    AccountDraft *m_draft = nullptr;
    qint64 m_failedVersion = 0; // the version a save was rejected on
    bool m_awaitingConflictData = false;
    bool m_busy = false;
};

} // namespace spocs
