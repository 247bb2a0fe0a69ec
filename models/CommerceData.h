#pragma once

#include "core/domain/Catalogue.h"
#include "core/domain/Commerce.h"
#include "core/domain/Contact.h"
#include "core/domain/Customer.h"
#include "core/domain/CustomerView.h"
#include "core/domain/Money.h"
#include "core/domain/Person.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// The desktop reads the records it shows with the same domain types the coordinator writes
// them with (core/domain), so that a key is spelt once. These are the few helpers the
// screens need on top: wire times and dates as Qt values, and who a person is.
namespace spocs {

using domain::Address;
using domain::Balance;
using domain::Card;
using domain::CustomerView;
using domain::HistoryItem;
using domain::InvoiceStatus;
using domain::InvoiceSummary;
using domain::Money;
using domain::OpenContact;
using domain::Order;
using domain::OrderEvent;
using domain::OrderLine;
using domain::OrderStatus;
using domain::OrderSummary;
using domain::Person;
using domain::Product;
using domain::Viewer;

// A UTC ISO 8601 time from the wire ("2026-11-23T14:30:00.000Z"); invalid when empty.
QDateTime wireTime(const QString &text);
// A day from the wire ("2026-11-23", or the day of a time); invalid when empty.
QDate wireDate(const QString &text);
QDate wireDate(const std::optional<QString> &text);

// A person on the wire names nobody when it has neither id nor login.
inline bool isNobody(const Person &p)
{
    return p.id == 0 && p.login.isEmpty() && p.name.isEmpty();
}
// The wire name of a person's presence ("available", "offline"...); empty when not sent.
QString presenceWireName(const Person &p);

} // namespace spocs
