#pragma once

#include "core/Types.h"
#include "core/domain/Money.h"
#include "core/domain/WireEnum.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <concepts>
#include <optional>
#include <type_traits>

// Each domain type lists its fields once, as (key, member) pairs in a function template
// `fields(io, value)`; JsonWriter runs it to build the object and JsonReader to read one
// back, so a key is spelt in one place. Readers are lenient: a missing or mistyped field
// keeps the member's default.
namespace spocs::domain {

template<typename T>
concept JsonRecord = requires(const T &t, const QJsonObject &o)
{
    {
        t.toJson()
        } -> std::same_as<QJsonObject>;
    {
        T::fromJson(o)
        } -> std::same_as<T>;
};

template<typename E>
concept WireEnum = std::is_enum_v<E> && requires(E e, QStringView s)
{
    {
        wireName(e)
        } -> std::same_as<QString>;
    {
        fromWireName(s, &e)
        } -> std::same_as<bool>;
};

class JsonWriter
{
public:
    QJsonObject object() const { return m_obj; }

    void operator()(const char *key, const QString &v) { put(key, v); }
    void operator()(const char *key, const QStringList &v) { put(key, QJsonArray::fromStringList(v)); }
    void operator()(const char *key, qint64 v) { put(key, v); }
    void operator()(const char *key, int v) { put(key, v); }
    void operator()(const char *key, bool v) { put(key, v); }
    void operator()(const char *key, Money v) { put(key, v.toString()); }
    void operator()(const char *key, PresenceState v) { put(key, presenceName(v)); }
    template<WireEnum E> void operator()(const char *key, E v) { put(key, wireName(v)); }
    template<JsonRecord T> void operator()(const char *key, const T &v) { put(key, v.toJson()); }
    void operator()(const char *key, const QList<qint64> &v)
    {
        QJsonArray array;
        for (qint64 item : v)
            array.append(item);
        put(key, array);
    }
    template<JsonRecord T> void operator()(const char *key, const QList<T> &v)
    {
        QJsonArray array;
        for (const T &item : v)
            array.append(item.toJson());
        put(key, array);
    }
    // Nullable: written as null when absent.
    template<typename T> void operator()(const char *key, const std::optional<T> &v)
    {
        if (v)
            (*this)(key, *v);
        else
            put(key, QJsonValue::Null);
    }
    // Optional: left out when absent.
    template<typename T> void omittable(const char *key, const std::optional<T> &v)
    {
        if (v)
            (*this)(key, *v);
    }

private:
    void put(const char *key, const QJsonValue &v) { m_obj.insert(QLatin1String(key), v); }

    QJsonObject m_obj;
};

class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &obj)
        : m_obj(obj)
    { }

    void operator()(const char *key, QString &v) { v = get(key).toString(); }
    void operator()(const char *key, QStringList &v)
    {
        v.clear();
        for (const QJsonValue &item : get(key).toArray())
            v.append(item.toString());
    }
    void operator()(const char *key, qint64 &v) { v = get(key).toInteger(); }
    void operator()(const char *key, int &v) { v = get(key).toInt(); }
    void operator()(const char *key, bool &v) { v = get(key).toBool(); }
    void operator()(const char *key, Money &v)
    {
        if (auto m = Money::parse(get(key).toString()))
            v = *m;
    }
    void operator()(const char *key, PresenceState &v)
    {
        if (auto p = presenceFromName(get(key).toString()))
            v = *p;
    }
    template<WireEnum E> void operator()(const char *key, E &v) { fromWireName(get(key).toString(), &v); }
    template<JsonRecord T> void operator()(const char *key, T &v) { v = T::fromJson(get(key).toObject()); }
    void operator()(const char *key, QList<qint64> &v)
    {
        v.clear();
        for (const QJsonValue &item : get(key).toArray())
            v.append(item.toInteger());
    }
    template<JsonRecord T> void operator()(const char *key, QList<T> &v)
    {
        v.clear();
        for (const QJsonValue &item : get(key).toArray())
            v.append(T::fromJson(item.toObject()));
    }
    template<typename T> void operator()(const char *key, std::optional<T> &v)
    {
        const QJsonValue raw = get(key);
        if (raw.isUndefined() || raw.isNull()) {
            v.reset();
            return;
        }
        T value {};
        (*this)(key, value);
        v = std::move(value);
    }
    template<typename T> void omittable(const char *key, std::optional<T> &v) { (*this)(key, v); }

