#include "models/RowModel.h"

namespace spocs {

QHash<int, QByteArray> withRoleNames(QHash<int, QByteArray> names, int firstRole,
                                     std::initializer_list<const char *> namesInRoleOrder)
{
    int role = firstRole;
    for (const char *name : namesInRoleOrder)
        names.insert(role++, name);
    return names;
}

} // namespace spocs
