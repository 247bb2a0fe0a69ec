#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace spocs {

// Loads the desktop's translations (embedded by qt_add_translations under ":/i18n")
// for the language chosen in the settings, or for the system locale.
class Localization
{
public:
    // Language codes the desktop ships ("en", "de").
    static QStringList availableLanguages();
    // The locale to use for a setting value ("" = system default).
    static QLocale localeFor(const QString &languageSetting);
    // Installs translators on the application for the stored language setting.
    // Returns the language actually loaded ("en" when no translation matched).
    static QString install(QCoreApplication *app);
};

} // namespace spocs
