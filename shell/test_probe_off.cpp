#include "shell/test_probe.h"

namespace khiw::shell {

void publish_test_probe(const AppState&, const ui::UiOutput&, const ProbeFrame&) {}

}  // namespace khiw::shell
