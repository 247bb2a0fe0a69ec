#include "client/TrafficSimulator.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "core/WeightedPick.h"
#include "core/domain/TaskKinds.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>

namespace spocs {
using namespace Qt::StringLiterals;

namespace {

// The simulator's sessions still ping (it may drive a remote coordinator), but with a long
// deadline: at high speed it loads the coordinator and itself, and a pong that comes late
// must not make its agents reconnect in the middle of a contact.
constexpr int kKeepAliveIntervalMs = 30000;
constexpr int kKeepAliveDeadlineMs = 60000;

QString opName(const char16_t *op)
{
    return QString::fromUtf16(op);
}

qint64 idOf(const QJsonObject &object)
{
    return object.value(u"id"_s).toInteger();
}

// Name-prefix queries that together reach a broad, varied set of customers.
const QStringList &customerQueries()
{
    static const QStringList all { u"ma"_s, u"an"_s, u"jo"_s, u"le"_s, u"sc"_s, u"ga"_s, u"ro"_s,
                                   u"ni"_s, u"mü"_s, u"ko"_s, u"be"_s, u"de"_s, u"sa"_s, u"pe"_s };
    return all;
}

} // namespace

// One simulated agent: a signed-in desktop that takes what it is offered.
class TrafficSimulator::Agent : public QObject
{
public:
    Agent(TrafficSimulator &sim, QString login)
        : m_sim(sim)
        , m_login(std::move(login))
    {
        m_connection.setClientName(u"spocs-simulate"_s);
        m_connection.setKeepAlive(kKeepAliveIntervalMs, kKeepAliveDeadlineMs);
        QObject::connect(&m_connection, &Connection::eventReceived, this,
                         [this](const protocol::Event &e) { onEvent(e); });
    }

    void login()
    {
        m_signingIn = true;
        m_connection.login(m_sim.m_options.server, m_login, m_sim.m_options.password, [this](const Reply &r) {
            m_signingIn = false;
            if (!r.ok) {
                m_sim.failed(m_login + u" login"_s, r);
                return;
            }
            m_userId = m_connection.user().id;
            m_connection.subscribe(u"user:%1"_s.arg(m_userId));
            setAvailable();
        });
    }

    // A login still being checked counts: ending the run now would cut it off and count an error.
    bool busy() const { return !m_contacts.isEmpty() || m_pendingAccepts > 0 || m_signingIn; }

    // The run is over: close what is open now, take nothing new.
    void windDown()
    {
        m_windingDown = true;
        const QList<qint64> open = m_contacts.keys();
        for (qint64 id : open)
            close(id);
    }

    void logout() { m_connection.logout(); }

private:
    struct Held
    {
        int version = 0;
        QString reason;
        bool forwardOnly = false;
        int tasksLeft = 0;
        int tasksDone = 0;
        bool closing = false;
    };

    void onEvent(const protocol::Event &e)
    {
        if (e.kind != opName(event::ContactOffered) || m_windingDown)
            return;
        const QJsonObject contact = e.data.value(u"contact"_s).toObject();
        const qint64 id = idOf(contact);
        if (id == 0 || m_contacts.contains(id))
            return;
        ++m_pendingAccepts;
        // A person reads the toast and clicks: 1 to 4 seconds.
        QTimer::singleShot(m_sim.scaledMs(1.0 + 3.0 * m_sim.m_rng.generateDouble()), this, [this, id, contact] {
            --m_pendingAccepts;
            if (m_windingDown)
                return;
            m_connection.write(opName(op::ContactAccept), { { u"id"_s, id } }, this, [this, id](const Reply &r) {
                if (!r.ok) {
                    // Withdrawn meanwhile (the caller hung up, the offer expired): not an error.
                    if (r.error.code != ErrorCode::InvalidState)
                        m_sim.failed(opName(op::ContactAccept), r);
                    return;
                }
                accepted(id, r.data.value(u"contact"_s).toObject());
            });
        });
    }

