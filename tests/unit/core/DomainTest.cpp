#include "core/domain/Catalogue.h"
#include "core/domain/Commerce.h"
#include "core/domain/Consult.h"
#include "core/domain/Contact.h"
#include "core/domain/Conversation.h"
#include "core/domain/Customer.h"
#include "core/domain/CustomerView.h"
#include "core/domain/Knowledge.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::domain;

namespace {

QJsonObject wire(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    return doc.object();
}

QByteArray text(const QJsonObject &obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

// What the coordinator sends reads into the type and is written back byte for byte, and
// the value survives its own round trip.
template<typename T> T expectWireRoundTrip(const char *json)
{
    const QJsonObject sent = wire(json);
    EXPECT_FALSE(sent.isEmpty());
    const T value = T::fromJson(sent);
    EXPECT_EQ(text(value.toJson()), text(sent));
    EXPECT_EQ(T::fromJson(value.toJson()), value);
    return value;
}

} // namespace

TEST(Money, FormatsCentsAsADecimalStringWithTwoPlaces)
{
    EXPECT_EQ(Money { 12050 }.toString(), QStringLiteral("120.50"));
    EXPECT_EQ(Money { 5 }.toString(), QStringLiteral("0.05"));
    EXPECT_EQ(Money { -6000 }.toString(), QStringLiteral("-60.00"));
    EXPECT_EQ(Money { 0 }.toString(), QStringLiteral("0.00"));
}

TEST(Money, ParsesDecimalStringsAndRefusesEverythingElse)
{
    EXPECT_EQ(Money::parse(u"120.50"), Money { 12050 });
    EXPECT_EQ(Money::parse(u"60.5"), Money { 6050 });
    EXPECT_EQ(Money::parse(u"60"), Money { 6000 });
    EXPECT_EQ(Money::parse(u"-60.00"), Money { -6000 });
    EXPECT_FALSE(Money::parse(u"60.555"));
    EXPECT_FALSE(Money::parse(u"1e3"));
    EXPECT_FALSE(Money::parse(u""));
    EXPECT_FALSE(Money::parse(u"sixty"));
}

TEST(WireEnum, EveryStatusHasOneNameBothWays)
{
    for (int i = 0; i <= int(OrderStatus::Returned); ++i) {
        const auto status = OrderStatus(i);
        EXPECT_EQ(fromWireName<OrderStatus>(wireName(status)), status);
    }
    EXPECT_EQ(wireName(ContactState::AfterContactWork), QStringLiteral("after_contact_work"));
    EXPECT_EQ(wireName(PaymentMethod::DirectDebit), QStringLiteral("direct_debit"));
    EXPECT_EQ(wireName(ArticleStatus::InReview), QStringLiteral("in_review"));
    EXPECT_FALSE(fromWireName<OrderStatus>(u"lost"));
    EXPECT_FALSE(fromWireName<ConsultState>(u""));
}

TEST(OrderStatusRules, MatchWhatTheCoordinatorAllows)
{
    EXPECT_TRUE(linesChangeable(OrderStatus::Placed));
    EXPECT_FALSE(linesChangeable(OrderStatus::Picked));
    EXPECT_TRUE(addressChangeable(OrderStatus::Picked));
    EXPECT_TRUE(cancellable(OrderStatus::Draft));
    EXPECT_FALSE(cancellable(OrderStatus::Shipped));
    EXPECT_TRUE(isOpen(OrderStatus::Shipped));
    EXPECT_FALSE(isOpen(OrderStatus::Delivered));
}

TEST(DomainJson, CustomerOfTheUnifiedView)
{
    const auto c = expectWireRoundTrip<Customer>(R"({"id":"C-1042","name":"Jürgen Müller","company":"Müller GmbH",
        "emails":["juergen.mueller1042@mail.example"],"phones":["+49 30 4417781"],
        "address":{"street":"Hauptstraße 12","city":"Berlin","postcode":"10115","country":"DE"},
        "language":"de","flags":["vip"],"notes":"","preferredChannel":"phone","expectedResponseHours":24,"version":3,
        "createdAt":"2021-03-04T09:12:44.000Z","updatedAt":"2024-05-02T10:01:02.117Z",
        "owner":{"id":3,"login":"agent3","name":"Léa Martin","presence":"available"},
        "backup":{"id":9,"login":"agent9","name":"Chiara Fontana","presence":"offline"},
        "account":{"number":"A-101042","status":"active","plan":"premium","creditLimit":"2500.00","balance":"120.50",
                   "currency":"EUR","openedOn":"2021-03-04","version":1}})");
    EXPECT_EQ(c.account->balance, Money { 12050 });
    EXPECT_EQ(c.owner->presence, PresenceState::Available);
    EXPECT_EQ(c.address->city, QStringLiteral("Berlin"));
}

