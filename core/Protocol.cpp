#include "core/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

namespace spocs::protocol {
namespace {

Error bad(const QString &message, const QString &field = {})
{
    QJsonObject details;
    if (!field.isEmpty())
        details.insert(QStringLiteral("field"), field);
    return makeError(ErrorCode::BadRequest, message, details);
}

// A JSON number that is a whole number in [0, MaxSafeInteger].
std::optional<qint64> safeInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > double(MaxSafeInteger) || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

bool isValidOpName(const QString &op)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-zA-Z0-9_]*(\\.[a-z][a-zA-Z0-9_]*){0,3}$"));
    return op.size() <= 64 && re.match(op).hasMatch();
}

Result<QStringList> stringList(const QJsonObject &obj, const QString &key, qsizetype maxEntries = 1000)
{
    QStringList out;
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray())
        return bad(QStringLiteral("%1 must be an array of strings").arg(key), key);
    const QJsonArray arr = v.toArray();
    if (arr.size() > maxEntries)
        return bad(QStringLiteral("%1 has more than %2 entries").arg(key).arg(maxEntries), key);
    for (const QJsonValue &item : arr) {
        if (!item.isString())
            return bad(QStringLiteral("%1 must be an array of strings").arg(key), key);
        out.append(item.toString());
    }
    return out;
}

Result<Frame> decodeHello(const QJsonObject &o)
{
    Hello h;
    const auto v = safeInteger(o.value(QStringLiteral("v")));
    if (!v)
        return bad(QStringLiteral("hello needs a protocol version v"), QStringLiteral("v"));
    if (*v != Version) {
        return makeError(ErrorCode::UnsupportedVersion, QStringLiteral("protocol version %1 is not supported").arg(*v),
                         QJsonObject { { QStringLiteral("supported"), QJsonArray { Version } } });
    }
    h.version = int(*v);
    const QJsonValue client = o.value(QStringLiteral("client"));
    if (!client.isUndefined() && !client.isString())
        return bad(QStringLiteral("client must be a string"), QStringLiteral("client"));
    h.client = client.toString().left(128);
    const QJsonValue token = o.value(QStringLiteral("token"));
    if (!token.isString() || token.toString().isEmpty() || token.toString().size() > 256)
        return bad(QStringLiteral("hello needs a session token"), QStringLiteral("token"));
    h.token = token.toString();
    const QJsonValue resume = o.value(QStringLiteral("resume"));
    if (!resume.isUndefined() && !resume.isNull()) {
        if (!resume.isObject())
            return bad(QStringLiteral("resume must be an object"), QStringLiteral("resume"));
        const QJsonObject r = resume.toObject();
        const auto seq = safeInteger(r.value(QStringLiteral("seq")));
        if (!r.value(QStringLiteral("epoch")).isString() || !seq)
            return bad(QStringLiteral("resume needs epoch (string) and seq (integer)"), QStringLiteral("resume"));
        h.resume = ResumePoint { r.value(QStringLiteral("epoch")).toString(), *seq };
    }
    auto topics = stringList(o, QStringLiteral("topics"), MaxTopics);
    if (!topics)
        return topics.error();
    for (const QString &t : *topics) {
        if (!isValidTopic(t))
            return bad(QStringLiteral("invalid topic"), QStringLiteral("topics"));
    }
    h.topics = *topics;
    return Frame { h };
}

