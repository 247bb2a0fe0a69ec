#pragma once

#include <QDialog>
#include <QPointer>

class QAction;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;

namespace spocs {

class AuditSession;
class Connection;

// The admin's audit log viewer (Admin > Audit Log, Ctrl+Alt+U): filter by customer, user and
// time, read who did what, export the rows as CSV. Requests live in AuditSession.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(Connection *connection, QWidget *parent = nullptr);

    AuditSession *session() const { return m_session; }
    void search();
    // Saves the rows shown to path; shows the outcome in the status line.
    bool exportTo(const QString &path);

    // Adds the Admin menu with the viewer to an admin's window (nothing for other roles);
    // returns the menu (owned by the window's menu bar).
    static QAction *addAction(QMenu *adminMenu, QMainWindow *window, Connection *connection);

private:
    void chooseExportFile();
    void setStatus(const QString &text);

    AuditSession *m_session;
    QLineEdit *m_customerEdit;
    QLineEdit *m_userEdit;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QLabel *m_statusLabel;
};

} // namespace spocs
