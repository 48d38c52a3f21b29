#include "server-stub/counter_action.h"

#include "server-stub/request_json.h"

namespace khiw::server {

namespace {

// Booking keys are stored as the client sent them, and a key cannot hold '/' (is_idempotency_key), so
// no citizen's booking key can ever meet a counter key. Offices keep apart too.
std::string stored_key(const std::string& office, const std::string& key) { return "counter/" + office + "/" + key; }

}  // namespace

void check_section(const Context& ctx, const std::string& office, const std::string& section) {
  if (!ctx.ref.office_known(office)) throw ApiException{rule_error(ErrorCode::UnknownOffice)};
  if (!find_section(ctx.ref.catalog, section)) throw ApiException{rule_error(ErrorCode::UnknownSection)};
}

OfficeDay::OfficeDay(Context& c, std::string office_code, UnixSeconds at)
    : ctx(c), office(std::move(office_code)), now(at) {}

SectionQueue& OfficeDay::loaded(const std::string& id) {
  auto it = queues_.find(id);
  if (it == queues_.end()) {
    const Date today = bkk_date(now);
    it = queues_
             .emplace(id, ctx.queues.find(office, id, today)
                              .value_or(open_queue(office, id, today, ctx.ref.rules.counters_per_section)))
             .first;
  }
  return it->second;
}

SectionQueue& OfficeDay::section(const std::string& id) {
  check_section(ctx, office, id);
  used_.insert(id);
  return loaded(id);
}

void OfficeDay::number_office_wide(SectionQueue& q) {
  for (SectionQueue& stored : ctx.queues.of_office(office, bkk_date(now)))
    queues_.try_emplace(stored.section_id, std::move(stored));  // those already loaded keep their changes
  std::vector<SectionQueue> office_queues;
  for (const auto& [id, other] : queues_) office_queues.push_back(other);
  take_office_numbering(q, office_queues);
}

void OfficeDay::audit(const Caller& caller, const std::string& action, const std::string& subject,
                      const std::string& detail) {
  ctx.audit.append({now, caller.actor, caller.actor_id, caller.client, action, subject, detail, office});
}

void OfficeDay::save() {
  for (const std::string& id : used_) ctx.queues.save(queues_.at(id));
}

void OfficeDay::publish() {
  for (const std::string& id : used_) {
    const SectionQueue& q = queues_.at(id);
    ctx.live.update(q, section_live(ctx.ref.rules, q));
  }
}

Outcome run_counter_action(Context& ctx, const CounterRequest& request, const Caller& caller,
                           const std::function<Outcome(OfficeDay&)>& op, const RefusalNote& note) {
  if (request.section.empty() && !ctx.ref.office_known(request.office))
    throw ApiException{rule_error(ErrorCode::UnknownOffice)};
  if (!request.section.empty()) check_section(ctx, request.office, request.section);
  const bool keyed = !caller.idempotency_key.empty();
  if (keyed && !is_idempotency_key(caller.idempotency_key)) throw ApiException{idempotency_key_required()};
  const std::string key = stored_key(request.office, caller.idempotency_key);
  const nlohmann::json identity = {{"section", request.section}, {"action", request.action}, {"body", request.body}};
  const std::string digest = digest_hex(identity.dump());

  std::lock_guard lock(ctx.db_mutex);
  if (keyed) {
    if (std::optional<StoredResponse> first = ctx.idempotency.find(key)) {
      if (first->request_digest != digest) throw ApiException{idempotency_key_reused()};
      return {first->status, nlohmann::json::parse(first->body)};
    }
  }
  const UnixSeconds now = ctx.now();
  try {
    Transaction tx(ctx.db);
    OfficeDay day(ctx, request.office, now);
    Outcome out = op(day);
    day.save();
    if (keyed) ctx.idempotency.store(key, {digest, out.status, out.body.dump()}, now);
    tx.commit();
    day.publish();
    return out;
  } catch (const ApiException& refused) {
    if (keyed || note) {  // the change rolled back with its transaction; the refusal is the key's answer
      Transaction tx(ctx.db);
      if (note) {
        OfficeDay day(ctx, request.office, now);
        note(day, refused.error);
      }
      if (keyed) ctx.idempotency.store(key, {digest, refused.error.status, error_body(refused.error).dump()}, now);
      tx.commit();
    }
    throw;
  }
}

}  // namespace khiw::server
