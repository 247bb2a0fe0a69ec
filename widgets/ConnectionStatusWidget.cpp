#include "widgets/ConnectionStatusWidget.h"

#include "client/Connection.h"
#include "widgets/DisplayText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

#include <cmath>

namespace spocs {

ConnectionStatusWidget::ConnectionStatusWidget(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionStatus"));
    m_label->setObjectName(QStringLiteral("connectionStateLabel"));
    m_icon->setObjectName(QStringLiteral("connectionStateIcon"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConnectionStatusWidget::updateStatus);
    if (connection) {
        connect(connection, &Connection::stateChanged, this, &ConnectionStatusWidget::updateStatus);
        // A new back-off starts a new countdown; show it now rather than at the next tick.
        connect(connection, &Connection::reconnectScheduled, this, &ConnectionStatusWidget::updateStatus);
    }
    updateStatus();
}

QString ConnectionStatusWidget::text() const
{
    return m_label->text();
}

void ConnectionStatusWidget::updateStatus()
{
    const auto state = m_connection ? m_connection->state() : Connection::State::Offline;
    QString text;
    QColor color;
    switch (state) {
    case Connection::State::Connected:
        text = tr("Connected");
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case Connection::State::Connecting:
        text = tr("Connecting…");
        color = QColor(0xf9, 0xa8, 0x25);
        break;
    case Connection::State::Reconnecting: {
        const QDateTime next = m_connection->nextAttemptAt();
        const qint64 ms = next.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(next) : 0;
        const int seconds = int(std::ceil(double(ms) / 1000.0));
        text = seconds > 0 ? tr("Reconnecting in %1 s").arg(seconds) : tr("Reconnecting…");
        color = QColor(0xef, 0x6c, 0x00);
        break;
    }
    case Connection::State::Offline:
        text = tr("Offline");
        color = QColor(0x9e, 0x9e, 0x9e);
        break;
    }
    // Tick only while there is a countdown to show.
    if (state == Connection::State::Reconnecting) {
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_tick->stop();
    }
    if (m_label->text() != text) {
        m_label->setText(text);
        m_icon->setPixmap(dotIcon(color).pixmap(12, 12));
        setAccessibleName(tr("Connection state"));
        setAccessibleDescription(text);
        if (m_connection && state == Connection::State::Connected)
            setToolTip(tr("Connected to %1").arg(m_connection->url().toString(QUrl::RemoveUserInfo)));
        else
            setToolTip(text);
    }
}

} // namespace spocs
