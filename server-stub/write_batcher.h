// Group commit. Concurrent writes are queued and a single writer thread runs each batch inside one
// transaction (BEGIN IMMEDIATE, each write in its own SAVEPOINT), then commits once: one fsync per
// batch instead of per booking, with synchronous=FULL kept. A write still sees every earlier write
// of its batch, so a capacity check and the insert after it stay atomic. Callers return only after
// the commit, so nothing is acknowledged before it is durable.
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

  // Runs `work` in the next batch and returns its result once the batch is committed. An exception
  // from `work` rolls back only its own savepoint and is rethrown here.
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
  void run_batch(std::vector<Job*>& batch);

  Db& db_;
  std::mutex& db_mutex_;
  std::mutex queue_mutex_;
  std::condition_variable queued_;
  std::condition_variable finished_;
  std::vector<Job*> queue_;
  bool stopping_ = false;
  std::thread writer_;
};

}  // namespace khiw::server
