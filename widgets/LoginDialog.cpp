#include "widgets/LoginDialog.h"

#include "client/Connection.h"
#include "client/ServerAddress.h"
#include "widgets/DesktopLog.h"
#include "widgets/DesktopSettings.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace spocs {

LoginDialog::LoginDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setNames(this, QStringLiteral("loginDialog"), tr("Sign in"));
    setWindowTitle(tr("Sign in to Spocs"));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("loginMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);

    m_serverEdit = new QLineEdit(this);
    setNames(m_serverEdit, QStringLiteral("serverUrlEdit"), tr("Server address"));
    m_serverEdit->setPlaceholderText(DesktopSettings::defaultServerUrl().toString());
    m_serverEdit->setText(DesktopSettings::serverUrl().toString());
    m_serverEdit->setToolTip(tr("Address of the Spocs coordinator, for example ws://127.0.0.1:7400"));

    m_userEdit = new QLineEdit(this);
    setNames(m_userEdit, QStringLiteral("userNameEdit"), tr("User name"));
    m_userEdit->setText(DesktopSettings::userName());

    m_passwordEdit = new QLineEdit(this);
    setNames(m_passwordEdit, QStringLiteral("passwordEdit"), tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("loginErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setVisible(false);
    QPalette pal = m_errorLabel->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_errorLabel->setPalette(pal);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_serverEdit);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("loginButtonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    setNames(m_okButton, QStringLiteral("loginButton"), tr("Sign in"));
    m_okButton->setText(tr("Sign &in"));
    // Set our own texts: Qt's translations of standard buttons may not be installed.
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    stackWithMargins(this, { m_messageLabel, form, m_errorLabel, StackItem::spacer(1), buttons });

    connect(m_serverEdit, &QLineEdit::textChanged, this, &LoginDialog::updateOkButton);
    connect(m_userEdit, &QLineEdit::textChanged, this, &LoginDialog::updateOkButton);
    updateOkButton();

    setMinimumWidth(420);
    // Start where the user has to type: the password when the rest is remembered.
    if (m_userEdit->text().isEmpty())
        m_userEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

LoginDialog::~LoginDialog()
{
    m_passwordEdit->clear();
}

void LoginDialog::setServerUrl(const QUrl &url)
{
    m_serverEdit->setText(url.toString());
}

QUrl LoginDialog::serverUrl() const
{
    return QUrl::fromUserInput(m_serverEdit->text().trimmed());
}

void LoginDialog::setUserName(const QString &user)
{
    m_userEdit->setText(user);
    if (!user.isEmpty())
        m_passwordEdit->setFocus();
}

QString LoginDialog::userName() const
{
    return m_userEdit->text().trimmed();
}

void LoginDialog::setMessage(const QString &text)
{
    showTextOrHide(m_messageLabel, text);
}

void LoginDialog::updateOkButton()
{
    m_okButton->setEnabled(!m_busy && !m_serverEdit->text().trimmed().isEmpty()
                           && !m_userEdit->text().trimmed().isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_serverEdit->setEnabled(!busy);
    m_userEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    if (busy) {
        m_errorLabel->setText(tr("Signing in…"));
        m_errorLabel->setVisible(true);
    }
    updateOkButton();
}

void LoginDialog::showError(const QString &text)
{
    showTextOrHide(m_errorLabel, text);
}

void LoginDialog::accept()
{
    if (m_busy || !m_connection)
        return;
    const QUrl url(m_serverEdit->text().trimmed());
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))) {
        showError(tr("Enter a server address that starts with ws:// or wss://."));
        m_serverEdit->setFocus();
        return;
    }
    if (!ServerAddress::isSafe(url)) {
        showError(tr("ws:// would send your password unencrypted. Use wss://%1 for another computer; ws:// works "
                     "only for this computer (localhost).")
                      .arg(url.authority()));
        m_serverEdit->setFocus();
        return;
    }
    if (userName().isEmpty()) {
        showError(tr("Enter your user name."));
        m_userEdit->setFocus();
        return;
    }
    setBusy(true);
    const quint64 attempt = ++m_attempt;
    const QString password = m_passwordEdit->text();
    QPointer<LoginDialog> self(this);
    qCInfo(lcDesktop) << "signing in to" << url.toString(QUrl::RemoveUserInfo);
    m_connection->login(url, userName(), password, [self, attempt](const Reply &reply) {
        if (self)
            self->onLoginDone(attempt, reply.ok, reply.error);
    });
}

void LoginDialog::onLoginDone(quint64 attempt, bool ok, const Error &error)
{
    if (attempt != m_attempt || !m_busy)
        return; // cancelled, or an older attempt
    setBusy(false);
    if (!ok) {
        qCInfo(lcDesktop) << "sign-in failed:" << errorCodeName(error.code);
        showError(errorText(error));
        m_passwordEdit->selectAll();
        m_passwordEdit->setFocus();
        return;
    }
    DesktopSettings::setServerUrl(QUrl(m_serverEdit->text().trimmed()));
    DesktopSettings::setUserName(userName());
    m_passwordEdit->clear();
    showError(QString());
    Q_EMIT loginSucceeded();
    QDialog::accept();
}

void LoginDialog::reject()
{
    if (m_busy) {
        // Abandon the attempt in progress; its answer will be ignored.
        ++m_attempt;
        setBusy(false);
        showError(QString());
        if (m_connection)
            m_connection->disconnectFromServer();
    }
    m_passwordEdit->clear();
    QDialog::reject();
}

} // namespace spocs
