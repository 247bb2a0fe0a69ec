#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace spocs {

class Connection;

// Asks for server URL, user name and password and signs in through the Connection
// without blocking. Server URL and user name are remembered; the password never is.
// Accepted once the session is open.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Connection *connection, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const;
    void setUserName(const QString &user);
    QString userName() const;
    // Shows a message above the fields (e.g. why the dialog appears again).
    void setMessage(const QString &text);
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void loginSucceeded();

private:
    void setBusy(bool busy);
    void showError(const QString &text);
    void updateOkButton();
    void onLoginDone(quint64 attempt, bool ok, const Error &error);

    QPointer<Connection> m_connection;
    QLabel *m_messageLabel = nullptr;
    QLineEdit *m_serverEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_okButton = nullptr;
    quint64 m_attempt = 0;
    bool m_busy = false;
};

} // namespace spocs
