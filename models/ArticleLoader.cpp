#include "models/ArticleLoader.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ModelsLog.h"

namespace spocs {

ArticleLoader::ArticleLoader(QObject *parent)
    : RecordLoader(parent)
{ }

ArticleLoader::~ArticleLoader() = default;

void ArticleLoader::setConnection(Connection *connection)
{
    m_connection = connection;
}

void ArticleLoader::open(qint64 id, const QString &foundBy)
{
    if (id <= 0) {
        close();
        return;
    }
    m_foundBy = foundBy.trimmed().left(500); // kb.feedback and kb.send take at most 500 characters
    if (id != m_id) {
        m_id = id;
        m_article = {};
        Q_EMIT articleChanged();
    }
    fetch();
}

void ArticleLoader::close()
{
    ++m_generation; // answers in flight no longer matter
    m_id = 0;
    m_article = {};
    setState(State::Empty);
    Q_EMIT articleChanged();
}

void ArticleLoader::refresh()
{
    if (m_id > 0)
        fetch();
}

void ArticleLoader::fetch()
{
    const quint64 generation = ++m_generation;
    setState(State::Loading);
    if (!m_connection) {
        fetchFailed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")), false);
        return;
    }
    m_connection->request(QString::fromUtf16(op::KbGet), QJsonObject { { QStringLiteral("id"), m_id } }, this,
                          [this, generation](const Reply &reply) {
                              if (generation != m_generation)
                                  return;
                              if (reply.ok) {
                                  setArticle(reply.data);
                                  return;
                              }
                              qCInfo(lcModels) << "kb.get failed:" << errorCodeName(reply.error.code);
                              fetchFailed(reply.error, false);
                          });
}

void ArticleLoader::setArticle(const QJsonObject &data)
{
    const QJsonObject obj
        = data.contains(QStringLiteral("article")) ? data.value(QStringLiteral("article")).toObject() : data;
    m_article = KnowledgeArticle::fromJson(obj);
    m_id = m_article.id;
    setState(m_article.isEmpty() ? State::Empty : State::Loaded);
    Q_EMIT articleChanged();
}

void ArticleLoader::setStats(const QJsonObject &stats)
{
    if (m_article.isEmpty())
        return;
    m_article.stats = KnowledgeStats::fromJson(stats);
    Q_EMIT articleChanged();
}

namespace {

void answer(const WriteDone &done, const Reply &reply)
{
    if (reply.ok)
        done(reply.data);
    else
        done(reply.error);
}

} // namespace

void ArticleLoader::sendToCustomer(const QString &customerId, QObject *context, WriteDone done)
{
    if (!m_connection || m_article.isEmpty()) {
        done(makeError(ErrorCode::Unavailable, QStringLiteral("no article")));
        return;
    }
    const qint64 id = m_article.id;
    QJsonObject args { { QStringLiteral("id"), id }, { QStringLiteral("customer"), customerId } };
    if (!m_foundBy.isEmpty())
        args.insert(QStringLiteral("query"), m_foundBy);
    QPointer<ArticleLoader> self(this);
    m_connection->write(QString::fromUtf16(op::KbSend), args, context, [self, id, done](const Reply &reply) {
        if (!reply.ok)
            qCInfo(lcModels) << "kb.send failed:" << errorCodeName(reply.error.code);
        if (reply.ok && self && self->articleId() == id) {
            KnowledgeStats s = self->article().stats;
            ++s.sends;
            self->setStats(s.toJson());
        }
        answer(done, reply);
    });
}

void ArticleLoader::sendFeedback(bool helped, const QString &comment, QObject *context, WriteDone done)
{
    if (!m_connection || m_article.isEmpty()) {
        done(makeError(ErrorCode::Unavailable, QStringLiteral("no article")));
        return;
    }
    QJsonObject args { { QStringLiteral("id"), m_article.id }, { QStringLiteral("helped"), helped } };
    if (!comment.trimmed().isEmpty())
        args.insert(QStringLiteral("comment"), comment.trimmed());
    if (!m_foundBy.isEmpty())
        args.insert(QStringLiteral("query"), m_foundBy);
    const qint64 id = m_article.id;
    QPointer<ArticleLoader> self(this);
    m_connection->write(QString::fromUtf16(op::KbFeedback), args, context, [self, id, done](const Reply &reply) {
        if (!reply.ok)
            qCInfo(lcModels) << "kb.feedback failed:" << errorCodeName(reply.error.code);
        if (reply.ok && self && self->articleId() == id && reply.data.contains(QStringLiteral("stats")))
            self->setStats(reply.data.value(QStringLiteral("stats")).toObject());
        answer(done, reply);
    });
}

void ArticleLoader::propose(const QJsonObject &args, QObject *context, VersionedWrite::Done done)
{
    VersionedWrite write { QString::fromUtf16(op::KbPropose), args, {}, {}, QStringLiteral("article") };
    const qint64 id = args.value(QStringLiteral("id")).toInteger();
    if (id > 0) {
        write.refetchOp = QString::fromUtf16(op::KbGet);
        write.refetchArgs = QJsonObject { { QStringLiteral("id"), id } };
    }
    write.send(m_connection, context, std::move(done));
}

bool ArticleLoader::handleEvent(const protocol::Event &event)
{
    if (m_id <= 0 || event.topic != kb::topic())
        return false;
    if (event.kind == QStringView(event::KbPublished)) {
        const QJsonObject obj = event.data.value(QStringLiteral("article")).toObject();
        if (obj.value(QStringLiteral("id")).toInteger() != m_id)
            return false;
        if (obj.contains(QStringLiteral("body")))
            setArticle(obj); // the event carries the whole article: no extra request, no view counted
        else
            fetch();
        return true;
    }
    if (event.kind == QStringView(event::KbProposed)) {
        if (event.data.value(QStringLiteral("id")).toInteger() != m_id)
            return false;
        // A published article keeps its live text until the proposal is published: only the newest
        // version moves (no request, no view counted). One never published shows the proposal.
        if (m_article.status == u"published") {
            m_article.version = std::max(m_article.version, event.data.value(QStringLiteral("version")).toInteger());
            Q_EMIT articleChanged();
        } else {
            fetch();
        }
        return true;
    }
    if (event.kind == QStringView(event::KbArchived)) {
        if (event.data.value(QStringLiteral("id")).toInteger() != m_id)
            return false;
        m_article.status = QStringLiteral("archived");
        Q_EMIT articleChanged();
        return true;
    }
    return false;
}

} // namespace spocs
