#include "core/domain/Person.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {
namespace {

template<typename Io, typename P> void personFields(Io &io, P &p)
{
    SPOCS_JSON_FIELDS(io, p, id, login, name);
    SPOCS_JSON_OMITTABLE(io, p, presence);
}

} // namespace

SPOCS_JSON_RECORD(Person, personFields)

QJsonValue toJson(const std::optional<Person> &person)
{
    return person ? QJsonValue(person->toJson()) : QJsonValue(QJsonValue::Null);
}

} // namespace spocs::domain
