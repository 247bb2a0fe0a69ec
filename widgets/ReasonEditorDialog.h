#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace spocs {

class Connection;
class ReasonCatalogue;
class SkillDirectory;

// "Edit Contact Reasons…" (admins): the whole reason tree, archived reasons included, and a form for
// the selected one: code, label, demand class (a: avoidable, b: needs an immediate, complete answer,
// c: can wait), forward-only, skill, archived. "New" starts a top-level reason, "New Child" one below
// the selected reason; "Save" sends reason.save. The tree follows the shared ReasonCatalogue.
class ReasonEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReasonEditorDialog(Connection *connection, QWidget *parent = nullptr);

    int reasonCount() const { return int(m_reasons.size()); }
    // Selects the reason in the tree and shows it in the form.
    bool selectReason(const QString &code);

    void startNew();
    void startNewChild();
    void save();
    void reload();

Q_SIGNALS:
    void reasonsLoaded();
    void saved(const QJsonObject &reason);
    void saveFailed(const spocs::Error &error);

private:
    void loadSkills();
    void showReasons();
    void showReason(const QJsonObject &reason);
    void onSelection();
    void updateButtons();

    QPointer<ReasonCatalogue> m_catalogue;
    QPointer<SkillDirectory> m_skills;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_editing = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_demandClass = nullptr;
    QCheckBox *m_forwardOnly = nullptr;
    QComboBox *m_skill = nullptr;
    QCheckBox *m_archived = nullptr;
    QPushButton *m_newChildButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_status = nullptr;
    QHash<qint64, QJsonObject> m_reasons;
    qint64 m_editingId = 0; // 0: a new reason
    qint64 m_parentId = 0; // 0: top level
    qint64 m_forwardTo = 0; // kept as loaded
    qint64 m_selectAfterLoad = 0;
    bool m_saving = false;
};

} // namespace spocs
