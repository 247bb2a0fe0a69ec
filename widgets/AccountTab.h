#pragma once

#include "models/AccountDraft.h"
#include "widgets/ConflictDialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;

namespace spocs {

class AccountEditor;
class Connection;
class CustomerLoader;

// Customer page, section 4: the editable details, bound to an AccountEditor (which saves
// them). Server updates never overwrite a field being edited; the field shows that the
// server value changed instead. On a conflict a dialog shows yours vs theirs and can
// reapply your changes.
class AccountTab : public QWidget
{
    Q_OBJECT

public:
    AccountTab(Connection *connection, CustomerLoader *loader, QWidget *parent = nullptr);

    AccountDraft *draft() const;
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

    CustomerLoader *m_loader = nullptr;
    AccountEditor *m_editor = nullptr;
    AccountDraft *m_draft = nullptr; // the editor's
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
    bool m_updating = false;
};

} // namespace spocs
