#include "models/PresenceDirectory.h"

#include "core/Ops.h"

namespace spocs {

PresenceDirectory::Entry PresenceDirectory::Entry::fromJson(const QJsonObject &row)
{
    const QJsonObject user = row.value(QStringLiteral("user")).toObject();
    Entry e;
    e.userId = user.value(QStringLiteral("id")).toInteger();
    e.login = user.value(QStringLiteral("login")).toString();
    e.name = user.value(QStringLiteral("name")).toString();
    e.role = user.value(QStringLiteral("role")).toString();
    e.state = row.value(QStringLiteral("state")).toString();
    e.reason = row.value(QStringLiteral("reason")).toString();
    e.since = QDateTime::fromString(row.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
    return e;
}

PresenceDirectory::PresenceDirectory(Connection *connection)
    : SharedLookup(connection, op::PresenceList, QStringLiteral("users"), protocol::presenceTopic(), nullptr)
{
    setObjectName(QStringLiteral("presenceDirectory"));
}

PresenceDirectory *PresenceDirectory::of(Connection *connection)
{
    return instanceFor<PresenceDirectory>(connection);
}

QList<PresenceDirectory::Entry> PresenceDirectory::entries() const
{
    QList<Entry> out;
    for (const QJsonValue &v : items())
        out.append(Entry::fromJson(v.toObject()));
    return out;
}

PresenceDirectory::Entry PresenceDirectory::self() const
{
    const qint64 me = connection() ? connection()->user().id : 0;
    for (const Entry &e : entries()) {
        if (e.userId == me && me != 0)
            return e;
    }
    return {};
}

QDateTime PresenceDirectory::now() const
{
    Connection *c = connection();
    return c ? c->serverNow() : QDateTime::currentDateTimeUtc();
}

void PresenceDirectory::setOwnState(const QString &state, const QString &reason, QObject *context, WriteDone done)
{
    QJsonObject args { { QStringLiteral("state"), state } };
    if (!reason.isEmpty())
        args.insert(QStringLiteral("reason"), reason);
    QPointer<PresenceDirectory> self(this);
    write(op::PresenceSet, args, context, QString(), [self, done](const Result<QJsonObject> &result) {
        if (self && result.ok() && self->connection()) {
            const UserInfo me = self->connection()->user();
            QJsonObject row = *result;
            row.insert(QStringLiteral("user"),
                       QJsonObject { { QStringLiteral("id"), me.id }, { QStringLiteral("login"), me.login } });
            self->apply(row);
        }
        done(result);
    });
}

void PresenceDirectory::setStateFor(qint64 userId, const QString &state, const QString &reason, QObject *context,
                                    WriteDone done)
{
    QJsonObject args { { QStringLiteral("user"), userId }, { QStringLiteral("state"), state } };
    if (!reason.isEmpty())
        args.insert(QStringLiteral("reason"), reason);
    write(op::PresenceSetFor, args, context, QString(), std::move(done));
}

void PresenceDirectory::onEvent(const protocol::Event &event)
{
    if (event.kind == QStringView(event::PresenceChanged))
        apply(event.data);
}

void PresenceDirectory::apply(const QJsonObject &row)
{
    const Entry changed = Entry::fromJson(row);
    if (changed.userId == 0)
        return;
    QJsonArray &list = mutableItems();
    bool found = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject known = list.at(i).toObject();
        if (known.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger() != changed.userId)
            continue;
        // Keep the user's name and role from the list; take state, reason and since from the news.
        for (const QString &key : { QStringLiteral("state"), QStringLiteral("reason"), QStringLiteral("since") })
            known.insert(key, row.value(key));
        list.replace(i, known);
        found = true;
        Q_EMIT presenceChanged(Entry::fromJson(known));
        break;
    }
    if (!found) {
        list.append(row);
        Q_EMIT presenceChanged(changed);
    }
}

} // namespace spocs
