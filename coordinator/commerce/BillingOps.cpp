#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/RequestHandlers.h"
#include "core/Args.h"
#include "core/Ops.h"

#include <QRegularExpression>

// Billing ops: invoice.explain (audited read) and payment.record (audited write that
// publishes invoice.updated). Cards arrive masked only: brand, BIN, last four.
namespace spocs {
namespace {

Result<QJsonObject> invoiceExplain(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString number = args.string(QStringLiteral("number"), 32);
    if (!args.ok())
        return args.error();
    auto explained = h.server().billing().explainInvoice(number);
    if (!explained)
        return explained.error();
    h.server().audit().record(RequestHandlers::auditEntry(
        session, QString::fromUtf16(op::InvoiceExplain), protocol::customerTopic(explained->invoice.customer), number));
    return explained->toJson();
}

Result<QJsonObject> paymentRecord(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const QString number = args.string(QStringLiteral("invoice"), 32);
    const QString amountText = args.string(QStringLiteral("amount"), 16);
    const QString method = args.string(QStringLiteral("method"), 16);
    const bool checkVersion = args.has(QStringLiteral("version"));
    const qint64 expected = args.optInteger(QStringLiteral("version"), 0, 1, protocol::MaxSafeInteger);
    if (!args.ok())
        return args.error();
    const auto amount = BillingStore::parseAmount(amountText);
    if (!amount || *amount <= 0)
        return badField(QStringLiteral("amount"), QStringLiteral("amount must be a positive decimal like 60.00"));
    static const QStringList methods { QStringLiteral("card"), QStringLiteral("transfer"), QStringLiteral("cash") };
    if (!methods.contains(method))
        return badField(QStringLiteral("method"), QStringLiteral("method must be card, transfer or cash"));
    std::optional<BillingStore::Card> card;
    const QJsonValue cardValue = args.value(QStringLiteral("card"));
    if (!cardValue.isUndefined() && !cardValue.isNull()) {
        if (!cardValue.isObject())
            return badField(QStringLiteral("card"), QStringLiteral("card must be {brand, bin, last4}"));
        Args c(cardValue.toObject());
        BillingStore::Card k;
        k.brand = c.string(QStringLiteral("brand"), 20).toLower();
        k.bin = c.string(QStringLiteral("bin"), 6);
        k.last4 = c.string(QStringLiteral("last4"), 4);
        static const QRegularExpression brandRe(QStringLiteral("^[a-z][a-z_ -]{1,19}$"));
        static const QRegularExpression binRe(QStringLiteral("^\\d{6}$"));
        static const QRegularExpression last4Re(QStringLiteral("^\\d{4}$"));
        if (!c.ok() || !brandRe.match(k.brand).hasMatch() || !binRe.match(k.bin).hasMatch()
            || !last4Re.match(k.last4).hasMatch())
            return badField(QStringLiteral("card"),
                            QStringLiteral("card must be {brand, bin (6 digits), last4 (4 digits)}, nothing more"));
        card = k;
    }
    if (method == u"card" && !card)
        return badField(QStringLiteral("card"), QStringLiteral("a card payment needs the masked card"));
    if (method != u"card" && card)
        return badField(QStringLiteral("card"), QStringLiteral("only card payments carry a card"));

    const QString op = QString::fromUtf16(op::PaymentRecord);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto paid = h.server().billing().recordPayment(number, *amount, method, card,
                                                       checkVersion ? std::optional<qint64>(expected) : std::nullopt,
                                                       session->userId());
        if (!paid)
            return paid.error();
        if (auto a = h.server().audit().recordNow(
                RequestHandlers::auditEntry(session, op, protocol::customerTopic(paid->customerId), number));
            !a)
            return a.error();
        auto seq = h.server().events().publish(protocol::customerTopic(paid->customerId),
                                               QString::fromUtf16(event::InvoiceUpdated),
                                               QJsonObject { { QStringLiteral("customer"), paid->customerId },
                                                             { QStringLiteral("invoice"), paid->summary.toJson() },
                                                             { QStringLiteral("balance"), paid->balance.toJson() } });
        if (!seq)
            return seq.error();
        QJsonObject answer = paid->explained.toJson();
        answer.insert(QStringLiteral("balance"), paid->balance.toJson());
        answer.insert(QStringLiteral("seq"), *seq);
        return answer;
    });
}

} // namespace

void registerBillingOps(RequestHandlers &handlers)
{
    FeatureOps<RequestHandlers> ops(handlers, handlers);
    ops.add(op::InvoiceExplain, invoiceExplain);
    ops.add(op::PaymentRecord, paymentRecord);
}

} // namespace spocs
