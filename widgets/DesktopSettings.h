#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace spocs {

// What the desktop remembers between runs (QSettings, organisation "Spocs",
// application "spocs-desktop"). The password is never stored.
class DesktopSettings
{
public:
    static QUrl defaultServerUrl();

    static QUrl serverUrl();
    static void setServerUrl(const QUrl &url);
    static QString userName();
    static void setUserName(const QString &user);
    // "" follows the system locale; otherwise a language code ("en", "de").
    static QString language();
    static void setLanguage(const QString &code);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray splitterState();
    static void setSplitterState(const QByteArray &state);
};

} // namespace spocs
