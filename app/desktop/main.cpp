#include "client/Connection.h"
#include "client/OfflineOutbox.h"
#include "core/Version.h"
#include "widgets/DesktopLog.h"
#include "widgets/Localization.h"
#include "widgets/LoginDialog.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QTextStream>

#include <optional>

using namespace spocs;

namespace {
// The password file holds the password on its first line. Its content is never logged.
std::optional<QString> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    QTextStream in(&file);
    return in.readLine();
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Spocs"));
    QApplication::setApplicationName(QStringLiteral("spocs-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("Spocs"));
    QApplication::setApplicationVersion(spocsVersion());
    QApplication::setDesktopFileName(QStringLiteral("spocs-desktop"));
    // The icon is embedded only when the packaging side provides resources/icons/spocs.svg.
    if (const QString icon = QStringLiteral(":/icons/spocs.svg"); QFile::exists(icon))
        QApplication::setWindowIcon(QIcon(icon));

    Localization::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Spocs agent workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QApplication::translate("main", "Coordinator address, e.g. ws://127.0.0.1:7400."),
        QStringLiteral("url"));
    const QCommandLineOption userOption(QStringLiteral("user"), QApplication::translate("main", "User name."),
                                        QStringLiteral("name"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"),
        QApplication::translate("main", "Read the password from the first line of this file and sign in at once."),
        QStringLiteral("path"));
    parser.addOptions({ serverOption, userOption, passwordFileOption });
    parser.process(app);

    Connection connection;
    connection.setOutboxDirectory(OfflineOutbox::defaultDirectory()); // writes survive an outage and a restart
    MainWindow window(&connection);
    window.show();

    const QUrl server = parser.isSet(serverOption) ? QUrl(parser.value(serverOption)) : QUrl();
    const QString user = parser.value(userOption);
    std::optional<QString> password;
    if (parser.isSet(passwordFileOption)) {
        password = readPasswordFile(parser.value(passwordFileOption));
        if (!password)
            qCWarning(lcDesktop) << "cannot read the password file" << parser.value(passwordFileOption);
    }

    if (server.isValid() && !user.isEmpty() && password) {
        window.loginWith(server, user, *password);
    } else {
        window.setQuitOnLoginCancel(true);
        LoginDialog *dialog = window.showLoginDialog();
        if (server.isValid())
            dialog->setServerUrl(server);
        if (!user.isEmpty())
            dialog->setUserName(user);
    }
    password.reset();
    return QApplication::exec();
}
