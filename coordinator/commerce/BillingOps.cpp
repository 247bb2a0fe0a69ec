#include "coordinator/commerce/CreditStore.h"
#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/FeatureOps.h"
#include "coordinator/server/RequestHandlers.h"
#include "core/Args.h"
#include "core/Ops.h"
#include "core/Try.h"

#include <QRegularExpression>
#include <QSet>

// Billing ops: invoice.explain (audited read), payment.record, invoice.credit, credit.decide and
// invoice.dispute / invoice.undispute (audited writes that publish invoice.updated to every open
// view of the customer; credit requests also go to the leads' approval queue on "credits").
// Cards arrive masked only: brand, BIN, last four.
namespace spocs {
namespace {

const QString kCreditsTopic = QStringLiteral("credits");

// A positive decimal amount ("60", "60.50"); bad_request naming "amount" otherwise.
Result<qint64> positiveAmount(const QString &text)
{
    const auto amount = BillingStore::parseAmount(text);
    if (!amount || *amount <= 0)
        return badField(QStringLiteral("amount"), QStringLiteral("amount must be a positive decimal like 60.00"));
    return *amount;
}

// The record's expected version, when the caller sent one.
std::optional<qint64> expectedVersion(Args &args)
{
    const bool given = args.has(QStringLiteral("version"));
    const qint64 version = args.optInteger(QStringLiteral("version"), 0, 1, protocol::MaxSafeInteger);
    return given ? std::optional<qint64>(version) : std::nullopt;
}

// Audits the write, tells every open view of the customer and answers with the invoice explained.
Result<QJsonObject> publishInvoice(RequestHandlers &h, ClientSession *session, const QString &op,
                                   const BillingStore::Outcome &outcome, const QString &detail)
{
    const QString topic = protocol::customerTopic(outcome.customerId);
    SPOCS_TRY(h.server().audit().recordNow(RequestHandlers::auditEntry(session, op, topic, detail)));
    SPOCS_TRY_LET(seq,
                  h.server().events().publish(topic, QString::fromUtf16(event::InvoiceUpdated),
                                              QJsonObject { { QStringLiteral("customer"), outcome.customerId },
                                                            { QStringLiteral("invoice"), outcome.summary.toJson() },
                                                            { QStringLiteral("balance"), outcome.balance.toJson() } }));
    QJsonObject answer = outcome.explained.toJson();
    answer.insert(QStringLiteral("balance"), outcome.balance.toJson());
    answer.insert(QStringLiteral("seq"), *seq);
    return answer;
}

// A credit request's change: to the leads' approval queue and, once a lead decided, to whoever asked.
Result<QJsonObject> publishCredit(RequestHandlers &h, ClientSession *session, const QString &op,
                                  const CreditStore::Outcome &outcome)
{
    const QString detail = QStringLiteral("%1 credit %2").arg(outcome.request.invoice).arg(outcome.request.id);
    auto answer = publishInvoice(h, session, op, outcome.invoice, detail);
    if (!answer)
        return answer;
    const QJsonObject data { { QStringLiteral("credit"), outcome.request.toJson() } };
    const QString kind = QString::fromUtf16(event::CreditUpdated);
    SPOCS_TRY(h.server().events().publish(kCreditsTopic, kind, data));
    if (outcome.requesterUserId != session->userId()) {
        SPOCS_TRY(h.server().events().publish(QStringLiteral("user:%1").arg(outcome.requesterUserId), kind, data));
    }
    QJsonObject withCredit = answer.value();
    withCredit.insert(QStringLiteral("credit"), outcome.request.toJson());
    return withCredit;
}

Result<QJsonObject> invoiceExplain(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString number = args.string(QStringLiteral("number"), 32);
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(explained, h.server().billing().explainInvoice(number));
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
        SPOCS_TRY_LET(paid,
                      h.server().billing().recordPayment(number, *amount, method, card,
                                                         checkVersion ? std::optional<qint64>(expected) : std::nullopt,
                                                         session->userId()));
        return publishInvoice(h, session, op, *paid, number);
    });
}

