#include "coordinator/auth/SessionReaper.h"

#include "coordinator/server/ClientSession.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace spocs {

SessionReaper::SessionReaper(CoordinatorServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    connect(&m_timer, &QTimer::timeout, this, &SessionReaper::reap);
}

void SessionReaper::start(int intervalMs)
{
    databaseChangedElsewhere(); // the baseline
    m_timer.start(intervalMs);
}

bool SessionReaper::databaseChangedElsewhere()
{
    QSqlQuery q = m_server.db().prepare(QStringLiteral("PRAGMA data_version"));
    if (!q.exec() || !q.next())
        return true; // when in doubt, look
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

QSet<QString> SessionReaper::revokedAmong(const QStringList &sessionIds)
{
    QSet<QString> revoked;
    QSqlQuery q = m_server.db().prepare(
        QStringLiteral("SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id "
                       "WHERE s.id IN (SELECT value FROM json_each(?)) AND (s.revoked_at IS NOT NULL OR u.disabled)"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sessionIds)).toJson()));
    if (!q.exec()) {
        sqlError(q, "find revoked sessions");
        return revoked;
    }
    while (q.next())
        revoked.insert(q.value(0).toString());
    return revoked;
}

void SessionReaper::reap()
{
    const QDateTime now = m_server.db().now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QList<ClientSession *> live = m_server.liveSessions();
    QList<ClientSession *> expired;
    QStringList ids;
    for (ClientSession *session : live) {
        if (!session->isAuthenticated() || session->isClosing())
            continue;
        if (session->endsAtMs <= nowMs)
            expired.append(session);
        else
            ids.append(session->session().sessionId);
    }
    QSet<qint64> ended;
    const auto audit = [this, &now](ClientSession *session, const QString &action) {
        AuditLog::Entry e;
        e.at = now;
        e.userId = session->userId();
        e.sessionId = session->session().sessionId;
        e.action = action;
        e.subject = QStringLiteral("user:") + session->session().user.login;
        if (auto r = m_server.audit().recordNow(e); !r)
            qCWarning(lcAuth) << "could not audit the end of a session";
    };
    for (ClientSession *session : expired) {
        if (auto r = m_server.auth().revoke(session->session().sessionId); !r)
            qCWarning(lcAuth) << "could not mark an expired session revoked";
        qCInfo(lcAuth) << "session expired for user" << session->userId();
        audit(session, QStringLiteral("session.expired"));
        m_server.endSession(session, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("session expired"));
        ended.insert(session->userId());
    }
    if (!ids.isEmpty() && databaseChangedElsewhere()) {
        const QSet<QString> revoked = revokedAmong(ids);
        for (ClientSession *session : live) {
            if (session->isAuthenticated() && !session->isClosing() && revoked.contains(session->session().sessionId)) {
                qCInfo(lcAuth) << "session revoked from outside for user" << session->userId();
                audit(session, QStringLiteral("session.revoked"));
                m_server.endSession(session, QWebSocketProtocol::CloseCodePolicyViolated,
                                    QStringLiteral("session revoked"));
                ended.insert(session->userId());
            }
        }
    }
    for (qint64 userId : std::as_const(ended)) {
        if (!m_server.hasOpenSession(userId))
            m_server.setOffline(userId);
    }
}

} // namespace spocs
