#include "models/SynonymSession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ModelsLog.h"

#include <QJsonArray>

namespace spocs {

SynonymSession::SynonymSession(QObject *parent)
    : QObject(parent)
{ }

void SynonymSession::setConnection(Connection *connection)
{
    m_connection = connection;
}

void SynonymSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void SynonymSession::take(const QJsonObject &data)
{
    m_groups.clear();
    for (const QJsonValue &g : data.value(QStringLiteral("groups")).toArray()) {
        QStringList words;
        for (const QJsonValue &w : g.toArray())
            words.append(w.toString());
        if (!words.isEmpty())
            m_groups.append(words);
    }
}

void SynonymSession::load()
{
    if (!m_connection) {
        Q_EMIT failed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    setBusy(true);
    m_connection->request(QString::fromUtf16(op::KbSynonymsGet), {}, this,
                          [this](const Reply &reply) { answered(reply, "kb.synonyms.get", &SynonymSession::loaded); });
}

void SynonymSession::save(const QList<QStringList> &groups)
{
    if (!m_connection) {
        Q_EMIT failed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    QJsonArray array;
    for (const QStringList &g : groups)
        array.append(QJsonArray::fromStringList(g));
    setBusy(true);
    m_connection->write(QString::fromUtf16(op::KbSynonymsSet), QJsonObject { { QStringLiteral("groups"), array } },
                        this,
                        [this](const Reply &reply) { answered(reply, "kb.synonyms.set", &SynonymSession::saved); });
}

void SynonymSession::answered(const Reply &reply, const char *op, void (SynonymSession::*done)())
{
    setBusy(false);
    if (!reply.ok) {
        qCInfo(lcModels) << op << "failed:" << errorCodeName(reply.error.code);
        Q_EMIT failed(reply.error);
        return;
    }
    take(reply.data);
    Q_EMIT(this->*done)();
}

QString SynonymSession::textFromGroups(const QList<QStringList> &groups)
{
    QStringList lines;
    for (const QStringList &g : groups)
        lines.append(g.join(QStringLiteral(", ")));
    return lines.join(u'\n');
}

QList<QStringList> SynonymSession::groupsFromText(const QString &text)
{
    QList<QStringList> out;
    for (const QString &line : text.split(u'\n')) {
        QStringList words;
        for (const QString &w : line.split(u',')) {
            const QString word = w.simplified();
            if (!word.isEmpty())
                words.append(word);
        }
        if (!words.isEmpty())
            out.append(words);
    }
    return out;
}

} // namespace spocs
