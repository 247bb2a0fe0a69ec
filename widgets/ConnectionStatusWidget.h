#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace spocs {

class Connection;

// Status-bar piece: a coloured dot and "Connected", "Reconnecting in N s" (counting
// down every second from Connection::nextAttemptAt()), "Connecting…" or "Offline".
class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatusWidget(Connection *connection, QWidget *parent = nullptr);

    QString text() const;

private:
    void updateStatus();

    QPointer<Connection> m_connection;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace spocs