TEST(DomainJson, TheUnifiedViewAsCustomerGetSendsIt)
{
    const auto view = expectWireRoundTrip<CustomerView>(R"({"customer":{"id":"C-7","name":"Ann Lee","company":"",
        "emails":[],"phones":[],"address":null,"language":"en","flags":[],"notes":"","preferredChannel":"email",
        "expectedResponseHours":0,"version":1,"createdAt":"2021-03-04T09:12:44.000Z","updatedAt":"2021-03-04T09:12:44.000Z",
        "owner":null,"backup":null,"account":null},
        "openOrders":[{"number":"O-200311","status":"placed","total":"89.99","currency":"EUR",
                       "createdAt":"2024-05-04T08:00:00.000Z","promisedOn":null,"lineCount":2,"version":1}],
        "orders":[],"moreOrders":false,"invoices":[{"number":"I-300001","issuedOn":"2024-04-01","dueOn":"2024-05-01","total":"100.00",
                                 "balance":"40.00","currency":"EUR","status":"open","overdue":true,
                                 "pendingCredit":"0.00"}],
        "balance":{"amount":"40.00","currency":"EUR","overdue":"40.00"},"cards":[],
        "recentHistory":[{"id":913,"at":"2024-05-04T08:00:00.000Z","type":"note","author":"agent3","text":"Called back"}],
        "moreHistory":true,"openContacts":[],"contacts":[],
        "viewers":[{"user":{"id":2,"login":"agent2","name":"Tomasz Nowicki"},"onContact":true}]})");
    EXPECT_EQ(view.allOrders().size(), 1);
    EXPECT_EQ(view.invoices.first().balance, Money { 4000 });
    EXPECT_TRUE(view.viewers.first().onContact);
    EXPECT_TRUE(view.moreHistory);
}

TEST(DomainJson, PagesOfOlderOrdersAndHistory)
{
    const auto orders = expectWireRoundTrip<OrderPage>(R"({"orders":[{"number":"O-200102","status":"delivered",
        "total":"12.00","currency":"EUR","createdAt":"2023-01-04T08:00:00.000Z","promisedOn":null,"lineCount":1,
        "version":3}],"more":true})");
    EXPECT_EQ(orders.orders.size(), 1);
    EXPECT_TRUE(orders.more);
    const auto history = expectWireRoundTrip<HistoryPage>(R"({"items":[{"id":12,"at":"2023-01-04T08:00:00.000Z",
        "type":"order","author":"","text":"Order O-200102 placed","ref":"O-200102"}],"more":false})");
    EXPECT_EQ(history.items.first().ref, QStringLiteral("O-200102"));
    EXPECT_FALSE(history.more);
}

TEST(DomainJson, CustomerWithoutOwnerAddressOrAccountSendsNulls)
{
    Customer c;
    c.id = QStringLiteral("C-1");
    const QJsonObject json = c.toJson();
    EXPECT_TRUE(json.value(QStringLiteral("owner")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("backup")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("address")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("account")).isNull());
    EXPECT_EQ(Customer::fromJson(json), c);
}