    void accepted(qint64 id, const QJsonObject &contact)
    {
        ++m_sim.m_stats.accepted;
        m_sim.setState(id, State::Active);
        Held held;
        held.version = contact.value(u"version"_s).toInt();
        const SimContact known = m_sim.m_contacts.value(id);
        held.reason = known.reason;
        const QJsonArray reasons = contact.value(u"reasons"_s).toArray();
        if (held.reason.isEmpty() && !reasons.isEmpty())
            held.reason = reasons.first().toString();
        if (held.reason.isEmpty()) {
            if (const ReasonChoice *r = m_sim.pickReason())
                held.reason = r->code;
        }
        if (const ReasonChoice *r = m_sim.reasonByCode(held.reason))
            held.forwardOnly = r->forwardOnly;
        held.tasksLeft = 1 + m_sim.pick(3);
        const QString channel = contact.value(u"channel"_s).toString();
        m_contacts.insert(id, held);

        // Handling time: a few minutes, chats and e-mails longer than calls.
        const double mean = channel == u"phone" ? 240 : channel == u"chat" ? 360 : 300;
        if (m_windingDown) {
            close(id);
            return;
        }
        const int handleMs = m_sim.scaledMs(60) + m_sim.exponentialMs(mean);
        const int tasks = held.tasksLeft;
        for (int t = 0; t < tasks; ++t)
            QTimer::singleShot(handleMs * (t + 1) / (tasks + 1), this, [this, id] { addTask(id); });
        QTimer::singleShot(handleMs, this, [this, id] { close(id); });
    }

    void addTask(qint64 id, std::function<void()> then = {})
    {
        auto it = m_contacts.find(id);
        if (it == m_contacts.end() || (it->closing && !then) || (it->tasksLeft <= 0 && !then))
            return;
        --it->tasksLeft;
        const QString kind = it->tasksDone == 0 || m_sim.chance(0.7) ? domain::typicalTaskKind(it->reason) : u"other"_s;
        m_connection.write(opName(op::ContactTaskAdd), { { u"id"_s, id }, { u"kind"_s, kind } }, this,
                           [this, id, then](const Reply &r) {
                               if (!r.ok) {
                                   if (r.error.code != ErrorCode::InvalidState)
                                       m_sim.failed(opName(op::ContactTaskAdd), r);
                               } else {
                                   ++m_sim.m_stats.tasks;
                                   if (auto it = m_contacts.find(id); it != m_contacts.end())
                                       ++it->tasksDone;
                                   noteVersion(id, r.data.value(u"contact"_s).toObject());
                               }
                               if (then)
                                   then();
                           });
    }

    void noteVersion(qint64 id, const QJsonObject &contact)
    {
        auto it = m_contacts.find(id);
        if (it != m_contacts.end())
            it->version = std::max(it->version, contact.value(u"version"_s).toInt());
    }

    void close(qint64 id)
    {
        auto it = m_contacts.find(id);
        if (it == m_contacts.end() || it->closing)
            return;
        it->closing = true;
        // Every contact gets at least one task before it is closed (what did the customer want?).
        if (it->tasksDone == 0)
            addTask(id, [this, id] { sendClose(id, true); });
        else
            sendClose(id, true);
    }

    void sendClose(qint64 id, bool retry)
    {
        auto it = m_contacts.find(id);
        if (it == m_contacts.end())
            return;
        // 85 % resolved at once; a forward-only reason can only be handed on as a follow-up.
        const bool resolved = !it->forwardOnly && m_sim.chance(0.85);
        QJsonObject args { { u"id"_s, id },
                           { u"version"_s, it->version },
                           { u"reasons"_s, QJsonArray { it->reason.isEmpty() ? u"other"_s : it->reason } },
                           { u"outcome"_s, resolved ? u"resolved"_s : u"follow_up"_s } };
        if (!resolved) {
            const QDate due = QDateTime::currentDateTimeUtc().date().addDays(1 + m_sim.pick(3));
            args.insert(u"followUp"_s, QJsonObject { { u"due"_s, due.toString(Qt::ISODate) } });
        }
        m_connection.write(opName(op::ContactClose), args, this, [this, id, resolved, retry](const Reply &r) {
            if (!r.ok && r.error.code == ErrorCode::VersionConflict && retry) {
                refetchAndClose(id);
                return;
            }
            m_contacts.remove(id);
            if (!r.ok) {
                m_sim.failed(opName(op::ContactClose), r);
                afterWork();
                return;
            }
            ++m_sim.m_stats.closed;
            if (resolved)
                ++m_sim.m_stats.resolved;
            m_sim.setState(id, State::Closed);
            if (!m_windingDown && m_sim.chance(0.4))
                recordSurvey(id, resolved);
            afterWork();
        });
    }

