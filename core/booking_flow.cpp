#include "core/booking_flow.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "core/enum_names.h"
#include "core/utf8.h"

namespace khiw {

namespace {

constexpr std::array<std::string_view, 4> kSendNames = {"idle", "sending", "not_sent", "refused"};
constexpr size_t kAlternatives = 4;
constexpr size_t kMaxFieldBytes = 400;  // longer than any valid entry; bounds what a paste can do

std::string availability_context(const BookingDraft& d) { return d.office_code + "/" + d.section_id; }

// Anything that changes the request body needs a new key: the server refuses a reused key with another body.
void body_changed(BookingFlow& f) {
  f.draft.idempotency_key.clear();
  if (f.send != SendStatus::Sending) f.send = SendStatus::Idle;
  f.refusal.reset();
  f.refusal_code.clear();
  f.alternatives.clear();
}

std::string* field_text(BookingDraft& d, Field field) {
  switch (field) {
    case Field::Name: return &d.name;
    case Field::NationalId: return &d.national_id;
    case Field::Mobile: return &d.mobile;
    case Field::LaserCode: return &d.laser_code;
    default: break;  // fields of other features (office search, counter mode)
  }
  return nullptr;
}

std::vector<Effect> fetch_availability(BookingFlow& f) {
  f.availability_status = LoadStatus::Loading;
  return {availability_request(f.draft.office_code, f.draft.section_id)};
}

struct BookingFlowStep {
  BookingFlow& f;
  FlowContext& ctx;

  std::vector<Effect> operator()(const ChooseOffice& i) const {
    if (!find_office(ctx.ref, i.code)) return {};
    if (f.draft.office_code != i.code) {
      f.draft = BookingDraft{};
      f.draft.office_code = i.code;
      f.availability = {};
      body_changed(f);
    }
    go_to(ctx.nav, Screen::Sections);
    return {};
  }

  std::vector<Effect> operator()(const ChooseSection& i) const {
    if (!find_section(ctx.ref.catalog, i.id) || services_of(ctx.ref.catalog, i.id).empty()) return {};
    if (f.draft.section_id != i.id) {
      f.draft.section_id = i.id;
      f.draft.service_id.clear();
      f.draft.date.reset();
      f.draft.slot.reset();
      f.availability = {};
      body_changed(f);
    }
    go_to(ctx.nav, Screen::Services);
    return {};
  }

  std::vector<Effect> operator()(const ChooseService& i) const {
    const Service* s = find_service(ctx.ref.catalog, i.id);
    if (!s || s->section_id != f.draft.section_id) return {};
    if (f.draft.service_id != i.id) {
      f.draft.service_id = i.id;
      body_changed(f);
    }
    go_to(ctx.nav, Screen::Date);
    return fetch_availability(f);  // seats change by the minute: always fresh on the way in
  }

  std::vector<Effect> operator()(const ChooseDate& i) const {
    const DaySeats* day = seats_on(f.availability, i.date);
    bool open = false;
    for (const SlotSeats& s : day ? day->slots : std::vector<SlotSeats>{}) open = open || (s.bookable && s.remaining > 0);
    if (!open) return {};
    if (f.draft.date != i.date) {
      f.draft.date = i.date;
      f.draft.slot.reset();
      body_changed(f);
    }
    go_to(ctx.nav, Screen::Slot);
    return {};
  }

  std::vector<Effect> operator()(const ChooseSlot& i) const {
    const DaySeats* day = f.draft.date ? seats_on(f.availability, *f.draft.date) : nullptr;
    if (!day) return {};
    for (const SlotSeats& s : day->slots) {
      if (s.slot != i.slot || !s.bookable || s.remaining <= 0) continue;
      if (f.draft.slot != i.slot) {
        f.draft.slot = i.slot;
        body_changed(f);
      }
      go_to(ctx.nav, Screen::Details);
    }
    return {};
  }

  std::vector<Effect> operator()(const FocusField& i) const {
    f.focused = i.field;
    return {};
  }

  std::vector<Effect> operator()(const EditField& i) const {
    if (i.field == Field::PickupOfficeSearch) {
      f.pickup_search = utf8_prefix(i.value, kMaxSearchBytes);
      return {};
    }
    std::string* text = field_text(f.draft, i.field);
    if (!text || *text == i.value) return {};
    *text = utf8_prefix(i.value, kMaxFieldBytes);
    body_changed(f);
    return {};
  }

  std::vector<Effect> operator()(const SetCopies& i) const {
    const int copies = std::clamp(i.copies, 1, ctx.ref.rules.max_copies);
    if (copies != f.draft.copies) {
      f.draft.copies = copies;
      body_changed(f);
    }
    return {};
  }

  std::vector<Effect> operator()(const SetPickupDate& i) const {
    if (f.draft.pickup_date != i.date) {
      f.draft.pickup_date = i.date;
      body_changed(f);
    }
    return {};
  }

  std::vector<Effect> operator()(const ShowPickupOffices& i) const {
    f.pickup_offices_shown = i.shown;
    f.pickup_search.clear();
    return {};
  }

  // Only one of the offices (the server refuses any other code); the booking's own is kept as "" (the default).
  std::vector<Effect> operator()(const SetPickupOffice& i) const {
    if (!find_office(ctx.ref, i.code) || !needs_pre_service(ctx.ref.catalog, f.draft)) return {};
    const std::string pickup = i.code == f.draft.office_code ? "" : i.code;
    if (f.draft.pickup_office != pickup) {
      f.draft.pickup_office = pickup;
      body_changed(f);
    }
    f.pickup_offices_shown = false;
    f.pickup_search.clear();
    return {};
  }

