#include "version.h"

namespace hb {

// HOOKBENCH_VERSION is given to this file alone (common/sources.cmake), so a new version
// recompiles one file rather than the whole tree.
QString version()
{
    return QStringLiteral(HOOKBENCH_VERSION);
}

} // namespace hb
