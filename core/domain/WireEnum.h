#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

// One string mapping per wire enum: the enumerators in order, then their wire names in the
// same order. A header declares the pair with SPOCS_WIRE_ENUM(Type); the .cpp defines it
// with SPOCS_WIRE_ENUM_NAMES(Type, "first", "second", ...).
namespace spocs::domain {

namespace detail {
template<std::size_t N> QString wireNameAt(const std::array<const char *, N> &names, std::size_t index)
{
    return index < N ? QString::fromLatin1(names[index]) : QString();
}

template<typename E, std::size_t N> bool wireValueOf(const std::array<const char *, N> &names, QStringView name, E *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i])) {
            *out = E(i);
            return true;
        }
    }
    return false;
}
} // namespace detail

// The enum value for a wire name, or nullopt for a name this build does not know.
template<typename E> std::optional<E> fromWireName(QStringView name)
{
    E value {};
    if (!fromWireName(name, &value))
        return std::nullopt;
    return value;
}

} // namespace spocs::domain

#define SPOCS_WIRE_ENUM(Type)                                                                                          \
    QString wireName(Type value);                                                                                      \
    bool fromWireName(QStringView name, Type *out);

#define SPOCS_WIRE_ENUM_NAMES(Type, ...)                                                                               \
    namespace {                                                                                                        \
    constexpr auto k##Type##Names = std::to_array<const char *>({ __VA_ARGS__ });                                      \
    }                                                                                                                  \
    QString wireName(Type value)                                                                                       \
    {                                                                                                                  \
        return detail::wireNameAt(k##Type##Names, std::size_t(value));                                                 \
    }                                                                                                                  \
    bool fromWireName(QStringView name, Type *out)                                                                     \
    {                                                                                                                  \
        return detail::wireValueOf(k##Type##Names, name, out);                                                         \
    }
