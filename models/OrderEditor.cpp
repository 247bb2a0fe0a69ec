#include "models/OrderEditor.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/OrderLinesModel.h"
#include "models/ProductSearchModel.h"
#include "models/VersionedWrite.h"

namespace spocs {

namespace {

QString productTopic(const QString &sku)
{
    return QStringLiteral("product:") + sku;
}

QJsonObject addressJson(const Address &a)
{
    return QJsonObject { { QStringLiteral("street"), a.street.trimmed() },
                         { QStringLiteral("city"), a.city.trimmed() },
                         { QStringLiteral("postcode"), a.postcode.trimmed() },
                         { QStringLiteral("country"), a.country.trimmed().toUpper() } };
}

} // namespace

OrderEditor::OrderEditor(Connection *connection, const CustomerView &customer, const Order &order, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_customer(customer)
    , m_order(order)
    , m_search(new ProductSearchModel(this))
    , m_lines(new OrderLinesModel(this))
{
    m_search->setConnection(connection);
    connect(m_lines, &OrderLinesModel::linesChanged, this, &OrderEditor::syncSubscriptions);
    if (connection)
        connect(connection, &Connection::eventReceived, this, &OrderEditor::onEvent);
}

void OrderEditor::editLines()
{
    if (!isChange())
        return;
    m_lines->setOrderLines(m_order.lines, m_order.currency);
    for (const OrderLine &l : m_order.lines)
        fetchProduct(l.sku);
}

OrderEditor::~OrderEditor()
{
    if (m_connection) {
        for (const QString &sku : std::as_const(m_subscribed))
            m_connection->unsubscribe(productTopic(sku));
    }
}

void OrderEditor::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

Address OrderEditor::startAddress() const
{
    return isChange() && !m_order.shippingAddress.isEmpty() ? m_order.shippingAddress
                                                            : m_customer.customer.address.value_or(Address {});
}

bool OrderEditor::sameAddress(const Address &entered, const Address &stored)
{
    return entered.street.trimmed() == stored.street && entered.city.trimmed() == stored.city
        && entered.postcode.trimmed() == stored.postcode && entered.country.trimmed().toUpper() == stored.country;
}

bool OrderEditor::addressChanged(const Address &entered) const
{
    return !sameAddress(entered, startAddress());
}

bool OrderEditor::linesChanged() const
{
    if (!isChange())
        return true;
    if (m_lines->lines().size() != m_order.lines.size())
        return true;
    for (int i = 0; i < m_order.lines.size(); ++i) {
        const auto &mine = m_lines->lines().at(i);
        if (mine.product.sku != m_order.lines.at(i).sku || mine.quantity != m_order.lines.at(i).quantity)
            return true;
    }
    return false;
}

bool OrderEditor::canSubmit(const Address &entered) const
{
    const bool hasChange = !isChange() || linesChanged() || addressChanged(entered);
    return !m_busy && !m_lines->isEmpty() && hasChange;
}

void OrderEditor::submit(const Address &entered)
{
    if (!m_connection || !canSubmit(entered))
        return;
    QJsonObject args;
    if (isChange()) {
        args.insert(QStringLiteral("number"), m_order.number);
        args.insert(QStringLiteral("version"), m_order.version);
        if (linesChanged())
            args.insert(QStringLiteral("lines"), m_lines->toJson());
    } else {
        args.insert(QStringLiteral("customer"), m_customer.customer.id);
        args.insert(QStringLiteral("lines"), m_lines->toJson());
    }
    if (addressChanged(entered))
        args.insert(QStringLiteral("shippingAddress"), addressJson(entered));
    send(QString::fromUtf16(isChange() ? op::OrderChange : op::OrderPlace), args);
}

void OrderEditor::cancel(const QString &reason)
{
    if (!m_connection || m_busy || !isChange())
        return;
    send(QString::fromUtf16(op::OrderCancel),
         QJsonObject { { QStringLiteral("number"), m_order.number },
                       { QStringLiteral("version"), m_order.version },
                       { QStringLiteral("reason"), reason } });
}

void OrderEditor::send(const QString &opName, const QJsonObject &args)
{
    setBusy(true);
    VersionedWrite write { opName, args, QString(), {}, QStringLiteral("order") };
    if (isChange()) {
        write.refetchOp = QString::fromUtf16(op::OrderGet);
        write.refetchArgs = QJsonObject { { QStringLiteral("number"), m_order.number } };
    }
    write.send(m_connection, this, [this](const VersionedWrite::Outcome &outcome) {
        setBusy(false);
        if (outcome.saved()) {
            Q_EMIT saved(Order::fromJson(outcome.record));
            return;
        }
        const ErrorCode code = outcome.error.code;
        if (code == ErrorCode::Queued) {
            Q_EMIT queued();
            return;
        }
        if (code == ErrorCode::InsufficientStock || code == ErrorCode::InvalidState) {
            // Show the current availability on the line.
            fetchProduct(outcome.error.details.value(QStringLiteral("sku")).toString());
        }
        if (outcome.conflict() && outcome.version() > 0) {
            // Theirs becomes what the user's lines are compared with and sent on top of.
            const Address previousStart = startAddress();
            m_order = Order::fromJson(outcome.record);
            Q_EMIT reloaded(previousStart);
        }
        Q_EMIT failed(outcome.error);
    });
}

void OrderEditor::syncSubscriptions()
{
    if (!m_connection)
        return;
    const QStringList skus = m_lines->skus();
    const QSet<QString> wanted(skus.begin(), skus.end());
    for (const QString &sku : wanted - m_subscribed)
        m_connection->subscribe(productTopic(sku));
    for (const QString &sku : m_subscribed - wanted)
        m_connection->unsubscribe(productTopic(sku));
    m_subscribed = wanted;
}

void OrderEditor::onEvent(const protocol::Event &event)
{
    if (event.topic.startsWith(QLatin1String("product:")))
        applyProduct(event.data.value(QStringLiteral("product")).toObject());
}

void OrderEditor::applyProduct(const QJsonObject &json)
{
    const Product p = Product::fromJson(json);
    if (p.sku.isEmpty())
        return;
    m_lines->applyProduct(p);
    m_search->applyProduct(p);
}

void OrderEditor::fetchProduct(const QString &sku)
{
    if (!m_connection || sku.isEmpty())
        return;
    m_connection->request(QString::fromUtf16(op::ProductGet), QJsonObject { { QStringLiteral("sku"), sku } }, this,
                          [this](const Reply &reply) {
                              // On failure the line keeps "checking"; the server still validates.
                              if (reply.ok)
                                  applyProduct(reply.data.value(QStringLiteral("product")).toObject());
                          });
}

} // namespace spocs