TEST(DomainJson, CustomerListsAndSearch)
{
    expectWireRoundTrip<Card>(R"({"brand":"visa","bin":"411111","last4":"1111"})");
    expectWireRoundTrip<Balance>(R"({"amount":"120.50","currency":"EUR","overdue":"120.50"})");
    expectWireRoundTrip<HistoryItem>(R"({"id":912,"at":"2024-05-04T08:00:00.000Z","type":"order","author":"agent3",
        "text":"Order O-200311 placed: 2 lines, total 89.99 EUR","ref":"O-200311"})");
    const auto note = expectWireRoundTrip<HistoryItem>(
        R"({"id":913,"at":"2024-05-04T08:00:00.000Z","type":"note","author":"agent3","text":"Called back"})");
    EXPECT_FALSE(note.ref);
    expectWireRoundTrip<Viewer>(R"({"user":{"id":2,"login":"agent2","name":"Tomasz Nowicki"},"onContact":false})");
    expectWireRoundTrip<CustomerSearchHit>(R"({"id":"C-1042","name":"Jürgen Müller","company":"Müller GmbH",
        "email":"juergen.mueller1042@mail.example","phone":"+49 30 4417781","account":"A-101042",
        "owner":{"id":3,"login":"agent3","name":"Léa Martin"},"match":"order","number":"O-200311"})");
    expectWireRoundTrip<CustomerSearchHit>(R"({"id":"C-7","name":"X","company":"","email":"","phone":"",
        "account":"","owner":null,"match":"name","number":""})");
}

TEST(DomainJson, ProductsAndOrders)
{
    expectWireRoundTrip<Product>(R"({"sku":"P-10020","name":"Mini Printer","description":"Printer — Mini edition.",
        "price":"219.99","currency":"EUR","stockOnHand":1,"reserved":0,"available":1,"leadTimeDays":6,
        "discontinued":false,"version":1})");
    const auto summary = expectWireRoundTrip<OrderSummary>(R"({"number":"O-200311","status":"placed","total":"89.99",
        "currency":"EUR","createdAt":"2024-05-04T08:00:00.000Z","promisedOn":"2024-05-09","lineCount":2,"version":1})");
    EXPECT_EQ(summary.status, OrderStatus::Placed);
    expectWireRoundTrip<OrderSummary>(R"({"number":"O-1","status":"delivered","total":"0.00","currency":"EUR",
        "createdAt":"2024-05-04T08:00:00.000Z","promisedOn":null,"lineCount":0,"version":4})");
    const auto order = expectWireRoundTrip<Order>(R"({"number":"O-200311","customer":"C-1042","status":"placed",
        "lines":[{"sku":"P-10002","name":"Pro Router","quantity":1,"unitPrice":"112.99","lineTotal":"112.99"}],
        "subtotal":"112.99","shipping":"0.00","tax":"21.46","total":"134.45","currency":"EUR",
        "shippingAddress":{"street":"Hauptstraße 12","city":"Berlin","postcode":"10115","country":"DE"},
        "promisedOn":"2024-05-09","createdAt":"2024-05-04T08:00:00.000Z","updatedAt":"2024-05-04T08:00:00.000Z",
        "version":1,"history":[{"at":"2024-05-04T08:00:00.000Z","author":"agent3","action":"placed",
        "detail":"1 line, total 134.45 EUR"}],"cancelReason":null})");
    EXPECT_EQ(order.summary().lineCount, 1);
    EXPECT_EQ(order.summary().total, Money { 13445 });
    OrderSummary withoutLines = order.summary();
    withoutLines.lineCount = 0;
    EXPECT_EQ(Order::fromSummary(order.summary()).summary(), withoutLines);
    const auto cancelled = expectWireRoundTrip<Order>(R"({"number":"O-2","customer":"C-1","status":"cancelled",
        "lines":[],"subtotal":"0.00","shipping":"0.00","tax":"0.00","total":"0.00","currency":"EUR",
        "shippingAddress":{"street":"","city":"","postcode":"","country":""},"promisedOn":null,
        "createdAt":"a","updatedAt":"b","version":3,"history":[],"cancelReason":"Customer changed their mind"})");
    EXPECT_EQ(cancelled.cancelReason, QStringLiteral("Customer changed their mind"));
}

