#include "models/LearnedWordsSession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/LearnedWordsModel.h"
#include "models/ModelsLog.h"

namespace spocs {

LearnedWordsSession::LearnedWordsSession(QObject *parent)
    : QObject(parent)
    , m_model(new LearnedWordsModel(this))
{ }

void LearnedWordsSession::setConnection(Connection *connection)
{
    m_connection = connection;
}

void LearnedWordsSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void LearnedWordsSession::clear()
{
    ++m_generation;
    m_articleId = 0;
    m_model->clear();
    setBusy(false);
}

void LearnedWordsSession::load(qint64 articleId)
{
    if (articleId != m_articleId)
        clear();
    if (articleId <= 0)
        return;
    if (!m_connection) {
        Q_EMIT failed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    m_articleId = articleId;
    const quint64 generation = ++m_generation;
    setBusy(true);
    m_connection->request(QString::fromUtf16(op::KbLearned), QJsonObject { { QStringLiteral("articleId"), articleId } },
                          this, [this, generation](const Reply &reply) {
                              if (take(generation, reply, "kb.learned"))
                                  Q_EMIT loaded();
                          });
}

void LearnedWordsSession::forget(const QString &word)
{
    if (!word.isEmpty())
        forgetWords(word);
}

void LearnedWordsSession::forgetAll()
{
    forgetWords(std::nullopt);
}

void LearnedWordsSession::forgetWords(const std::optional<QString> &word)
{
    if (m_articleId <= 0)
        return;
    if (!m_connection) {
        Q_EMIT failed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    QJsonObject args { { QStringLiteral("articleId"), m_articleId } };
    if (word)
        args.insert(QStringLiteral("word"), *word);
    const quint64 generation = ++m_generation;
    setBusy(true);
    m_connection->write(QString::fromUtf16(op::KbLearnedForget), args, this,
                        [this, generation, word = word.value_or(QString())](const Reply &reply) {
                            if (take(generation, reply, "kb.learned.forget"))
                                Q_EMIT forgotten(word, int(reply.data.value(QStringLiteral("forgotten")).toInteger()));
                        });
}

bool LearnedWordsSession::take(quint64 generation, const Reply &reply, const char *op)
{
    if (generation != m_generation)
        return false;
    setBusy(false);
    if (!reply.ok) {
        qCInfo(lcModels) << op << "failed:" << errorCodeName(reply.error.code);
        Q_EMIT failed(reply.error);
        return false;
    }
    m_model->setFromAnswer(reply.data);
    return true;
}

} // namespace spocs
