#include "coordinator/contacts/ContactRouter.h"
#include "coordinator/contacts/FollowUpStore.h"
#include "coordinator/customers/Reassignment.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/RequestHandlers.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/AuditDetail.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QJsonArray>

#include <limits>

// Customer ops: search, the unified view, notes. Every read and write is audited.
namespace spocs {
namespace {

Result<QJsonObject> customerSearch(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString query = args.string(QStringLiteral("q"), 200);
    const int limit = int(args.optInteger(QStringLiteral("limit"), 20, 1, 50));
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(found, h.server().customers().search(query, limit));
    const QJsonArray items = found->value(QStringLiteral("items")).toArray();
    h.server().audit().record(RequestHandlers::auditEntry(
        session, QStringLiteral("customer.search"), QStringLiteral("search"), auditdetail::resultCount(items.size())));
    // Each hit shows a customer's name and contact details: a read of that customer, found by an
    // audit query for them. The query text stays out of the log: it may be someone's name, phone
    // number or e-mail address, and the log can never be purged.
    for (const QJsonValue &item : items) {
        h.server().audit().record(RequestHandlers::auditEntry(
            session, QStringLiteral("customer.search"),
            protocol::customerTopic(item.toObject().value(QStringLiteral("id")).toString())));
    }
    return found;
}

// customer.owned: the Team view's list of one user's customers (a lead's read of customer data: audited).
Result<QJsonObject> customerOwned(RequestHandlers &h, ClientSession *session, Args &args)
{
    const qint64 user = args.integer(QStringLiteral("user"), 1, std::numeric_limits<qint32>::max());
    const int limit = int(args.optInteger(QStringLiteral("limit"), 200, 1, 500));
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(owned, h.server().customers().ownedBy(user, limit));
    h.server().audit().record(
        RequestHandlers::auditEntry(session, QStringLiteral("customer.owned"), QStringLiteral("user:%1").arg(user),
                                    auditdetail::resultCount(owned->value(QStringLiteral("items")).toArray().size())));
    return owned;
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
    SPOCS_TRY_LET(view, h.server().customers().get(id));
    QJsonObject data = view->toJson();
    data.insert(QStringLiteral("customer"), withPresence(h, data.value(QStringLiteral("customer")).toObject()));
    // Other users who have this customer open now (the collision banner).
    data.insert(QStringLiteral("viewers"), h.server().viewers().viewers(id, session->userId()));
    h.server().audit().record(
        RequestHandlers::auditEntry(session, QStringLiteral("customer.get"), protocol::customerTopic(id)));
    return data;
}

// The Orders and History tabs' "older" pages: reads of the customer, audited as customer.get is.
Result<QJsonObject> customerOrders(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString id = args.string(QStringLiteral("customer"), 64);
    const QString before = args.string(QStringLiteral("before"), 32);
    const int limit = int(args.optInteger(QStringLiteral("limit"), 50, 1, 200));
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(page, h.server().customers().olderOrders(id, before, limit));
    h.server().audit().record(RequestHandlers::auditEntry(session, QString::fromUtf16(op::CustomerOrders),
                                                          protocol::customerTopic(id),
                                                          auditdetail::resultCount(page->orders.size())));
    return page->toJson();
}

Result<QJsonObject> customerHistory(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString id = args.string(QStringLiteral("customer"), 64);
    const qint64 before = args.integer(QStringLiteral("before"), 1, protocol::MaxSafeInteger);
    const int limit = int(args.optInteger(QStringLiteral("limit"), 100, 1, 500));
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(page, h.server().customers().olderHistory(id, before, limit));
    h.server().audit().record(RequestHandlers::auditEntry(session, QString::fromUtf16(op::CustomerHistory),
                                                          protocol::customerTopic(id),
                                                          auditdetail::resultCount(page->items.size())));
    return page->toJson();
}

Result<domain::Address> readAddress(const QJsonValue &value)
{
    if (!value.isObject())
        return badField(QStringLiteral("address"), QStringLiteral("address must be an object"));
    Args addr(value.toObject());
    domain::Address address;
    address.street = addr.string(QStringLiteral("street"), 200);
    address.city = addr.string(QStringLiteral("city"), 100);
    address.postcode = addr.string(QStringLiteral("postcode"), 20);
    address.country = addr.string(QStringLiteral("country"), 2);
    if (!addr.ok())
        return badField(QStringLiteral("address"), addr.error().message);
    return address;
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
        SPOCS_TRY_LET(address, readAddress(c.value(QStringLiteral("address"))));
        changes.address = *address;
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
    SPOCS_TRY_LET(changes, readChanges(args.value(QStringLiteral("changes"))));
    const QString op = QString::fromUtf16(op::AccountUpdate);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(updated, h.server().customers().update(customerId, expected, changes.value()));
        // Field names only: the values may be personal data.
        SPOCS_TRY(h.server().audit().recordNow(RequestHandlers::auditEntry(
            session, op, protocol::customerTopic(customerId),
            QStringLiteral("changed: %1").arg(changes->fieldNames().join(QStringLiteral(", "))))));
        const QJsonObject customer = withPresence(h, updated->value(QStringLiteral("customer")).toObject());
        const QJsonObject data { { QStringLiteral("customer"), customer },
                                 { QStringLiteral("version"), customer.value(QStringLiteral("version")) } };
        SPOCS_TRY_LET(seq,
                      h.server().events().publish(protocol::customerTopic(customerId),
                                                  QString::fromUtf16(event::CustomerUpdated), data));
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
            SPOCS_TRY_LET(current, h.server().customers().customerJson(customerId));
            const qint64 version = current->value(QStringLiteral("version")).toInteger();
            if (version != expected) {
                return versionConflict("customer", version, expected);
            }
        }
        SPOCS_TRY_LET(added, h.server().customers().addNote(customerId, session->userId(), text));
        SPOCS_TRY(h.server().audit().recordNow(
            RequestHandlers::auditEntry(session, op, protocol::customerTopic(customerId))));
        return h.server().events().publishAndAnswer(protocol::customerTopic(customerId),
                                                    QString::fromUtf16(event::CustomerNoteAdded), added.value());
    });
}