TEST(DomainJson, InvoicesPaymentsAndExplanation)
{
    const auto summary = expectWireRoundTrip<InvoiceSummary>(R"({"number":"I-300120","issuedOn":"2024-03-01",
        "dueOn":"2024-03-31","total":"100.00","balance":"0.00","currency":"EUR","status":"paid","overdue":false,
        "pendingCredit":"0.00"})");
    InvoiceSummary open = summary;
    open.status = InvoiceStatus::Open;
    open.balance = Money { 3000 };
    open.markOverdue(QStringLiteral("2024-04-01"));
    EXPECT_TRUE(open.overdue);
    open.markOverdue(QStringLiteral("2024-03-31"));
    EXPECT_FALSE(open.overdue);

    const auto invoice = expectWireRoundTrip<Invoice>(R"({"number":"I-300120","customer":"C-1042",
        "issuedOn":"2024-03-01","dueOn":"2024-03-31","status":"open","total":"100.00","balance":"30.00",
        "currency":"EUR","overdue":true,"version":3,
        "lines":[{"description":"Pro Router","quantity":1,"unitPrice":"79.13","lineTotal":"79.13"},
                 {"description":"Shipping","quantity":1,"unitPrice":"4.90","lineTotal":"4.90"}],
        "payments":[{"at":"2024-04-02","amount":"60.00","method":"card","card":{"brand":"visa","last4":"1111"}},
                    {"at":"2024-04-03","amount":"1.00","method":"direct_debit"}],
        "creditNotes":[{"number":"CN-1","at":"2024-04-05T10:00:00.000Z","amount":"10.00","reason":"Late delivery",
                        "kind":"credit"}],
        "pendingCredit":"80.00","disputeReason":null,
        "creditRequests":[{"id":7,"customer":"C-1042","invoice":"I-300120","kind":"refund","amount":"80.00",
          "currency":"EUR","reason":"Goodwill","status":"pending_approval","requestedBy":"agent1",
          "requestedAt":"2024-04-06T09:00:00.000Z","decidedBy":null,"decidedAt":null,"note":null,"creditNote":null,
          "version":1}]})");
    EXPECT_TRUE(invoice.creditRequests.at(0).isPending());
    EXPECT_EQ(invoice.creditRequests.at(0).kind, CreditKind::Refund);
    EXPECT_EQ(invoice.summary().pendingCredit, Money { 8000 });
    EXPECT_FALSE(invoice.payments.at(0).card->bin);
    EXPECT_EQ(invoice.payments.at(1).method, PaymentMethod::DirectDebit);
    EXPECT_EQ(invoice.summary().balance, Money { 3000 });
    EXPECT_EQ(Invoice::fromSummary(invoice.summary()).summary(), invoice.summary());
    const auto paid = expectWireRoundTrip<ExplanationLine>(
        R"j({"kind":"payment","label":"Payment 2024-04-02 (card ending 1111)","amount":"-60.00","ref":"",
            "payment":{"at":"2024-04-02","amount":"60.00","method":"card","card":{"brand":"visa","last4":"1111"}}})j");
    EXPECT_EQ(paid.kind, ExplanationKind::Payment);
    EXPECT_EQ(paid.payment->card->last4, QStringLiteral("1111"));
    expectWireRoundTrip<ExplanationLine>(
        R"j({"kind":"credit_note","label":"Credit note CN-1","amount":"-10.00","ref":"CN-1","payment":null})j");
}

