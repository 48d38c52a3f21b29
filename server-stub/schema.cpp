#include "server-stub/schema.h"

#include "server-stub/pre_service_repo.h"

namespace khiw::server {

namespace {

bool table_exists(Db& db, const char* name) {
  Statement q(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
  return q.start().bind(1, name).single_int() > 0;
}

}  // namespace

// One transaction: a start that fails half way (the pre-service rows below, say) leaves the database as
// it was, so the next start does it all again rather than finding the new table and skipping its rows.
void migrate(Db& db) {
  Transaction tx(db);
  const bool had_pre_service = table_exists(db, "pre_service");
  db.exec(R"sql(
    CREATE TABLE IF NOT EXISTS offices (
      code TEXT PRIMARY KEY,
      name_th TEXT NOT NULL,
      name_en TEXT NOT NULL
    );

    -- No national ID column: citizen_key is a keyed hash, id_last4 what the counter shows.
    CREATE TABLE IF NOT EXISTS bookings (
      code TEXT PRIMARY KEY,
      office_code TEXT NOT NULL REFERENCES offices(code),
      section_id TEXT NOT NULL,
      service_id TEXT NOT NULL,
      date TEXT NOT NULL,
      slot INTEGER NOT NULL,
      citizen_key TEXT NOT NULL,
      record TEXT NOT NULL,           -- core's booking_to_json
      state TEXT NOT NULL,
      active INTEGER NOT NULL,        -- core's is_active(state), for the capacity counts
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS bookings_by_slot ON bookings(office_code, section_id, date, slot, active);
    CREATE INDEX IF NOT EXISTS bookings_by_citizen ON bookings(citizen_key, service_id, date, active);
    CREATE INDEX IF NOT EXISTS bookings_by_state ON bookings(state, date);

    -- Append-only: the triggers refuse UPDATE and DELETE whatever the caller. As no row is ever
    -- deleted, seq is never reused without AUTOINCREMENT (which would write sqlite_sequence per row).
    CREATE TABLE IF NOT EXISTS audit_log (
      seq INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,            -- citizen | staff | system
      actor_id TEXT NOT NULL,         -- staff username, booking code, or "server"
      client TEXT NOT NULL,           -- remote address
      action TEXT NOT NULL,
      subject TEXT NOT NULL,
      detail TEXT NOT NULL,           -- JSON without personal data
      office_code TEXT                -- the office it concerns, NULL when none
    );
    CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

    -- Small rows looked up by key only: one B-tree (WITHOUT ROWID) instead of a table and an index.
    CREATE TABLE IF NOT EXISTS idempotency (
      key TEXT PRIMARY KEY,
      request_digest TEXT NOT NULL,
      status INTEGER NOT NULL,
      response TEXT NOT NULL,         -- a created booking's code, or the error body
      created_at INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS staff (
      username TEXT PRIMARY KEY,
      password_hash TEXT NOT NULL,    -- argon2id, crypto_pwhash_str
      office_code TEXT NOT NULL REFERENCES offices(code),
      created_at INTEGER NOT NULL
    );

    CREATE TABLE IF NOT EXISTS sessions (
      token_digest TEXT PRIMARY KEY,  -- the bearer token itself is never stored
      username TEXT NOT NULL REFERENCES staff(username),
      expires_at INTEGER NOT NULL
    );

    -- The staff lists' keys of the pre-service requests of bookings not cancelled (pre_service_repo.h);
    -- the request and its progress are in bookings.record.
    CREATE TABLE IF NOT EXISTS pre_service (
      code TEXT PRIMARY KEY REFERENCES bookings(code),
      office_code TEXT NOT NULL,      -- prepares: the booking's office
      pickup_office TEXT NOT NULL,    -- hands the copies over
      pickup_date TEXT NOT NULL,
      state TEXT NOT NULL,            -- core's pre_service_state_name
      open INTEGER NOT NULL           -- core's is_open(state)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS pre_service_by_office ON pre_service(office_code, pickup_date);
    CREATE INDEX IF NOT EXISTS pre_service_by_pickup ON pre_service(pickup_office, pickup_date);

    -- One row per office section per day: core's queue_to_json of its SectionQueue.
    CREATE TABLE IF NOT EXISTS queues (
      office_code TEXT NOT NULL REFERENCES offices(code),
      section_id TEXT NOT NULL,
      day TEXT NOT NULL,
      state TEXT NOT NULL,
      PRIMARY KEY(office_code, section_id, day)
    );

    -- Satisfaction ratings without personal data: subject_key is a keyed hash of the booking code or the
    -- ticket (one rating each), neither of which is kept.
    CREATE TABLE IF NOT EXISTS ratings (
      subject_key TEXT PRIMARY KEY,
      office_code TEXT NOT NULL REFERENCES offices(code),
      section_id TEXT NOT NULL,
      day TEXT NOT NULL,
      stars INTEGER NOT NULL,
      comment TEXT NOT NULL,          -- trimmed, '' when none
      created_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS ratings_by_day ON ratings(day, office_code);
    CREATE INDEX IF NOT EXISTS queues_by_day ON queues(day);
  )sql");
  // Databases from before office-scoped audit reads get the column; their rows keep no office.
  if (Statement(db, "SELECT COUNT(*) FROM pragma_table_info('audit_log') WHERE name = 'office_code'")
          .start()
          .single_int() == 0)
    db.exec("ALTER TABLE audit_log ADD COLUMN office_code TEXT");
  db.exec("CREATE INDEX IF NOT EXISTS audit_by_office ON audit_log(office_code, at)");
  // Databases from before the pre-service lists: their requests (pending, picked up where booked) get rows.
  if (!had_pre_service) PreServiceRepo(db).add_missing();
  tx.commit();
}

}  // namespace khiw::server
