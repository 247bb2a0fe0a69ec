#pragma once

#include "core/domain/DomainValue.h"
#include "core/domain/Money.h"
#include "core/domain/Person.h"
#include "core/domain/WireEnum.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The customer's records as customer.get, customer.search and account.update send them.
// Times are UTC ISO 8601 strings and dates YYYY-MM-DD, exactly as stored.
namespace spocs::domain {

struct Address
{
    QString street;
    QString city;
    QString postcode;
    QString country; // ISO 3166 two letters

    bool isEmpty() const { return street.isEmpty() && city.isEmpty() && postcode.isEmpty() && country.isEmpty(); }
    SPOCS_DOMAIN_VALUE(Address);
};

enum class AccountStatus { Prospect, Active, Suspended, Closed };
SPOCS_WIRE_ENUM(AccountStatus)

struct Account
{
    QString number;
    AccountStatus status = AccountStatus::Active;
    QString plan; // basic|standard|premium|business
    Money creditLimit;
    Money balance;
    QString currency;
    QString openedOn;
    qint64 version = 0;

    SPOCS_DOMAIN_VALUE(Account);
};

struct Customer
{
    QString id; // "C-1042"
    QString name;
    QString company;
    QStringList emails;
    QStringList phones;
    std::optional<Address> address;
    QString language;
    QStringList flags;
    QString notes;
    QString preferredChannel; // phone|email|chat|letter
    qint64 expectedResponseHours = 0;
    qint64 version = 0;
    std::optional<Person> owner;
    std::optional<Person> backup;
    std::optional<Account> account;
    QString createdAt;
    QString updatedAt;

    SPOCS_DOMAIN_VALUE(Customer);
};

// What customer.create takes: a new customer before it has a number. Absent optional fields
// take the coordinator's defaults (no company or address, language "en", channel "phone").
struct CustomerDraft
{
    QString name;
    std::optional<QString> company;
    QStringList emails;
    QStringList phones;
    std::optional<Address> address;
    std::optional<QString> language;
    std::optional<QString> preferredChannel; // phone|email|chat|letter

    SPOCS_DOMAIN_VALUE(CustomerDraft);
};

// A customer named by another record (a contact, a consult, a follow-up).
struct CustomerRef
{
    QString id;
    QString name;

    SPOCS_DOMAIN_VALUE(CustomerRef);
};

// A payment card, masked: brand, BIN and the last four digits, never the full number.
// A payment names its card without the BIN.
struct Card
{
    QString brand;
    std::optional<QString> bin;
    QString last4;

    SPOCS_DOMAIN_VALUE(Card);
};

// One entry of the customer's timeline.
struct HistoryItem
{
    qint64 id = 0;
    QString at;
    QString type; // note|contact|order|invoice|article|consult
    QString author; // login, empty for the system
    QString text;
    std::optional<QString> ref; // the order, invoice, article... it points at

    SPOCS_DOMAIN_VALUE(HistoryItem);
};

// The account balance and the part of it that is overdue.
struct Balance
{
    Money amount;
    QString currency;
    Money overdue;

    SPOCS_DOMAIN_VALUE(Balance);
};

// One item of customer.search.
struct CustomerSearchHit
{
    QString id;
    QString name;
    QString company;
    QString email;
    QString phone;
    QString account;
    std::optional<Person> owner;
    QString match; // id|account|order|invoice|email|phone|name|company
    QString number; // with match order or invoice: the one that matched (the desktop opens it)

    SPOCS_DOMAIN_VALUE(CustomerSearchHit);
};

// customer.reassign's answer and its customer.reassigned event: which customers and open
// follow-ups (contact ids) moved to whom, and from whom (empty when they came from several).
struct CustomerReassignment
{
    QList<CustomerRef> customers;
    QList<qint64> followUps;
    std::optional<Person> from;
    Person owner;
    std::optional<Person> backup;
    Person by;

    SPOCS_DOMAIN_VALUE(CustomerReassignment);
};

// Someone else who has the customer open.
struct Viewer
{
    Person user;
    bool onContact = false;

    SPOCS_DOMAIN_VALUE(Viewer);
};

} // namespace spocs::domain
