#pragma once

#include "models/CommerceData.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace spocs {

class Connection;

// Cancels an order with a reason (order.cancel). Says what cancelling does (stock is
// released) and, when the server refuses, why.
class CancelOrderDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxReason = 500;

    CancelOrderDialog(Connection *connection, const Order &order, QWidget *parent = nullptr);

    QString errorMessage() const;
    void submit();

Q_SIGNALS:
    void orderSaved(const spocs::Order &order);

private:
    void updateState();

    QPointer<Connection> m_connection;
    Order m_order;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    bool m_busy = false;
};

} // namespace spocs