// The customer.create args as a draft; lengths and types checked, contents by the store.
Result<domain::CustomerDraft> readDraft(Args &args)
{
    domain::CustomerDraft draft;
    draft.name = args.string(QStringLiteral("name"), CustomerStore::kMaxNameLength);
    if (args.has(QStringLiteral("company")))
        draft.company = args.optString(QStringLiteral("company"), {}, CustomerStore::kMaxNameLength);
    if (args.has(QStringLiteral("emails")))
        draft.emails = args.stringList(QStringLiteral("emails"), 5, 254);
    if (args.has(QStringLiteral("phones")))
        draft.phones = args.stringList(QStringLiteral("phones"), 5, 40);
    if (args.has(QStringLiteral("language")))
        draft.language = args.optString(QStringLiteral("language"), QStringLiteral("en"), 16);
    if (args.has(QStringLiteral("preferredChannel")))
        draft.preferredChannel = args.optString(QStringLiteral("preferredChannel"), QStringLiteral("phone"), 16);
    if (!args.ok())
        return args.error();
    if (args.has(QStringLiteral("address")) && !args.value(QStringLiteral("address")).isNull()) {
        SPOCS_TRY_LET(address, readAddress(args.value(QStringLiteral("address"))));
        draft.address = *address;
    }
    return draft;
}

Result<QJsonObject> customerCreate(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const bool force = args.optBool(QStringLiteral("force"), false);
    SPOCS_TRY_LET(draft, readDraft(args));
    if (!args.ok())
        return args.error();
    // The cleaned details are what duplicates are looked up by.
    SPOCS_TRY_LET(emails, CustomerStore::validEmails(draft->emails));
    SPOCS_TRY_LET(phones, CustomerStore::validPhones(draft->phones));
    const QString op = QString::fromUtf16(op::CustomerCreate);
    CustomerStore &customers = h.server().customers();
    std::optional<QJsonArray> candidates;
    auto created = h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(duplicates, customers.duplicates(*emails, *phones));
        if (!duplicates->isEmpty() && !force) {
            candidates = QJsonArray();
            for (const domain::CustomerSearchHit &hit : std::as_const(*duplicates))
                candidates->append(hit.toJson());
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("a customer with this e-mail address or phone number exists"),
                             QJsonObject { { QStringLiteral("candidates"), *candidates } });
        }
        SPOCS_TRY_LET(made, customers.create(*draft, session->userId(), session->userId()));
        const QString topic = protocol::customerTopic(made->id);
        SPOCS_TRY(h.server().audit().recordNow(RequestHandlers::auditEntry(
            session, op, topic,
            duplicates->isEmpty()
                ? QString()
                : QStringLiteral("created despite possible duplicates: %1").arg(duplicates->size()))));
        SPOCS_TRY_LET(customer, customers.customerJson(made->id));
        const QJsonObject withOwner = withPresence(h, *customer);
        SPOCS_TRY_LET(seq,
                      h.server().events().publish(
                          topic, QString::fromUtf16(event::CustomerUpdated),
                          QJsonObject { { QStringLiteral("customer"), withOwner },
                                        { QStringLiteral("version"), withOwner.value(QStringLiteral("version")) } }));
        return QJsonObject { { QStringLiteral("customer"), withOwner }, { QStringLiteral("seq"), *seq } };
    });
    // The candidates are customer records the caller now saw: a read of each.
    if (candidates) {
        for (const QJsonValue &candidate : std::as_const(*candidates)) {
            h.server().audit().record(RequestHandlers::auditEntry(
                session, QStringLiteral("customer.create.duplicate"),
                protocol::customerTopic(candidate.toObject().value(QStringLiteral("id")).toString())));
        }
    }
    return created;
}

