#include "coordinator/RequestHandlers.h"

namespace spocs {

void registerLeadOps(RequestHandlers &) { }

} // namespace spocs
