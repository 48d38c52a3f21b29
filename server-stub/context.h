// Everything the route handlers share, built once at start and passed by reference.
#pragma once
#include <functional>
#include <mutex>

#include "core/bkk_time.h"
#include "server-stub/audit_repo.h"
#include "server-stub/bookings_repo.h"
#include "server-stub/checkpointer.h"
#include "server-stub/reference_data.h"
#include "server-stub/crypto.h"
#include "server-stub/db.h"
#include "server-stub/idempotency_repo.h"
#include "server-stub/live_board.h"
#include "server-stub/options.h"
#include "server-stub/queues_repo.h"
#include "server-stub/rate_limiter.h"
#include "server-stub/ratings_repo.h"
#include "server-stub/staff_repo.h"
#include "server-stub/static_files.h"
#include "server-stub/write_batcher.h"

namespace khiw::server {

// The server's idea of "now". The production binary reads the system clock; only the test binary
// (server-stub/testing/) can set it.
using Clock = std::function<UnixSeconds()>;
UnixSeconds system_now();

struct Context {
  Context(const Options& options, Clock clock);

  Options options;
  Clock now;
  ReferenceData ref;
  Db db;
  Checkpointer checkpoints;
  ServerKeys keys;  // after db: the key file lives in the database's directory
  // One connection, one writer: every database use holds this lock, so a capacity check and the
  // insert that depends on it never interleave with another request's.
  std::mutex db_mutex;
  BookingsRepo bookings;
  AuditRepo audit;
  IdempotencyRepo idempotency;
  StaffRepo staff;
  SessionsRepo sessions;
  QueuesRepo queues;
  RatingsRepo ratings;
  StaticFiles web;
  RateLimiter login_limiter;
  LiveBoard live;
  // Bookings are written through here (group commit); declared last so its thread stops first.
  WriteBatcher writes;
};

}  // namespace khiw::server
