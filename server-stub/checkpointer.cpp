#include "server-stub/checkpointer.h"

#include <pthread.h>
#include <sqlite3.h>

namespace khiw::server {

namespace {

int on_commit(void* self, sqlite3*, const char*, int log_frames) {
  static_cast<Checkpointer*>(self)->committed(log_frames);
  return SQLITE_OK;
}

}  // namespace

Checkpointer::Checkpointer(Db& writer, const std::string& path)
    : writer_(writer), own_(path), thread_([this] { checkpoint_loop(); }) {
  sqlite3_wal_hook(writer_.handle(), on_commit, this);  // replaces SQLite's automatic checkpoint
}

Checkpointer::~Checkpointer() {
  sqlite3_wal_hook(writer_.handle(), nullptr, nullptr);
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wanted_.notify_one();
  thread_.join();
}

void Checkpointer::committed(int log_frames) {
  if (log_frames >= kMaxLogFrames) {
    // Busy when the thread is copying right now: then it finishes the job and we look again next commit.
    sqlite3_wal_checkpoint_v2(writer_.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return;
  }
  const int backfilled = backfilled_.load();
  const int not_copied = log_frames < backfilled ? log_frames : log_frames - backfilled;
  if (not_copied >= kStartFrames) {
    std::lock_guard lock(mutex_);
    requested_ = true;
    wanted_.notify_one();
  }
}

void Checkpointer::checkpoint_loop() {
  pthread_setname_np(pthread_self(), "khiw-checkpoint");  // for top -H and perf
  std::unique_lock lock(mutex_);
  for (;;) {
    wanted_.wait(lock, [&] { return requested_ || stopping_; });
    if (stopping_) return;
    requested_ = false;
    lock.unlock();
    int log_frames = 0, copied = 0;
    if (sqlite3_wal_checkpoint_v2(own_.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &log_frames, &copied) ==
        SQLITE_OK)
      backfilled_ = copied;
    lock.lock();
  }
}

}  // namespace khiw::server