    void refetchAndClose(qint64 id)
    {
        m_connection.request(opName(op::ContactGet), { { u"id"_s, id } }, this, [this, id](const Reply &r) {
            if (r.ok)
                noteVersion(id, r.data.value(u"contact"_s).toObject());
            sendClose(id, false);
        });
    }

    // The customer's answer to the post-contact survey.
    void recordSurvey(qint64 id, bool resolved)
    {
        const QString op = opName(op::SurveyRecord);
        const double roll = m_sim.m_rng.generateDouble();
        int csat = 0;
        if (resolved)
            csat = roll < 0.5 ? 5 : roll < 0.8 ? 4 : roll < 0.92 ? 3 : roll < 0.97 ? 2 : 1;
        else
            csat = roll < 0.25 ? 5 : roll < 0.55 ? 4 : roll < 0.8 ? 3 : roll < 0.92 ? 2 : 1;
        static constexpr int npsLow[] = { 0, 0, 2, 5, 7, 9 };
        const int nps = std::min(10, npsLow[csat] + m_sim.pick(csat == 5 ? 2 : 4));
        QJsonObject args { { u"contact"_s, id }, { u"csat"_s, csat }, { u"nps"_s, nps } };
        if (csat <= 2 && m_sim.chance(0.5))
            args.insert(u"comment"_s, u"Waited too long."_s);
        // The survey tool reports it, not the agent: the service connection records it.
        m_sim.m_service->write(op, args, this, [this, op](const Reply &r) {
            if (!r.ok)
                m_sim.failed(op, r);
            else
                ++m_sim.m_stats.surveys;
        });
    }

    // Wrap-up, then ready for the next one (the server sets after_contact_work at close).
    void afterWork()
    {
        if (!m_contacts.isEmpty() || m_windingDown)
            return;
        QTimer::singleShot(m_sim.scaledMs(5.0 + 15.0 * m_sim.m_rng.generateDouble()), this, [this] {
            if (m_contacts.isEmpty() && !m_windingDown)
                setAvailable();
        });
    }

    void setAvailable()
    {
        m_connection.request(opName(op::PresenceSet), { { u"state"_s, u"available"_s } }, this, [this](const Reply &r) {
            if (!r.ok)
                m_sim.failed(opName(op::PresenceSet), r);
        });
    }

    TrafficSimulator &m_sim;
    QString m_login;
    Connection m_connection;
    qint64 m_userId = 0;
    QHash<qint64, Held> m_contacts;
    int m_pendingAccepts = 0;
    bool m_signingIn = false; // auth.login sent, not answered yet
    bool m_windingDown = false;
};

TrafficSimulator::TrafficSimulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_service(std::make_unique<Connection>())
{
    if (m_options.seed == 0)
        m_options.seed = QRandomGenerator::global()->bounded(1u, 0x7fffffffu);
    m_rng.seed(m_options.seed);
    m_options.speed = std::clamp(m_options.speed, 0.01, 1000.0);
    m_options.ratePerMinute = std::max(m_options.ratePerMinute, 0.0);
    m_service->setClientName(u"spocs-simulate"_s);
    m_service->setKeepAlive(kKeepAliveIntervalMs, kKeepAliveDeadlineMs);
    connect(m_service.get(), &Connection::eventReceived, this,
            [this](const protocol::Event &e) { onEvent(e.kind, e.data); });
    m_arrivals = new QTimer(this);
    m_arrivals->setSingleShot(true);
    connect(m_arrivals, &QTimer::timeout, this, &TrafficSimulator::arrive);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(std::max(100, m_options.summaryIntervalMs));
    connect(m_ticker, &QTimer::timeout, this, &TrafficSimulator::tick);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &TrafficSimulator::windDown);
}

