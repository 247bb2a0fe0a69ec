#pragma once

#include "core/Protocol.h"
#include "models/CommerceData.h"
#include "models/RecordLoader.h"

#include <QHash>
#include <QPointer>

#include <functional>

class QTimer;

namespace spocs {

class Connection;
class CustomerHistoryModel;
class InvoiceModel;
class OrderModel;
class PresenceDirectory;

// Keeps the open customer's data current: customer.get on open, the customer's topic
// subscribed while it is open, and a refetch on that topic's events and on resync.
// Holds the data for the customer page; the widget only displays it.
class CustomerLoader : public RecordLoader
{
    Q_OBJECT

public:
    explicit CustomerLoader(QObject *parent = nullptr);
    ~CustomerLoader() override;

    void setConnection(Connection *connection);

    // Opens a customer by id (unsubscribes the previous one).
    void open(const QString &customerId);
    // Closes the open customer and unsubscribes its topic.
    void close();
    // Fetches the open customer again (keeps showing the old data meanwhile).
    void refresh();

    QString customerId() const { return m_id; }
    QString topic() const;
    const CustomerView &details() const { return m_details; }
    // The last fetch failed; lastError() says why (the old data, if any, is still shown).
    bool hasError() const { return m_hasError; }
    CustomerHistoryModel *historyModel() const { return m_history; }
    OrderModel *orderModel() const { return m_orders; }
    InvoiceModel *invoiceModel() const { return m_invoices; }
    // Other users' sessions that have this customer open (this user's own filtered out).
    QList<Viewer> otherViewers() const;
    // Open contacts or follow-ups owned by someone other than this user (duplicate escalation).
    QList<OpenContact> foreignOpenContacts() const;
    // Who "this user" is when no connection says so (tests).
    void setSelf(qint64 userId, const QString &login);
    // Events arriving in a burst cause one refetch after this delay.
    void setRefetchDelay(int ms);

    // The customer page's other reads and writes, answered by the signals below (a newer
    // loadOrder or explainInvoice makes an older answer stale: it is dropped).
    void loadOrder(const QString &number); // order.get, with lines and history
    void explainInvoice(const QString &number); // invoice.explain
    void addNote(const QString &text); // customer.note.add; refetches on success

    // What customer.get leaves out: older orders and history, a page at a time (customer.orders,
    // customer.history). What was loaded stays shown across refetches while the customer is open.
    bool hasOlderOrders() const { return m_moreOrders; }
    bool hasOlderHistory() const { return m_moreHistory; }
    bool isLoadingOlder() const { return m_loadingOlder; }
    void loadOlderOrders();
    void loadOlderHistory();

    // Feeds a customer.get answer directly (the Connection path ends here too).
    void setDetails(const QJsonObject &data);
    // Reacts to one event: refetch for the open customer's topic, presence updates for
    // the owner and backup. Returns true if it concerned the open customer.
    bool handleEvent(const protocol::Event &event);

    // How a colleague who wrote or changed something is called on screen: the name from the
    // presence directory, the login for someone it does not list.
    QString authorName(const QString &login) const;

Q_SIGNALS:
    // The details changed (loaded, refetched, presence updated, closed).
    void detailsChanged();
    // The names authorName() gives came in or changed.
    void authorNamesChanged();
    // customer.viewers: the collision banner's data changed.
    void viewersChanged();
    // order.updated for one of the open customer's orders (the Orders tab's detail follows).
    void orderUpdated(const spocs::Order &order);
    void orderLoaded(const spocs::Order &order);
    void orderLoadFailed(const QString &number, const spocs::Error &error);
    // The invoice.explain answer: {"invoice": {…, "payments": […]},
    // "explanation": [{kind, label, amount, ref, payment}]}.
    void invoiceExplained(const QString &number, const QJsonObject &answer);
    void invoiceExplainFailed(const QString &number, const spocs::Error &error);
    void noteAdded();
    void noteFailed(const spocs::Error &error);
    // hasOlderOrders(), hasOlderHistory() or isLoadingOlder() changed.
    void olderChanged();
    void olderLoadFailed(const spocs::Error &error);
    // The note waits in the offline outbox (shown on top of the history as waiting).
    void noteQueued();
    // Any change event for the open customer, by kind (for a short notice in the page).
    void customerEvent(const QString &kind, const QJsonObject &data);

private:
    // Whether a customer.get answer shows an older version of the customer than the one shown.
    bool isOlderThanShown(const QJsonObject &data) const;
    quint64 m_orderGeneration = 0;
    quint64 m_invoiceGeneration = 0;
    void fetch();
    void onConnectionStateChanged();
    bool isSelf(const Person &user) const;
    void scheduleRefetch();
    void showWaitingWrites(); // the open customer's notes and order changes still in the offline outbox
    void updateAuthorNames(); // the history's authors by name, from the presence directory
    // The models from the details plus what was loaded beyond them.
    void showOrders();
    void showHistory();
    void forgetOlder();
    // Sends customer.orders or customer.history; `take` keeps the answer.
    void requestOlder(const char16_t *op, const QJsonObject &args, std::function<void(const QJsonObject &)> take);

    QPointer<Connection> m_connection;
    QPointer<PresenceDirectory> m_people;
    CustomerHistoryModel *m_history = nullptr;
    QHash<QString, QString> m_authorNames; // by login
    OrderModel *m_orders = nullptr;
    InvoiceModel *m_invoices = nullptr;
    QTimer *m_refetch = nullptr;
    qint64 m_selfId = 0;
    QString m_selfLogin;
    CustomerView m_details;
    QString m_id;
    QString m_subscribedTopic;
    quint64 m_generation = 0;
    // Beyond the details: paged older orders and history, and orders opened by number (a search
    // hit, a link). They are kept as the details' recent lists move on, so nothing drops out
    // between the two while the page is open.
    QList<OrderSummary> m_olderOrders;
    QList<HistoryItem> m_olderHistory;
    QString m_ordersCursor; // the last order paged; empty: none paged yet
    qint64 m_historyCursor = 0;
    bool m_moreOrders = false;
    bool m_moreHistory = false;
    bool m_loadingOlder = false;
    quint64 m_olderGeneration = 0;
    bool m_wasConnected = false;
    bool m_hasError = false;
};

} // namespace spocs
