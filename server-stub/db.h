// Thin RAII layer over SQLite: one connection, prepared statements (bind → step → reset), scoped
// transactions. Errors become DbError so a handler never sees a raw return code.
#pragma once
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace khiw::server {

struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Db {
 public:
  // Opens (creating the file and its parent directory if missing) in WAL mode with
  // synchronous=NORMAL: SQLite then syncs the log around checkpoints but not at commit. Commits are
  // made durable by sync_log(): Transaction::commit() calls it, and the group commit calls it from
  // its own thread so the disk's latency overlaps the next batch. An acknowledged write has reached
  // the disk, so it survives kill -9 and power loss.
  explicit Db(const std::string& path);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // fdatasync of the write-ahead log: every transaction committed so far is on disk when it returns.
  // Safe to call from any thread, with or without the database mutex.
  void sync_log();
  void exec(const std::string& sql);
  // Copies the write-ahead log into the database and empties it, so overwritten data is gone from
  // disk. Call with the database mutex held.
  void checkpoint_truncate();
  sqlite3* handle() const { return db_; }
  int changes() const;

 private:
  sqlite3* db_ = nullptr;
  std::once_flag log_opened_;
  int log_fd_ = -1;  // the -wal file, opened at the first sync (it exists once anything is committed)
};

// One execution of a prepared statement: bind, step, read columns. Its destructor resets the
// statement, so a read that stopped early never keeps the connection's snapshot open; an open
// snapshot would stop every checkpoint and let the write-ahead log grow without bound.
class Query {
 public:
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  // Bind by 1-based index; chainable.
  Query& bind(int index, int64_t value);
  Query& bind(int index, std::string_view value);

  bool step();           // true while a row is available
  void run();            // step to completion, for writes
  int64_t single_int();  // the first column of the one row an aggregate returns

  int64_t column_int(int col) const;
  std::string column_text(int col) const;

 private:
  friend class Statement;
  Query(Db& db, sqlite3_stmt* stmt);
  Db& db_;
  sqlite3_stmt* stmt_;
};

// A statement prepared once for the connection's lifetime; each use is a Query from start().
class Statement {
 public:
  Statement(Db& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Starts an execution with no bindings left over from the previous one.
  Query start();

 private:
  Db& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE takes the write lock up front, so a read-check-insert inside it is atomic even
// if another connection ever writes to the file. Commits with commit(); rolls back otherwise.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();  // durable when it returns
  // For the group commit only: the caller must sync_log() before it acknowledges anything.
  void commit_leaving_sync_to_caller();

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace khiw::server
