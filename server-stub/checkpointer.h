// Keeps the write-ahead log short without stalling the writer. SQLite's automatic checkpoint runs
// inside the committing connection, so every thousandth page the booking writer would copy the log
// into the database and fsync it while every citizen waits. Here a thread with its own connection
// copies each new `kStartFrames` instead (a PASSIVE checkpoint never blocks the writer). Under
// sustained load the copy never quite catches up, and SQLite only starts the log over once it has;
// so when the log reaches `kMaxLogFrames` the writer copies the small rest itself after a commit,
// and its next write starts the log again from the beginning.
#pragma once
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "server-stub/db.h"

namespace khiw::server {

class Checkpointer {
 public:
  static constexpr int kStartFrames = 1000;    // as SQLite's default wal_autocheckpoint
  static constexpr int kMaxLogFrames = 16000;  // 64 MiB at 4 KiB pages

  // `writer` is the connection all writes go through; `path` its database file.
  Checkpointer(Db& writer, const std::string& path);
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  // Called by SQLite in the committing thread after each commit, with the log's length in frames.
  void committed(int log_frames);

 private:
  void checkpoint_loop();

  Db& writer_;
  Db own_;
  std::mutex mutex_;
  std::condition_variable wanted_;
  std::atomic<int> backfilled_{0};  // frames the last copy reached; a restarted log starts below it
  bool requested_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace khiw::server
