#include "BenchSupport.h"

#include "core/Protocol.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QWebSocket>

using namespace spocs;
using namespace spocs::bench;

// The web endpoint as the chat widget uses it: a visitor on a plain QWebSocket speaking the
// visitor protocol (docs/protocol.md, "Visitor endpoint"), an agent on the real client library.

namespace {

// The widget's side of the protocol, waiting with spinUntil (tests' QTest::qWaitFor sleeps in
// 10 ms steps, which would swamp the figures).
class BenchVisitor
{
public:
    BenchVisitor()
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = frame.value(QStringLiteral("t")).toString();
            if (type == u"res")
                m_responses.insert(frame.value(QStringLiteral("re")).toInteger(), frame);
            else if (type == u"evt")
                m_events.append(frame);
            else if (type == u"welcome")
                m_welcomed = true;
        });
    }

    bool open(const QUrl &url)
    {
        m_socket.open(url);
        if (!spinUntil([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 15000))
            return false;
        send(QJsonObject { { QStringLiteral("t"), QStringLiteral("hello") }, { QStringLiteral("v"), 1 } });
        return spinUntil([&] { return m_welcomed; }, 15000);
    }

    // open() on the bench coordinator's web endpoint; skips the benchmark when that fails.
    bool openOrSkip(benchmark::State &state)
    {
        const QUrl url = BenchCoordinator::instance().visitorUrl();
        if (!url.isValid()) {
            state.SkipWithError("no web endpoint");
            return false;
        }
        if (!open(url)) {
            state.SkipWithError("visitor hello failed");
            return false;
        }
        return true;
    }

    QJsonObject request(const QString &op, const QJsonObject &args)
    {
        const qint64 id = m_nextId++;
        send(QJsonObject { { QStringLiteral("t"), QStringLiteral("req") },
                           { QStringLiteral("id"), id },
                           { QStringLiteral("op"), op },
                           { QStringLiteral("args"), args } });
        spinUntil([&] { return m_responses.contains(id); }, 15000);
        return m_responses.take(id);
    }

    // The first event of this kind since the last call, or nothing after the time-out.
    std::optional<QJsonObject> takeEvent(const QString &kind, int timeoutMs = 15000)
    {
        std::optional<QJsonObject> found;
        spinUntil(
            [&] {
                for (qsizetype i = 0; i < m_events.size(); ++i) {
                    if (m_events.at(i).value(QStringLiteral("kind")).toString() == kind) {
                        found = m_events.takeAt(i).value(QStringLiteral("data")).toObject();
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    void clearEvents() { m_events.clear(); }

private:
    void send(const QJsonObject &frame)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }

    QWebSocket m_socket;
    qint64 m_nextId = 1;
    bool m_welcomed = false;
    QHash<qint64, QJsonObject> m_responses;
    QList<QJsonObject> m_events;
};

bool ok(const QJsonObject &response)
{
    return response.value(QStringLiteral("ok")).toBool();
}

QJsonObject dataOf(const QJsonObject &response)
{
    return response.value(QStringLiteral("data")).toObject();
}

QString newCid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// faq.search while the visitor types in the widget: the public FAQ's type-ahead over the
// visitor socket, with prefixes of words customers use.
void BM_VisitorFaqSearchRoundTrip(benchmark::State &state)
{
    BenchVisitor visitor;
    if (!visitor.openOrSkip(state))
        return;
    const QStringList typed { QStringLiteral("inv"),   QStringLiteral("invoice"), QStringLiteral("deliv"),
                              QStringLiteral("where"), QStringLiteral("passw"),   QStringLiteral("return"),
                              QStringLiteral("charg"), QStringLiteral("refund"),  QStringLiteral("paying overdue") };
    std::vector<double> samples;
    QElapsedTimer timer;
    int i = 0;
    for (auto _ : state) {
        timer.start();
        const QJsonObject r
            = visitor.request(QStringLiteral("faq.search"), { { QStringLiteral("q"), typed.at(i++ % typed.size()) } });
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (!ok(r))
            state.SkipWithError("faq.search failed");
    }
    reportPercentiles(state, std::move(samples));
}
BENCHMARK(BM_VisitorFaqSearchRoundTrip)->Unit(benchmark::kMicrosecond)->Iterations(1000);

// One chat, both ways: a visitor's line until the agent's desktop has its contact.message
// event (arg 0), and an agent's contact.reply until the widget has its chat.message (arg 1).
void BM_ChatLineDelivery(benchmark::State &state)
{
    const bool toVisitor = state.range(0) == 1;
    if (!BenchCoordinator::instance().visitorUrl().isValid()) {
        state.SkipWithError("no web endpoint");
        return;
    }
    Connection agent;
    if (!loginOrSkip(state, agent, toVisitor ? QStringLiteral("agent4") : QStringLiteral("agent3")))
        return;
    const qint64 agentId = syncCall(agent, QStringLiteral("session.me"), {})
                               .data.value(QStringLiteral("user"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    QList<qint64> offers;
    int messages = 0;
    QObject::connect(&agent, &Connection::eventReceived, &agent, [&](const protocol::Event &e) {
        if (e.kind == u"contact.offered")
            offers.append(e.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger());
        else if (e.kind == u"contact.message")
            ++messages;
    });
    agent.subscribe(QStringLiteral("user:%1").arg(agentId));
    if (!syncCall(agent, QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("available") } })
             .ok) {
        state.SkipWithError("presence.set failed");
        return;
    }

    BenchVisitor visitor;
    if (!visitor.openOrSkip(state))
        return;
    // A topic this agent serves: the widget offers chat only where someone is present.
    std::optional<qint64> topic;
    for (const QJsonValue &t :
         dataOf(visitor.request(QStringLiteral("chat.topics"), {})).value(QStringLiteral("topics")).toArray()) {
        if (t.toObject().value(QStringLiteral("available")).toBool() && !topic)
            topic = t.toObject().value(QStringLiteral("id")).toInteger();
    }
    if (!topic) {
        state.SkipWithError("no chat topic is available");
        return;
    }
    const QJsonObject started = visitor.request(
        QStringLiteral("chat.start"),
        { { QStringLiteral("name"), QStringLiteral("Bea Bench") },
          { QStringLiteral("email"), QStringLiteral("bea.bench%1@example.org").arg(toVisitor ? 2 : 1) },
          { QStringLiteral("topic"), *topic },
          { QStringLiteral("text"), QStringLiteral("Hello, a question about my invoice") } });
    if (!ok(started) || !spinUntil([&] { return !offers.isEmpty(); })) {
        state.SkipWithError("the chat was not offered to the agent");
        return;
    }
    const qint64 contact = offers.takeFirst();
    std::optional<Reply> accepted;
    agent.write(QStringLiteral("contact.accept"),
                { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), contact } }, &agent,
                [&](const Reply &r) { accepted = r; });
    if (!spinUntil([&] { return accepted.has_value(); }) || !accepted->ok) {
        state.SkipWithError("contact.accept failed");
        return;
    }
    agent.subscribe(QStringLiteral("contact:%1").arg(contact));
    syncCall(agent, QStringLiteral("session.me"), {}); // the subscription is in place once this answers
    visitor.clearEvents();
    messages = 0;

    std::vector<double> samples;
    QElapsedTimer timer;
    int i = 0;
    for (auto _ : state) {
        const QString text = QStringLiteral("Line %1 of the benchmark chat").arg(++i);
        timer.start();
        bool delivered = false;
        if (toVisitor) {
            std::optional<Reply> sent;
            agent.write(QStringLiteral("contact.reply"),
                        { { QStringLiteral("cid"), newCid() },
                          { QStringLiteral("id"), contact },
                          { QStringLiteral("body"), text } },
                        &agent, [&](const Reply &r) { sent = r; });
            delivered = visitor.takeEvent(QStringLiteral("chat.message")).has_value();
            spinUntil([&] { return sent.has_value(); });
        } else {
            const int before = messages;
            visitor.request(QStringLiteral("chat.send"),
                            { { QStringLiteral("cid"), newCid() }, { QStringLiteral("text"), text } });
            delivered = spinUntil([&] { return messages > before; });
        }
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (!delivered)
            state.SkipWithError("a chat line did not arrive");
    }
    reportPercentiles(state, std::move(samples));
    syncCall(agent, QStringLiteral("presence.set"), { { QStringLiteral("state"), QStringLiteral("offline") } });
}
BENCHMARK(BM_ChatLineDelivery)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond)->Iterations(300);

} // namespace
