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
                              if (o.number == number)
                                  Q_EMIT orderLoaded(o);
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
    m_details = CustomerView::fromJson(data);
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
    m_history->setEntries(m_details.recentHistory);
    m_orders->setOrders(m_details.allOrders());
    showWaitingWrites();
    m_invoices->setInvoices(m_details.invoices);
    setState(State::Loaded);
    Q_EMIT detailsChanged();
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
