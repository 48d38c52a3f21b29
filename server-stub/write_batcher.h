// Group commit, pipelined. Concurrent writes are queued and a single writer thread runs each batch
// inside one transaction (BEGIN IMMEDIATE, each write in its own SAVEPOINT) and commits it; a second
// thread then syncs the write-ahead log (Db::sync_log) and only then are the batch's callers answered.
// One fsync covers every batch committed since the last one, and while it runs the writer already
// works on the next batch: the disk's latency is no longer paid once per batch in series.
//
// Nothing is acknowledged before it is on disk (the same guarantee as synchronous=FULL). A write
// still sees every earlier write, synced or not, so a capacity check and the insert after it stay
// atomic; and since the log is appended in order, a sync that makes a batch durable makes every
// earlier batch durable too.
#pragma once
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "server-stub/db.h"

namespace khiw::server {

class WriteBatcher {
 public:
  // `db_mutex` is the lock every other database use holds; the writer takes it for each batch.
  WriteBatcher(Db& db, std::mutex& db_mutex);
  ~WriteBatcher();
  WriteBatcher(const WriteBatcher&) = delete;
  WriteBatcher& operator=(const WriteBatcher&) = delete;

  // Runs `work` in the next batch and returns its result once the batch is committed and synced.
  // An exception from `work` rolls back only its own savepoint and is rethrown here.
  template <typename F>
  auto run(F work) -> decltype(work()) {
    std::optional<decltype(work())> result;
    submit([&] { result.emplace(work()); });
    return std::move(*result);
  }

 private:
  struct Job {
    std::function<void()> body;
    std::exception_ptr error;
    bool done = false;
  };
  void submit(std::function<void()> body);
  void writer_loop();
  void sync_loop();
  void run_batch(std::vector<Job*>& batch);

  Db& db_;
  std::mutex& db_mutex_;
  std::mutex queue_mutex_;  // guards everything below up to the statements
  std::condition_variable queued_;     // writer: new jobs
  std::condition_variable committed_;  // syncer: committed batches
  std::condition_variable finished_;   // callers: their job is done
  std::vector<Job*> queue_;
  std::vector<Job*> unsynced_;
  bool stopping_ = false;       // no more jobs: the writer drains the queue and ends
  bool writer_stopped_ = false; // the syncer drains what is committed and ends
  Statement savepoint_;  // prepared once: the writer runs three of these per write
  Statement release_;
  Statement rollback_to_;
  std::thread writer_;
  std::thread syncer_;
};

}  // namespace khiw::server
