#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace spocs {

class Connection;
class PresenceDirectory;

// "12:34" or "1:02:03": time in a state or on a contact.
QString elapsedText(qint64 seconds);

// The user's own presence in the status bar: a coloured dot, the state (with a break's
// reason) and the time in it, and a menu to become available or take a break with a
// reason. System states (on a contact, after-contact work) show here too; the user ends
// after-contact work by choosing Available. Reads and sets the state through the shared
// PresenceDirectory.
class PresenceSelector : public QWidget
{
    Q_OBJECT

public:
    PresenceSelector(Connection *connection, QWidget *parent = nullptr);

    QString state() const { return m_state; }
    QString reason() const { return m_reason; }
    QAction *availableAction() const { return m_available; }
    QAction *breakAction() const { return m_break; }

    // presence.set; the display follows the answer and presence.changed.
    void setPresence(const QString &state, const QString &reason = QString());
    // Shown state, from an answer or event (or tests).
    void showState(const QString &state, const QString &reason, const QDateTime &since);
    // The user's own state from the server anew.
    void reload();

Q_SIGNALS:
    void stateChanged(const QString &state);
    void notice(const QString &text);

private:
    void updateText();
    // The coordinator's time, which `since` is on.
    QDateTime now() const;

    QPointer<PresenceDirectory> m_directory;
    QToolButton *m_button = nullptr;
    QLabel *m_time = nullptr;
    QAction *m_available = nullptr;
    QAction *m_break = nullptr;
    QString m_state;
    QString m_reason;
    QDateTime m_since;
};

} // namespace spocs
