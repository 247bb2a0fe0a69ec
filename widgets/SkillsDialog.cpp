#include "widgets/SkillsDialog.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "widgets/ErrorText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace spocs {

SkillsDialog::SkillsDialog(Connection *connection, qint64 userId, const QString &userName,
                           const QHash<QString, int> &current, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_userId(userId)
    , m_current(current)
{
    setObjectName(QStringLiteral("skillsDialog"));
    setWindowTitle(tr("Edit Skills – %1").arg(userName));

    auto *intro = new QLabel(tr("Skills of %1 (level 1 = basic, 5 = expert). They decide which queues "
                                "%1 is offered contacts from.")
                                 .arg(userName),
                             this);
    intro->setWordWrap(true);
    m_grid = new QGridLayout;
    m_status = new QLabel(tr("Loading the skills…"), this);
    m_status->setObjectName(QStringLiteral("skillsStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save Skills"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SkillsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_grid);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    load();
}

void SkillsDialog::load()
{
    if (!m_connection)
        return;
    m_connection->request(QString::fromUtf16(op::SkillList), {}, this, [this](const Reply &reply) {
        if (!reply.ok) {
            showError(tr("The skills could not be loaded: %1").arg(errorDetailText(reply.error)));
            return;
        }
        int row = 0;
        for (const QJsonValue &v : reply.data.value(QStringLiteral("skills")).toArray()) {
            const QJsonObject skill = v.toObject();
            const QString code = skill.value(QStringLiteral("code")).toString();
            if (code.isEmpty() || m_checks.contains(code))
                continue;
            const QString label = skill.value(QStringLiteral("label")).toString();
            auto *check = new QCheckBox(label.isEmpty() ? code : label, this);
            check->setObjectName(QStringLiteral("skillCheck_%1").arg(code));
            check->setChecked(m_current.contains(code));
            auto *level = new QSpinBox(this);
            level->setObjectName(QStringLiteral("skillLevel_%1").arg(code));
            level->setAccessibleName(tr("Level of %1").arg(check->text()));
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
        m_loaded = true;
        m_status->clear();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!m_order.isEmpty())
            m_checks.value(m_order.first())->setFocus();
        Q_EMIT loaded();
    });
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
    if (!m_connection || !m_loaded || m_busy)
        return;
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->setText(tr("Saving…"));
    const QJsonObject args { { QStringLiteral("user"), m_userId }, { QStringLiteral("skills"), selectedSkills() } };
    m_connection->write(QString::fromUtf16(op::SkillSet), args, this, [this](const Reply &reply) {
        m_busy = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!reply.ok) {
            showError(tr("The skills could not be saved: %1").arg(errorDetailText(reply.error)));
            Q_EMIT failed(reply.error);
            return;
        }
        m_status->clear();
        Q_EMIT saved(reply.data.value(QStringLiteral("skills")).toArray());
        accept();
    });
}

void SkillsDialog::showError(const QString &text)
{
    m_status->setText(text);
}

} // namespace spocs
