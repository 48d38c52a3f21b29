#include "server-stub/write_batcher.h"

namespace khiw::server {

namespace {

constexpr size_t kMaxBatch = 256;

}  // namespace

WriteBatcher::WriteBatcher(Db& db, std::mutex& db_mutex)
    : db_(db), db_mutex_(db_mutex), writer_([this] { writer_loop(); }) {}

WriteBatcher::~WriteBatcher() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queued_.notify_all();
  writer_.join();
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
      for (Job* job : batch) job->done = true;
    }
    finished_.notify_all();
  }
}

void WriteBatcher::run_batch(std::vector<Job*>& batch) {
  std::lock_guard db_lock(db_mutex_);
  try {
    Transaction tx(db_);
    for (Job* job : batch) {
      db_.exec("SAVEPOINT write");
      try {
        job->body();
        db_.exec("RELEASE write");
      } catch (...) {
        job->error = std::current_exception();
        db_.exec("ROLLBACK TO write");
        db_.exec("RELEASE write");
      }
    }
    tx.commit();
  } catch (...) {
    // The commit (or a savepoint) failed: nothing of this batch is durable, so every job fails.
    for (Job* job : batch) job->error = std::current_exception();
  }
}

}  // namespace khiw::server
