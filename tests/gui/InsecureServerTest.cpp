#include "client/Connection.h"
#include "widgets/LoginDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

using namespace spocs;

// The desktop never sends a password in clear text over a network: ws:// only to this
// computer, wss:// anywhere else.

TEST(InsecureServer, LoginDialogRefusesPlainWebSocketsToAnotherComputerWithAClearMessage)
{
    QSettings().clear();
    Connection connection;
    LoginDialog dialog(&connection);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *serverEdit = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    auto *userEdit = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *loginButton = dialog.findChild<QPushButton *>(QStringLiteral("loginButton"));
    auto *errorLabel = dialog.findChild<QLabel *>(QStringLiteral("loginErrorLabel"));
    ASSERT_TRUE(serverEdit && userEdit && passwordEdit && loginButton && errorLabel);

    serverEdit->clear();
    QTest::keyClicks(serverEdit, QStringLiteral("ws://192.0.2.10:7400"));
    userEdit->clear();
    QTest::keyClicks(userEdit, QStringLiteral("agent1"));
    QTest::keyClicks(passwordEdit, QStringLiteral("secret-password"));
    QTest::mouseClick(loginButton, Qt::LeftButton);

    EXPECT_TRUE(errorLabel->isVisible());
    EXPECT_TRUE(errorLabel->text().contains(QStringLiteral("wss://192.0.2.10:7400"))) << qPrintable(errorLabel->text());
    EXPECT_EQ(connection.state(), Connection::State::Offline) << "the dialog tried to connect anyway";
    EXPECT_TRUE(dialog.isVisible());
}

TEST(InsecureServer, ConnectionRefusesPlainWebSocketsExceptToLoopback)
{
    Connection connection;
    std::optional<Reply> reply;
    connection.login(QUrl(QStringLiteral("ws://192.0.2.10:7400")), QStringLiteral("agent1"),
                     QStringLiteral("secret-password"), [&](const Reply &r) { reply = r; });
    EXPECT_EQ(connection.state(), Connection::State::Offline);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply.has_value(); }, 5000));
    EXPECT_FALSE(reply->ok);
    EXPECT_EQ(reply->error.code, ErrorCode::BadRequest);
    EXPECT_TRUE(reply->error.details.value(QStringLiteral("insecure")).toBool());

    // Loopback is allowed: the login goes ahead (and fails only because nobody listens).
    std::optional<Reply> local;
    connection.login(QUrl(QStringLiteral("ws://127.0.0.1:1")), QStringLiteral("agent1"),
                     QStringLiteral("secret-password"), [&](const Reply &r) { local = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return local.has_value(); }, 15000));
    EXPECT_NE(local->error.code, ErrorCode::BadRequest);
}
