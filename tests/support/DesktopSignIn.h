#pragma once

#include "ClientHelpers.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "widgets/ContactWorkspace.h"
#include "widgets/LoginDialog.h" // MainWindow.h needs it complete
#include "widgets/MainWindow.h"

#include <QTest>

// For suites that link the widgets: signing in through the real main window.
namespace spocs::test {

// Shows the window, signs `user` in (password "demo") and returns the window's contact
// workspace once offers can reach it (user:<me> followed and answered), or nullptr.
inline ContactWorkspace *signInDesktop(MainWindow &window, Connection &connection, const QUrl &server,
                                       const QString &user, int timeoutMs = 20000)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    window.loginWith(server, user, QStringLiteral("demo"));
    if (!QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, timeoutMs))
        return nullptr;
    ContactWorkspace *workspace = nullptr;
    if (!QTest::qWaitFor([&] { return (workspace = window.findChild<ContactWorkspace *>()) != nullptr; }, timeoutMs))
        return nullptr;
    if (!connection.topics().contains(QStringLiteral("user:%1").arg(connection.user().id)))
        return nullptr;
    // The subscription went out before this request: once it is answered, offers reach us.
    if (!call(connection, QString::fromUtf16(op::SessionMe)).ok)
        return nullptr;
    return workspace;
}

} // namespace spocs::test
