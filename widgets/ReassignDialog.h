#pragma once

#include "core/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace spocs {

class Connection;
class PresenceDirectory;
class ReassignSession;

// Team → Reassign Customers… (leads, admins): pick a user, see their open follow-ups, and move all
// their customers and open follow-ups to a colleague (and set a backup), e.g. when they leave.
class ReassignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReassignDialog(Connection *connection, QWidget *parent = nullptr);

    ReassignSession *session() const { return m_session; }
    QString statusText() const;
    // Picks the user whose customers move (by user id), as if chosen in the list.
    void setFrom(qint64 userId);

private:
    void fillUsers();
    void fromChanged();
    void reassign();
    void updateButtons();
    void showStatus(const QString &text);

    ReassignSession *m_session;
    PresenceDirectory *m_people;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QComboBox *m_backup = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_reassign = nullptr;
};

} // namespace spocs
