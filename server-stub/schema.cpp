#include "server-stub/schema.h"

namespace khiw::server {

void migrate(Db& db) {
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
}

}  // namespace khiw::server
