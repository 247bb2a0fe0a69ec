#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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

struct AccountInfo
{
    QString number;
    QString status;
    QString plan;
    QString balance; // decimal string, as on the wire (no float rounding)
    QString currency;
    QString creditLimit;

    bool isEmpty() const { return number.isEmpty() && status.isEmpty() && plan.isEmpty(); }
    static AccountInfo fromJson(const QJsonObject &obj);
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

struct HistoryEntry
{
    QDateTime at;
    QString type;
    QString author;
    QString text;

    static HistoryEntry fromJson(const QJsonObject &obj);
};

// The customer page's data: the answer of customer.get. Every field is optional on the
// wire; a missing one reads as empty.
struct CustomerDetails
{
    QString id;
    QString name;
    QString company;
    QStringList emails;
    QStringList phones;
    PostalAddress address;
    QString language;
    QStringList flags;
    QString notes;
    QString preferredChannel;
    qint64 version = 0;
    AgentRef owner;
    AgentRef backup;
    AccountInfo account;
    QList<HistoryEntry> recentHistory;
    int openOrderCount = 0;

    bool isEmpty() const { return id.isEmpty(); }
    // data: the whole result object ({"customer": {...}, "openOrders": [...], "recentHistory": [...]}).
    static CustomerDetails fromJson(const QJsonObject &data);
};

} // namespace spocs