Result<Frame> decodeWelcome(const QJsonObject &o)
{
    Welcome w;
    w.version = o.value(QStringLiteral("v")).toInt(Version);
    w.session = o.value(QStringLiteral("session")).toString();
    w.user = o.value(QStringLiteral("user")).toObject();
    w.epoch = o.value(QStringLiteral("epoch")).toString();
    const auto seq = safeInteger(o.value(QStringLiteral("seq")));
    if (w.epoch.isEmpty() || !seq)
        return bad(QStringLiteral("welcome needs epoch and seq"));
    w.seq = *seq;
    auto features = stringList(o, QStringLiteral("features"));
    if (!features)
        return features.error();
    w.features = *features;
    const QJsonObject resume = o.value(QStringLiteral("resume")).toObject();
    w.resumeStatus = resume.value(QStringLiteral("status")).toString(QStringLiteral("none"));
    w.replayed = safeInteger(resume.value(QStringLiteral("replayed"))).value_or(0);
    w.now = QDateTime::fromString(o.value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
    return Frame { w };
}

Result<Frame> decodeRequest(const QJsonObject &o, qint64 *requestId)
{
    const QJsonValue idValue = o.value(QStringLiteral("id"));
    const auto id = safeInteger(idValue);
    if (!id)
        return bad(QStringLiteral("req needs an integer id between 0 and 2^53-1"), QStringLiteral("id"));
    if (requestId)
        *requestId = *id;
    const QJsonValue op = o.value(QStringLiteral("op"));
    if (!op.isString())
        return bad(QStringLiteral("req needs an op name"), QStringLiteral("op"));
    if (!isValidOpName(op.toString()))
        return makeError(ErrorCode::UnknownOp, QStringLiteral("malformed op name"));
    const QJsonValue args = o.value(QStringLiteral("args"));
    if (!args.isUndefined() && !args.isNull() && !args.isObject())
        return bad(QStringLiteral("args must be an object"), QStringLiteral("args"));
    const QJsonValue automatic = o.value(QStringLiteral("auto"));
    if (!automatic.isUndefined() && !automatic.isBool())
        return bad(QStringLiteral("auto must be true or false"), QStringLiteral("auto"));
    return Frame { Request { *id, op.toString(), args.toObject(), automatic.toBool(false) } };
}

Result<Frame> decodeResponse(const QJsonObject &o)
{
    Response r;
    const QJsonValue re = o.value(QStringLiteral("re"));
    if (re.isNull() || re.isUndefined()) {
        r.re = -1;
    } else if (const auto id = safeInteger(re)) {
        r.re = *id;
    } else {
        return bad(QStringLiteral("res.re must be an integer"), QStringLiteral("re"));
    }
    const QJsonValue ok = o.value(QStringLiteral("ok"));
    if (!ok.isBool())
        return bad(QStringLiteral("res.ok must be a boolean"), QStringLiteral("ok"));
    r.ok = ok.toBool();
    if (r.ok)
        r.data = o.value(QStringLiteral("data")).toObject();
    else
        r.error = Error::fromJson(o.value(QStringLiteral("error")).toObject());
    return Frame { r };
}

Result<Frame> decodeEvent(const QJsonObject &o)
{
    const auto seq = safeInteger(o.value(QStringLiteral("seq")));
    const QJsonValue topic = o.value(QStringLiteral("topic"));
    const QJsonValue kind = o.value(QStringLiteral("kind"));
    if (!seq || !topic.isString() || !kind.isString())
        return bad(QStringLiteral("evt needs seq, topic and kind"));
    return Frame { Event { *seq, topic.toString(), kind.toString(), o.value(QStringLiteral("data")).toObject() } };
}

} // namespace

