#include "server-stub/write_batcher.h"

#include <pthread.h>

namespace khiw::server {

namespace {

constexpr size_t kMaxBatch = 256;

}  // namespace

WriteBatcher::WriteBatcher(Db& db, std::mutex& db_mutex)
    : db_(db),
      db_mutex_(db_mutex),
      savepoint_(db, "SAVEPOINT write"),
      release_(db, "RELEASE write"),
      rollback_to_(db, "ROLLBACK TO write"),
      writer_([this] { writer_loop(); }),
      syncer_([this] { sync_loop(); }) {}

WriteBatcher::~WriteBatcher() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queued_.notify_all();
  writer_.join();
  {
    std::lock_guard lock(queue_mutex_);
    writer_stopped_ = true;
  }
  committed_.notify_all();
  syncer_.join();
}

void WriteBatcher::submit(std::function<void()> body) {
  Job job{std::move(body), nullptr, false};
  std::unique_lock lock(queue_mutex_);
  queue_.push_back(&job);
  queued_.notify_one();
  finished_.wait(lock, [&] { return job.done; });
  if (job.error) std::rethrow_exception(job.error);
}

void WriteBatcher::writer_loop() {
  pthread_setname_np(pthread_self(), "khiw-writer");  // for top -H and perf
  std::vector<Job*> batch;
  for (;;) {
    {
      std::unique_lock lock(queue_mutex_);
      queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, nothing left
      const size_t n = std::min(queue_.size(), kMaxBatch);
      batch.assign(queue_.begin(), queue_.begin() + static_cast<long>(n));
      queue_.erase(queue_.begin(), queue_.begin() + static_cast<long>(n));
    }
    run_batch(batch);
    {
      std::lock_guard lock(queue_mutex_);
      unsynced_.insert(unsynced_.end(), batch.begin(), batch.end());
    }
    committed_.notify_one();
  }
}

void WriteBatcher::sync_loop() {
  pthread_setname_np(pthread_self(), "khiw-log-sync");
  std::vector<Job*> synced;
  for (;;) {
    {
      std::unique_lock lock(queue_mutex_);
      committed_.wait(lock, [&] { return writer_stopped_ || !unsynced_.empty(); });
      if (unsynced_.empty()) return;  // the writer is gone and everything is answered
      synced.swap(unsynced_);
    }
    try {
      db_.sync_log();
    } catch (...) {
      // Committed but maybe not on disk: tell the callers it failed. A retry with the same
      // Idempotency-Key finds the booking if it did survive.
      for (Job* job : synced) job->error = std::current_exception();
    }
    {
      std::lock_guard lock(queue_mutex_);
      for (Job* job : synced) job->done = true;
    }
    finished_.notify_all();
    synced.clear();
  }
}

void WriteBatcher::run_batch(std::vector<Job*>& batch) {
  std::lock_guard db_lock(db_mutex_);
  try {
    Transaction tx(db_);
    for (Job* job : batch) {
      savepoint_.start().run();
      try {
        job->body();
        release_.start().run();
      } catch (...) {
        job->error = std::current_exception();
        rollback_to_.start().run();
        release_.start().run();
      }
    }
    tx.commit_leaving_sync_to_caller();
  } catch (...) {
    // The commit (or a savepoint) failed: nothing of this batch is durable, so every job fails.
    for (Job* job : batch) job->error = std::current_exception();
  }
}

}  // namespace khiw::server
