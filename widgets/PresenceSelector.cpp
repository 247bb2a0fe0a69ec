#include "widgets/PresenceSelector.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace spocs {

QString elapsedText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

PresenceSelector::PresenceSelector(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("presenceSelector"));
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("presenceButton"));
    m_button->setAccessibleName(tr("My presence"));
    m_button->setToolTip(tr("Your presence: Ctrl+Alt+V available, Ctrl+Alt+B break"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setAutoRaise(true);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("presenceTimeLabel"));
    m_time->setAccessibleName(tr("Time in this state"));

    m_menu = new QMenu(this);
    m_available = new QAction(dotIcon(presenceColor(QStringLiteral("available"))), tr("I'm &Available"), this);
    m_available->setObjectName(QStringLiteral("presenceAvailableAction"));
    m_available->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    m_available->setStatusTip(tr("Receive contacts again (also ends after-contact work)"));
    connect(m_available, &QAction::triggered, this, [this] { setPresence(QStringLiteral("available")); });
    m_breakMenu = new QMenu(tr("&Break"), this);
    m_breakMenu->setObjectName(QStringLiteral("presenceBreakMenu"));
    m_breakMenu->setIcon(dotIcon(presenceColor(QStringLiteral("break"))));
    const QStringList reasons { tr("Lunch"), tr("Coffee"), tr("Meeting"), tr("Training"), tr("Other") };
    for (const QString &reason : reasons) {
        QAction *a = m_breakMenu->addAction(reason);
        connect(a, &QAction::triggered, this, [this, reason] { setPresence(QStringLiteral("break"), reason); });
    }
    m_break = new QAction(tr("Take a &Break…"), this);
    m_break->setObjectName(QStringLiteral("presenceBreakAction"));
    m_break->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    m_break->setStatusTip(tr("Pause contacts, with a reason"));
    connect(m_break, &QAction::triggered, this,
            [this] { m_breakMenu->popup(m_button->mapToGlobal(QPoint(0, -m_breakMenu->sizeHint().height()))); });
    m_menu->addAction(m_available);
    m_menu->addMenu(m_breakMenu);
    m_button->setMenu(m_menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_button);
    layout->addWidget(m_time);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PresenceSelector::updateText);
    m_timer->start();
    updateText();
}

void PresenceSelector::showState(const QString &state, const QString &reason, const QDateTime &since)
{
    const bool changed = state != m_state;
    m_state = state;
    m_reason = reason;
    m_since = since.isValid() ? since : QDateTime::currentDateTimeUtc();
    updateText();
    if (changed)
        Q_EMIT stateChanged(state);
}

void PresenceSelector::updateText()
{
    if (m_state.isEmpty()) {
        m_button->setText(tr("Presence…"));
        m_time->clear();
        return;
    }
    QString text = presenceText(m_state);
    if (m_state == u"break" && !m_reason.isEmpty())
        text = tr("%1 (%2)").arg(text, m_reason);
    m_button->setIcon(dotIcon(presenceColor(m_state)));
    m_button->setText(text);
    m_button->setAccessibleDescription(text);
    const qint64 secs = m_since.isValid() ? m_since.secsTo(QDateTime::currentDateTimeUtc()) : 0;
    m_time->setText(elapsedText(secs));
    m_available->setEnabled(m_state != u"available");
}

void PresenceSelector::setPresence(const QString &state, const QString &reason)
{
    if (!m_connection)
        return;
    QJsonObject args { { QStringLiteral("state"), state } };
    if (!reason.isEmpty())
        args.insert(QStringLiteral("reason"), reason);
    QPointer<PresenceSelector> self(this);
    m_connection->write(QString::fromUtf16(op::PresenceSet), args, this, [self](const Reply &reply) {
        if (!self)
            return;
        if (!reply.ok) {
            Q_EMIT self->notice(errorDetailText(reply.error));
            return;
        }
        self->showState(reply.data.value(QStringLiteral("state")).toString(),
                        reply.data.value(QStringLiteral("reason")).toString(),
                        QDateTime::fromString(reply.data.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs));
    });
}

bool PresenceSelector::handleEvent(const protocol::Event &event)
{
    if (event.kind != QStringView(event::PresenceChanged) || !m_connection)
        return false;
    const qint64 id = event.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger();
    if (id == 0 || id != m_connection->user().id)
        return false;
    showState(event.data.value(QStringLiteral("state")).toString(),
              event.data.value(QStringLiteral("reason")).toString(),
              QDateTime::fromString(event.data.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs));
    return true;
}

void PresenceSelector::reload()
{
    if (!m_connection)
        return;
    QPointer<PresenceSelector> self(this);
    m_connection->request(QString::fromUtf16(op::PresenceList), {}, this, [self](const Reply &reply) {
        if (!self || !reply.ok || !self->m_connection)
            return;
        const qint64 me = self->m_connection->user().id;
        for (const QJsonValue &v : reply.data.value(QStringLiteral("users")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger() != me)
                continue;
            self->showState(o.value(QStringLiteral("state")).toString(), o.value(QStringLiteral("reason")).toString(),
                            QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs));
            return;
        }
    });
}

} // namespace spocs
