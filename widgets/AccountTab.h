#pragma once

#include "models/AccountDraft.h"
#include "widgets/ConflictDialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace spocs {

class Connection;
class CustomerLoader;

// Customer page, section 4: the editable details (account.update). Server updates never
// overwrite a field being edited; the field shows that the server value changed instead.
// On version_conflict a dialog shows yours vs theirs and can reapply your changes.
class AccountTab : public QWidget
{
    Q_OBJECT

public:
    AccountTab(Connection *connection, CustomerLoader *loader, QWidget *parent = nullptr);

    AccountDraft *draft() const { return m_draft; }
    QAction *saveAction() const { return m_saveAction; }
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }
    QString statusText() const;

    void save();
    void discard();

Q_SIGNALS:
    void message(const QString &text);

private:
    void onDetailsChanged();
    void onServerValues(const QList<AccountDraft::Field> &fields);
    void updateHints();
    void setEditorValue(AccountDraft::Field field, const QString &value);
    QString editorValue(AccountDraft::Field field) const;
    void showConflict();
    void setStatus(const QString &text, bool error = false);

    QPointer<Connection> m_connection;
    CustomerLoader *m_loader = nullptr;
    AccountDraft *m_draft = nullptr;
    QHash<int, QWidget *> m_editors;
    QHash<int, QLabel *> m_hints;
    QCheckBox *m_vip = nullptr;
    QCheckBox *m_atRisk = nullptr;
    QStringList m_otherFlags; // flags the desktop has no checkbox for; kept as they are
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_discardAction = nullptr;
    QPointer<ConflictDialog> m_conflictDialog;
    bool m_busy = false;
    bool m_awaitingConflictData = false;
    qint64 m_failedVersion = 0; // the version a save was rejected on
    bool m_updating = false;
};

} // namespace spocs
