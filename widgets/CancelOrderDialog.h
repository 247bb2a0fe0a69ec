#pragma once

#include "core/Result.h"
#include "models/CommerceData.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace spocs {

class Connection;
class OrderEditor;

// Cancels an order with a reason (order.cancel, through an OrderEditor). Says what
// cancelling does (stock is released) and, when the server refuses, why.
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
    void onFailed(const Error &error);
    static QString introText(const Order &order);

    OrderEditor *m_editor = nullptr;
    Order m_order;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace spocs
