#include "core/pre_service_update.h"

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "core/utf8.h"
#include "core/validation.h"

namespace khiw {

namespace {

using nlohmann::json;

constexpr size_t kMaxFeeBytes = 16;
constexpr size_t kMaxIdBytes = 32;  // 13 digits, grouped or spaced
constexpr const char* kOpPrefix = "pre_service_";  // then the action: the server's audit names them alike

std::string requests_path(const Counter& c) { return "/api/counter/" + c.session.office_code + "/pre-service"; }

std::string request_path(const Counter& c, const std::string& code) { return requests_path(c) + "/" + code + "/"; }

// The request an action was about: the path's segment after /pre-service/.
std::string code_in_path(const std::string& path) {
  const std::string marker = "/pre-service/";
  const size_t from = path.find(marker);
  if (from == std::string::npos) return {};
  const size_t start = from + marker.size();
  return path.substr(start, path.find('/', start) - start);
}

void close_form(PreServiceDesk& d) {
  d.form_code.clear();
  d.fee.clear();
  d.reason.clear();
  d.national_id.clear();
  d.laser_code.clear();
}

std::vector<Effect> refuse(PreServiceDesk& d, ErrorCode why) {
  d.error = std::string(error_code_name(why));
  return {};
}

struct PreServiceStep {
  Counter& c;
  CounterContext& ctx;

  std::vector<Effect> operator()(const OpenPreServiceList&) const {
    if (!session_valid(c.session, ctx.now)) return {};
    go_to(ctx.nav, Screen::CounterPreService);
    return read_pre_service_list(c);
  }

  std::vector<Effect> operator()(const OpenPreServiceForm& i) const {
    PreServiceDesk& d = c.pre_service;
    close_form(d);
    d.error.clear();
    const PreServiceItem* item = find_pre_service_item(d, i.code);
    if (!item || i.kind == PreServiceActionKind::Prepare ||
        !pre_service_action_allowed(item->role, item->progress.state, i.kind))
      return {};
    d.form_code = i.code;
    d.form_kind = i.kind;
    return {};
  }

  std::vector<Effect> operator()(const SubmitPreServiceAction& i) const {
    PreServiceDesk& d = c.pre_service;
    const PreServiceItem* item = find_pre_service_item(d, i.code);
    if (!item || pre_service_sending(c, i.code) ||
        !pre_service_action_allowed(item->role, item->progress.state, i.kind))
      return {};
    if (i.kind != PreServiceActionKind::Prepare && (d.form_code != i.code || d.form_kind != i.kind)) return {};
    d.error_code = i.code;
    d.error.clear();
    json body = json::object();
    bool kept = true;
    switch (i.kind) {
      case PreServiceActionKind::Prepare: break;
      case PreServiceActionKind::Approve: {
        const Result<int> fee = fee_satang_from_baht(d.fee);
        if (!fee) return refuse(d, fee.error());
        body["fee_satang"] = fee.value();
        break;
      }
      case PreServiceActionKind::Reject: {
        const Result<std::string> reason = normalize_reason(d.reason);
        if (!reason) return refuse(d, reason.error());
        body["reason"] = reason.value();
        break;
      }
      case PreServiceActionKind::Pickup: {
        const Result<std::string> id = normalize_national_id(d.national_id);
        if (!id) return refuse(d, id.error());
        const Result<std::string> laser = normalize_laser_code(d.laser_code);
        if (!laser) return refuse(d, laser.error());
        body["national_id"] = id.value();
        body["laser_code"] = laser.value();
        kept = false;  // the ID stays off the device: a reload loses the pickup, which is typed again
        break;
      }
    }
    const std::string action(pre_service_action_name(i.kind));
    return enqueue_counter_action(c, ctx, request_path(c, i.code) + action, body.dump(), kOpPrefix + action, kept);
  }
};

}  // namespace

std::vector<Effect> apply_pre_service_intent(Counter& c, CounterContext ctx, const PreServiceIntent& intent) {
  return std::visit(PreServiceStep{c, ctx}, intent);
}

void edit_pre_service_field(PreServiceDesk& d, Field field, const std::string& value) {
  switch (field) {
    case Field::PreServiceFee: d.fee = utf8_prefix(value, kMaxFeeBytes); break;
    case Field::PreServiceReason: d.reason = utf8_prefix(value, 4 * kReasonMaxChars); break;  // core counts characters
    case Field::PickupNationalId: d.national_id = utf8_prefix(value, kMaxIdBytes); break;
    case Field::PickupLaserCode: d.laser_code = utf8_prefix(value, kMaxIdBytes); break;
    default: break;
  }
}

std::vector<Effect> read_pre_service_list(Counter& c) {
  if (c.session.token.empty()) return {};
  if (c.pre_service.status != LoadStatus::Ready) c.pre_service.status = LoadStatus::Loading;
  return {staff_request(c, http_get(Reply::PreServiceList, requests_path(c), c.session.office_code))};
}

void apply_pre_service_list_reply(Counter& c, int status, const std::string& body, const std::string& context) {
  PreServiceDesk& d = c.pre_service;
  if (context != c.session.office_code) return;  // asked under another clerk's office
  if (status != 200) {
    if (d.status != LoadStatus::Ready) d.status = LoadStatus::Failed;
    return;
  }
  try {
    d.items = pre_service_list_from_json(body);
    d.status = LoadStatus::Ready;
  } catch (const std::invalid_argument&) {
    d.status = LoadStatus::Failed;
  }
  if (!d.form_code.empty() && !find_pre_service_item(d, d.form_code)) close_form(d);  // dealt with elsewhere
}

bool pre_service_action_answered(PreServiceDesk& d, const CounterOp& op, int status, const std::string& body) {
  if (op.name.rfind(kOpPrefix, 0) != 0) return false;
  const std::string code = code_in_path(op.request.path);
  // What the citizen showed at pickup is not kept past its answer, whatever it was.
  if (op.name == kOpPrefix + std::string(pre_service_action_name(PreServiceActionKind::Pickup)) && d.form_code == code) {
    d.national_id.clear();
    d.laser_code.clear();
  }
  d.error_code = code;
  if (status < 200 || status >= 300) {
    const std::string why = error_code_in_body(body);
    d.error = why.empty() ? "internal" : why;
    return true;
  }
  try {
    PreServiceItem item = pre_service_item_from_json(body);
    bool listed = false;
    for (PreServiceItem& shown : d.items)
      if (shown.code == item.code) {
        shown = item;
        listed = true;
      }
    if (!listed) d.items.push_back(std::move(item));
    d.error.clear();
    if (d.form_code == code) close_form(d);
  } catch (const std::invalid_argument&) {
    d.error = "internal";
  }
  return true;
}

bool pre_service_sending(const Counter& c, const std::string& code) {
  const std::string prefix = request_path(c, code);
  for (const CounterOp& op : c.ops)
    if (op.request.path.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace khiw