// customer.reassign (the moving itself is Reassignment's): audit, customer.updated for open views, follow-up
// lists of both owners, customer.reassigned to the old owners and the new one.
Result<QJsonObject> customerReassign(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    Reassignment::Request request;
    const bool byList = args.has(QStringLiteral("customers"));
    if (byList)
        request.customers = args.stringList(QStringLiteral("customers"), Reassignment::kMaxCustomers, 64);
    if (args.has(QStringLiteral("from")))
        request.from = args.integer(QStringLiteral("from"), 1, protocol::MaxSafeInteger);
    request.owner = args.integer(QStringLiteral("owner"), 1, protocol::MaxSafeInteger);
    if (args.has(QStringLiteral("backup")) && !args.value(QStringLiteral("backup")).isNull())
        request.backup = args.integer(QStringLiteral("backup"), 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    if (byList == request.from.has_value())
        return badField(QStringLiteral("customers"), QStringLiteral("give either customers or from"));
    if (byList && request.customers.isEmpty())
        return badField(QStringLiteral("customers"), QStringLiteral("customers is empty"));
    request.by = session->userId();
    const QString op = QString::fromUtf16(op::CustomerReassign);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(moved, Reassignment(h.server().db()).move(request));
        const domain::CustomerReassignment &summary = moved->summary;
        const QString detail = QStringLiteral("owner %1").arg(summary.owner.login);
        CustomerStore &customers = h.server().customers();
        for (const domain::CustomerRef &ref : summary.customers) {
            const QString topic = protocol::customerTopic(ref.id);
            SPOCS_TRY(h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, topic, detail)));
            SPOCS_TRY_LET(customer, customers.customerJson(ref.id));
            const QJsonObject json = withPresence(h, *customer);
            SPOCS_TRY(h.server().events().publish(
                topic, QString::fromUtf16(event::CustomerUpdated),
                QJsonObject { { QStringLiteral("customer"), json },
                              { QStringLiteral("version"), json.value(QStringLiteral("version")) } }));
        }
        // Follow-up lists of both owners and open contact views follow.
        FollowUpStore followUps(h.server().db());
        const QString followUpKind = QString::fromUtf16(event::FollowUpUpdated);
        QList<qint64> told = moved->previousOwners;
        told.append(summary.owner.id);
        for (const qint64 contact : summary.followUps) {
            SPOCS_TRY_LET(followUp,
                          followUps.json(contact, h.server().db().now(), h.server().config().followUpWarningMinutes));
            const QJsonObject data { { QStringLiteral("followUp"), *followUp } };
            for (const qint64 user : std::as_const(told)) {
                SPOCS_TRY(h.server().events().publish(QStringLiteral("user:%1").arg(user), followUpKind, data));
            }
            SPOCS_TRY(h.server().events().publish(QStringLiteral("contact:%1").arg(contact), followUpKind, data));
            SPOCS_TRY(h.contactRouter().publish(contact));
        }
        const QJsonObject data = summary.toJson();
        for (const qint64 user : std::as_const(told)) {
            SPOCS_TRY(h.server().events().publish(QStringLiteral("user:%1").arg(user),
                                                  QString::fromUtf16(event::CustomerReassigned), data));
        }
        QJsonObject answer = data;
        answer.insert(QStringLiteral("seq"), h.server().events().head());
        return answer;
    });
}

} // namespace

void registerCustomerOps(RequestHandlers &handlers)
{
    FeatureOps<RequestHandlers> ops(handlers, handlers);
    ops.add(op::CustomerSearch, customerSearch);
    ops.add(op::CustomerGet, customerGet);
    ops.add(op::CustomerOrders, customerOrders);
    ops.add(op::CustomerHistory, customerHistory);
    ops.add(op::CustomerNoteAdd, customerNoteAdd);
    ops.add(op::AccountUpdate, accountUpdate);
    ops.add(op::CustomerCreate, customerCreate);
    ops.add(op::CustomerReassign, customerReassign);
    ops.add(op::CustomerOwned, customerOwned);
}

} // namespace spocs