TrafficSimulator::~TrafficSimulator() = default;

TrafficSimulator::Stats TrafficSimulator::stats() const
{
    Stats s = m_stats;
    s.waiting = 0;
    for (const SimContact &c : m_contacts)
        s.waiting += (c.state == State::Queued || c.state == State::Offered) ? 1 : 0;
    return s;
}

QString TrafficSimulator::summary() const
{
    const Stats s = stats();
    const qint64 seconds = m_clock.isValid() ? (m_clock.elapsed() + 500) / 1000 : 0;
    return u"%1 s: %2 new (phone %3, chat %4, e-mail %5), %6 waiting, %7 answered, %8 abandoned, %9 closed "
           u"(%10 resolved), %11 tasks, %12 surveys, %13 errors"_s.arg(seconds)
               .arg(s.created)
               .arg(s.phone)
               .arg(s.chat)
               .arg(s.email)
               .arg(s.waiting)
               .arg(s.accepted)
               .arg(s.abandoned)
               .arg(s.closed)
               .arg(s.resolved)
               .arg(s.tasks)
               .arg(s.surveys)
               .arg(s.errors);
}

void TrafficSimulator::start()
{
    m_clock.start();
    Q_EMIT message(u"simulate: %1 as %2, %3 contacts/min for %4 s, %5 agents, speed %6, seed %7"_s
                       .arg(m_options.server.toString(), m_options.user)
                       .arg(m_options.ratePerMinute)
                       .arg(m_options.durationSeconds)
                       .arg(m_options.agents)
                       .arg(m_options.speed)
                       .arg(m_options.seed));
    m_service->login(m_options.server, m_options.user, m_options.password, [this](const Reply &r) {
        if (!r.ok) {
            Q_EMIT warning(u"cannot sign in as %1: %2"_s.arg(m_options.user, r.error.message));
            finish(1);
            return;
        }
        onLoggedIn();
    });
}

void TrafficSimulator::stop()
{
    // The first stop winds down; a second one (or one before traffic began) ends at once.
    if (m_running && !m_windingDown)
        windDown();
    else
        finish(0);
}

void TrafficSimulator::onLoggedIn()
{
    // Leads and admins follow the queue: the waiting count and who took what. Others do without.
    const UserInfo me = m_service->user();
    if (me.role == Role::Lead || me.role == Role::Admin)
        m_service->subscribe(u"queue"_s);
    loadCustomers(0);
}

void TrafficSimulator::loadCustomers(int next)
{
    const QStringList &queries = customerQueries();
    if (next >= queries.size() || m_customers.size() >= 400) {
        if (m_customers.isEmpty()) {
            Q_EMIT warning(u"customer.search found no customers; nobody to simulate"_s);
            finish(1);
            return;
        }
        loadReasons();
        return;
    }
    const QJsonObject args { { u"q"_s, queries.at(next) }, { u"limit"_s, 50 } };
    m_service->request(opName(op::CustomerSearch), args, this, [this, next](const Reply &r) {
        if (!r.ok) {
            failed(opName(op::CustomerSearch), r);
        } else {
            for (const QJsonValue &item : r.data.value(u"items"_s).toArray()) {
                const QString id = item.toObject().value(u"id"_s).toString();
                if (!id.isEmpty() && !m_customers.contains(id))
                    m_customers.append(id);
            }
        }
        loadCustomers(next + 1);
    });
}

