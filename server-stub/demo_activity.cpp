#include "server-stub/demo_activity.h"

#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <utility>

#include "core/simulator.h"
#include "server-stub/counter_service.h"
#include "server-stub/ratings_service.h"

namespace khiw::server {

namespace {

using nlohmann::json;

constexpr auto kTick = std::chrono::seconds(1);
constexpr int kLeadInMinutes = 10;  // a played day starts this long before the doors open
constexpr double kNotYet = std::numeric_limits<double>::infinity();

const Caller kDemo{"demo", "simulator", "local", {}};

// Sections played at each office, with their demand relative to the simulator's default (which models a
// registration section); revenue counters see fewer people, an assumption of the demo only.
struct DemoSection {
  const char* id;
  double demand;
};
constexpr DemoSection kSections[] = {{"registration", 1.0}, {"revenue", 0.5}};

// Some citizens rate their finished service in the app, so the summary and open data have ratings too.
// Stars lean high, as satisfaction surveys do; the comments are fixed phrases, never personal data.
constexpr double kRatingShare = 0.3;
constexpr double kStarWeights[] = {0.05, 0.08, 0.17, 0.35, 0.35};  // 1..5 stars
constexpr const char* kDemoComments[] = {"", "", "รวดเร็ว ขอบคุณครับ", "เจ้าหน้าที่สุภาพ", "รอนานไปหน่อย"};

// A counter action's answer, or nullopt when refused: the line changed under the demo (staff of the
// office acted too, or a counter is busy), which the demo simply gets on with.
template <typename Action>
std::optional<json> attempt(Action action) {
  try {
    return action().body;
  } catch (const ApiException&) {
    return std::nullopt;
  }
}

// One office section's simulated days, played against the server's clock.
class SectionPlayer {
 public:
  // `seed_offset` gives every office section days of its own.
  SectionPlayer(Context& ctx, std::string office, const DemoSection& section, std::uint64_t seed_offset)
      : ctx_(ctx), office_(std::move(office)), section_(section.id) {
    sim_.seed += seed_offset;
    sim_.citizens_per_day = static_cast<int>(std::lround(sim_.citizens_per_day * section.demand));
    sim_.counters = ctx.ref.rules.counters_per_section;
    counters_.resize(static_cast<size_t>(sim_.counters));
  }

  // Does everything due by now.
  void step() {
    const UnixSeconds now = ctx_.now();
    if (bkk_date(now) != day_) take_over(now);
    const double t = origin_s_ + static_cast<double>(now - started_at_) * DemoActivity::kTimeScale;
    take_tickets(t);
    move_remote_holders(t);
    serve(t);
    if (next_ == plan_.size() && holders_.empty() && !may_call_ &&
        std::all_of(counters_.begin(), counters_.end(), [](const Counter& c) { return c.ticket.empty(); }))
      start_day(now, day_index_ + 1);
  }

 private:
  struct Holder {  // a remote ticket the demo took in the app
    std::string ticket;
    double travel_s = 0;         // from setting off to the office
    double at_office_s = kNotYet;  // known once the estimate says to set off
  };
  struct Counter {
    std::string ticket;  // empty when free
    double until_s = 0;
  };

  // A new Bangkok day has a new, empty line. The stored one may hold what a previous run left: tickets
  // at a counter are finished at the first step, waiting ones served, and remote holders whose simulated
  // citizens are gone marked no-show.
  void take_over(UnixSeconds now) {
    holders_.clear();
    std::fill(counters_.begin(), counters_.end(), Counter{});
    const json queue = queue_state(ctx_, office_, section_).body;
    for (const json& t : queue["tickets"]) {
      const std::string number = t["number"];
      if (t["state"] == "serving" && t["counter"] >= 1 && t["counter"] <= sim_.counters)
        counters_[t["counter"].get<size_t>() - 1] = {number, 0};
      else if (t["state"] == "remote")
        attempt([&] { return no_show_ticket(ctx_, office_, section_, {{"ticket", number}}, kDemo); });
    }
    day_ = bkk_date(now);
    start_day(now, static_cast<int>(days_since_epoch(day_)));
  }

  // A walk-in day: the demo makes no bookings, as a booking carries a citizen's name and ID. The plan's
  // remote tickets are taken in the app and checked in when their holders reach the office, so the
  // `remote` counts move too.
  void start_day(UnixSeconds now, int day_index) {
    day_index_ = day_index;
    ratings_rng_.seed(sim_.seed * 1000003u + static_cast<std::uint64_t>(day_index));
    qr_.clear();
    plan_ = plan_day(ctx_.ref.rules, sim_, day_index, /*with_bookings=*/false);
    next_ = 0;
    service_s_.clear();
    started_at_ = now;
    const int first = plan_.empty() ? sim_.doors_open_minute : plan_.front().arrival_minute;
    origin_s_ = 60.0 * std::max(first, sim_.doors_open_minute - kLeadInMinutes);
    may_call_ = line_changed_ = true;
  }

  void take_tickets(double t) {
    for (; next_ < plan_.size() && plan_[next_].arrival_minute * 60.0 <= t; ++next_) {
      const SimArrival& a = plan_[next_];
      const bool remote = a.kind == SimArrivalKind::Remote;
      const std::optional<json> issued =
          attempt([&] {
            return remote ? issue_remote_ticket(ctx_, office_, section_, kDemo)
                          : issue_walk_in_ticket(ctx_, office_, section_, json::object(), kDemo);
          });
      if (!issued) continue;
      const std::string ticket = (*issued)["ticket"];
      service_s_[ticket] = a.service_seconds;
      qr_[ticket] = (*issued)["qr"];
      if (remote) holders_.push_back({ticket, 60.0 * a.arrives_after_advice_minutes});
      may_call_ = line_changed_ = true;
    }
  }

