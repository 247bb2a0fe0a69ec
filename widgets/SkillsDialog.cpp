#include "widgets/SkillsDialog.h"

#include "models/SkillDirectory.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace spocs {

SkillsDialog::SkillsDialog(Connection *connection, qint64 userId, const QString &userName,
                           const QHash<QString, int> &current, QWidget *parent)
    : QDialog(parent)
    , m_skills(SkillDirectory::of(connection))
    , m_userId(userId)
    , m_current(current)
{
    setObjectName(QStringLiteral("skillsDialog"));
    setWindowTitle(tr("Edit Skills – %1").arg(userName));

    auto *intro = makeIntroLabel(tr("Skills of %1 (level 1 = basic, 5 = expert). They decide which queues "
                                    "%1 is offered contacts from.")
                                     .arg(userName),
                                 this);
    m_grid = new QGridLayout;
    m_status = new QLabel(tr("Loading the skills…"), this);
    m_status->setObjectName(QStringLiteral("skillsStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save Skills"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SkillsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    stackWithMargins(this, { intro, m_grid, m_status, StackItem::spacer(1), m_buttons });
    load();
}

void SkillsDialog::load()
{
    if (!m_skills)
        return;
    connect(m_skills, &SharedLookup::loadFailed, this, [this](const Error &error) {
        if (!m_loaded)
            showError(tr("The skills could not be loaded: %1").arg(errorDetailText(error)));
    });
    connect(m_skills, &SharedLookup::changed, this, &SkillsDialog::showSkills);
    if (m_skills->isLoaded())
        showSkills();
    m_skills->load();
}

void SkillsDialog::showSkills()
{
    int row = int(m_order.size());
    for (const SkillDirectory::Skill &skill : m_skills->skills()) {
        const QString code = skill.code;
        if (m_checks.contains(code))
            continue;
        auto *check = new QCheckBox(skill.label, this);
        check->setObjectName(QStringLiteral("skillCheck_%1").arg(code));
        check->setChecked(m_current.contains(code));
        auto *level = new QSpinBox(this);
        setNames(level, QStringLiteral("skillLevel_%1").arg(code), tr("Level of %1").arg(check->text()));
        level->setRange(1, 5);
        level->setValue(qBound(1, m_current.value(code, 3), 5));
        level->setEnabled(check->isChecked());
        connect(check, &QCheckBox::toggled, level, &QSpinBox::setEnabled);
        m_grid->addWidget(check, row, 0);
        m_grid->addWidget(level, row, 1);
        ++row;
        m_checks.insert(code, check);
        m_levels.insert(code, level);
        m_order.append(code);
    }
    if (m_loaded)
        return;
    m_loaded = true;
    m_status->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!m_order.isEmpty())
        m_checks.value(m_order.first())->setFocus();
    Q_EMIT loaded();
}

QJsonArray SkillsDialog::selectedSkills() const
{
    QJsonArray skills;
    for (const QString &code : m_order) {
        if (m_checks.value(code)->isChecked())
            skills.append(QJsonObject { { QStringLiteral("skill"), code },
                                        { QStringLiteral("level"), m_levels.value(code)->value() } });
    }
    return skills;
}

void SkillsDialog::save()
{
    if (!m_skills || !m_loaded || m_busy)
        return;
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_skills->saveFor(m_userId, selectedSkills(), this, [this](const Result<QJsonObject> &result) {
        m_busy = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!result.ok()) {
            showError(tr("The skills could not be saved: %1").arg(errorDetailText(result.error())));
            Q_EMIT failed(result.error());
            return;
        }
        m_status->clear();
        Q_EMIT saved(result->value(QStringLiteral("skills")).toArray());
        accept();
    });
}

void SkillsDialog::showError(const QString &text)
{
    m_status->setText(text);
}

} // namespace spocs
