#include "core/Result.h"

namespace spocs {

QJsonObject Error::toJson() const
{
    QJsonObject o { { QStringLiteral("code"), errorCodeName(code) }, { QStringLiteral("message"), message } };
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

Error Error::fromJson(const QJsonObject &obj)
{
    Error e;
    // An unknown code from a newer server is still an error; treat it as internal.
    e.code = errorCodeFromName(obj.value(QStringLiteral("code")).toString()).value_or(ErrorCode::Internal);
    e.message = obj.value(QStringLiteral("message")).toString();
    e.details = obj.value(QStringLiteral("details")).toObject();
    return e;
}

} // namespace spocs
