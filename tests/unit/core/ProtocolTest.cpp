#include "core/Protocol.h"
#include "core/Args.h"
#include "core/Ops.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::protocol;

namespace {

ErrorCode codeOf(const QByteArray &frame)
{
    const auto r = decode(QByteArrayView(frame));
    EXPECT_FALSE(r.ok()) << frame.left(200).constData();
    return r.ok() ? ErrorCode::Internal : r.error().code;
}

template<typename T> T roundTrip(const T &frame)
{
    const QByteArray bytes = encode(Frame { frame });
    auto decoded = decode(QByteArrayView(bytes));
    EXPECT_TRUE(decoded.ok()) << bytes.constData();
    EXPECT_TRUE(std::holds_alternative<T>(*decoded)) << bytes.constData();
    return std::get<T>(*decoded);
}

} // namespace

TEST(Protocol, RequestRoundTripKeepsIdOpAndArgs)
{
    Request req { 17, QStringLiteral("customer.get"),
                  QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1042") } } };
    const Request back = roundTrip(req);
    EXPECT_EQ(back.id, 17);
    EXPECT_EQ(back.op, QStringLiteral("customer.get"));
    EXPECT_EQ(back.args.value(QStringLiteral("id")).toString(), QStringLiteral("C-1042"));
}

TEST(Protocol, RequestIdsUpToTwoToTheFiftyThreeSurvive)
{
    const Request back = roundTrip(Request { MaxSafeInteger, QStringLiteral("session.me"), {} });
    EXPECT_EQ(back.id, MaxSafeInteger);
}

TEST(Protocol, ResponseRoundTripOkAndError)
{
    const Response ok = roundTrip(okResponse(5, QJsonObject { { QStringLiteral("x"), 1 } }));
    EXPECT_TRUE(ok.ok);
    EXPECT_EQ(ok.re, 5);
    EXPECT_EQ(ok.data.value(QStringLiteral("x")).toInt(), 1);

    const Response err = roundTrip(errorResponse(
        6, makeError(ErrorCode::VersionConflict, QStringLiteral("stale"), { { QStringLiteral("current"), 7 } })));
    EXPECT_FALSE(err.ok);
    EXPECT_EQ(err.error.code, ErrorCode::VersionConflict);
    EXPECT_EQ(err.error.message, QStringLiteral("stale"));
    EXPECT_EQ(err.error.details.value(QStringLiteral("current")).toInt(), 7);
}

TEST(Protocol, ResponseWithoutRequestIdEncodesNull)
{
    const QByteArray bytes = encode(Frame { errorResponse(-1, makeError(ErrorCode::BadRequest, QStringLiteral("x"))) });
    EXPECT_TRUE(bytes.contains("\"re\":null"));
    EXPECT_EQ(roundTrip(errorResponse(-1, makeError(ErrorCode::BadRequest, {}))).re, -1);
}

TEST(Protocol, HelloRoundTripWithResumeAndTopics)
{
    Hello h;
    h.client = QStringLiteral("spocs-desktop/0.1");
    h.token = QStringLiteral("abc");
    h.resume = ResumePoint { QStringLiteral("ep1"), 1234 };
    h.topics = { QStringLiteral("presence"), QStringLiteral("customer:C-1") };
    const Hello back = roundTrip(h);
    EXPECT_EQ(back.client, h.client);
    EXPECT_EQ(back.token, h.token);
    ASSERT_TRUE(back.resume.has_value());
    EXPECT_EQ(back.resume->epoch, QStringLiteral("ep1"));
    EXPECT_EQ(back.resume->seq, 1234);
    EXPECT_EQ(back.topics, h.topics);
}

TEST(Protocol, WelcomeAndEventRoundTrip)
{
    Welcome w;
    w.session = QStringLiteral("s1");
    w.epoch = QStringLiteral("e1");
    w.seq = 1240;
    w.features = { QStringLiteral("resume") };
    w.resumeStatus = QStringLiteral("replayed");
    w.replayed = 6;
    w.now = QDateTime(QDate(2026, 12, 7), QTime(9, 30, 5, 250), Qt::UTC);
    const Welcome wb = roundTrip(w);
    EXPECT_EQ(wb.seq, 1240);
    EXPECT_EQ(wb.now, w.now) << "the coordinator's clock, to the millisecond";
    EXPECT_EQ(wb.resumeStatus, QStringLiteral("replayed"));
    EXPECT_EQ(wb.replayed, 6);
    EXPECT_EQ(wb.features, w.features);

    const Event e = roundTrip(Event { 1241, QStringLiteral("customer:C-1"), QStringLiteral("customer.note.added"),
                                      QJsonObject { { QStringLiteral("text"), QStringLiteral("Grüße") } } });
    EXPECT_EQ(e.seq, 1241);
    EXPECT_EQ(e.topic, QStringLiteral("customer:C-1"));
    EXPECT_EQ(e.data.value(QStringLiteral("text")).toString(), QStringLiteral("Grüße"));
}

TEST(Protocol, EveryErrorCodeHasAStableNameThatRoundTrips)
{
    QSet<QString> names;
    for (ErrorCode code : allErrorCodes()) {
        const QString name = errorCodeName(code);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_EQ(errorCodeFromName(name), code) << name.toStdString();
        names.insert(name);
        const Response r = roundTrip(errorResponse(1, makeError(code, QStringLiteral("m"))));
        EXPECT_EQ(r.error.code, code);
    }
    EXPECT_EQ(names.size(), qsizetype(allErrorCodes().size()));
    EXPECT_EQ(errorCodeName(ErrorCode::VersionConflict), QStringLiteral("version_conflict"));
    EXPECT_EQ(errorCodeName(ErrorCode::RateLimited), QStringLiteral("rate_limited"));
    EXPECT_FALSE(errorCodeFromName(QStringLiteral("no_such_code")).has_value());
}

// The malformed-frame corpus: every entry gets a typed error, never a crash or a pass.
TEST(Protocol, MalformedFramesGetTypedErrors)
{
    struct Case
    {
        QByteArray frame;
        ErrorCode code;
    };
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += "[";
    const std::vector<Case> corpus {
        { "", ErrorCode::BadRequest },
        { "{", ErrorCode::BadRequest },
        { "not json", ErrorCode::BadRequest },
        { "[1,2,3]", ErrorCode::BadRequest },
        { "\"req\"", ErrorCode::BadRequest },
        { "{}", ErrorCode::BadRequest },
        { "{\"t\":42}", ErrorCode::BadRequest },
        { "{\"t\":\"bogus\"}", ErrorCode::BadRequest },
        { "{\"t\":\"req\"}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":\"17\",\"op\":\"session.me\"}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":-1,\"op\":\"session.me\"}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":1.5,\"op\":\"session.me\"}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":1e300,\"op\":\"session.me\"}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":9007199254740993,\"op\":\"session.me\"}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":1}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":1,\"op\":7}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":1,\"op\":\"session.me\",\"args\":[1]}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":1,\"op\":\"session.me\",\"args\":\"x\"}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":1,\"op\":\"DROP TABLE users\"}", ErrorCode::UnknownOp },
        { "{\"t\":\"hello\"}", ErrorCode::BadRequest },
        { "{\"t\":\"hello\",\"v\":2,\"token\":\"x\"}", ErrorCode::UnsupportedVersion },
        { "{\"t\":\"hello\",\"v\":1}", ErrorCode::BadRequest },
        { "{\"t\":\"hello\",\"v\":1,\"token\":5}", ErrorCode::BadRequest },
        { "{\"t\":\"hello\",\"v\":1,\"token\":\"x\",\"resume\":{\"epoch\":1,\"seq\":\"a\"}}", ErrorCode::BadRequest },
        { "{\"t\":\"hello\",\"v\":1,\"token\":\"x\",\"topics\":[\"ok\",3]}", ErrorCode::BadRequest },
        { "{\"t\":\"hello\",\"v\":1,\"token\":\"x\",\"topics\":[\"Bad Topic!\"]}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":1,\"op\":\"\xff\xfe\"}", ErrorCode::BadRequest },
        { "{\"t\":\"req\",\"id\":1,\"op\":\"session.me\",\"args\":{\"q\":\"\xc3\x28\"}}", ErrorCode::BadRequest },
        { deep, ErrorCode::BadRequest },
        { QByteArray(MaxMessageBytes + 1, ' '), ErrorCode::TooLarge },
    };
    for (const Case &c : corpus)
        EXPECT_EQ(codeOf(c.frame), c.code) << c.frame.left(120).constData();
}

