#include "widgets/DesktopSettings.h"

#include <QSettings>

namespace spocs {
namespace {
// Keys live here only, so nothing else writes the settings file behind our back.
const QString kServerUrl = QStringLiteral("connection/serverUrl");
const QString kUserName = QStringLiteral("connection/userName");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/mainWindowGeometry");
const QString kSplitter = QStringLiteral("ui/mainSplitter");
} // namespace

QUrl DesktopSettings::defaultServerUrl()
{
    return QUrl(QStringLiteral("ws://127.0.0.1:7400"));
}

QUrl DesktopSettings::serverUrl()
{
    const QUrl url(QSettings().value(kServerUrl).toString());
    return url.isValid() && !url.isEmpty() ? url : defaultServerUrl();
}

void DesktopSettings::setServerUrl(const QUrl &url)
{
    QSettings().setValue(kServerUrl, url.toString());
}

QString DesktopSettings::userName()
{
    return QSettings().value(kUserName).toString();
}

void DesktopSettings::setUserName(const QString &user)
{
    QSettings().setValue(kUserName, user);
}

QString DesktopSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void DesktopSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

QByteArray DesktopSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void DesktopSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray DesktopSettings::splitterState()
{
    return QSettings().value(kSplitter).toByteArray();
}

void DesktopSettings::setSplitterState(const QByteArray &state)
{
    QSettings().setValue(kSplitter, state);
}

} // namespace spocs
