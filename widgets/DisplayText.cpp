#include "widgets/DisplayText.h"

#include "models/CommerceData.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace spocs {

QString presenceText(const QString &wireName)
{
    const auto state = presenceFromName(wireName);
    if (!state)
        return wireName.isEmpty() ? QCoreApplication::translate("DisplayText", "Unknown") : wireName;
    switch (*state) {
    case PresenceState::Available:
        return QCoreApplication::translate("DisplayText", "Available");
    case PresenceState::OnContact:
        return QCoreApplication::translate("DisplayText", "On a contact");
    case PresenceState::AfterContactWork:
        return QCoreApplication::translate("DisplayText", "After-contact work");
    case PresenceState::Break:
        return QCoreApplication::translate("DisplayText", "On a break");
    case PresenceState::Offline:
        return QCoreApplication::translate("DisplayText", "Offline");
    }
    return wireName;
}

QColor presenceColor(const QString &wireName)
{
    const auto state = presenceFromName(wireName);
    if (!state)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (*state) {
    case PresenceState::Available:
        return QColor(0x2e, 0x7d, 0x32);
    case PresenceState::OnContact:
        return QColor(0xc6, 0x28, 0x28);
    case PresenceState::AfterContactWork:
        return QColor(0xef, 0x6c, 0x00);
    case PresenceState::Break:
        return QColor(0xf9, 0xa8, 0x25);
    case PresenceState::Offline:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Agent:
        return QCoreApplication::translate("DisplayText", "agent");
    case Role::Expert:
        return QCoreApplication::translate("DisplayText", "expert");
    case Role::Lead:
        return QCoreApplication::translate("DisplayText", "team lead");
    case Role::Admin:
        return QCoreApplication::translate("DisplayText", "administrator");
    case Role::Integration:
        return QCoreApplication::translate("DisplayText", "integration");
    }
    return {};
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

QString agentName(const Person &agent)
{
    return agent.name.isEmpty() ? agent.login : agent.name;
}

QString agentHtml(const Person &agent)
{
    if (isNobody(agent))
        return QStringLiteral("–");
    const QString name = agentName(agent).toHtmlEscaped();
    if (!agent.presence)
        return name;
    const QString presence = presenceName(*agent.presence);
    return QStringLiteral("%1 &nbsp;<span style=\"color:%2\">●</span> %3")
        .arg(name, presenceColor(presence).name(), presenceText(presence).toHtmlEscaped());
}

QString channelText(const QString &wireName)
{
    if (wireName == QLatin1String("phone"))
        return QCoreApplication::translate("DisplayText", "Phone");
    if (wireName == QLatin1String("email"))
        return QCoreApplication::translate("DisplayText", "Email");
    if (wireName == QLatin1String("chat"))
        return QCoreApplication::translate("DisplayText", "Chat");
    return wireName;
}

QString accountStatusText(const QString &wireName)
{
    if (wireName == QLatin1String("prospect"))
        return QCoreApplication::translate("DisplayText", "Prospect");
    if (wireName == QLatin1String("active"))
        return QCoreApplication::translate("DisplayText", "Active");
    if (wireName == QLatin1String("suspended"))
        return QCoreApplication::translate("DisplayText", "Suspended");
    if (wireName == QLatin1String("closed"))
        return QCoreApplication::translate("DisplayText", "Closed");
    return wireName;
}

QString flagText(const QString &wireName)
{
    if (wireName == QLatin1String("vip"))
        return QCoreApplication::translate("DisplayText", "VIP");
    if (wireName == QLatin1String("at_risk"))
        return QCoreApplication::translate("DisplayText", "At risk");
    return wireName;
}

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale::Language lang = QLocale::codeToLanguage(code);
    return lang == QLocale::AnyLanguage ? code : QLocale::languageToString(lang);
}

QString addressText(const Address &a)
{
    QStringList lines;
    if (!a.street.isEmpty())
        lines << a.street;
    const QString cityLine = QStringList { a.postcode, a.city }.join(QLatin1Char(' ')).trimmed();
    if (!cityLine.isEmpty())
        lines << cityLine;
    if (!a.country.isEmpty()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(a.country);
        lines << (territory == QLocale::AnyTerritory ? a.country : QLocale::territoryToString(territory));
    }
    return lines.join(QLatin1Char('\n'));
}

QString cardText(const Card &card)
{
    QString brand = card.brand;
    if (brand == QLatin1String("visa"))
        brand = QStringLiteral("Visa");
    else if (brand == QLatin1String("mastercard"))
        brand = QStringLiteral("Mastercard");
    else if (brand == QLatin1String("amex"))
        brand = QStringLiteral("American Express");
    else if (!brand.isEmpty())
        brand[0] = brand.at(0).toUpper();
    else
        brand = QCoreApplication::translate("DisplayText", "Card");
    const QString last4 = card.last4.right(4);
    return QStringLiteral("%1 •••• %2").arg(brand, last4.isEmpty() ? QStringLiteral("????") : last4);
}

QString orderActionText(domain::OrderAction action)
{
    switch (action) {
    case domain::OrderAction::Placed:
        return QCoreApplication::translate("DisplayText", "Placed");
    case domain::OrderAction::Changed:
        return QCoreApplication::translate("DisplayText", "Changed");
    case domain::OrderAction::Cancelled:
        return QCoreApplication::translate("DisplayText", "Cancelled");
    case domain::OrderAction::Status:
        return QCoreApplication::translate("DisplayText", "Status");
    }
    return {};
}

QIcon dotIcon(const QColor &color, int size)
{
    QIcon icon;
    for (const qreal dpr : { 1.0, 2.0 }) {
        QPixmap pm(QSize(size, size) * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
        p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace spocs