  std::vector<Effect> operator()(const SubmitDetails&) const {
    f.details_submitted = true;
    f.focused = Field::None;
    if (details_complete(f.draft, ctx.ref.catalog, ctx.ref.rules, ctx.ref.calendar)) go_to(ctx.nav, Screen::Consent);
    return {};
  }

  std::vector<Effect> operator()(const SetConsent& i) const {
    f.draft.consent = i.agreed;
    return {};
  }

  std::vector<Effect> operator()(const AcceptConsent&) const {
    if (f.draft.consent) go_to(ctx.nav, Screen::Review);
    return {};
  }

  std::vector<Effect> operator()(const ConfirmBooking&) const {
    if (f.send == SendStatus::Sending) return {};  // a double tap: the first request is on its way
    const BookingDraft& d = f.draft;
    if (!d.consent || !d.date || !d.slot || !details_complete(d, ctx.ref.catalog, ctx.ref.rules, ctx.ref.calendar))
      return {};
    if (f.draft.idempotency_key.empty()) f.draft.idempotency_key = next_key(ctx.keys);
    f.send = SendStatus::Sending;
    f.refusal.reset();
    f.refusal_code.clear();
    f.alternatives.clear();
    return {create_booking_request(ctx.ref, f.draft)};
  }

  std::vector<Effect> operator()(const PickAlternative& i) const {
    if (f.send == SendStatus::Sending) return {};
    const bool offered = std::any_of(f.alternatives.begin(), f.alternatives.end(),
                                     [&](const SlotChoice& c) { return c.date == i.date && c.slot == i.slot; });
    if (!offered) return {};
    move_to_slot(f.draft, i.date, i.slot);
    body_changed(f);
    return {};
  }

  std::vector<Effect> operator()(const RetryAvailability&) const { return fetch_availability(f); }
};

}  // namespace

std::string_view send_status_name(SendStatus s) { return enum_name(kSendNames, s); }

HttpRequest availability_request(const std::string& office_code, const std::string& section_id) {
  return http_get(Reply::Availability, availability_path(office_code, section_id),
                  office_code + "/" + section_id);
}

HttpRequest create_booking_request(const ReferenceState& ref, const BookingDraft& draft) {
  HttpRequest r = http_post(Reply::CreateBooking, "/api/bookings", booking_request_json(draft_request(ref.catalog, draft)));
  r.idempotency_key = draft.idempotency_key;
  return r;
}

std::vector<Effect> apply_flow_intent(BookingFlow& flow, FlowContext ctx, const FlowIntent& intent) {
  return std::visit(BookingFlowStep{flow, ctx}, intent);
}

void apply_availability_reply(BookingFlow& f, const FlowContext& ctx, int status, const std::string& body,
                              const std::string& context) {
  if (context != availability_context(f.draft)) return;  // the citizen has moved on to another section
  if (status != 200) {
    f.availability_status = LoadStatus::Failed;
    return;
  }
  try {
    f.availability = availability_from_json(body);
    f.availability_status = LoadStatus::Ready;
    f.seats_offline = false;
    f.seats_as_of = 0;
  } catch (const std::invalid_argument&) {
    f.availability_status = LoadStatus::Failed;
    return;
  }
  const bool seat_refused =
      f.send == SendStatus::Refused && (f.refusal == ErrorCode::SlotFull || f.refusal == ErrorCode::DuplicateBooking);
  if (seat_refused && f.draft.date && f.draft.slot)
    f.alternatives = nearest_free_slots(f.availability, ctx.ref.rules, *f.draft.date, *f.draft.slot,
                                        f.refusal == ErrorCode::DuplicateBooking ? Exclude::WantedDay : Exclude::WantedSlot,
                                        kAlternatives);
}

void apply_offline_availability(BookingFlow& f, const FlowContext& ctx, const Availability* kept,
                                UnixSeconds kept_as_of, const std::string& context) {
  if (context != availability_context(f.draft)) return;
  if (ctx.ref.catalog_status != LoadStatus::Ready) {  // no rules or calendar to work the window out from
    f.availability_status = LoadStatus::Failed;
    return;
  }
  f.availability = offline_availability(kept, ctx.ref.rules, ctx.ref.calendar, ctx.now, f.draft.office_code,
                                        f.draft.section_id);
  f.availability_status = LoadStatus::Ready;
  f.seats_offline = true;
  f.seats_as_of = kept ? kept_as_of : 0;
}

std::optional<SavedBooking> apply_create_reply(BookingFlow& f, FlowContext ctx, int status, const std::string& body,
                                               std::vector<Effect>& effects) {
  if (f.send != SendStatus::Sending) return std::nullopt;
  if (status == 201) {
    try {
      SavedBooking saved = saved_booking_from_created(body, ctx.now);
      f = BookingFlow{};
      return saved;
    } catch (const std::invalid_argument&) {
      f.send = SendStatus::NotSent;  // an answer we cannot read: the same key fetches it again
      return std::nullopt;
    }
  }
  if (status >= 500) {  // no answer at all (status 0) is the app's: it queues the request (core/outbox.h)
    f.send = SendStatus::NotSent;
    return std::nullopt;
  }
  f.send = SendStatus::Refused;
  f.refusal_code = error_code_in_body(body);
  f.refusal = error_code_from_name(f.refusal_code);
  if (f.refusal == ErrorCode::SlotFull || f.refusal == ErrorCode::DuplicateBooking) {
    for (Effect& e : fetch_availability(f)) effects.push_back(std::move(e));
  }
  return std::nullopt;
}

}  // namespace khiw