TEST(DomainJson, CreditRequestDecidedByALead)
{
    const auto credit = expectWireRoundTrip<CreditRequest>(R"({"id":12,"customer":"C-1042","invoice":"I-300120",
        "kind":"credit","amount":"75.50","currency":"EUR","reason":"Late delivery","status":"applied",
        "requestedBy":"agent1","requestedAt":"2026-12-06T10:00:00.000Z","decidedBy":"lead1",
        "decidedAt":"2026-12-06T10:05:00.000Z","note":"ok","creditNote":"CN-400003","version":2})");
    EXPECT_EQ(credit.amount, Money { 7550 });
    EXPECT_EQ(credit.status, CreditStatus::Applied);
    EXPECT_FALSE(credit.isPending());
    EXPECT_EQ(wireName(CreditStatus::PendingApproval), QStringLiteral("pending_approval"));
    EXPECT_FALSE(fromWireName<CreditKind>(u"chargeback"));
}

TEST(DomainJson, ContactWithEverything)
{
    const auto contact = expectWireRoundTrip<Contact>(
        R"({"id":41,"channel":"phone","direction":"outbound","state":"closed","version":9,
        "createdAt":"2024-05-04T08:00:00.000Z","updatedAt":"2024-05-04T08:20:00.000Z",
        "customer":{"id":"C-1042","name":"Jürgen Müller"},
        "owner":{"id":1,"login":"agent1","name":"Anna Berger"},"offeredTo":null,"queue":"general","notes":"n",
        "abandoned":false,"forwarded":false,"transferCount":1,"consultCount":2,"priority":1,"identityTyped":false,
        "closedAt":"2024-05-04T08:20:00.000Z","outcome":"follow_up","answeredAt":"2024-05-04T08:01:00.000Z",
        "followUp":{"due":"2024-05-06","owner":{"id":1,"login":"agent1","name":"Anna Berger"},"doneAt":null,
          "updates":[{"at":"2024-05-05T09:00:00.000Z","by":{"id":1,"login":"agent1","name":"Anna Berger"},
                      "channel":"phone","note":"left a message"}]},"followUpOf":17,"continues":12,
        "participants":[{"id":1,"user":null,"role":"customer","joinedAt":"2024-05-04T08:00:00.000Z","leftAt":null},
          {"id":2,"user":{"id":1,"login":"agent1","name":"Anna Berger"},"role":"owner",
           "joinedAt":"2024-05-04T08:01:00.000Z","leftAt":"2024-05-04T08:20:00.000Z"}],
        "survey":{"csat":4,"nps":null,"comment":"","recordedAt":"2024-05-04T09:00:00.000Z"},
        "tasks":[{"id":5,"kind":"order_status","resolved":true,"createdAt":"2024-05-04T08:02:00.000Z"}],
        "transitions":[{"state":"queued","at":"2024-05-04T08:00:00.000Z"},
                       {"state":"after_contact_work","at":"2024-05-04T08:19:00.000Z"}],
        "reasons":["order_status"]})");
    EXPECT_EQ(contact.outcome, ContactOutcome::FollowUp);
    EXPECT_EQ(contact.direction, ContactDirection::Outbound);
    EXPECT_EQ(contact.followUpOf, 17);
    EXPECT_EQ(contact.continues, 12);
    EXPECT_EQ(contact.survey->csat, 4);
    EXPECT_FALSE(contact.survey->nps);
    EXPECT_EQ(contact.participants.at(1).role, ParticipantRole::Owner);
}