  // Holders watch their ticket's estimate as the app shows it (read again only when the line changed)
  // and set off when it falls under the simulator's lead time; at the office they check in.
  void move_remote_holders(double t) {
    const bool reread = std::exchange(line_changed_, false);
    std::erase_if(holders_, [&](Holder& h) {
      if (h.at_office_s == kNotYet) {
        if (!reread) return false;
        const std::optional<json> status = attempt([&] { return walk_in_status(ctx_, office_, section_, h.ticket); });
        if (!status || (*status)["state"] != "remote") return true;  // staff dealt with it
        const double wait_s = (*status)["wait_seconds"].get<double>() * DemoActivity::kTimeScale;
        if (wait_s <= sim_.remote_lead_minutes * 60.0) h.at_office_s = t + h.travel_s;
        return false;
      }
      if (h.at_office_s > t) return false;
      attempt([&] { return check_in(ctx_, office_, section_, {{"ticket", h.ticket}}, kDemo); });
      may_call_ = line_changed_ = true;
      return true;
    });
  }

  // Counters open at the simulator's door time, finish after the planned service time and call the
  // next citizen at the office whenever free.
  void serve(double t) {
    const bool doors_open = t >= sim_.doors_open_minute * 60.0;
    for (int c = 1; c <= sim_.counters; ++c) {
      Counter& counter = counters_[static_cast<size_t>(c) - 1];
      if (!counter.ticket.empty() && counter.until_s <= t) {
        if (attempt([&] { return finish_ticket(ctx_, office_, section_, {{"ticket", counter.ticket}}, kDemo); }))
          maybe_rate(counter.ticket);
        counter.ticket.clear();
        may_call_ = line_changed_ = true;  // and the wait estimate learnt a service time
      }
      if (!counter.ticket.empty() || !may_call_ || !doors_open) continue;
      const std::optional<json> called =
          attempt([&] { return call_next(ctx_, office_, section_, {{"counter", c}}, kDemo); });
      if (!called) {
        may_call_ = false;  // nobody at the office is waiting: wait for the next change
        continue;
      }
      counter.ticket = (*called)["ticket"];
      line_changed_ = true;
      const auto planned = service_s_.find(counter.ticket);
      counter.until_s = t + (planned != service_s_.end() ? planned->second : sim_.mean_service_minutes * 60.0);
    }
  }

  // Draws from the day's own generator, so a replayed day rates the same tickets alike.
  void maybe_rate(const std::string& ticket) {
    const auto qr = qr_.find(ticket);
    if (qr == qr_.end() || std::uniform_real_distribution<double>(0, 1)(ratings_rng_) >= kRatingShare) return;
    const int stars = 1 + std::discrete_distribution<int>(std::begin(kStarWeights), std::end(kStarWeights))(ratings_rng_);
    const char* comment = kDemoComments[std::uniform_int_distribution<size_t>(0, std::size(kDemoComments) - 1)(ratings_rng_)];
    attempt([&] { return post_rating(ctx_, {{"ticket_qr", qr->second}, {"stars", stars}, {"comment", comment}}); });
  }

  Context& ctx_;
  const std::string office_;
  const std::string section_;
  SimConfig sim_;
  Date day_;  // the Bangkok day whose line is played; 1970 until the first step
  int day_index_ = 0;
  std::vector<SimArrival> plan_;
  size_t next_ = 0;                          // first arrival not yet played
  UnixSeconds started_at_ = 0;               // server time when the played day began ...
  double origin_s_ = 0;                      // ... at this simulated time (seconds after midnight)
  std::map<std::string, double> service_s_;  // planned service time by ticket
  std::map<std::string, std::string> qr_;     // signed QR payload by ticket, as the app keeps it
  std::mt19937_64 ratings_rng_;
  std::vector<Holder> holders_;
  std::vector<Counter> counters_;  // index = counter - 1
  bool may_call_ = true;           // a call could find someone: cleared when one finds nobody
  bool line_changed_ = true;       // since the holders last read their estimates
};

}  // namespace

DemoActivity::DemoActivity(Context& ctx, std::vector<std::string> offices) {
  if (offices.empty()) return;
  thread_ = std::thread([this, &ctx, offices = std::move(offices)] { run(ctx, offices); });
}

DemoActivity::~DemoActivity() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void DemoActivity::run(Context& ctx, const std::vector<std::string>& offices) {
  pthread_setname_np(pthread_self(), "khiw-demo");
  std::vector<SectionPlayer> players;
  for (const std::string& office : offices)
    for (size_t i = 0; i < std::size(kSections); ++i)
      players.emplace_back(ctx, office, kSections[i], std::stoull(office) * std::size(kSections) + i);
  std::unique_lock lock(mutex_);
  do {
    lock.unlock();
    for (SectionPlayer& player : players) {
      if (stop_) return;
      try {
        player.step();
      } catch (const std::exception& e) {
        std::cerr << "khiw: demo activity: " << e.what() << '\n';
      }
    }
    lock.lock();
  } while (!wake_.wait_for(lock, kTick, [this] { return stop_.load(); }));
}

}  // namespace khiw::server
