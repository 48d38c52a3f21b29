// Everything the route handlers share, built once by main.cpp (or a test) and passed by reference.
#pragma once
#include <mutex>

#include "server-stub/catalog.h"
#include "server-stub/db.h"
#include "server-stub/options.h"
#include "server-stub/static_files.h"

namespace khiw::server {

struct Context {
  explicit Context(const Options& options);

  Options options;
  Catalog catalog;
  Db db;
  // One connection, one writer: every database use holds this, so a capacity check and the insert
  // that depends on it can never interleave with another request's.
  std::mutex db_mutex;
  StaticFiles web;
};

}  // namespace khiw::server
