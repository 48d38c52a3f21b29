// Thin RAII layer over SQLite: one connection, prepared statements (bind → step → reset), scoped
// transactions. Errors become DbError so a handler never sees a raw return code.
#pragma once
#include <cstdint>
#include <optional>
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
  // Opens (creating the file and its parent directory if missing) in WAL mode with synchronous=FULL:
  // an acknowledged write has reached the disk, so it survives kill -9 and power loss.
  explicit Db(const std::string& path);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void exec(const std::string& sql);
  // Copies the write-ahead log into the database and empties it, so overwritten data is gone from
  // disk. Call with the database mutex held: it resets this connection's idle statements, whose
  // unfinished reads would otherwise keep the log in use.
  void checkpoint_truncate();
  sqlite3* handle() const { return db_; }
  int64_t last_insert_rowid() const;
  int changes() const;

 private:
  sqlite3* db_ = nullptr;
};

class Statement {
 public:
  Statement(Db& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Bind by 1-based index; chainable. Each execution starts with reset() so a throwing step never
  // leaves stale bindings for the next caller.
  Statement& reset();
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, std::string_view value);
  Statement& bind_blob(int index, std::string_view bytes);
  Statement& bind_null(int index);
  Statement& bind_optional(int index, const std::optional<std::string>& value);

  bool step();  // true while a row is available
  void run();   // step to completion, for writes

  int64_t column_int(int col) const;
  std::string column_text(int col) const;
  std::string column_blob(int col) const;
  bool column_is_null(int col) const;

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
  void commit();

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace khiw::server
