#include "server-stub/live_board.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/wait_estimate.h"

namespace khiw::server {

UnixSeconds estimated_wait(const RulesConfig& config, const SectionQueue& q, int people_ahead) {
  ServiceTimeStats stats;
  for (const Ticket& t : q.tickets)
    if (t.state == TicketState::Done && t.finished_at >= t.called_at && t.called_at > 0)
      stats = record_service(config, stats, static_cast<double>(t.finished_at - t.called_at));
  return estimate_wait_seconds(config, stats, people_ahead, q.counters);
}

SectionLive section_live(const RulesConfig& config, const SectionQueue& q) {
  const int waiting = static_cast<int>(q.line.size());
  return {waiting, remote_count(q), serving_count(q), estimated_wait(config, q, waiting)};
}

LiveBoard::LiveBoard(const std::vector<Office>& offices) {
  for (const Office& o : offices) office_codes_.push_back(o.code);
}

void LiveBoard::update(const SectionQueue& q, const SectionLive& live) {
  {
    std::lock_guard lock(mutex_);
    sections_[{q.office_code, q.section_id}] = {q.day, live};
    ++office_seq_[q.office_code];
    ++version_;
  }
  changed_.notify_all();
}

std::string LiveBoard::render(Date today, const std::string* only_office) const {
  nlohmann::json offices = nlohmann::json::array();
  for (const std::string& code : office_codes_) {
    if (only_office && *only_office != code) continue;
    nlohmann::json sections = nlohmann::json::object();
    int waiting = 0, remote = 0;
    for (auto it = sections_.lower_bound({code, ""}); it != sections_.end() && it->first.first == code; ++it) {
      const auto& [day, live] = it->second;
      if (day != today) continue;
      sections[it->first.second] = {{"waiting", live.waiting},
                                    {"remote", live.remote},
                                    {"serving", live.serving},
                                    {"wait_seconds", live.wait_seconds}};
      waiting += live.waiting;
      remote += live.remote;
    }
    nlohmann::json office = {
        {"code", code}, {"waiting", waiting}, {"remote", remote}, {"sections", std::move(sections)}};
    // Only in one office's document: in the all-offices one it would cost citizens' 304s at every recall.
    if (only_office) office["seq"] = seq_of(code);
    offices.push_back(std::move(office));
  }
  return nlohmann::json{{"version", 1}, {"date", iso_date(today)}, {"offices", std::move(offices)}}.dump();
}

std::shared_ptr<const CachedDocument> LiveBoard::all(Date today) {
  std::lock_guard lock(mutex_);
  if (!cached_ || cached_version_ != version_ || cached_day_ != today) {
    cached_ = std::make_shared<const CachedDocument>(cached_document(render(today, nullptr)));
    cached_version_ = version_;
    cached_day_ = today;
  }
  return cached_;
}

std::optional<CachedDocument> LiveBoard::office(const std::string& code, Date today) {
  std::lock_guard lock(mutex_);
  if (std::find(office_codes_.begin(), office_codes_.end(), code) == office_codes_.end()) return std::nullopt;
  return cached_document(render(today, &code));
}

uint64_t LiveBoard::seq_of(const std::string& code) const {
  const auto it = office_seq_.find(code);
  return it == office_seq_.end() ? 0 : it->second;
}

uint64_t LiveBoard::office_seq(const std::string& code) {
  std::lock_guard lock(mutex_);
  return seq_of(code);
}

bool LiveBoard::wait_for_office_change(const std::string& code, uint64_t seen, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return shut_down_ || seq_of(code) != seen; });
  return !shut_down_;
}

void LiveBoard::shut_down() {
  {
    std::lock_guard lock(mutex_);
    shut_down_ = true;
  }
  changed_.notify_all();
}

bool LiveBoard::try_open_stream() {
  std::lock_guard lock(mutex_);
  if (open_streams_ >= kMaxStreams) return false;
  ++open_streams_;
  return true;
}

void LiveBoard::close_stream() {
  std::lock_guard lock(mutex_);
  --open_streams_;
}

}  // namespace khiw::server
