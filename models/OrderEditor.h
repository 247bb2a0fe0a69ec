#pragma once

#include "core/Protocol.h"
#include "models/CommerceData.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace spocs {

class Connection;
class OrderLinesModel;
class ProductSearchModel;

// Places a new order (order is empty), changes an existing one, or cancels it: builds
// order.place / order.change / order.cancel from the lines and the delivery address, keeps
// the products on the lines subscribed and their availability current, and on
// version_conflict loads the current order so the user's lines can be sent again on top of
// it. The order and cancel dialogs bind to it.
class OrderEditor : public QObject
{
    Q_OBJECT

public:
    OrderEditor(Connection *connection, const CustomerView &customer, const Order &order, QObject *parent = nullptr);
    ~OrderEditor() override;

    bool isChange() const { return !m_order.isEmpty(); }
    bool isBusy() const { return m_busy; }
    const Order &order() const { return m_order; }
    const CustomerView &customer() const { return m_customer; }
    ProductSearchModel *search() const { return m_search; }
    OrderLinesModel *lines() const { return m_lines; }

    // Puts a stored order's lines into lines() and follows their products' availability (the
    // order dialog does; cancelling needs neither).
    void editLines();
    // The address a new order ships to unless changed: the order's, else the customer's.
    Address startAddress() const;
    bool linesChanged() const;
    bool addressChanged(const Address &entered) const;
    // entered (as typed) is stored, but for spaces around it and the country's case.
    static bool sameAddress(const Address &entered, const Address &stored);
    // Something to send: lines, and for a change a difference to the stored order.
    bool canSubmit(const Address &entered) const;

    // order.place or order.change with what changed (entered: the address as typed).
    void submit(const Address &entered);
    // order.cancel with the reason the customer may see.
    void cancel(const QString &reason);

Q_SIGNALS:
    void busyChanged(bool busy);
    void saved(const spocs::Order &order);
    // The server refused; for version_conflict the current order is loaded first (reloaded) and
    // a second submit applies the user's lines on top of it.
    void failed(const spocs::Error &error);
    // version_conflict: order() is now the stored order (their lines, status and address) while
    // lines() keeps the user's. previousStart: the address the dialog started from, so it can
    // tell whether the user changed it (if not, theirs is the one to show).
    void reloaded(const spocs::Address &previousStart);
    // The coordinator could not be reached: the write waits in the offline outbox and goes out
    // when the session is back (the orders table marks the order as waiting meanwhile).
    void queued();

private:
    void onEvent(const protocol::Event &event);
    void syncSubscriptions();
    void fetchProduct(const QString &sku);
    void applyProduct(const QJsonObject &json);
    void send(const QString &opName, const QJsonObject &args);
    void setBusy(bool busy);

    QPointer<Connection> m_connection;
    CustomerView m_customer;
    Order m_order;
    ProductSearchModel *m_search = nullptr;
    OrderLinesModel *m_lines = nullptr;
    QSet<QString> m_subscribed;
    bool m_busy = false;
};

} // namespace spocs
