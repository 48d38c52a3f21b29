// khiw-server: parse flags, open the database, wire the routes, print the URL line, serve.
#include <sodium.h>

#include <iostream>

#include "server-stub/context.h"
#include "server-stub/options.h"
#include "server-stub/server.h"

int main(int argc, char** argv) {
  using namespace khiw::server;
  try {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    const Options options = parse_options({argv + 1, argv + argc});
    Context ctx(options);
    httplib::Server svr;
    configure_server(svr, ctx);

    const int port = options.port == 0 ? svr.bind_to_any_port(options.host)
                                       : (svr.bind_to_port(options.host, options.port) ? options.port : -1);
    if (port < 0) throw std::runtime_error("cannot bind " + options.host + ":" + std::to_string(options.port));
    // Scripts and tests parse this exact line.
    std::cout << "khiw: serving http://" << options.host << ':' << port << '/' << std::endl;
    return svr.listen_after_bind() ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "khiw-server: " << e.what() << '\n';
    return 2;
  }
}
