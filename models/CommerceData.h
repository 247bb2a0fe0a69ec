#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace spocs {

// A colleague named on a customer (owner, backup) with their current presence.
struct AgentRef
{
    qint64 id = 0;
    QString login;
    QString name;
    QString presence; // wire name ("available", "offline", ...); empty when unknown

    bool isEmpty() const { return id == 0 && login.isEmpty() && name.isEmpty(); }
    static AgentRef fromJson(const QJsonObject &obj);
};

struct PostalAddress
{
    QString street;
    QString city;
    QString postcode;
    QString country;

    bool isEmpty() const { return street.isEmpty() && city.isEmpty() && postcode.isEmpty() && country.isEmpty(); }
    static PostalAddress fromJson(const QJsonObject &obj);
};

// Wire shapes of orders, invoices and products, parsed leniently: every field is
// optional and a missing one reads as empty. Money stays a decimal string.

struct OrderSummary
{
    QString number;
    QString status; // draft|placed|picked|shipped|delivered|cancelled|returned
    QString total;
    QString currency;
    QDateTime createdAt;
    QDate promisedOn;
    int lineCount = 0;
    qint64 version = 0;

    static OrderSummary fromJson(const QJsonObject &obj);
};

struct OrderLine
{
    QString sku;
    QString name;
    int quantity = 0;
    QString unitPrice;
    QString lineTotal;

    static OrderLine fromJson(const QJsonObject &obj);
};

struct OrderEvent
{
    QDateTime at;
    QString author;
    QString action; // placed|changed|cancelled|status
    QString detail;

    static OrderEvent fromJson(const QJsonObject &obj);
};

struct Order
{
    QString number;
    QString customer;
    QString status;
    QList<OrderLine> lines;
    QString total;
    QString currency;
    PostalAddress shippingAddress;
    QDate promisedOn;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;
    QList<OrderEvent> history;
    QString cancelReason;

    bool isEmpty() const { return number.isEmpty(); }
    OrderSummary summary() const;
    static Order fromJson(const QJsonObject &obj);
};

// What the desktop allows for an order in a given status (the coordinator enforces the
// same rules and answers invalid_state otherwise).
bool orderLinesChangeable(const QString &status);
bool orderAddressChangeable(const QString &status);
bool orderCancellable(const QString &status);
bool orderIsOpen(const QString &status);

struct InvoiceSummary
{
    QString number;
    QDate issuedOn;
    QDate dueOn;
    QString total;
    QString balance;
    QString currency;
    QString status; // open|paid|void|disputed
    bool overdue = false;

    static InvoiceSummary fromJson(const QJsonObject &obj);
};

struct BalanceInfo
{
    QString amount;
    QString currency;
    QString overdue;

    static BalanceInfo fromJson(const QJsonObject &obj);
};

struct CardInfo
{
    QString brand;
    QString bin;
    QString last4;

    static CardInfo fromJson(const QJsonObject &obj);
};

struct Product
{
    QString sku;
    QString name;
    QString description;
    QString price;
    QString currency;
    int stockOnHand = 0;
    int reserved = 0;
    int available = 0;
    int leadTimeDays = 0;
    bool discontinued = false;
    qint64 version = 0;

    bool isEmpty() const { return sku.isEmpty(); }
    static Product fromJson(const QJsonObject &obj);
};

// Another session that has the customer open (derived from its subscriptions).
struct Viewer
{
    AgentRef user;
    bool onContact = false;

    static Viewer fromJson(const QJsonObject &obj);
};

// An open contact or follow-up on the customer (filled by a later issue).
struct OpenContact
{
    QString id;
    QString kind; // contact|followup|...
    QString reason;
    QString status;
    AgentRef owner;
    QDateTime since;

    static OpenContact fromJson(const QJsonObject &obj);
};

// Parses a decimal money string into cents; false when it is not a number.
bool parseCents(const QString &amount, qint64 *cents);
QString formatCents(qint64 cents);

} // namespace spocs
