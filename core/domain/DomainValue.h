#pragma once

#include <QJsonObject>

// Declares what every domain value has: toJson(), fromJson() (both defined in the type's .cpp with
// SPOCS_JSON_RECORD) and member-wise equality.
#define SPOCS_DOMAIN_VALUE(Type)                                                                                       \
    QJsonObject toJson() const;                                                                                        \
    static Type fromJson(const QJsonObject &obj);                                                                      \
    friend bool operator==(const Type &, const Type &) = default
