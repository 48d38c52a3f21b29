#include "server-stub/db.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace khiw::server {

namespace {

void check(sqlite3* db, int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    throw DbError(std::string(what) + ": " + sqlite3_errmsg(db));
}

}  // namespace

Db::Db(const std::string& path) {
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  const int rc = sqlite3_open_v2(path.c_str(), &db_,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw DbError("open " + path + ": " + message);
  }
  sqlite3_busy_timeout(db_, 5000);
  exec("PRAGMA journal_mode=WAL");
  exec("PRAGMA cache_size=-65536");  // 64 MiB: the indexes the writer touches stay in memory
  exec("PRAGMA synchronous=NORMAL");  // and sync_log() at commit: see db.h
  exec("PRAGMA foreign_keys=ON");
  exec("PRAGMA secure_delete=ON");  // erased personal data is overwritten, not left in free space
}

Db::~Db() {
  if (log_fd_ >= 0) ::close(log_fd_);
  sqlite3_close_v2(db_);
}

void Db::sync_log() {
  std::call_once(log_opened_, [this] {
    const char* log = sqlite3_filename_wal(sqlite3_db_filename(db_, "main"));
    log_fd_ = ::open(log, O_RDWR | O_CLOEXEC);
    if (log_fd_ < 0) throw DbError(std::string("open ") + log + ": " + std::strerror(errno));
  });
  if (::fdatasync(log_fd_) != 0) throw DbError(std::string("sync of the write-ahead log: ") + std::strerror(errno));
}

void Db::checkpoint_truncate() { exec("PRAGMA wal_checkpoint(TRUNCATE)"); }

void Db::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw DbError("exec: " + message);
  }
}

int Db::changes() const { return sqlite3_changes(db_); }

Statement::Statement(Db& db, std::string_view sql) : db_(db) {
  check(db.handle(), sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr),
        "prepare");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Query Statement::start() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  return Query(db_, stmt_);
}

Query::Query(Db& db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

Query::~Query() { sqlite3_reset(stmt_); }

Query& Query::bind(int index, int64_t value) {
  check(db_.handle(), sqlite3_bind_int64(stmt_, index, value), "bind");
  return *this;
}

Query& Query::bind(int index, std::string_view value) {
  check(db_.handle(),
        sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT),
        "bind");
  return *this;
}

bool Query::step() {
  const int rc = sqlite3_step(stmt_);
  check(db_.handle(), rc, "step");
  return rc == SQLITE_ROW;
}

void Query::run() {
  while (step()) {
  }
}

int64_t Query::single_int() {
  if (!step()) throw DbError("step: no row");
  return column_int(0);
}

int64_t Query::column_int(int col) const { return sqlite3_column_int64(stmt_, col); }

std::string Query::column_text(int col) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return text ? std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

Transaction::Transaction(Db& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (const DbError&) {
      // The connection already rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
  }
}

void Transaction::commit() {
  commit_leaving_sync_to_caller();
  db_.sync_log();
}

void Transaction::commit_leaving_sync_to_caller() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace khiw::server
