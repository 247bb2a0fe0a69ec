#include "widgets/Localization.h"

#include "widgets/DesktopLog.h"
#include "widgets/DesktopSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace spocs {

QStringList Localization::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QLocale Localization::localeFor(const QString &languageSetting)
{
    if (languageSetting.isEmpty() || !availableLanguages().contains(languageSetting))
        return QLocale::system();
    return QLocale(languageSetting);
}

QString Localization::install(QCoreApplication *app)
{
    const QString setting = DesktopSettings::language();
    QLocale locale = localeFor(setting);
    if (!setting.isEmpty()) {
        // An explicit choice also sets number and date formats to match the language.
        QLocale::setDefault(locale);
    }

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("spocs"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        // English still needs its .qm for plural forms ("1 customer" / "2 customers").
        qCInfo(lcDesktop) << "no translation for" << locale.name() << "- using English";
        if (own->load(QStringLiteral(":/i18n/spocs_en.qm")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return QStringLiteral("en");
    }
    // Qt's own strings (standard buttons, context menus) when the distribution ships them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace spocs
