#include "models/CustomerLoader.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/CustomerHistoryModel.h"
#include "models/InvoiceModel.h"
#include "models/ModelsLog.h"
#include "models/OrderModel.h"
#include "models/OutboxModel.h"
#include "models/PresenceDirectory.h"

#include <QJsonArray>
#include <QTimer>

namespace spocs {
namespace {

// Adds items to what is kept, the newer copy replacing a kept one with the same key.
template<typename T, typename KeyOf> void keepAll(QList<T> &kept, const QList<T> &items, KeyOf keyOf)
{
    for (const T &item : items) {
        const auto at = std::find_if(kept.begin(), kept.end(), [&](const T &k) { return keyOf(k) == keyOf(item); });
        if (at != kept.end())
            *at = item;
        else
            kept.append(item);
    }
}

QString numberOf(const OrderSummary &o)
{
    return o.number;
}

qint64 idOf(const HistoryItem &h)
{
    return h.id;
}

} // namespace

CustomerLoader::CustomerLoader(QObject *parent)
    : RecordLoader(parent)
    , m_history(new CustomerHistoryModel(this))
    , m_orders(new OrderModel(this))
    , m_invoices(new InvoiceModel(this))
    , m_refetch(new QTimer(this))
{
    // Several events usually come together (order.updated, invoice.updated, a history
    // entry): one refetch for all of them, well within the 1 s the page promises.
    m_refetch->setSingleShot(true);
    m_refetch->setInterval(150);
    connect(m_refetch, &QTimer::timeout, this, &CustomerLoader::refresh);
}

void CustomerLoader::setRefetchDelay(int ms)
{
    m_refetch->setInterval(ms);
}

void CustomerLoader::setSelf(qint64 userId, const QString &login)
{
    m_selfId = userId;
    m_selfLogin = login;
}

bool CustomerLoader::isSelf(const Person &user) const
{
    qint64 id = m_selfId;
    QString login = m_selfLogin;
    if (m_connection && !m_connection->user().login.isEmpty()) {
        id = m_connection->user().id;
        login = m_connection->user().login;
    }
    if (id != 0 && user.id != 0)
        return id == user.id;
    return !login.isEmpty() && user.login == login;
}

QList<Viewer> CustomerLoader::otherViewers() const
{
    QList<Viewer> out;
    for (const Viewer &v : m_details.viewers) {
        if (isSelf(v.user))
            continue;
        bool seen = false; // one line per user, even with several sessions
        for (Viewer &o : out) {
            if ((o.user.id != 0 && o.user.id == v.user.id)
                || (!o.user.login.isEmpty() && o.user.login == v.user.login)) {
                o.onContact = o.onContact || v.onContact;
                seen = true;
            }
        }
        if (!seen)
            out.append(v);
    }
    return out;
}

QList<OpenContact> CustomerLoader::foreignOpenContacts() const
{
    QList<OpenContact> out;
    for (const OpenContact &c : m_details.openContacts) {
        if (c.owner && !isNobody(*c.owner) && !isSelf(*c.owner))
            out.append(c);
    }
    return out;
}

CustomerLoader::~CustomerLoader()
{
    if (m_connection && !m_subscribedTopic.isEmpty())
        m_connection->unsubscribe(m_subscribedTopic);
}

void CustomerLoader::setConnection(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    if (m_people)
        disconnect(m_people, nullptr, this, nullptr);
    m_connection = connection;
    m_people = PresenceDirectory::of(connection);
    updateAuthorNames();
    if (!connection)
        return;
    connect(m_people, &SharedLookup::changed, this, &CustomerLoader::updateAuthorNames);
    m_people->load();
    connect(connection, &Connection::eventReceived, this, &CustomerLoader::handleEvent);
    connect(connection, &Connection::resyncRequired, this, &CustomerLoader::refresh);
    connect(connection, &Connection::stateChanged, this, &CustomerLoader::onConnectionStateChanged);
    connect(connection->outbox(), &OfflineOutbox::changed, this, &CustomerLoader::showWaitingWrites);
    m_wasConnected = connection->state() == Connection::State::Connected;
}

void CustomerLoader::updateAuthorNames()
{
    QHash<QString, QString> names;
    if (m_people) {
        for (const PresenceDirectory::Entry &person : m_people->entries())
            names.insert(person.login, person.displayName());
    }
    m_history->setAuthorNames(names);
    if (names != m_authorNames) {
        m_authorNames = names;
        Q_EMIT authorNamesChanged();
    }
}

QString CustomerLoader::authorName(const QString &login) const
{
    return m_authorNames.value(login, login);
}

void CustomerLoader::showWaitingWrites()
{
    const QList<OfflineOutbox::Entry> entries
        = m_connection && !m_id.isEmpty() ? m_connection->outbox()->entries() : QList<OfflineOutbox::Entry> {};
    QList<HistoryItem> notes;
    for (const OfflineOutbox::Entry &e : OutboxModel::notesFor(entries, m_id)) {
        // Not stored yet, so it has no id of its own.
        HistoryItem note;
        note.at = e.createdAt.toUTC().toString(Qt::ISODateWithMs);
        note.type = QStringLiteral("note");
        note.author = m_connection->user().displayName;
        note.text = e.args.value(QStringLiteral("text")).toString();
        notes.append(note);
    }
    m_history->setPendingNotes(notes);
    m_orders->setPendingChanges(OutboxModel::ordersWithWaitingChanges(entries));
}

QString CustomerLoader::topic() const
{
    return m_id.isEmpty() ? QString() : protocol::customerTopic(m_id);
}

void CustomerLoader::open(const QString &customerId)
{
    if (customerId == m_id && state() != State::Empty) {
        refresh();
        return;
    }
    close();
    m_id = customerId;
    if (m_id.isEmpty())
        return;
    if (m_connection) {
        m_subscribedTopic = topic();
        m_connection->subscribe(m_subscribedTopic);
    }
    fetch();
}

void CustomerLoader::close()
{
    ++m_generation; // drop answers in flight
    if (m_connection && !m_subscribedTopic.isEmpty())
        m_connection->unsubscribe(m_subscribedTopic);
    m_subscribedTopic.clear();
    m_id.clear();
    m_details = {};
    clearError();
    m_hasError = false;
    m_history->clear();
    m_orders->clear();
    m_invoices->clear();
    forgetOlder();
    showWaitingWrites();
    m_refetch->stop();
    setState(State::Empty);
    Q_EMIT detailsChanged();
}

void CustomerLoader::refresh()
{
    if (!m_id.isEmpty())
        fetch();
}

void CustomerLoader::fetch()
{
    const quint64 generation = ++m_generation;
    if (state() != State::Loaded)
        setState(State::Loading);
    if (!m_connection) {
        m_hasError = true;
        fetchFailed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")), true);
        return;
    }
    m_connection->request(QString::fromUtf16(op::CustomerGet), QJsonObject { { QStringLiteral("id"), m_id } }, this,
                          [this, generation](const Reply &reply) {
                              if (generation != m_generation)
                                  return; // another customer was opened, or a newer fetch is running
                              if (reply.ok && isOlderThanShown(reply.data)) {
                                  // A customer.updated overtook this answer (it was held while the
                                  // coordinator committed): ask again rather than show the past.
                                  scheduleRefetch();
                                  return;
                              }
                              if (reply.ok) {
                                  setDetails(reply.data);
                                  return;
                              }
                              qCInfo(lcModels) << "customer.get failed:" << errorCodeName(reply.error.code);
                              m_hasError = true;
                              // Keep showing loaded data when only a refetch failed (e.g. offline).
                              fetchFailed(reply.error, true);
                          });
}

void CustomerLoader::loadOrder(const QString &number)
{
    if (!m_connection || number.isEmpty())
        return;
    const quint64 generation = ++m_orderGeneration;
    m_connection->request(QString::fromUtf16(op::OrderGet), QJsonObject { { QStringLiteral("number"), number } }, this,
                          [this, generation, number](const Reply &reply) {
                              if (generation != m_orderGeneration)
                                  return;
                              if (!reply.ok) {
                                  qCInfo(lcModels) << "order.get failed:" << errorCodeName(reply.error.code);
                                  Q_EMIT orderLoadFailed(number, reply.error);
                                  return;
                              }
                              const Order o = Order::fromJson(reply.data.value(QStringLiteral("order")).toObject());
                              if (o.number != number)
                                  return;
                              // An order opened by number that no list holds (older than those shown):
                              // it joins the list, and stays while the customer is open.
                              const bool unlisted = o.customer == m_id && m_orders->rowOf(number) < 0;
                              Q_EMIT orderLoaded(o);
                              if (unlisted) {
                                  keepAll(m_olderOrders, { o.summary() }, numberOf);
                                  m_orders->upsert(o.summary());
                              }
                          });
}

void CustomerLoader::explainInvoice(const QString &number)
{
    if (!m_connection || number.isEmpty())
        return;
    const quint64 generation = ++m_invoiceGeneration;
    m_connection->request(QString::fromUtf16(op::InvoiceExplain), QJsonObject { { QStringLiteral("number"), number } },
                          this, [this, generation, number](const Reply &reply) {
                              if (generation != m_invoiceGeneration)
                                  return;
                              if (reply.ok) {
                                  Q_EMIT invoiceExplained(number, reply.data);
                                  return;
                              }
                              qCInfo(lcModels) << "invoice.explain failed:" << errorCodeName(reply.error.code);
                              Q_EMIT invoiceExplainFailed(number, reply.error);
                          });
}

void CustomerLoader::addNote(const QString &text)
{
    if (!m_connection || m_id.isEmpty()) {
        Q_EMIT noteFailed(makeError(ErrorCode::Unavailable, QStringLiteral("no customer open")));
        return;
    }
    m_connection->write(QString::fromUtf16(op::CustomerNoteAdd),
                        QJsonObject { { QStringLiteral("customer"), m_id }, { QStringLiteral("text"), text } }, this,
                        [this](const Reply &reply) {
                            if (reply.error.code == ErrorCode::Queued) {
                                Q_EMIT noteQueued();
                                return;
                            }
                            if (!reply.ok) {
                                qCInfo(lcModels) << "customer.note.add failed:" << errorCodeName(reply.error.code);
                                Q_EMIT noteFailed(reply.error);
                                return;
                            }
                            Q_EMIT noteAdded();
                            refresh();
                        });
}

bool CustomerLoader::isOlderThanShown(const QJsonObject &data) const
{
    const QJsonObject customer = data.value(QStringLiteral("customer")).toObject();
    return state() == State::Loaded && customer.value(QStringLiteral("id")).toString() == m_details.customer.id
        && customer.value(QStringLiteral("version")).toInteger() < m_details.customer.version;
}

void CustomerLoader::setDetails(const QJsonObject &data)
{
    const CustomerView previous = std::exchange(m_details, CustomerView::fromJson(data));
    if (previous.customer.id != m_details.customer.id) {
        forgetOlder();
    } else {
        // What has moved out of the recent lists since older pages were loaded stays shown.
        if (!m_ordersCursor.isEmpty())
            keepAll(m_olderOrders, previous.orders, numberOf);
        if (m_historyCursor != 0)
            keepAll(m_olderHistory, previous.recentHistory, idOf);
    }
    const bool hadOlder[] = { m_moreOrders, m_moreHistory };
    if (m_ordersCursor.isEmpty())
        m_moreOrders = m_details.moreOrders;
    if (m_historyCursor == 0)
        m_moreHistory = m_details.moreHistory;
    if (hadOlder[0] != m_moreOrders || hadOlder[1] != m_moreHistory)
        Q_EMIT olderChanged();
    // Whatever the server sends, show no more of a card than a masked one may carry.
    for (Card &card : m_details.cards) {
        if (card.bin)
            card.bin = card.bin->left(6);
        card.last4 = card.last4.right(4);
    }
    m_details.viewers.removeIf([](const Viewer &v) { return isNobody(v.user); });
    if (m_id.isEmpty())
        m_id = m_details.customer.id;
    clearError();
    m_hasError = false;
    showHistory();
    showOrders();
    showWaitingWrites();
    m_invoices->setInvoices(m_details.invoices);
    setState(State::Loaded);
    Q_EMIT detailsChanged();
}

void CustomerLoader::showOrders()
{
    QList<OrderSummary> orders = m_details.allOrders();
    QSet<QString> seen;
    for (const OrderSummary &o : std::as_const(orders))
        seen.insert(o.number);
    // The details are newer than what was kept: the kept copy only fills in.
    for (const OrderSummary &o : std::as_const(m_olderOrders)) {
        if (!seen.contains(o.number)) {
            seen.insert(o.number);
            orders.append(o);
        }
    }
    m_orders->setOrders(orders);
}

void CustomerLoader::showHistory()
{
    QList<HistoryItem> items = m_details.recentHistory;
    QSet<qint64> seen;
    for (const HistoryItem &h : std::as_const(items))
        seen.insert(h.id);
    for (const HistoryItem &h : std::as_const(m_olderHistory)) {
        if (!seen.contains(h.id)) {
            seen.insert(h.id);
            items.append(h);
        }
    }
    // What was kept joins in its place: newest first, as the coordinator sends them.
    if (!m_olderHistory.isEmpty())
        std::stable_sort(items.begin(), items.end(), [](const HistoryItem &a, const HistoryItem &b) {
            const QDateTime at = wireTime(a.at), bt = wireTime(b.at);
            return at != bt ? at > bt : a.id > b.id;
        });
    m_history->setEntries(items);
}

void CustomerLoader::forgetOlder()
{
    ++m_olderGeneration; // drop pages in flight
    const bool changed = m_moreOrders || m_moreHistory || m_loadingOlder;
    m_olderOrders.clear();
    m_olderHistory.clear();
    m_ordersCursor.clear();
    m_historyCursor = 0;
    m_moreOrders = m_moreHistory = m_loadingOlder = false;
    if (changed)
        Q_EMIT olderChanged();
}

void CustomerLoader::requestOlder(const char16_t *op, const QJsonObject &args,
                                  std::function<void(const QJsonObject &)> take)
{
    if (!m_connection || m_id.isEmpty() || m_loadingOlder)
        return;
    m_loadingOlder = true;
    Q_EMIT olderChanged();
    const quint64 generation = m_olderGeneration;
    const QString name = QString::fromUtf16(op);
    m_connection->request(name, args, this, [this, generation, name, take](const Reply &reply) {
        if (generation != m_olderGeneration)
            return; // another customer since
        m_loadingOlder = false;
        if (reply.ok) {
            take(reply.data);
        } else {
            qCInfo(lcModels) << name << "failed:" << errorCodeName(reply.error.code);
            Q_EMIT olderLoadFailed(reply.error);
        }
        Q_EMIT olderChanged();
    });
}

void CustomerLoader::loadOlderOrders()
{
    if (!m_moreOrders)
        return;
    const QString before = !m_ordersCursor.isEmpty() ? m_ordersCursor
        : m_details.orders.isEmpty()                 ? QString()
                                                     : m_details.orders.constLast().number;
    if (before.isEmpty())
        return;
    requestOlder(op::CustomerOrders,
                 QJsonObject { { QStringLiteral("customer"), m_id }, { QStringLiteral("before"), before } },
                 [this](const QJsonObject &data) {
                     const domain::OrderPage page = domain::OrderPage::fromJson(data);
                     if (m_ordersCursor.isEmpty())
                         keepAll(m_olderOrders, m_details.orders, numberOf); // kept from now on as the details move on
                     keepAll(m_olderOrders, page.orders, numberOf);
                     if (!page.orders.isEmpty())
                         m_ordersCursor = page.orders.constLast().number;
                     else if (m_ordersCursor.isEmpty() && !m_details.orders.isEmpty())
                         m_ordersCursor = m_details.orders.constLast().number;
                     m_moreOrders = page.more;
                     showOrders();
                 });
}

void CustomerLoader::loadOlderHistory()
{
    if (!m_moreHistory)
        return;
    const qint64 before = m_historyCursor != 0 ? m_historyCursor
        : m_details.recentHistory.isEmpty()    ? 0
                                               : m_details.recentHistory.constLast().id;
    if (before == 0)
        return;
    requestOlder(op::CustomerHistory,
                 QJsonObject { { QStringLiteral("customer"), m_id }, { QStringLiteral("before"), before } },
                 [this, before](const QJsonObject &data) {
                     const domain::HistoryPage page = domain::HistoryPage::fromJson(data);
                     if (m_historyCursor == 0)
                         keepAll(m_olderHistory, m_details.recentHistory, idOf);
                     keepAll(m_olderHistory, page.items, idOf);
                     m_historyCursor = page.items.isEmpty() ? before : page.items.constLast().id;
                     m_moreHistory = page.more;
                     showHistory();
                 });
}

bool CustomerLoader::handleEvent(const protocol::Event &event)
{
    if (m_id.isEmpty())
        return false;
    if (event.topic == topic()) {
        const QString kind = event.kind;
        if (kind == QLatin1String("customer.viewers")) {
            // Derived from subscriptions: no refetch, just the new list.
            m_details.viewers.clear();
            for (const QJsonValue &v : event.data.value(QStringLiteral("viewers")).toArray()) {
                const Viewer viewer = Viewer::fromJson(v.toObject());
                if (!isNobody(viewer.user))
                    m_details.viewers.append(viewer);
            }
            Q_EMIT viewersChanged();
            return true;
        }
        if (kind == QLatin1String("customer.updated") && state() == State::Loaded) {
            // The event carries the whole customer: show it at once, no round trip.
            const QJsonObject customer = event.data.value(QStringLiteral("customer")).toObject();
            if (customer.value(QStringLiteral("id")).toString() == m_id) {
                m_details.customer = domain::Customer::fromJson(customer);
                Q_EMIT detailsChanged();
                Q_EMIT customerEvent(kind, event.data);
                return true;
            }
        }
        if (kind == QLatin1String("order.updated")) {
            const Order order = Order::fromJson(event.data.value(QStringLiteral("order")).toObject());
            if (!order.isEmpty()) {
                for (OrderSummary &kept : m_olderOrders) {
                    if (kept.number == order.number)
                        kept = order.summary(); // a refetch shows the kept copy
                }
                m_orders->upsert(order.summary());
                Q_EMIT orderUpdated(order);
            }
        } else if (kind == QLatin1String("invoice.updated")) {
            const InvoiceSummary invoice
                = InvoiceSummary::fromJson(event.data.value(QStringLiteral("invoice")).toObject());
            if (!invoice.number.isEmpty())
                m_invoices->upsert(invoice);
        }
        Q_EMIT customerEvent(kind, event.data);
        scheduleRefetch(); // balance, history and open items follow from the server
        return true;
    }
    if (event.topic == protocol::presenceTopic() && state() == State::Loaded) {
        const QJsonObject user = event.data.value(QStringLiteral("user")).toObject();
        const qint64 id = user.value(QStringLiteral("id")).toInteger();
        const QString login = user.value(QStringLiteral("login")).toString();
        const std::optional<PresenceState> presence
            = presenceFromName(event.data.value(QStringLiteral("state")).toString());
        bool changed = false;
        for (std::optional<Person> *agent : { &m_details.customer.owner, &m_details.customer.backup }) {
            if (!*agent || isNobody(**agent))
                continue;
            if ((id != 0 && (*agent)->id == id) || (!login.isEmpty() && (*agent)->login == login)) {
                (*agent)->presence = presence;
                changed = true;
            }
        }
        if (changed)
            Q_EMIT detailsChanged();
        return changed;
    }
    return false;
}

void CustomerLoader::scheduleRefetch()
{
    if (!m_refetch->isActive())
        m_refetch->start();
}

void CustomerLoader::onConnectionStateChanged()
{
    // Back online (after a reconnect or a new login): events may have been missed, and a
    // fetch that failed while offline should be retried. A refetch is cheap and idempotent.
    const bool connected = m_connection && m_connection->state() == Connection::State::Connected;
    if (connected && !m_wasConnected)
        refresh();
    m_wasConnected = connected;
}

} // namespace spocs
