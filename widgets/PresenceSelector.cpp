#include "widgets/PresenceSelector.h"

#include "client/Connection.h"
#include "models/PresenceDirectory.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/WidgetNames.h"

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
    , m_directory(PresenceDirectory::of(connection))
{
    setObjectName(QStringLiteral("presenceSelector"));
    m_button = new QToolButton(this);
    setNames(m_button, QStringLiteral("presenceButton"), tr("My presence"));
    m_button->setToolTip(tr("Your presence: Ctrl+Alt+V available, Ctrl+Alt+B break"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setAutoRaise(true);
    // Fusion draws the menu arrow in the button's bottom corner, under the text, where it
    // looked like a stray glyph next to the timer; the text ends with one instead.
    m_button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    m_time = new QLabel(this);
    setNames(m_time, QStringLiteral("presenceTimeLabel"), tr("Time in this state"));

    auto *menu = new QMenu(this);
    m_available = new QAction(dotIcon(presenceColor(QStringLiteral("available"))), tr("I'm A&vailable"), this);
    m_available->setObjectName(QStringLiteral("presenceAvailableAction"));
    m_available->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    m_available->setStatusTip(tr("Receive contacts again (also ends after-contact work)"));
    connect(m_available, &QAction::triggered, this, [this] { setPresence(QStringLiteral("available")); });
    auto *breakMenu = new QMenu(tr("&Break"), this);
    breakMenu->setObjectName(QStringLiteral("presenceBreakMenu"));
    breakMenu->setIcon(dotIcon(presenceColor(QStringLiteral("break"))));
    const QStringList reasons { tr("Lunch"), tr("Coffee"), tr("Meeting"), tr("Training"), tr("Other") };
    for (const QString &reason : reasons) {
        QAction *a = breakMenu->addAction(reason);
        connect(a, &QAction::triggered, this, [this, reason] { setPresence(QStringLiteral("break"), reason); });
    }
    m_break = new QAction(tr("Take a &Break…"), this);
    m_break->setObjectName(QStringLiteral("presenceBreakAction"));
    m_break->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    m_break->setStatusTip(tr("Pause contacts, with a reason"));
    connect(m_break, &QAction::triggered, this,
            [this, breakMenu] { breakMenu->popup(m_button->mapToGlobal(QPoint(0, -breakMenu->sizeHint().height()))); });
    menu->addAction(m_available);
    menu->addMenu(breakMenu);
    m_button->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_button);
    layout->addWidget(m_time);

    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, &PresenceSelector::updateText);
    timer->start();
    updateText();
    if (m_directory) {
        const auto showSelf = [this] {
            const PresenceDirectory::Entry me = m_directory->self();
            if (me.userId != 0)
                showState(me.state, me.reason, me.since);
        };
        connect(m_directory, &SharedLookup::changed, this, showSelf);
        connect(m_directory, &PresenceDirectory::presenceChanged, this, [this](const PresenceDirectory::Entry &e) {
            if (e.userId != 0 && m_directory->connection() && e.userId == m_directory->connection()->user().id)
                showState(e.state, e.reason, e.since);
        });
        showSelf();
        m_directory->load();
    }
}

void PresenceSelector::showState(const QString &state, const QString &reason, const QDateTime &since)
{
    const bool changed = state != m_state;
    m_state = state;
    m_reason = reason;
    m_since = since.isValid() ? since : now();
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
    m_button->setText(tr("%1 ▾").arg(text));
    m_button->setAccessibleDescription(text);
    const qint64 secs = m_since.isValid() ? m_since.secsTo(now()) : 0;
    m_time->setText(elapsedText(secs));
    m_available->setEnabled(m_state != u"available");
}

QDateTime PresenceSelector::now() const
{
    return m_directory ? m_directory->now() : QDateTime::currentDateTimeUtc();
}

void PresenceSelector::setPresence(const QString &state, const QString &reason)
{
    if (!m_directory)
        return;
    QPointer<PresenceSelector> self(this);
    m_directory->setOwnState(state, reason, this, [self](const Result<QJsonObject> &result) {
        if (self && !result.ok())
            Q_EMIT self->notice(errorDetailText(result.error()));
        // On success the directory reports the new state (presenceChanged).
    });
}

void PresenceSelector::reload()
{
    if (m_directory)
        m_directory->reload();
}

} // namespace spocs