void TrafficSimulator::loadReasons()
{
    m_service->request(opName(op::ReasonList), {}, this, [this](const Reply &r) {
        if (!r.ok) {
            failed(opName(op::ReasonList), r);
            finish(1);
            return;
        }
        const QJsonArray reasons = r.data.value(u"reasons"_s).toArray();
        QSet<qint64> parents;
        for (const QJsonValue &v : reasons) {
            const QJsonValue parent = v.toObject().value(u"parent"_s);
            if (parent.isDouble())
                parents.insert(parent.toInteger());
        }
        for (const QJsonValue &v : reasons) {
            const QJsonObject reason = v.toObject();
            if (parents.contains(idOf(reason)) || reason.value(u"archived"_s).toBool())
                continue;
            m_reasons.append({ reason.value(u"code"_s).toString(), reason.value(u"skill"_s).toString(),
                               reason.value(u"forwardOnly"_s).toBool(), 0 });
        }
        if (m_reasons.isEmpty()) {
            Q_EMIT warning(u"reason.list has no reasons; nobody to simulate"_s);
            finish(1);
            return;
        }
        // Pareto-like: a seeded order, then weights 1/rank^1.15, so a few reasons dominate.
        for (qsizetype i = m_reasons.size() - 1; i > 0; --i)
            m_reasons.swapItemsAt(i, pick(int(i + 1)));
        for (qsizetype i = 0; i < m_reasons.size(); ++i) {
            m_reasons[i].weight = paretoWeight(i);
            m_totalWeight += m_reasons.at(i).weight;
        }
        startAgents();
    });
}

void TrafficSimulator::startAgents()
{
    for (int i = 1; i <= m_options.agents; ++i) {
        m_agents.push_back(std::make_unique<Agent>(*this, u"agent%1"_s.arg(i)));
        m_agents.back()->login();
    }
    beginTraffic();
}

void TrafficSimulator::beginTraffic()
{
    m_running = true;
    m_clock.restart(); // summaries count from the first arrival on
    m_ticker->start();
    m_deadline->start(std::max(0, m_options.durationSeconds) * 1000);
    scheduleArrival();
}

void TrafficSimulator::scheduleArrival()
{
    if (!m_running || m_windingDown || m_options.ratePerMinute <= 0)
        return;
    // Poisson process: exponential gaps with mean 60/R seconds (real time, not scaled).
    const double gapSeconds = -std::log(1.0 - m_rng.generateDouble()) * 60.0 / m_options.ratePerMinute;
    m_arrivals->start(int(std::min(gapSeconds * 1000.0, 3'600'000.0)));
}

void TrafficSimulator::arrive()
{
    scheduleArrival();
    const int roll = pick(100);
    const QString channel = roll < 60 ? u"phone"_s : roll < 90 ? u"chat"_s : u"email"_s;
    const QString customer = m_customers.at(pick(int(m_customers.size())));
    const ReasonChoice *reason = pickReason();
    QJsonObject args { { u"channel"_s, channel }, { u"customer"_s, customer } };
    SimContact contact { channel, {}, false, State::Queued };
    if (reason) {
        args.insert(u"reason"_s, reason->code);
        if (!reason->skill.isEmpty())
            args.insert(u"queue"_s, reason->skill);
        contact.reason = reason->code;
        contact.forwardOnly = reason->forwardOnly;
    }
    ++m_arrivalsInFlight;
    m_service->write(opName(op::ContactInbound), args, this, [this, contact](const Reply &r) {
        --m_arrivalsInFlight;
        if (!r.ok) {
            failed(opName(op::ContactInbound), r);
            return;
        }
        const QJsonObject data = r.data.value(u"contact"_s).toObject();
        const qint64 id = idOf(data);
        ++m_stats.created;
        ++(contact.channel == u"phone" ? m_stats.phone : contact.channel == u"chat" ? m_stats.chat : m_stats.email);
        // An event may have told us more already; keep the furthest state.
        const State known = m_contacts.contains(id) ? m_contacts.value(id).state : State::Queued;
        m_contacts.insert(id, contact);
        m_contacts[id].state = known;
        m_order.append(id);
        updateState(data);
        // Callers and chatters hang up when their patience runs out (e-mails wait). A contact
        // that arrives after the run ended hangs up at once, like everyone still waiting.
        if (m_windingDown)
            giveUp(id);
        else if (contact.channel != u"email")
            QTimer::singleShot(exponentialMs(60), this, [this, id] { giveUp(id); });
    });
}

void TrafficSimulator::giveUp(qint64 id)
{
    const QString op = opName(op::ContactAbandon);
    auto it = m_contacts.find(id);
    if (it == m_contacts.end() || !(it->state == State::Queued || it->state == State::Offered))
        return;
    m_service->write(op, { { u"id"_s, id } }, this, [this, id, op](const Reply &r) {
        if (!r.ok) {
            // Answered meanwhile: the caller did not hang up after all.
            if (r.error.code != ErrorCode::InvalidState)
                failed(op, r);
            return;
        }
        ++m_stats.abandoned;
        setState(id, State::Closed);
    });
}