TEST(DomainJson, MessagesOfEMailAndChatContacts)
{
    const auto mail = expectWireRoundTrip<ContactMessage>(
        R"({"id":7,"direction":"in","channel":"email","from":{"address":"ann@example.com","name":"Ann"},
        "subject":"Refund","text":"Where is it?","html":"<p>Where is it?</p>","status":"received",
        "at":"2026-12-06T10:00:00.000Z","senderCheck":"failed",
        "attachments":[{"id":3,"filename":"big.pdf","contentType":"application/pdf","size":99999,"refused":true}]})");
    EXPECT_EQ(mail.direction, MessageDirection::In);
    EXPECT_TRUE(mail.attachments.at(0).refused);
    EXPECT_FALSE(mail.isSystem());
    EXPECT_EQ(mail.senderCheck, SenderCheck::Failed);
    const auto reply = expectWireRoundTrip<ContactMessage>(
        R"({"id":8,"direction":"out","channel":"email","from":{"address":"support@shop.example","name":"Shop"},
        "subject":"Re: Refund","text":"Today.","status":"failed","failure":"SMTP: connection refused",
        "at":"2026-12-06T10:05:00.000Z","author":{"id":1,"login":"agent1","name":"Anna Berger"},"attachments":[]})");
    EXPECT_EQ(reply.status, MessageStatus::Failed);
    EXPECT_EQ(reply.author->name, QStringLiteral("Anna Berger"));
    EXPECT_FALSE(reply.senderCheck) << "only inbound mail is checked, and the field is left out";
    const auto system = ContactMessage::fromJson(
        QJsonDocument::fromJson(R"({"id":9,"direction":"in","channel":"chat","text":"The customer left the chat",
        "status":"received","system":true})")
            .object());
    EXPECT_TRUE(system.isSystem());
}

TEST(DomainJson, QueuedContactLeavesOutWhatHasNotHappened)
{
    const auto contact
        = expectWireRoundTrip<Contact>(R"({"id":42,"channel":"chat","direction":"inbound","state":"queued","version":1,
        "createdAt":"t","updatedAt":"t","customer":{"id":"C-1","name":"X"},"owner":null,"offeredTo":null,
        "queue":"billing","notes":"","abandoned":false,"forwarded":false,"transferCount":0,"consultCount":0,"priority":0,
        "identityTyped":true,"participants":[],"tasks":[],"transitions":[],"reasons":[]})");
    EXPECT_FALSE(contact.closedAt);
    EXPECT_FALSE(contact.followUp);
    EXPECT_TRUE(contact.identityTyped) << "a web chat";
    const QJsonObject json = contact.toJson();
    EXPECT_FALSE(json.contains(QStringLiteral("outcome")));
    EXPECT_FALSE(json.contains(QStringLiteral("survey")));
}

TEST(DomainJson, OpenContactsAndFollowUps)
{
    expectWireRoundTrip<OpenContact>(R"({"id":42,"kind":"contact","channel":"phone","reason":"Order status",
        "reasonCode":"orders.status","status":"active","owner":{"id":1,"login":"agent1","name":"Anna Berger"},"since":"t"})");
    const auto followUp = expectWireRoundTrip<FollowUp>(R"({"contact":{"id":41,"channel":"email",
        "customer":{"id":"C-1042","name":"Jürgen Müller"},"reasons":["billing"]},"due":"2024-05-06",
        "owner":{"id":1,"login":"agent1","name":"Anna Berger"},"dueSoon":false,"overdue":true,"doneAt":null,
        "updates":[]})");
    EXPECT_TRUE(followUp.overdue);
    const auto closed = expectWireRoundTrip<ClosedContact>(R"({"id":43,"channel":"chat",
        "owner":{"id":1,"login":"agent1","name":"Anna Berger"},"reasons":["orders.where"],"outcome":"follow_up",
        "abandoned":false,"forwarded":true,"transferCount":1,"consultCount":2,"followUpDue":"2024-05-06",
        "createdAt":"t0","closedAt":"t1"})");
    EXPECT_EQ(closed.outcome, ContactOutcome::FollowUp);
    expectWireRoundTrip<ClosedContact>(R"({"id":44,"channel":"phone","owner":null,"reasons":[],"outcome":null,
        "abandoned":true,"forwarded":false,"transferCount":0,"consultCount":0,"followUpDue":null,
        "createdAt":"t0","closedAt":"t1"})");
    expectWireRoundTrip<Survey>(R"({"csat":null,"nps":9,"comment":"fine","recordedAt":"t"})");
}