TEST(Protocol, MalformedRequestStillReportsItsIdWhenReadable)
{
    qint64 id = 0;
    const auto r = decode(QByteArrayView("{\"t\":\"req\",\"id\":42,\"op\":\"x\",\"args\":[]}"), &id);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(id, 42);
    decode(QByteArrayView("{\"t\":\"req\",\"id\":\"nope\"}"), &id);
    EXPECT_EQ(id, -1);
}

TEST(Protocol, TopicsAreValidated)
{
    EXPECT_TRUE(isValidTopic(QStringLiteral("presence")));
    EXPECT_TRUE(isValidTopic(customerTopic(QStringLiteral("C-1042"))));
    EXPECT_FALSE(isValidTopic(QStringLiteral("")));
    EXPECT_FALSE(isValidTopic(QStringLiteral("customer:")));
    EXPECT_FALSE(isValidTopic(QStringLiteral("customer:a b")));
}

TEST(Ops, TableFindsKnownOpsAndRejectsUnknown)
{
    const OpInfo *login = findOp(u"auth.login");
    ASSERT_NE(login, nullptr);
    EXPECT_FALSE(login->needsSession);
    const OpInfo *get = findOp(u"customer.get");
    ASSERT_NE(get, nullptr);
    EXPECT_TRUE(get->needsSession);
    EXPECT_FALSE(get->roles.testFlag(Role::Admin)) << "admins manage users, not customer records";
    EXPECT_TRUE(findOp(u"customer.note.add")->isWrite);
    EXPECT_EQ(findOp(u"customer.delete"), nullptr);
    QSet<QString> names;
    for (const OpInfo &info : allOps())
        names.insert(QString::fromUtf16(info.name));
    EXPECT_EQ(names.size(), qsizetype(allOps().size())) << "op names must be unique";
}