void TrafficSimulator::onEvent(const QString &kind, const QJsonObject &data)
{
    if (kind == opName(event::QueueChanged) || kind == opName(event::ContactUpdated))
        updateState(data.value(u"contact"_s).toObject());
}

void TrafficSimulator::updateState(const QJsonObject &contact)
{
    const qint64 id = idOf(contact);
    if (!m_contacts.contains(id))
        return;
    const QString state = contact.value(u"state"_s).toString();
    if (state == u"queued")
        setState(id, State::Queued);
    else if (state == u"offered")
        setState(id, State::Offered);
    else if (state == u"active" || state == u"after_contact_work")
        setState(id, State::Active);
    else if (state == u"closed")
        setState(id, State::Closed);
}

void TrafficSimulator::setState(qint64 id, State state)
{
    auto it = m_contacts.find(id);
    if (it == m_contacts.end())
        return;
    // Queued and offered alternate; once answered or closed a contact does not wait again.
    if (it->state == State::Closed || (it->state == State::Active && state != State::Closed))
        return;
    it->state = state;
}

void TrafficSimulator::tick()
{
    Q_EMIT message(summary());
}

void TrafficSimulator::windDown()
{
    if (m_windingDown || m_finished)
        return;
    m_windingDown = true;
    m_arrivals->stop();
    m_ticker->stop();
    // Whoever still waits hangs up; agents close what they hold.
    for (auto it = m_contacts.cbegin(); it != m_contacts.cend(); ++it) {
        if (it->state == State::Queued || it->state == State::Offered)
            giveUp(it.key());
    }
    for (const auto &agent : m_agents)
        agent->windDown();
    QTimer::singleShot(m_options.windDownMs, this, [this] {
        if (!m_finished) {
            Q_EMIT warning(u"some contacts were still open when the simulation stopped"_s);
            finish(0);
        }
    });
    checkWoundDown();
}

void TrafficSimulator::checkWoundDown()
{
    if (m_finished)
        return;
    bool busy = false;
    for (const auto &agent : m_agents)
        busy = busy || agent->busy();
    // A contact still being created may yet wait: its answer decides.
    if (!busy && stats().waiting == 0 && m_arrivalsInFlight == 0) {
        finish(0);
        return;
    }
    QTimer::singleShot(100, this, &TrafficSimulator::checkWoundDown);
}

void TrafficSimulator::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_arrivals->stop();
    m_ticker->stop();
    m_deadline->stop();
    if (exitCode == 0)
        Q_EMIT message(u"simulation finished: "_s + summary());
    for (const auto &agent : m_agents)
        agent->logout();
    m_service->logout();
    Q_EMIT finished(exitCode);
}

int TrafficSimulator::scaledMs(double seconds) const
{
    return int(std::min(seconds * 1000.0 / m_options.speed, 86'400'000.0));
}

int TrafficSimulator::exponentialMs(double meanSeconds)
{
    return scaledMs(-meanSeconds * std::log(1.0 - m_rng.generateDouble()));
}

const TrafficSimulator::ReasonChoice *TrafficSimulator::pickReason()
{
    if (m_reasons.isEmpty())
        return nullptr;
    const double roll = m_rng.generateDouble() * m_totalWeight;
    return &m_reasons.at(weightedIndex(m_reasons, roll, [](const ReasonChoice &r) { return r.weight; }));
}

const TrafficSimulator::ReasonChoice *TrafficSimulator::reasonByCode(const QString &code) const
{
    for (const ReasonChoice &reason : m_reasons) {
        if (reason.code == code)
            return &reason;
    }
    return nullptr;
}

void TrafficSimulator::failed(const QString &op, const Reply &reply)
{
    ++m_stats.errors;
    Q_EMIT warning(u"%1 failed: %2 (%3)"_s.arg(op, errorCodeName(reply.error.code), reply.error.message));
}

} // namespace spocs
