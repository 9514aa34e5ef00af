#pragma once

#include <QString>

namespace hb {

// The project's version as CMake's project() declares it ("0.1.0"), for --version and About.
QString version();

} // namespace hb
