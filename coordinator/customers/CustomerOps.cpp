#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/RequestHandlers.h"
#include "core/Args.h"
#include "core/Ops.h"

#include <QJsonArray>

// Customer ops: search, the unified view, notes. Every read and write is audited.
namespace spocs {
namespace {

Result<QJsonObject> customerSearch(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString query = args.string(QStringLiteral("q"), 200);
    const int limit = int(args.optInteger(QStringLiteral("limit"), 20, 1, 50));
    if (!args.ok())
        return args.error();
    auto found = h.server().customers().search(query, limit);
    if (!found)
        return found.error();
    h.server().audit().record(RequestHandlers::auditEntry(
        session, QStringLiteral("customer.search"), QStringLiteral("search"),
        QStringLiteral("%1 results").arg(found->value(QStringLiteral("items")).toArray().size())));
    return found;
}

// Owner and backup get their live presence.
QJsonObject withPresence(RequestHandlers &h, QJsonObject customer)
{
    for (const QString &key : { QStringLiteral("owner"), QStringLiteral("backup") }) {
        QJsonObject person = customer.value(key).toObject();
        h.addPresence(person);
        if (!person.isEmpty())
            customer.insert(key, person);
    }
    return customer;
}

Result<QJsonObject> customerGet(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString id = args.string(QStringLiteral("id"), 64);
    if (!args.ok())
        return args.error();
    auto view = h.server().customers().get(id);
    if (!view)
        return view.error();
    QJsonObject data = view->toJson();
    data.insert(QStringLiteral("customer"), withPresence(h, data.value(QStringLiteral("customer")).toObject()));
    // Other users who have this customer open now (the collision banner).
    data.insert(QStringLiteral("viewers"), h.server().viewers().viewers(id, session->userId()));
    h.server().audit().record(
        RequestHandlers::auditEntry(session, QStringLiteral("customer.get"), protocol::customerTopic(id)));
    return data;
}

Result<CustomerStore::AccountChanges> readChanges(const QJsonValue &value)
{
    if (!value.isObject())
        return badField(QStringLiteral("changes"), QStringLiteral("changes must be an object"));
    const QJsonObject object = value.toObject();
    static const QStringList known { QStringLiteral("emails"),
                                     QStringLiteral("phones"),
                                     QStringLiteral("address"),
                                     QStringLiteral("preferredChannel"),
                                     QStringLiteral("language"),
                                     QStringLiteral("plan"),
                                     QStringLiteral("notes"),
                                     QStringLiteral("flags"),
                                     QStringLiteral("expectedResponseHours") };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return badField(QStringLiteral("changes"), QStringLiteral("unknown field %1").arg(it.key().left(64)));
    }
    Args c(object);
    CustomerStore::AccountChanges changes;
    if (c.has(QStringLiteral("emails")))
        changes.emails = c.stringList(QStringLiteral("emails"), 5, 254);
    if (c.has(QStringLiteral("phones")))
        changes.phones = c.stringList(QStringLiteral("phones"), 5, 40);
    if (c.has(QStringLiteral("flags")))
        changes.flags = c.stringList(QStringLiteral("flags"), 10, 32);
    if (c.has(QStringLiteral("preferredChannel")))
        changes.preferredChannel = c.string(QStringLiteral("preferredChannel"), 16);
    if (c.has(QStringLiteral("language")))
        changes.language = c.string(QStringLiteral("language"), 16);
    if (c.has(QStringLiteral("plan")))
        changes.plan = c.string(QStringLiteral("plan"), 32);
    if (c.has(QStringLiteral("notes")))
        changes.notes = c.string(QStringLiteral("notes"), CustomerStore::kMaxNoteLength);
    if (c.has(QStringLiteral("expectedResponseHours")))
        changes.expectedResponseHours = int(c.integer(QStringLiteral("expectedResponseHours"), 1, 720));
    if (!c.ok())
        return c.error();
    if (c.has(QStringLiteral("address"))) {
        const QJsonValue a = c.value(QStringLiteral("address"));
        if (!a.isObject())
            return badField(QStringLiteral("address"), QStringLiteral("address must be an object"));
        Args addr(a.toObject());
        domain::Address address;
        address.street = addr.string(QStringLiteral("street"), 200);
        address.city = addr.string(QStringLiteral("city"), 100);
        address.postcode = addr.string(QStringLiteral("postcode"), 20);
        address.country = addr.string(QStringLiteral("country"), 2);
        if (!addr.ok())
            return badField(QStringLiteral("address"), addr.error().message);
        changes.address = address;
    }
    return changes;
}

Result<QJsonObject> accountUpdate(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString customerId = args.string(QStringLiteral("customer"), 64);
    const qint64 expected = args.integer(QStringLiteral("version"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    auto changes = readChanges(args.value(QStringLiteral("changes")));
    if (!changes)
        return changes.error();
    const QString op = QString::fromUtf16(op::AccountUpdate);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto updated = h.server().customers().update(customerId, expected, changes.value());
        if (!updated)
            return updated.error();
        // Field names only: the values may be personal data.
        if (auto a = h.server().audit().recordNow(RequestHandlers::auditEntry(
                session, op, protocol::customerTopic(customerId),
                QStringLiteral("changed: %1").arg(changes->fieldNames().join(QStringLiteral(", ")))));
            !a)
            return a.error();
        const QJsonObject customer = withPresence(h, updated->value(QStringLiteral("customer")).toObject());
        const QJsonObject data { { QStringLiteral("customer"), customer },
                                 { QStringLiteral("version"), customer.value(QStringLiteral("version")) } };
        auto seq = h.server().events().publish(protocol::customerTopic(customerId),
                                               QString::fromUtf16(event::CustomerUpdated), data);
        if (!seq)
            return seq.error();
        return QJsonObject { { QStringLiteral("customer"), customer }, { QStringLiteral("seq"), *seq } };
    });
}

Result<QJsonObject> customerNoteAdd(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString customerId = args.string(QStringLiteral("customer"), 64);
    const QString text = args.string(QStringLiteral("text"), 4000);
    const bool checkVersion = args.has(QStringLiteral("version"));
    const qint64 expected = args.optInteger(QStringLiteral("version"), 0, 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const QString op = QString::fromUtf16(op::CustomerNoteAdd);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        if (checkVersion) {
            auto current = h.server().customers().customerJson(customerId);
            if (!current)
                return current.error();
            const qint64 version = current->value(QStringLiteral("version")).toInteger();
            if (version != expected) {
                return makeError(
                    ErrorCode::VersionConflict, QStringLiteral("the customer changed meanwhile"),
                    QJsonObject { { QStringLiteral("current"), version }, { QStringLiteral("expected"), expected } });
            }
        }
        auto added = h.server().customers().addNote(customerId, session->userId(), text);
        if (!added)
            return added.error();
        if (auto a = h.server().audit().recordNow(
                RequestHandlers::auditEntry(session, op, protocol::customerTopic(customerId)));
            !a)
            return a.error();
        auto seq = h.server().events().publish(protocol::customerTopic(customerId),
                                               QString::fromUtf16(event::CustomerNoteAdded), added.value());
        if (!seq)
            return seq.error();
        QJsonObject answer = added.value();
        answer.insert(QStringLiteral("seq"), *seq);
        return answer;
    });
}

} // namespace

void registerCustomerOps(RequestHandlers &handlers)
{
    FeatureOps<RequestHandlers> ops(handlers, handlers);
    ops.add(op::CustomerSearch, customerSearch);
    ops.add(op::CustomerGet, customerGet);
    ops.add(op::CustomerNoteAdd, customerNoteAdd);
    ops.add(op::AccountUpdate, accountUpdate);
}

} // namespace spocs
