#pragma once

// Shared by ConsultIntegrationTest and TransferIntegrationTest: a coordinator with
// short consult/transfer offers, desks that record their events, and a way to give people
// skills before the skill admin ops exist (rows written straight into the coordinator's
// database; WAL lets the test write beside the running server).

#include "ClientHelpers.h"
#include "CoordinatorProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace spocs::test::consult {

inline QString cid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline qint64 idOf(const QJsonValue &v)
{
    return v.toObject().value(QStringLiteral("id")).toInteger();
}

// Runs statements in one transaction on the coordinator's database.
inline bool execSql(const QString &dbPath, const QStringList &statements)
{
    const QString name = QStringLiteral("consult-test-") + cid();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        ok = db.open();
        if (ok) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            for (const QString &sql : statements) {
                if (ok && !q.exec(sql)) {
                    ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
                    ok = false;
                }
            }
            (void)q.exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Gives exactly these skills to these logins (their other skills are removed).
inline bool giveSkills(const QString &dbPath, const QString &skill, const QString &label,
                       const QList<QPair<QString, int>> &levels)
{
    QStringList sql {
        QStringLiteral("INSERT OR IGNORE INTO skills(code, label, position) VALUES ('%1', '%2', 90)").arg(skill, label)
    };
    for (const auto &[login, level] : levels) {
        sql << QStringLiteral("DELETE FROM user_skills WHERE user_id = (SELECT id FROM users WHERE login = '%1')")
                   .arg(login);
        sql << QStringLiteral("INSERT INTO user_skills(user_id, skill, level) SELECT id, '%1', %2 FROM users "
                              "WHERE login = '%3'")
                   .arg(skill)
                   .arg(level)
                   .arg(login);
    }
    return execSql(dbPath, sql);
}

// A signed-in desktop that keeps every event it receives.
struct Desk
{
    Connection connection;
    qint64 userId = 0;
    QString login;
    QList<protocol::Event> events;

    bool signIn(const QUrl &url, const QString &user)
    {
        login = user;
        if (!loginAndWait(connection, url, user).ok)
            return false;
        const Reply me = call(connection, QStringLiteral("session.me"));
        userId = idOf(me.data.value(QStringLiteral("user")));
        if (userId == 0)
            return false;
        QObject::connect(&connection, &Connection::eventReceived, &connection,
                         [this](const protocol::Event &e) { events.append(e); });
        return follow(QStringLiteral("user:%1").arg(userId));
    }
    bool follow(const QString &topic)
    {
        return call(connection, QStringLiteral("events.subscribe"),
                    { { QStringLiteral("topics"), QJsonArray { topic } } })
            .ok;
    }
    bool setPresence(const QString &state)
    {
        return call(connection, QStringLiteral("presence.set"), { { QStringLiteral("state"), state } }).ok;
    }
    // The first event of this kind (and matching `match`) not yet taken; empty after the wait.
    QJsonObject take(const QString &kind, const std::function<bool(const QJsonObject &)> &match = {},
                     int timeoutMs = 10000)
    {
        QJsonObject found;
        const auto scan = [&] {
            for (qsizetype i = 0; i < events.size(); ++i) {
                if (events.at(i).kind == kind && (!match || match(events.at(i).data))) {
                    found = events.takeAt(i).data;
                    return true;
                }
            }
            return false;
        };
        (void)QTest::qWaitFor(scan, timeoutMs);
        return found;
    }
    bool has(const QString &kind) const
    {
        return std::any_of(events.cbegin(), events.cend(), [&](const protocol::Event &e) { return e.kind == kind; });
    }
    Reply write(const QString &op, QJsonObject args)
    {
        args.insert(QStringLiteral("cid"), cid());
        return callWrite(connection, op, args);
    }
    // consult.request to a named expert on this desk's contact.
    Reply askExpert(qint64 contact, qint64 expert, const QString &question)
    {
        return write(QStringLiteral("consult.request"),
                     { { QStringLiteral("contact"), contact },
                       { QStringLiteral("expert"), expert },
                       { QStringLiteral("question"), question } });
    }
    QString presence()
    {
        const Reply me = call(connection, QStringLiteral("session.me"));
        return me.data.value(QStringLiteral("user")).toObject().value(QStringLiteral("presence")).toString();
    }
};

// contact.get's contact.
inline QJsonObject contactOf(Connection &c, qint64 id)
{
    return call(c, QStringLiteral("contact.get"), { { QStringLiteral("id"), id } })
        .data.value(QStringLiteral("contact"))
        .toObject();
}

inline qint64 userIdOf(Connection &lead, const QString &login)
{
    const Reply r = call(lead, QStringLiteral("presence.list"));
    for (const QJsonValue &v : r.data.value(QStringLiteral("users")).toArray()) {
        const QJsonObject user = v.toObject().value(QStringLiteral("user")).toObject();
        if (user.value(QStringLiteral("login")).toString() == login)
            return user.value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

// A coordinator with short consult and transfer offers, a lead, and a customer whose owner
// will be the rep.
struct World
{
    QTemporaryDir dir;
    CoordinatorProcess coordinator;
    Connection lead;
    QString customer = QStringLiteral("C-1003");
    QString owner;
    QString backup;

    bool start(int consultTimeoutMs)
    {
        const QString path = dir.filePath(QStringLiteral("consult.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral("[routing]\noffer_timeout_ms=20000\nconsult_timeout_ms=%1\n")
                       .arg(consultTimeoutMs)
                       .toUtf8());
        file.close();
        CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs = { QStringLiteral("--config"), path };
        if (!coordinator.start(options) || !loginAndWait(lead, coordinator.url(), QStringLiteral("lead1")).ok)
            return false;
        const Reply r = call(lead, QStringLiteral("customer.get"), { { QStringLiteral("id"), customer } });
        const QJsonObject c = r.data.value(QStringLiteral("customer")).toObject();
        owner = c.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString();
        backup = c.value(QStringLiteral("backup")).toObject().value(QStringLiteral("login")).toString();
        return !owner.isEmpty() && !backup.isEmpty();
    }
    // An agent who is neither the customer's owner nor backup.
    QString otherAgent(int skip = 0) const
    {
        for (int i = 1; i <= 20; ++i) {
            const QString login = QStringLiteral("agent%1").arg(i);
            if (login != owner && login != backup && skip-- == 0)
                return login;
        }
        return {};
    }
    // A phone contact for the customer, accepted by `rep` (the customer's owner).
    qint64 activeContact(Desk &rep)
    {
        const Reply in = callWrite(lead, QStringLiteral("contact.inbound"),
                                   { { QStringLiteral("cid"), cid() },
                                     { QStringLiteral("channel"), QStringLiteral("phone") },
                                     { QStringLiteral("customer"), customer } });
        if (!in.ok) {
            ADD_FAILURE() << "inbound: " << in.error.message.toStdString();
            return 0;
        }
        const qint64 id = idOf(in.data.value(QStringLiteral("contact")));
        const QJsonObject offer = rep.take(QStringLiteral("contact.offered"), [&](const QJsonObject &d) {
            return idOf(d.value(QStringLiteral("contact"))) == id;
        });
        if (offer.isEmpty()) {
            ADD_FAILURE() << "no contact offer for " << rep.login.toStdString();
            return 0;
        }
        const Reply accepted = rep.write(QStringLiteral("contact.accept"), { { QStringLiteral("id"), id } });
        if (!accepted.ok) {
            ADD_FAILURE() << "accept: " << accepted.error.message.toStdString();
            return 0;
        }
        return id;
    }
};

} // namespace spocs::test::consult
