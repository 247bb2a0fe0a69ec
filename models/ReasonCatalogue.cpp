#include "models/ReasonCatalogue.h"

#include "core/Ops.h"

namespace spocs {

ReasonCatalogue::ReasonCatalogue(Connection *connection)
    : SharedLookup(connection, op::ReasonList, QStringLiteral("reasons"), QStringLiteral("reasons"),
                   event::ReasonsChanged)
{
    setObjectName(QStringLiteral("reasonCatalogue"));
}

ReasonCatalogue *ReasonCatalogue::of(Connection *connection)
{
    return instanceFor<ReasonCatalogue>(connection);
}

QJsonObject ReasonCatalogue::reason(const QString &code) const
{
    for (const QJsonValue &v : items()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    }
    return {};
}

void ReasonCatalogue::save(const QJsonObject &reason, QObject *context, WriteDone done)
{
    QPointer<ReasonCatalogue> self(this);
    write(op::ReasonSave, QJsonObject { { QStringLiteral("reason"), reason } }, context, QStringLiteral("reason"),
          [self, done](const Result<QJsonObject> &saved) {
              if (self && saved.ok())
                  self->upsert(*saved); // the event follows; the editor shows the saved reason at once
              done(saved);
          });
}

void ReasonCatalogue::onEvent(const protocol::Event &event)
{
    if (event.kind != QStringView(event::ReasonsChanged))
        return;
    const QJsonObject reason = event.data.value(QStringLiteral("reason")).toObject();
    if (reason.isEmpty())
        reload();
    else
        upsert(reason);
}

void ReasonCatalogue::upsert(const QJsonObject &reason)
{
    const qint64 id = reason.value(QStringLiteral("id")).toInteger();
    const QString code = reason.value(QStringLiteral("code")).toString();
    QJsonArray &list = mutableItems();
    bool found = false;
    for (qsizetype i = 0; i < list.size() && !found; ++i) {
        const QJsonObject known = list.at(i).toObject();
        if ((id != 0 && known.value(QStringLiteral("id")).toInteger() == id)
            || (!code.isEmpty() && known.value(QStringLiteral("code")).toString() == code)) {
            if (known == reason)
                return; // already known (the answer to our save, then its event)
            list.replace(i, reason);
            found = true;
        }
    }
    if (!found)
        list.append(reason);
    Q_EMIT reasonChanged(reason);
}

} // namespace spocs
