#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace spocs {

class Connection;
class SkillDirectory;

// "Edit Skills…" for one agent (leads and admins): every skill of skill.list with a checkbox and a
// level 1–5, prefilled with what the agent has; OK sends skill.set (which replaces the agent's skills)
// and closes only when the coordinator accepted it. Errors stay in the dialog.
class SkillsDialog : public QDialog
{
    Q_OBJECT

public:
    SkillsDialog(Connection *connection, qint64 userId, const QString &userName, const QHash<QString, int> &current,
                 QWidget *parent = nullptr);

    qint64 userId() const { return m_userId; }
    bool isLoaded() const { return m_loaded; }
    QCheckBox *skillCheck(const QString &skill) const { return m_checks.value(skill); }
    QSpinBox *levelSpin(const QString &skill) const { return m_levels.value(skill); }
    // The skills as skill.set wants them: the checked ones with their levels.
    QJsonArray selectedSkills() const;

Q_SIGNALS:
    void loaded();
    // skill.set answered ok: the user's skills as the coordinator stored them.
    void saved(const QJsonArray &skills);
    void failed(const spocs::Error &error);

private:
    void load();
    void showSkills();
    void save();
    void showError(const QString &text);

    QPointer<SkillDirectory> m_skills;
    qint64 m_userId = 0;
    QHash<QString, int> m_current;
    QGridLayout *m_grid = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QCheckBox *> m_checks;
    QHash<QString, QSpinBox *> m_levels;
    QStringList m_order;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace spocs
