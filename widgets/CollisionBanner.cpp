#include "widgets/CollisionBanner.h"

#include "widgets/DisplayText.h"
#include "widgets/WidgetNames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace spocs {
namespace {
QFrame *makeFrame(QWidget *parent, const QString &objectName, const QString &style, QLabel **label)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(style);
    *label = new QLabel(frame);
    (*label)->setWordWrap(true);
    (*label)->setTextFormat(Qt::PlainText);
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(*label, 1);
    return frame;
}
} // namespace

CollisionBanner::CollisionBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("collisionBanner"));
    m_viewersFrame = makeFrame(this, QStringLiteral("viewersBanner"),
                               QStringLiteral("QFrame#viewersBanner { background: #e3f2fd; border: 1px solid #90caf9; "
                                              "border-radius: 4px; } QLabel { color: #0d47a1; }"),
                               &m_viewers);
    setNames(m_viewers, QStringLiteral("viewersLabel"), tr("Other agents with this customer open"));
    m_escalationFrame
        = makeFrame(this, QStringLiteral("escalationBanner"),
                    QStringLiteral("QFrame#escalationBanner { background: #fff3e0; border: 1px solid #ffb74d; "
                                   "border-radius: 4px; } QLabel { color: #bf360c; font-weight: bold; }"),
                    &m_escalation);
    setNames(m_escalation, QStringLiteral("escalationLabel"), tr("Open contact owned by someone else"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_escalationFrame);
    layout->addWidget(m_viewersFrame);
    updateVisibility();
}

void CollisionBanner::setViewers(const QList<Viewer> &others)
{
    QStringList parts;
    for (const Viewer &v : others) {
        const QString name = agentName(v.user);
        parts << (v.onContact ? tr("%1 (on a contact)").arg(name) : name);
    }
    m_viewers->setText(parts.isEmpty() ? QString() : tr("Also open by %1").arg(parts.join(QStringLiteral(", "))));
    m_viewers->setAccessibleDescription(m_viewers->text());
    updateVisibility();
}

void CollisionBanner::setOpenContacts(const QList<OpenContact> &foreign)
{
    QStringList lines;
    for (const OpenContact &c : foreign) {
        const QString owner = agentName(c.owner.value_or(Person {}));
        const QDateTime since = wireTime(c.since);
        const QString what = c.kind == QLatin1String("followup") || c.kind == QLatin1String("follow_up")
            ? tr("follow-up")
            : tr("contact");
        QString line = since.isValid()
            ? tr("This customer already has an open %1 owned by %2 (since %3).")
                  .arg(what, owner, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat))
            : tr("This customer already has an open %1 owned by %2.").arg(what, owner);
        if (!c.reason.isEmpty())
            line += QLatin1Char(' ') + tr("Reason: %1.").arg(c.reason);
        lines << line;
    }
    if (!lines.isEmpty())
        lines << tr("Talk to them before you start another escalation.");
    m_escalation->setText(lines.join(QLatin1Char('\n')));
    m_escalation->setAccessibleDescription(m_escalation->text());
    updateVisibility();
}

QString CollisionBanner::viewersText() const
{
    return m_viewers->text();
}

QString CollisionBanner::escalationText() const
{
    return m_escalation->text();
}

void CollisionBanner::updateVisibility()
{
    m_viewersFrame->setVisible(!m_viewers->text().isEmpty());
    m_escalationFrame->setVisible(!m_escalation->text().isEmpty());
    setVisible(m_viewersFrame->isVisibleTo(this) || m_escalationFrame->isVisibleTo(this));
}

} // namespace spocs
