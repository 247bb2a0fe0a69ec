#include "coordinator/RequestHandlers.h"

namespace spocs {

void registerConsultOps(RequestHandlers &) { }

} // namespace spocs