Result<Frame> decode(QByteArrayView utf8, qint64 *requestId, qsizetype maxBytes)
{
    if (requestId)
        *requestId = -1;
    if (utf8.size() > maxBytes) {
        return makeError(ErrorCode::TooLarge, QStringLiteral("message exceeds %1 bytes").arg(maxBytes),
                         QJsonObject { { QStringLiteral("limit"), maxBytes } });
    }
    // QJsonDocument replaces invalid UTF-8 silently; a protocol peer must be told instead.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return bad(QStringLiteral("frame is not valid UTF-8"));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::BadRequest, QStringLiteral("invalid JSON: %1").arg(parseError.errorString()),
                         QJsonObject { { QStringLiteral("offset"), parseError.offset } });
    }
    if (!doc.isObject())
        return bad(QStringLiteral("frame must be a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue t = o.value(QStringLiteral("t"));
    if (!t.isString())
        return bad(QStringLiteral("frame needs a type t"), QStringLiteral("t"));
    const QString type = t.toString();
    if (type == u"req")
        return decodeRequest(o, requestId);
    if (type == u"hello")
        return decodeHello(o);
    if (type == u"res")
        return decodeResponse(o);
    if (type == u"evt")
        return decodeEvent(o);
    if (type == u"welcome")
        return decodeWelcome(o);
    if (type == u"err")
        return Frame { ErrorFrame { Error::fromJson(o.value(QStringLiteral("error")).toObject()) } };
    return bad(QStringLiteral("unknown frame type"), QStringLiteral("t"));
}

Result<Frame> decode(const QString &text, qint64 *requestId, qsizetype maxBytes)
{
    return decode(QByteArrayView(text.toUtf8()), requestId, maxBytes);
}

QJsonObject toJson(const Frame &frame)
{
    struct Visitor
    {
        QJsonObject operator()(const Hello &h) const
        {
            QJsonObject o { { QStringLiteral("t"), QStringLiteral("hello") },
                            { QStringLiteral("v"), h.version },
                            { QStringLiteral("client"), h.client },
                            { QStringLiteral("token"), h.token } };
            if (h.resume) {
                o.insert(QStringLiteral("resume"),
                         QJsonObject { { QStringLiteral("epoch"), h.resume->epoch },
                                       { QStringLiteral("seq"), h.resume->seq } });
            }
            if (!h.topics.isEmpty())
                o.insert(QStringLiteral("topics"), QJsonArray::fromStringList(h.topics));
            return o;
        }
        QJsonObject operator()(const Welcome &w) const
        {
            QJsonObject resume { { QStringLiteral("status"), w.resumeStatus } };
            if (w.resumeStatus == u"replayed")
                resume.insert(QStringLiteral("replayed"), w.replayed);
            QJsonObject o { { QStringLiteral("t"), QStringLiteral("welcome") },
                            { QStringLiteral("v"), w.version },
                            { QStringLiteral("session"), w.session },
                            { QStringLiteral("user"), w.user },
                            { QStringLiteral("epoch"), w.epoch },
                            { QStringLiteral("seq"), w.seq },
                            { QStringLiteral("features"), QJsonArray::fromStringList(w.features) },
                            { QStringLiteral("resume"), resume } };
            if (w.now.isValid())
                o.insert(QStringLiteral("now"), w.now.toUTC().toString(Qt::ISODateWithMs));
            return o;
        }
        QJsonObject operator()(const Request &r) const
        {
            QJsonObject o { { QStringLiteral("t"), QStringLiteral("req") },
                            { QStringLiteral("id"), r.id },
                            { QStringLiteral("op"), r.op } };
            if (!r.args.isEmpty())
                o.insert(QStringLiteral("args"), r.args);
            if (r.automatic)
                o.insert(QStringLiteral("auto"), true);
            return o;
        }
        QJsonObject operator()(const Response &r) const
        {
            QJsonObject o { { QStringLiteral("t"), QStringLiteral("res") },
                            { QStringLiteral("re"), r.re < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.re) },
                            { QStringLiteral("ok"), r.ok } };
            if (r.ok)
                o.insert(QStringLiteral("data"), r.data);
            else
                o.insert(QStringLiteral("error"), r.error.toJson());
            return o;
        }
        QJsonObject operator()(const Event &e) const
        {
            return QJsonObject { { QStringLiteral("t"), QStringLiteral("evt") },
                                 { QStringLiteral("seq"), e.seq },
                                 { QStringLiteral("topic"), e.topic },
                                 { QStringLiteral("kind"), e.kind },
                                 { QStringLiteral("data"), e.data } };
        }
        QJsonObject operator()(const ErrorFrame &e) const
        {
            return QJsonObject { { QStringLiteral("t"), QStringLiteral("err") },
                                 { QStringLiteral("error"), e.error.toJson() } };
        }
    };
    return std::visit(Visitor {}, frame);
}

QByteArray encode(const Frame &frame)
{
    return QJsonDocument(toJson(frame)).toJson(QJsonDocument::Compact);
}

Response okResponse(qint64 re, QJsonObject data)
{
    return Response { .re = re, .ok = true, .data = std::move(data) };
}

Response errorResponse(qint64 re, Error error)
{
    return Response { .re = re, .ok = false, .error = std::move(error) };
}

QString customerTopic(const QString &customerId)
{
    return QStringLiteral("customer:") + customerId;
}

bool isValidTopic(const QString &topic)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_.]*(:[A-Za-z0-9_.-]{1,64})?$"));
    return topic.size() <= 96 && re.match(topic).hasMatch();
}

} // namespace spocs::protocol
