#pragma once

#include "core/domain/Commerce.h"
#include "core/domain/Contact.h"
#include "core/domain/Customer.h"
#include "core/domain/DomainValue.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// The unified customer view: the answer of customer.get, which the customer page shows.
namespace spocs::domain {

struct CustomerView
{
    Customer customer;
    QList<OrderSummary> openOrders; // not delivered, cancelled or returned
    QList<OrderSummary> orders; // the last ones, newest first
    bool moreOrders = false; // the customer has older orders: customer.orders pages them
    QList<InvoiceSummary> invoices; // unpaid, oldest due first
    Balance balance;
    QList<Card> cards; // masked only
    QList<HistoryItem> recentHistory; // newest first
    bool moreHistory = false; // older history exists: customer.history pages it
    QList<OpenContact> openContacts;
    QList<ClosedContact> contacts; // closed in the last 90 days, newest first
    // Other sessions with this customer open: customer.get fills it from the live
    // subscriptions (the store cannot know them).
    QList<Viewer> viewers;

    bool isEmpty() const { return customer.id.isEmpty(); }
    // Open and recent orders merged by number (open first, then newest): the Orders tab.
    QList<OrderSummary> allOrders() const;

    SPOCS_DOMAIN_VALUE(CustomerView);
};

// customer.orders: the customer's orders older than a given one, newest first.
struct OrderPage
{
    QList<OrderSummary> orders;
    bool more = false; // older ones still

    SPOCS_DOMAIN_VALUE(OrderPage);
};

// customer.history: the customer's history older than a given item, newest first.
struct HistoryPage
{
    QList<HistoryItem> items;
    bool more = false;

    SPOCS_DOMAIN_VALUE(HistoryPage);
};

} // namespace spocs::domain