Result<QJsonObject> invoiceCredit(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    CreditStore::Request request;
    request.invoice = args.string(QStringLiteral("invoice"), 32);
    const QString amountText = args.string(QStringLiteral("amount"), 16);
    request.reason = args.string(QStringLiteral("reason"), 500).trimmed();
    const QString kind = args.optString(QStringLiteral("kind"), QStringLiteral("credit"), 16);
    request.expectedVersion = expectedVersion(args);
    if (!args.ok())
        return args.error();
    SPOCS_TRY_LET(amount, positiveAmount(amountText));
    request.amountCents = *amount;
    if (!domain::fromWireName(kind, &request.kind))
        return badField(QStringLiteral("kind"), QStringLiteral("kind must be credit or refund"));
    if (request.reason.isEmpty())
        return badField(QStringLiteral("reason"), QStringLiteral("a credit or refund needs a reason"));

    const QString op = QString::fromUtf16(op::InvoiceCredit);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        auto done
            = CreditStore(h.server().db()).request(request, h.server().config().creditLimitCents, session->userId());
        if (!done)
            return done.error();
        return publishCredit(h, session, op, *done);
    });
}

Result<QJsonObject> creditList(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString statusName = args.optString(QStringLiteral("status"), {}, 32);
    const int limit = int(args.optInteger(QStringLiteral("limit"), 100, 1, 500));
    if (!args.ok())
        return args.error();
    std::optional<domain::CreditStatus> status;
    if (!statusName.isEmpty()) {
        status = domain::fromWireName<domain::CreditStatus>(statusName);
        if (!status)
            return badField(QStringLiteral("status"),
                            QStringLiteral("status must be pending_approval, applied or rejected"));
    }
    SPOCS_TRY_LET(credits, CreditStore(h.server().db()).list(status, limit));
    QJsonArray items;
    QSet<QString> customers;
    for (const domain::CreditRequest &c : *credits) {
        items.append(c.toJson());
        customers.insert(c.customer);
    }
    // A read of each listed customer's billing, audited like invoice.explain.
    for (const QString &customer : std::as_const(customers))
        h.server().audit().record(RequestHandlers::auditEntry(session, QString::fromUtf16(op::CreditList),
                                                              protocol::customerTopic(customer),
                                                              QStringLiteral("credit requests")));
    return QJsonObject { { QStringLiteral("items"), items } };
}

Result<QJsonObject> creditDecide(RequestHandlers &h, ClientSession *session, Args &args)
{
    const QString cid = args.cid();
    const qint64 id = args.integer(QStringLiteral("id"), 1, protocol::MaxSafeInteger);
    const QJsonValue approve = args.value(QStringLiteral("approve"));
    const QString note = args.optString(QStringLiteral("note"), {}, 500).trimmed();
    const std::optional<qint64> version = expectedVersion(args);
    if (!args.ok())
        return args.error();
    if (!approve.isBool())
        return badField(QStringLiteral("approve"), QStringLiteral("approve must be true or false"));

    const QString op = QString::fromUtf16(op::CreditDecide);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(done,
                      CreditStore(h.server().db()).decide(id, approve.toBool(), note, version, session->userId()));
        return publishCredit(h, session, op, *done);
    });
}

Result<QJsonObject> setDisputed(RequestHandlers &h, ClientSession *session, Args &args, bool disputed)
{
    const QString cid = args.cid();
    const QString number = args.string(QStringLiteral("invoice"), 32);
    const QString reason = disputed ? args.string(QStringLiteral("reason"), 500).trimmed()
                                    : args.optString(QStringLiteral("reason"), {}, 500).trimmed();
    const std::optional<qint64> version = expectedVersion(args);
    if (!args.ok())
        return args.error();
    if (disputed && reason.isEmpty())
        return badField(QStringLiteral("reason"), QStringLiteral("a dispute needs the customer's reason"));
    const QString op = QString::fromUtf16(disputed ? op::InvoiceDispute : op::InvoiceUndispute);
    return h.applyOnce(session, op, cid, [&]() -> Result<QJsonObject> {
        SPOCS_TRY_LET(done,
                      CreditStore(h.server().db()).setDisputed(number, disputed, reason, version, session->userId()));
        return publishInvoice(h, session, op, *done, number);
    });
}

} // namespace

void registerBillingOps(RequestHandlers &handlers)
{
    FeatureOps<RequestHandlers> ops(handlers, handlers);
    ops.add(op::InvoiceExplain, invoiceExplain);
    ops.add(op::PaymentRecord, paymentRecord);
    ops.add(op::InvoiceCredit, invoiceCredit);
    ops.add(op::CreditList, creditList);
    ops.add(op::CreditDecide, creditDecide);
    ops.add(op::InvoiceDispute,
            [](RequestHandlers &h, ClientSession *s, Args &a) { return setDisputed(h, s, a, true); });
    ops.add(op::InvoiceUndispute,
            [](RequestHandlers &h, ClientSession *s, Args &a) { return setDisputed(h, s, a, false); });
}

} // namespace spocs
