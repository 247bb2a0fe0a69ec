#pragma once

#include "core/Types.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace spocs {

namespace domain {
enum class OrderAction;
struct Person;
struct Card;
struct Address;
} // namespace domain
using domain::Address;
using domain::Card;
using domain::Person;

// Translated names for wire values shown in the UI (presence, roles).
QString presenceText(const QString &wireName);
QColor presenceColor(const QString &wireName);
QString roleText(Role role);
// Customer view texts.
QString orDash(const QString &text);
// Rich text: a coloured dot, the name and the translated presence.
QString agentHtml(const Person &agent);
QString agentName(const Person &agent);
QString accountStatusText(const QString &wireName);
QString flagText(const QString &wireName);
QString planText(const QString &wireName);
// A language (ISO 639-1 "de") or country (ISO 3166-1 alpha-2 "DE") in the user's language, else in its own.
QString languageName(const QString &code);
QString countryName(const QString &code);
QString addressText(const Address &address); // several lines
// "Visa •••• 1111": never more than the brand and the last four digits.
QString cardText(const Card &card);
QString orderActionText(domain::OrderAction action);

// A small filled circle, used for presence and connection state.
QIcon dotIcon(const QColor &color, int size = 12);

} // namespace spocs
