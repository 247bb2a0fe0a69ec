#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace spocs {

class Connection;
class PresenceDirectory;
class ReassignSession;

// The lead's Team tab: pick a person, see the customers they own or back up and their open
// follow-ups, open a customer with Enter, and move everything with "Reassign…" (Alt+R), e.g. before
// they leave. The requests live in ReassignSession.
class TeamView : public QWidget
{
    Q_OBJECT

public:
    explicit TeamView(Connection *connection, QWidget *parent = nullptr);

    ReassignSession *session() const { return m_session; }
    // Shows this user (by id), as if picked in the list.
    void setPerson(qint64 userId);
    qint64 person() const;
    // Loads the picked person's lists again (the tab was shown, someone moved customers).
    void reload();
    QString statusText() const;

Q_SIGNALS:
    void customerActivated(const QString &customerId);
    // "Reassign…": the lead's dialog, preset to this person.
    void reassignRequested(qint64 userId);

private:
    void fillPeople();
    void updateStatus();

    ReassignSession *m_session;
    PresenceDirectory *m_people;
    QComboBox *m_personBox = nullptr;
    QLabel *m_customersLabel = nullptr;
    QLabel *m_followUpsLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_reassign = nullptr;
    int m_customersShown = -1;
    int m_customersTotal = 0;
    int m_followUpCount = -1;
};

} // namespace spocs
