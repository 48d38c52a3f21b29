// The citizens' bundle (khiw.wasm): the booking path, walk-in tickets and my bookings, without counter
// mode or the board, whose ways in reopen the page in the office bundle.
#include "shell/web_app.h"

int main() { return khiw::shell::run_web_app(nullptr); }
