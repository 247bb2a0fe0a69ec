#pragma once

#include "models/CommerceData.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace spocs {

struct AccountInfo
{
    QString number;
    QString status;
    QString plan;
    QString balance; // decimal string, as on the wire (no float rounding)
    QString currency;
    QString creditLimit;
    QDate openedOn;

    bool isEmpty() const { return number.isEmpty() && status.isEmpty() && plan.isEmpty(); }
    static AccountInfo fromJson(const QJsonObject &obj);
};

struct HistoryEntry
{
    QString id;
    QDateTime at;
    QString type;
    QString author;
    QString text;
    QString ref; // the order, invoice, article... it points at ("O-200311")

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
    int expectedResponseHours = 0;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    AgentRef owner;
    AgentRef backup;
    AccountInfo account;
    QList<HistoryEntry> recentHistory;
    int openOrderCount = 0;
    QList<OrderSummary> openOrders;
    QList<OrderSummary> orders; // the last ones, newest first
    QList<InvoiceSummary> invoices; // unpaid, oldest due first
    BalanceInfo balance;
    QList<CardInfo> cards; // masked only
    QList<OpenContact> openContacts;
    QList<Viewer> viewers; // other sessions with this customer open (may include this user's own)

    bool isEmpty() const { return id.isEmpty(); }
    // data: the whole result object ({"customer": {...}, "openOrders": [...], "recentHistory": [...]}).
    static CustomerDetails fromJson(const QJsonObject &data);
    // Replaces the profile fields from a bare customer object (customer.updated, account.update).
    void applyCustomer(const QJsonObject &customer);
    // Open and recent orders merged by number (open first, then newest); for the Orders tab.
    QList<OrderSummary> allOrders() const;
};

} // namespace spocs
