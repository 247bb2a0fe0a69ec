#pragma once

#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

// Helpers shared by the lead integration tests (lead view, reports, follow-ups).
namespace spocs::test::lead {

inline QString newCid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Runs SQL on the coordinator's database from the side (WAL: fine while it runs).
// Returns the first column of the first row of the last statement, or -1.
inline qint64 sql(const QString &dbPath, const QStringList &statements)
{
    const QString name = QStringLiteral("lead-") + newCid();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    ADD_FAILURE() << "SQL failed: " << statement.toStdString();
                    break;
                }
                if (q.next())
                    value = q.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// The state changes a contact written straight into the database would have recorded, for
// contacts that neither went back to a queue nor were forwarded: queued at created_at (inbound
// only), active at answered_at, after-contact work (if answered) and closed at closed_at.
inline QStringList simpleTransitions(qint64 firstId, qint64 lastId)
{
    const QString range = QStringLiteral(" FROM contacts WHERE id BETWEEN %1 AND %2").arg(firstId).arg(lastId);
    const QString insert = QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at) ");
    return { insert + QStringLiteral("SELECT id, 'queued', created_at") + range
                 + QStringLiteral(" AND direction = 'inbound'"),
             insert + QStringLiteral("SELECT id, 'active', answered_at") + range
                 + QStringLiteral(" AND answered_at IS NOT NULL"),
             insert + QStringLiteral("SELECT id, 'after_contact_work', closed_at") + range
                 + QStringLiteral(" AND answered_at IS NOT NULL AND closed_at IS NOT NULL"),
             insert + QStringLiteral("SELECT id, 'closed', closed_at") + range
                 + QStringLiteral(" AND closed_at IS NOT NULL") };
}

// One recorded state change.
inline QString transitionAt(qint64 contactId, const QString &state, const QString &at)
{
    return QStringLiteral("INSERT INTO contact_transitions(contact_id, state, at) VALUES (%1, '%2', '%3')")
        .arg(contactId)
        .arg(state, at);
}

inline QString writeConfig(QTemporaryDir &dir, const QString &text)
{
    const QString path = dir.filePath(QStringLiteral("lead.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

// A signed-in desktop that records its events.
struct Desk
{
    Connection connection;
    qint64 userId = 0;
    QList<protocol::Event> events;

    bool login(const QUrl &url, const QString &user, const QStringList &topics = {})
    {
        const Reply r = loginAndWait(connection, url, user);
        if (!r.ok)
            return false;
        const Reply me = call(connection, QStringLiteral("session.me"));
        userId = me.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger();
        if (userId == 0)
            return false;
        QObject::connect(&connection, &Connection::eventReceived, &connection,
                         [this](const protocol::Event &e) { events.append(e); });
        QStringList all = topics;
        all << QStringLiteral("user:%1").arg(userId);
        const Reply s = call(connection, QStringLiteral("events.subscribe"),
                             { { QStringLiteral("topics"), QJsonArray::fromStringList(all) } });
        return s.ok;
    }
    bool setPresence(const QString &state)
    {
        return call(connection, QStringLiteral("presence.set"), { { QStringLiteral("state"), state } }).ok;
    }
    // Waits for the first event of `kind` (matching `match` if given) and removes it.
    std::optional<protocol::Event> waitFor(const QString &kind, int timeoutMs = 15000,
                                           const std::function<bool(const QJsonObject &)> &match = {})
    {
        std::optional<protocol::Event> found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < events.size(); ++i) {
                    if (events.at(i).kind == kind && (!match || match(events.at(i).data))) {
                        found = events.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    bool has(const QString &kind) const
    {
        for (const auto &e : events) {
            if (e.kind == kind)
                return true;
        }
        return false;
    }
    qint64 waitForOffer(int timeoutMs = 15000)
    {
        const auto e = waitFor(QStringLiteral("contact.offered"), timeoutMs);
        return e ? e->data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger() : 0;
    }
};

inline QJsonObject contactOf(const Reply &r)
{
    return r.data.value(QStringLiteral("contact")).toObject();
}

inline Reply inbound(Connection &c, const QString &customer, const QJsonObject &extra = {})
{
    QJsonObject args { { QStringLiteral("cid"), newCid() },
                       { QStringLiteral("channel"), QStringLiteral("phone") },
                       { QStringLiteral("customer"), customer } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        args.insert(it.key(), it.value());
    return callWrite(c, QStringLiteral("contact.inbound"), args);
}

inline qint64 userIdOf(Connection &c, const QString &login)
{
    const Reply r = call(c, QStringLiteral("presence.list"));
    for (const QJsonValue &v : r.data.value(QStringLiteral("users")).toArray()) {
        const QJsonObject user = v.toObject().value(QStringLiteral("user")).toObject();
        if (user.value(QStringLiteral("login")).toString() == login)
            return user.value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

// contact.close of an active contact with reason orders.where: resolved, or follow_up with `followUp`.
inline Reply closeContact(Desk &desk, const QJsonObject &contact, const QJsonObject &followUp = {})
{
    QJsonObject args { { QStringLiteral("cid"), newCid() },
                       { QStringLiteral("id"), contact.value(QStringLiteral("id")) },
                       { QStringLiteral("version"), contact.value(QStringLiteral("version")) },
                       { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } },
                       { QStringLiteral("outcome"),
                         followUp.isEmpty() ? QStringLiteral("resolved") : QStringLiteral("follow_up") } };
    if (!followUp.isEmpty())
        args.insert(QStringLiteral("followUp"), followUp);
    return callWrite(desk.connection, QStringLiteral("contact.close"), args);
}

// A coordinator with demo data, lead1 signed in following `queue`, and the owner and backup of the
// customer the tests work on.
struct LeadFixture
{
    QTemporaryDir dir;
    CoordinatorProcess coordinator;
    Desk lead;
    QString customer = QStringLiteral("C-1003");
    QString owner;
    QString backup;

    bool start(const QString &config = QStringLiteral("[routing]\noffer_timeout_ms=20000\n"))
    {
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs = { QStringLiteral("--config"), writeConfig(dir, config) };
        if (!coordinator.start(options))
            return false;
        if (!lead.login(coordinator.url(), QStringLiteral("lead1"), { QStringLiteral("queue") }))
            return false;
        const Reply r = call(lead.connection, QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } });
        const QJsonObject c = r.data.value(QStringLiteral("customer")).toObject();
        owner = c.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString();
        backup = c.value(QStringLiteral("backup")).toObject().value(QStringLiteral("login")).toString();
        return !owner.isEmpty();
    }
    // The n-th agent who is neither owner nor backup of the customer.
    QString other(int n = 0) const
    {
        for (int i = 1; i <= 20; ++i) {
            const QString login = QStringLiteral("agent%1").arg(i);
            if (login != owner && login != backup && n-- == 0)
                return login;
        }
        return {};
    }
    // Waits until routing offers contact `id` to `desk`'s user. It watches the contact, not the
    // desk's events: the offer may come before the desk follows its topic.
    bool offeredTo(const Desk &desk, qint64 id)
    {
        return QTest::qWaitFor(
            [&] {
                const Reply r = call(lead.connection, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } });
                return contactOf(r)
                           .value(QStringLiteral("offeredTo"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toInteger()
                    == desk.userId;
            },
            10000);
    }
    Reply accept(Desk &desk, qint64 id)
    {
        return callWrite(desk.connection, QStringLiteral("contact.accept"),
                         { { QStringLiteral("cid"), newCid() }, { QStringLiteral("id"), id } });
    }
};

} // namespace spocs::test::lead