TEST(Args, ReadsTypedFieldsAndNamesTheFirstBadOne)
{
    Args ok(QJsonObject { { QStringLiteral("q"), QStringLiteral("smi") }, { QStringLiteral("limit"), 20 } });
    EXPECT_EQ(ok.string(QStringLiteral("q")), QStringLiteral("smi"));
    EXPECT_EQ(ok.optInteger(QStringLiteral("limit"), 10, 1, 100), 20);
    EXPECT_EQ(ok.optInteger(QStringLiteral("missing"), 10, 1, 100), 10);
    EXPECT_TRUE(ok.ok());

    Args bad(QJsonObject { { QStringLiteral("q"), 5 }, { QStringLiteral("limit"), 1000 } });
    bad.string(QStringLiteral("q"));
    bad.optInteger(QStringLiteral("limit"), 10, 1, 100);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::BadRequest);
    EXPECT_EQ(bad.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("q"));

    Args range(QJsonObject { { QStringLiteral("limit"), 1000 } });
    range.integer(QStringLiteral("limit"), 1, 100);
    EXPECT_FALSE(range.ok());

    Args longString(QJsonObject { { QStringLiteral("q"), QString(300, u'x') } });
    longString.string(QStringLiteral("q"), 256);
    EXPECT_FALSE(longString.ok());
}

TEST(Args, CidMustLookLikeAClientGeneratedId)
{
    Args good(QJsonObject { { QStringLiteral("cid"), QStringLiteral("7f0c3a1e-4b2d-4e8a-9c1f-0123456789ab") } });
    EXPECT_FALSE(good.cid().isEmpty());
    EXPECT_TRUE(good.ok());
    for (const QString &bad : { QStringLiteral("short"), QStringLiteral("has space in it"), QString(65, u'a') }) {
        Args a(QJsonObject { { QStringLiteral("cid"), bad } });
        a.cid();
        EXPECT_FALSE(a.ok()) << bad.toStdString();
    }
}
