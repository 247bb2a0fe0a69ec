#include "widgets/DisplayText.h"

#include "models/CommerceData.h"
#include "models/PersonName.h"
#include "models/WireText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <span>

namespace spocs {

namespace {

// The translated text of a wire name from a table; an unknown name as it came.
QString textOf(const QString &wireName, std::span<const WireText> table)
{
    return wireText("DisplayText", table, wireName);
}

// How each presence state looks: its text and its dot's colour.
struct PresenceLook
{
    PresenceState state;
    const char *text;
    QRgb color;
};
constexpr PresenceLook kPresenceLooks[] = {
    { PresenceState::Available, QT_TRANSLATE_NOOP("DisplayText", "Available"), 0x2e7d32 },
    { PresenceState::OnContact, QT_TRANSLATE_NOOP("DisplayText", "On a contact"), 0xc62828 },
    { PresenceState::AfterContactWork, QT_TRANSLATE_NOOP("DisplayText", "After-contact work"), 0xef6c00 },
    { PresenceState::Break, QT_TRANSLATE_NOOP("DisplayText", "On a break"), 0xf9a825 },
    { PresenceState::Offline, QT_TRANSLATE_NOOP("DisplayText", "Offline"), 0x9e9e9e },
};

const PresenceLook *presenceLook(const QString &wireName)
{
    const auto state = presenceFromName(wireName);
    for (const PresenceLook &look : kPresenceLooks) {
        if (state == look.state)
            return &look;
    }
    return nullptr;
}

} // namespace

QString presenceText(const QString &wireName)
{
    if (const PresenceLook *look = presenceLook(wireName))
        return QCoreApplication::translate("DisplayText", look->text);
    return wireName.isEmpty() ? QCoreApplication::translate("DisplayText", "Unknown") : wireName;
}

QColor presenceColor(const QString &wireName)
{
    const PresenceLook *look = presenceLook(wireName);
    return QColor(look ? look->color : 0x9e9e9e); // unknown: grey like offline
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
    return personName(agent);
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

QString accountStatusText(const QString &wireName)
{
    static constexpr WireText texts[] = { { "prospect", QT_TRANSLATE_NOOP("DisplayText", "Prospect") },
                                          { "active", QT_TRANSLATE_NOOP("DisplayText", "Active") },
                                          { "suspended", QT_TRANSLATE_NOOP("DisplayText", "Suspended") },
                                          { "closed", QT_TRANSLATE_NOOP("DisplayText", "Closed") } };
    return textOf(wireName, texts);
}

QString flagText(const QString &wireName)
{
    static constexpr WireText texts[] = { { "vip", QT_TRANSLATE_NOOP("DisplayText", "VIP") },
                                          { "at_risk", QT_TRANSLATE_NOOP("DisplayText", "At risk") },
                                          { "dunning", QT_TRANSLATE_NOOP("DisplayText", "In dunning") },
                                          { "key_account", QT_TRANSLATE_NOOP("DisplayText", "Key account") },
                                          { "gdpr_restricted", QT_TRANSLATE_NOOP("DisplayText", "GDPR restricted") } };
    return textOf(wireName, texts);
}

QString planText(const QString &wireName)
{
    static constexpr WireText texts[] = { { "basic", QT_TRANSLATE_NOOP("DisplayText", "Basic") },
                                          { "standard", QT_TRANSLATE_NOOP("DisplayText", "Standard") },
                                          { "premium", QT_TRANSLATE_NOOP("DisplayText", "Premium") },
                                          { "business", QT_TRANSLATE_NOOP("DisplayText", "Business") } };
    return textOf(wireName, texts);
}

namespace {

// QLocale names a language or country only in English or in its own language; these, the ones the demo data and
// the importer's examples use, read in the user's language. Others fall back to QLocale's native name.
constexpr WireText kLanguages[] = {
    { "da", QT_TRANSLATE_NOOP("DisplayText", "Danish") },     { "de", QT_TRANSLATE_NOOP("DisplayText", "German") },
    { "en", QT_TRANSLATE_NOOP("DisplayText", "English") },    { "es", QT_TRANSLATE_NOOP("DisplayText", "Spanish") },
    { "fr", QT_TRANSLATE_NOOP("DisplayText", "French") },     { "it", QT_TRANSLATE_NOOP("DisplayText", "Italian") },
    { "nl", QT_TRANSLATE_NOOP("DisplayText", "Dutch") },      { "pl", QT_TRANSLATE_NOOP("DisplayText", "Polish") },
    { "sv", QT_TRANSLATE_NOOP("DisplayText", "Swedish") },    { "tr", QT_TRANSLATE_NOOP("DisplayText", "Turkish") },
    { "vi", QT_TRANSLATE_NOOP("DisplayText", "Vietnamese") }, { "zh", QT_TRANSLATE_NOOP("DisplayText", "Chinese") },
};

constexpr WireText kCountries[] = {
    { "AT", QT_TRANSLATE_NOOP("DisplayText", "Austria") }, { "CH", QT_TRANSLATE_NOOP("DisplayText", "Switzerland") },
    { "CN", QT_TRANSLATE_NOOP("DisplayText", "China") },   { "DE", QT_TRANSLATE_NOOP("DisplayText", "Germany") },
    { "DK", QT_TRANSLATE_NOOP("DisplayText", "Denmark") }, { "ES", QT_TRANSLATE_NOOP("DisplayText", "Spain") },
    { "FR", QT_TRANSLATE_NOOP("DisplayText", "France") },  { "GB", QT_TRANSLATE_NOOP("DisplayText", "United Kingdom") },
    { "IT", QT_TRANSLATE_NOOP("DisplayText", "Italy") },   { "NL", QT_TRANSLATE_NOOP("DisplayText", "Netherlands") },
    { "PL", QT_TRANSLATE_NOOP("DisplayText", "Poland") },  { "SE", QT_TRANSLATE_NOOP("DisplayText", "Sweden") },
    { "TR", QT_TRANSLATE_NOOP("DisplayText", "Turkey") },  { "US", QT_TRANSLATE_NOOP("DisplayText", "United States") },
    { "VN", QT_TRANSLATE_NOOP("DisplayText", "Vietnam") },
};

} // namespace

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return {};
    if (const char *text = tableText(code, kLanguages))
        return QCoreApplication::translate("DisplayText", text);
    const QLocale::Language lang = QLocale::codeToLanguage(code);
    if (lang == QLocale::AnyLanguage)
        return code;
    const QString native = QLocale(lang).nativeLanguageName();
    return native.isEmpty() ? code : native;
}

QString countryName(const QString &code)
{
    if (code.isEmpty())
        return {};
    if (const char *text = tableText(code, kCountries))
        return QCoreApplication::translate("DisplayText", text);
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    const QString native = QLocale(QLocale::AnyLanguage, territory).nativeTerritoryName();
    return native.isEmpty() ? code : native;
}

QString addressText(const Address &a)
{
    QStringList lines;
    if (!a.street.isEmpty())
        lines << a.street;
    const QString cityLine = QStringList { a.postcode, a.city }.join(QLatin1Char(' ')).trimmed();
    if (!cityLine.isEmpty())
        lines << cityLine;
    if (!a.country.isEmpty())
        lines << countryName(a.country);
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