private:
    QJsonValue get(const char *key) const { return m_obj.value(QLatin1String(key)); }

    const QJsonObject &m_obj;
};

} // namespace spocs::domain

// SPOCS_JSON_FIELDS(io, v, id, name) is io("id", v.id); io("name", v.name); for the fields whose key is
// the member's name, so that name is written once; SPOCS_JSON_OMITTABLE does the same with io.omittable.
// A field whose key differs from its member keeps its own io("key", v.member) line.
#define SPOCS_JSON_FIELDS(io, v, ...)                                                                                  \
    do {                                                                                                               \
        SPOCS_JSON_FOR_EACH(SPOCS_JSON_FIELD, io, v, __VA_ARGS__)                                                      \
    } while (false)
#define SPOCS_JSON_OMITTABLE(io, v, ...)                                                                               \
    do {                                                                                                               \
        SPOCS_JSON_FOR_EACH(SPOCS_JSON_OMITTABLE_FIELD, io, v, __VA_ARGS__)                                            \
    } while (false)
#define SPOCS_JSON_FIELD(io, v, member) io(#member, v.member);
#define SPOCS_JSON_OMITTABLE_FIELD(io, v, member) io.omittable(#member, v.member);

// SPOCS_JSON_FOR_EACH(macro, io, v, a, b, ...) is macro(io, v, a) macro(io, v, b) ... (C++20 __VA_OPT__;
// the nested rescans allow up to 64 members).
#define SPOCS_JSON_FOR_EACH(macro, io, v, ...)                                                                         \
    __VA_OPT__(SPOCS_JSON_EXPAND(SPOCS_JSON_FOR_EACH_STEP(macro, io, v, __VA_ARGS__)))
#define SPOCS_JSON_FOR_EACH_STEP(macro, io, v, member, ...)                                                            \
    macro(io, v, member) __VA_OPT__(SPOCS_JSON_FOR_EACH_AGAIN SPOCS_JSON_PARENS(macro, io, v, __VA_ARGS__))
#define SPOCS_JSON_FOR_EACH_AGAIN() SPOCS_JSON_FOR_EACH_STEP
#define SPOCS_JSON_PARENS ()
#define SPOCS_JSON_EXPAND(...)                                                                                         \
    SPOCS_JSON_EXPAND3(SPOCS_JSON_EXPAND3(SPOCS_JSON_EXPAND3(SPOCS_JSON_EXPAND3(__VA_ARGS__))))
#define SPOCS_JSON_EXPAND3(...)                                                                                        \
    SPOCS_JSON_EXPAND2(SPOCS_JSON_EXPAND2(SPOCS_JSON_EXPAND2(SPOCS_JSON_EXPAND2(__VA_ARGS__))))
#define SPOCS_JSON_EXPAND2(...)                                                                                        \
    SPOCS_JSON_EXPAND1(SPOCS_JSON_EXPAND1(SPOCS_JSON_EXPAND1(SPOCS_JSON_EXPAND1(__VA_ARGS__))))
#define SPOCS_JSON_EXPAND1(...) __VA_ARGS__

// Defines Type::toJson() and Type::fromJson() from a fields function template.
#define SPOCS_JSON_RECORD(Type, fieldsFunction)                                                                        \
    QJsonObject Type::toJson() const                                                                                   \
    {                                                                                                                  \
        JsonWriter writer;                                                                                             \
        fieldsFunction(writer, *this);                                                                                 \
        return writer.object();                                                                                        \
    }                                                                                                                  \
    Type Type::fromJson(const QJsonObject &obj)                                                                        \
    {                                                                                                                  \
        Type value;                                                                                                    \
        JsonReader reader(obj);                                                                                        \
        fieldsFunction(reader, value);                                                                                 \
        return value;                                                                                                  \
    }
