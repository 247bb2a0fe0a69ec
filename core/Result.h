#pragma once

#include "core/ErrorCode.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <variant>

namespace spocs {

// An error as it crosses layers and the wire: a code, an English message for logs
// and developers, and machine-readable details (field name, current version, ...).
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QJsonObject details;

    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &obj);
};

inline Error makeError(ErrorCode code, QString message, QJsonObject details = {})
{
    return Error { code, std::move(message), std::move(details) };
}

// A small std::expected stand-in (C++23 is not available with GCC 12 in C++20 mode).
template<typename T> class Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    { }
    Result(Error error)
        : m_v(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template<> class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace spocs
