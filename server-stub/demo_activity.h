// Demo activity (--demo-activity, off by default): on a fresh database every count is zero and a person
// trying the app sees nothing move. This plays simulated office days at a few offices through the same
// counter actions staff and citizens use (counter_service.h), so the live counts, waits and remote
// tickets change while someone watches. Core's simulator decides arrivals and service times; every
// action is audited with actor "demo".
//
// Time: each played day starts at the demo's start, whatever the hour (a person trying the app at 22:00
// should see life too), and runs kTimeScale times faster than the server's clock; when a day's line is
// done the next simulated day follows. Each day starts ten simulated minutes before the doors open, with
// the early crowd already in line, so counts move at once and the first calls come within two minutes.
#pragma once
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server-stub/context.h"

namespace khiw::server {

class DemoActivity {
 public:
  // Simulated seconds per second of the server's clock: one simulated minute every 10 s, a day of
  // about 8 hours in 80 minutes. Waits shown are then those of the sped-up line, which is what a
  // person watching it experiences.
  static constexpr int kTimeScale = 6;

  // Plays at `offices` (codes already checked); no thread when empty.
  DemoActivity(Context& ctx, std::vector<std::string> offices);
  ~DemoActivity();  // stops the thread after the section step under way (a few counter actions)
  DemoActivity(const DemoActivity&) = delete;
  DemoActivity& operator=(const DemoActivity&) = delete;

 private:
  void run(Context& ctx, const std::vector<std::string>& offices);

  std::mutex mutex_;
  std::condition_variable wake_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace khiw::server