TEST(DomainJson, ConsultsAndTransfers)
{
    const auto consult = expectWireRoundTrip<Consult>(R"({"id":7,"contact":41,
        "customer":{"id":"C-1042","name":"Jürgen Müller"},
        "requester":{"id":1,"login":"agent1","name":"Anna Berger"},"target":null,
        "expert":{"id":5,"login":"expert1","name":"Ola Nordmann"},"skill":"billing","question":"Why?","notes":"",
        "state":"active","declineReason":null,"answer":null,"createdAt":"t0","answeredAt":"t1","endedAt":null,
        "version":3,"reasons":["Billing question"],"tasks":[{"id":5,"kind":"billing_question","resolved":false}],
        "offers":[{"user":{"id":5,"login":"expert1","name":"Ola Nordmann"},"state":"accepted","offeredAt":"t0"},
                  {"user":{"id":6,"login":"expert2","name":"Kari"},"state":"declined","offeredAt":"t0",
                   "reason":"busy"}],
        "messages":[{"id":1,"author":{"id":1,"login":"agent1","name":"Anna Berger"},"body":"hi","sentAt":"t1",
                     "deliveredAt":"t2","readAt":null}]})");
    EXPECT_EQ(consult.offers.at(1).reason, QStringLiteral("busy"));
    EXPECT_FALSE(consult.tasks.at(0).createdAt);
    const auto transfer = expectWireRoundTrip<Transfer>(R"({"id":3,"contact":41,
        "from":{"id":1,"login":"agent1","name":"Anna Berger"},"to":null,"toQueue":"billing","kind":"forward",
        "note":"","state":"forwarded","declineReason":null,"createdAt":"t","answeredAt":null})");
    EXPECT_EQ(transfer.kind, TransferKind::Forward);
}

TEST(DomainJson, ReasonsSkillsAndArticles)
{
    expectWireRoundTrip<Reason>(R"({"id":3,"parent":1,"code":"billing","label":"Billing","demandClass":"b",
        "forwardOnly":true,"skill":"billing","forwardTo":{"id":7,"login":"lead1","name":"Lea"},"archived":false,
        "articles":[{"id":12,"title":"Reading your invoice"}]})");
    expectWireRoundTrip<Reason>(R"({"id":1,"parent":null,"code":"orders","label":"Orders","demandClass":"a",
        "forwardOnly":false,"skill":null,"forwardTo":null,"archived":true,"articles":[]})");
    expectWireRoundTrip<Skill>(R"({"code":"billing","label":"Billing"})");
    expectWireRoundTrip<SkillLevel>(R"({"skill":"billing","level":4})");
    const auto article = expectWireRoundTrip<Article>(R"({"id":12,"title":"Reading your invoice","body":"…",
        "tags":["invoice"],"products":["P-10002"],"reasons":["billing"],"language":"en","visibility":"public",
        "status":"in_review","owner":{"id":5,"login":"expert1","name":"Ola Nordmann"},"lastReviewedAt":null,
        "stale":false,"version":2,"liveVersion":1,"stats":{"views":10,"sends":2,"helped":3,"notHelped":1},
        "createdAt":"t","updatedAt":"t"})");
    EXPECT_EQ(article.status, ArticleStatus::InReview);
}

TEST(DomainJson, LenientReaderKeepsDefaultsForMissingOrUnknownValues)
{
    const Order order = Order::fromJson(wire(R"({"number":"O-9","status":"teleported","total":"lots"})"));
    EXPECT_EQ(order.number, QStringLiteral("O-9"));
    EXPECT_EQ(order.status, OrderStatus::Placed);
    EXPECT_EQ(order.total, Money {});
    EXPECT_TRUE(order.lines.isEmpty());
    EXPECT_FALSE(order.promisedOn);
}
