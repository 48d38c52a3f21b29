// The TLWG font compiled into the bundle (generated at build time from the system's fonts-thai-tlwg-ttf).
#pragma once
#include <cstddef>

namespace khiw::shell {

extern const unsigned char kAppFont[];
extern const size_t kAppFontSize;

}  // namespace khiw::shell
