#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

class QTimer;

namespace spocs {

class Connection;
struct Reply;

// Synthetic call-center traffic over the ordinary protocol, for demos and load checks
// (`spocs-coordinator simulate`). One signed-in service user (a lead by default) plays the
// telephony/mail bridge: customers contact the center at Poisson-distributed times (60 %
// phone, 30 % chat, 10 % e-mail) about reasons picked from reason.list with a skewed,
// Pareto-like popularity, and callers hang up (contact.abandon) when their patience
// (exponential, mean 60 s) runs out while they still wait. With `agents` > 0 it also signs in
// agent1..agentN, who take offers after 1-4 s, record 1-3 tasks, close after a realistic
// handling time (85 % resolved) and record the customer's survey.
//
// Tolerant: errors are counted and reported, and the run goes on.
class TrafficSimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        QString user = QStringLiteral("telephony"); // a service user (integration role)
        QString password; // also the agents' password
        double ratePerMinute = 6; // new contacts per minute (mean of a Poisson process)
        int durationSeconds = 60;
        int agents = 0; // sign in agent1..agentN
        quint32 seed = 0; // 0: pick one (printed in the first line, for a rerun)
        // Compresses the simulated people's times (patience, answering, handling, wrap-up) by
        // this factor; the arrival rate stays as given. 1 is real time.
        double speed = 1.0;
        int summaryIntervalMs = 10000;
        int windDownMs = 15000; // at the end: how long to wait for open contacts to close
    };

    struct Stats
    {
        int created = 0;
        int phone = 0;
        int chat = 0;
        int email = 0;
        int accepted = 0;
        int abandoned = 0;
        int closed = 0;
        int resolved = 0;
        int tasks = 0;
        int surveys = 0;
        int errors = 0;
        int waiting = 0; // created by this run and not yet answered, abandoned or closed
    };

    explicit TrafficSimulator(Options options, QObject *parent = nullptr);
    ~TrafficSimulator() override;

    // Signs in, loads customers and reasons, then runs for durationSeconds; finished() follows.
    void start();
    // Ends the run early (stops arrivals and winds down like at the end); called again, ends at once.
    void stop();

    const Options &options() const { return m_options; }
    Stats stats() const;
    // Ids of the contacts this run created, in order.
    QList<qint64> createdContacts() const { return m_order; }
    // "12 s: 7 new (phone 4, chat 2, e-mail 1), 2 waiting, 4 answered, 1 abandoned, 3 closed, …"
    QString summary() const;

Q_SIGNALS:
    // Progress: the start line, one summary per summaryIntervalMs, the final summary.
    void message(const QString &line);
    // Problems (a failed op, a feature the server lacks); the run goes on.
    void warning(const QString &line);
    // The run is over: 0 after a normal run, 1 when the service user could not sign in or the
    // server offers no customers or reasons.
    void finished(int exitCode);

private:
    class Agent;
    friend class Agent;

    enum class State { Queued, Offered, Active, Closed };
    struct SimContact
    {
        QString channel;
        QString reason;
        bool forwardOnly = false;
        State state = State::Queued;
    };
    struct ReasonChoice
    {
        QString code;
        QString skill;
        bool forwardOnly = false;
        double weight = 0;
    };

    void onLoggedIn();
    void loadCustomers(int next);
    void loadReasons();
    void startAgents();
    void beginTraffic();
    void scheduleArrival();
    void arrive();
    void giveUp(qint64 id);
    void onEvent(const QString &kind, const QJsonObject &data);
    void updateState(const QJsonObject &contact);
    void tick();
    void windDown();
    void checkWoundDown();
    void finish(int exitCode);

    // Helpers shared with the agents.
    int pick(int n) { return n <= 0 ? 0 : int(m_rng.bounded(n)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    int exponentialMs(double meanSeconds); // scaled by speed
    int scaledMs(double seconds) const;
    const ReasonChoice *pickReason();
    const ReasonChoice *reasonByCode(const QString &code) const;
    // Counts an error and reports it; an unknown op is reported once and remembered.
    void failed(const QString &op, const Reply &reply);
    void setState(qint64 id, State state);

    Options m_options;
    QRandomGenerator m_rng;
    std::unique_ptr<Connection> m_service;
    std::vector<std::unique_ptr<Agent>> m_agents;
    QTimer *m_arrivals = nullptr;
    QTimer *m_ticker = nullptr;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_clock;
    QStringList m_customers;
    QList<ReasonChoice> m_reasons;
    double m_totalWeight = 0;
    QHash<qint64, SimContact> m_contacts;
    QList<qint64> m_order;
    Stats m_stats;
    bool m_running = false;
    bool m_windingDown = false;
    int m_arrivalsInFlight = 0; // contact.inbound writes not answered yet
    bool m_finished = false;
};

} // namespace spocs
