// How every change to an office's lines runs: under the database lock, in one transaction that loads
// the queues it needs, lets core decide, saves, audits and keeps the answer for the request's
// Idempotency-Key; then the live counts are published. A retried request with the same key gets the
// first answer back and changes nothing.
#pragma once
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "core/queue.h"
#include "server-stub/context.h"
#include "server-stub/http_json.h"

namespace khiw::server {

// Who acts, for the audit log: staff, a citizen, or the demo activity playing a simulated day.
struct Caller {
  std::string actor;     // "staff", "citizen", "demo"
  std::string actor_id;  // username, "anonymous", or "simulator"
  std::string client;    // remote address, "local" for the server's own threads
  std::string idempotency_key;  // the request's Idempotency-Key header; empty when it sent none
};

// Throws UnknownOffice or UnknownSection (404) unless both are in the reference data.
void check_section(const Context& ctx, const std::string& office, const std::string& section);

// What identifies a request for its Idempotency-Key: the same key again must come with all of it.
struct CounterRequest {
  std::string office;
  std::string section;  // empty for an action of the office as a whole (a pre-service request)
  std::string action;  // "call_next", "transfer", ...: the audit action and part of the request's identity
  nlohmann::json body;
};

class OfficeDay;
// Records a refused action (e.g. an audit row) in the transaction that keeps the refusal.
using RefusalNote = std::function<void(OfficeDay&, const ApiError&)>;

// One office's lines today, inside the action's transaction: each section's queue is loaded once (or
// opened empty); those the action used are saved with it and published after the commit.
class OfficeDay {
 public:
  OfficeDay(Context& ctx, std::string office, UnixSeconds now);
  // A known section's queue (UnknownSection otherwise), to change.
  SectionQueue& section(const std::string& id);
  // Before `q` issues a number: continue from the highest any of the office's sections issued today.
  void number_office_wide(SectionQueue& q);
  void audit(const Caller& caller, const std::string& action, const std::string& subject, const std::string& detail);

  Context& ctx;
  const std::string office;
  const UnixSeconds now;

 private:
  friend Outcome run_counter_action(Context&, const CounterRequest&, const Caller&,
                                    const std::function<Outcome(OfficeDay&)>&, const RefusalNote&);
  SectionQueue& loaded(const std::string& id);
  void save();
  void publish();

  std::map<std::string, SectionQueue> queues_;
  std::set<std::string> used_;
};

// Runs `op` as described at the top. A refusal (ApiException) leaves everything as it was but `note`'s
// record, and is itself kept as the key's answer. Throws idempotency_key_reused for a key used before
// with another request.
Outcome run_counter_action(Context& ctx, const CounterRequest& request, const Caller& caller,
                           const std::function<Outcome(OfficeDay&)>& op, const RefusalNote& note = {});

}  // namespace khiw::server
