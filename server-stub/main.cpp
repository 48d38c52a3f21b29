// khiw-server: the production binary. Everything but this wiring lives in khiw_server_lib.
#include "server-stub/server.h"

int main(int argc, char** argv) { return khiw::server::run_server(argc, argv, {}); }
