#include "server-stub/demo_pre_service.h"

#include <nlohmann/json.hpp>

#include "core/booking.h"
#include "core/validation.h"
#include "server-stub/bookings_service.h"

namespace khiw::server {

namespace {

// Where a demo office's request is prepared and picked up; the other office is the next one in the
// reference list, so every demo office lists requests of each role.
enum class Where { Here, PickupElsewhere, PreparedElsewhere };

// One demo request: the staff actions it has been through.
struct DemoRequest {
  const char* name;
  Where where;
  std::vector<PreServiceAction> actions;
};

PreServiceAction act(PreServiceActionKind kind) { return {kind, 0, {}, {}, {}}; }

PreServiceAction approve(int fee_satang) { return {PreServiceActionKind::Approve, fee_satang, {}, {}, {}}; }

std::vector<DemoRequest> demo_requests() {
  const PreServiceAction prepare = act(PreServiceActionKind::Prepare);
  PreServiceAction reject = act(PreServiceActionKind::Reject);
  reject.reason = "ไม่พบทะเบียนบ้านตามที่ขอ กรุณาติดต่อสำนักงานเขต";
  return {{"ทดลอง ตัวอย่างหนึ่ง", Where::Here, {}},
          {"ทดลอง ตัวอย่างสอง", Where::PickupElsewhere, {}},
          {"ทดลอง ตัวอย่างสาม", Where::PickupElsewhere, {prepare}},
          {"ทดลอง ตัวอย่างสี่", Where::Here, {prepare, approve(2000)}},
          {"ทดลอง ตัวอย่างห้า", Where::PreparedElsewhere, {prepare, approve(4000)}},
          {"ทดลอง ตัวอย่างหก", Where::Here, {reject}}};
}

// A fictional citizen's valid ID: the 9 prefix is not issued to Thai nationals.
std::string demo_national_id(int n) { return made_up_national_id('9', static_cast<unsigned>(n)); }

std::string next_office(const Context& ctx, const std::string& office) {
  const std::vector<Office>& offices = ctx.ref.offices;
  for (size_t i = 0; i < offices.size(); ++i)
    if (offices[i].code == office) return offices[(i + 1) % offices.size()].code;
  return office;
}

}  // namespace

void seed_demo_pre_service(Context& ctx, const std::vector<std::string>& offices) {
  std::lock_guard lock(ctx.db_mutex);
  if (offices.empty() || !ctx.bookings.with_pre_service_at(offices.front(), "all").empty()) return;
  const UnixSeconds now = ctx.now();
  const BookingRules rules{ctx.ref.rules, ctx.ref.calendar, ctx.ref.catalog, ctx.ref.offices};
  const Date day = nth_working_day_after(ctx.ref.calendar, bkk_date(now), 1);
  Transaction tx(ctx.db);
  int citizen = 0;
  for (const std::string& office : offices) {
    int slot = 0;
    for (const DemoRequest& demo : demo_requests()) {
      const std::string id = demo_national_id(++citizen);
      const std::string other = next_office(ctx, office);
      const std::string prepared_at = demo.where == Where::PreparedElsewhere ? other : office;
      const std::string picked_up_at = demo.where == Where::PickupElsewhere ? other : office;
      const int slots = static_cast<int>(rules.config.slots.size());
      const BookingRequest r{prepared_at, "registration", "house_reg_copy", day, slot++ % slots, id, demo.name,
                             "0800000000", PreServiceRequest{"DM0-0000000-00", 1 + citizen % 3, day, picked_up_at, {}}};
      const SlotOccupancy occupancy{ctx.bookings.count_active_in_slot(prepared_at, r.section_id, day, r.slot), 0};
      Result<Booking> b = decide_booking(rules, now, r, occupancy, fresh_booking_code(ctx), citizen_key(ctx.keys, id));
      if (!b) continue;  // that slot is full: the demo has fewer requests
      Booking& booking = b.value();
      for (const PreServiceAction& a : demo.actions)
        booking.pre_service->progress =
            apply_pre_service_action(booking, pre_service_role(booking, prepared_at), a, "demo", now).value();
      ctx.bookings.insert(booking);
      ctx.audit.append({now, "demo", "simulator", "local", "demo_pre_service", booking.id,
                        nlohmann::json{{"state", pre_service_state_name(booking.pre_service->progress.state)}}.dump(),
                        prepared_at});
    }
  }
  tx.commit();
}

}  // namespace khiw::server
