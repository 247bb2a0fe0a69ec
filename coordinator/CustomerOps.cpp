#include "coordinator/ClientSession.h"
#include "coordinator/CoordinatorServer.h"
#include "coordinator/RequestHandlers.h"
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

Result<QJsonObject> customerGet(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString id = args.string(QStringLiteral("id"), 64);
    if (!args.ok())
        return args.error();
    auto view = h.server().customers().get(id);
    if (!view)
        return view.error();
    QJsonObject data = view.value();
    QJsonObject customer = data.value(QStringLiteral("customer")).toObject();
    for (const QString key : { QStringLiteral("owner"), QStringLiteral("backup") }) {
        QJsonObject person = customer.value(key).toObject();
        h.addPresence(person);
        if (!person.isEmpty())
            customer.insert(key, person);
    }
    data.insert(QStringLiteral("customer"), customer);
    h.server().audit().record(
        RequestHandlers::auditEntry(session, QStringLiteral("customer.get"), protocol::customerTopic(id)));
    return data;
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
            auto current = h.server().customers().get(customerId);
            if (!current)
                return current.error();
            const qint64 version
                = current->value(QStringLiteral("customer")).toObject().value(QStringLiteral("version")).toInteger();
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
    auto bind = [&handlers](auto fn) {
        return [&handlers, fn](ClientSession *s, Args &a) {
            return fn(handlers, s, a);
        };
    };
    handlers.registerOp(QString::fromUtf16(op::CustomerSearch), bind(customerSearch));
    handlers.registerOp(QString::fromUtf16(op::CustomerGet), bind(customerGet));
    handlers.registerOp(QString::fromUtf16(op::CustomerNoteAdd), bind(customerNoteAdd));
}

} // namespace spocs
