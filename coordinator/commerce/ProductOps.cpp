#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/RequestHandlers.h"
#include "core/Args.h"
#include "core/Ops.h"

// Product ops: catalogue search and detail with live availability. No customer data,
// so nothing to audit; changes arrive as product.updated on product:<sku>.
namespace spocs {
namespace {

Result<QJsonObject> productSearch(RequestHandlers &h, ClientSession *, Args &args)
{
    const QString query = args.optString(QStringLiteral("q"), {}, 200);
    const int limit = int(args.optInteger(QStringLiteral("limit"), 20, 1, ProductStore::kMaxSearchLimit));
    if (!args.ok())
        return args.error();
    return h.server().products().search(query, limit);
}

Result<QJsonObject> productGet(RequestHandlers &h, ClientSession *, Args &args)
{
    const QString sku = args.string(QStringLiteral("sku"), 64);
    if (!args.ok())
        return args.error();
    return h.server().products().get(sku);
}

} // namespace

void registerProductOps(RequestHandlers &handlers)
{
    FeatureOps<RequestHandlers> ops(handlers, handlers);
    ops.add(op::ProductSearch, productSearch);
    ops.add(op::ProductGet, productGet);
}

} // namespace spocs
