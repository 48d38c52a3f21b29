#include "server-stub/context.h"

#include "server-stub/offices_repo.h"
#include "server-stub/schema.h"

namespace khiw::server {

Context::Context(const Options& opts)
    : options(opts), catalog(load_catalog(opts.data_dir)), db(opts.db_path), web(opts.web_root) {
  migrate(db);
  OfficesRepo(db).upsert_all(catalog.offices);
}

}  // namespace khiw::server
