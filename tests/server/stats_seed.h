// One office day played on the test clock for the statistics tests: bookings with names, IDs and a mobile
// checked in, served, one no-show and one left waiting; a walk-in and a remote ticket served; three
// ratings with comments. Every figure below is worked out by hand from the times in seed_stats_day.
#pragma once
#include <string>
#include <vector>

#include "tests/server/api_helpers.h"

namespace khiw::testing {

struct SeededDay {
  std::string date;
  std::string token;              // staff1001's session
  std::vector<json> bookings;     // as created: served, served, no-show, still waiting
  json walk_in;                   // taken at the office, served, left unrated
  json remote;                    // taken in the app, served, rated
  std::vector<std::string> names, national_ids, mobiles, comments;
  // Every text the open data must never show: names, IDs and their last 4 digits, the mobile, booking
  // codes and secrets, QR signatures, comments.
  std::vector<std::string> personal() const {
    std::vector<std::string> out = names;
    for (const std::string& id : national_ids) {
      out.push_back(id);
      out.push_back(id.substr(id.size() - 4));
    }
    out.insert(out.end(), mobiles.begin(), mobiles.end());
    out.insert(out.end(), comments.begin(), comments.end());
    for (const json& b : bookings) {
      out.push_back(b["booking"]["code"]);
      out.push_back(b["secret"]);
      const std::string qr = b["qr"];
      out.push_back(qr.substr(qr.rfind('.') + 1));
    }
    for (const json* t : {&walk_in, &remote}) {
      const std::string qr = (*t)["qr"];
      out.push_back(qr.substr(qr.rfind('.') + 1));
    }
    return out;
  }
};

inline json booking_proof(const json& created) {
  return {{"code", created["booking"]["code"]}, {"secret", created["secret"]}};
}

inline httplib::Result rate(httplib::Client& cli, json proof, int stars, const std::string& comment = {}) {
  proof["stars"] = stars;
  if (!comment.empty()) proof["comment"] = comment;
  return post_json(cli, "/api/ratings", proof);
}

inline json expect_ok(const httplib::Result& res, int status, const std::string& what) {
  if (!res || res->status != status) throw std::runtime_error(what + " failed: " + (res ? res->body : "no answer"));
  return json::parse(res->body);
}

// Times (Bangkok) on the n-th bookable date: 07:50 four bookings check in, a walk-in is issued at the
// office and a remote ticket taken and checked in; 08:00 A001 and A002 called (waits 600 s); 08:10 both
// done (service 600 s), A003 called (wait 1200 s) and marked no-show; 08:20 the two walk-ins called
// (waits 1800 s); 08:35 both done (service 900 s); A004 still waiting. Ratings: A001 5, A002 4, the
// remote ticket 3.
inline SeededDay seed_stats_day(const ServerProcess& server, size_t date_index) {
  auto cli = server.client();
  SeededDay day;
  day.date = bookable_date(cli, date_index);
  day.names = {"สมหญิง ทดสอบสถิติ", "Somchai Statstest", "มานี มีนา", "ปิติ ชูใจ"};
  day.mobiles = {"0898765432"};
  day.comments = {"เจ้าหน้าที่สุภาพ ขอบคุณ", "รอนาน, แต่ \"ดี\"\nครับ", "Remote ticket comment"};
  for (int i = 0; i < 4; ++i) {
    day.national_ids.push_back(national_id(98760 + i));
    json body = booking_body(day.date, 0, day.national_ids.back());
    body["name"] = day.names[static_cast<size_t>(i)];
    if (i == 0) {
      body["service_id"] = "house_reg_copy";
      body["mobile"] = day.mobiles[0];
      body["pre_service"] = {{"laser_code", "JC1-1234567-89"}, {"copies", 1}, {"pickup_date", day.date}};
    }
    day.bookings.push_back(expect_ok(create_booking(cli, body, "stats-" + day.date + std::to_string(i)), 201, "booking"));
  }
  const UnixSeconds t0 = slot_start_of(day.date, 0) - 10 * 60;
  set_clock(server, t0);
  day.token = staff_token(server, "staff1001");
  const std::string section = "/api/counter/1001/registration/";
  const auto act = [&](const std::string& action, const json& body) {
    return expect_ok(staff_post(cli, section + action, body, day.token), 200, action);
  };
  for (const json& b : day.bookings) act("check-in", {{"code", b["booking"]["code"]}});
  day.walk_in = act("walk-in", json::object());
  day.remote = expect_ok(post_json(cli, "/api/walk-ins", {{"office_code", "1001"}, {"section_id", "registration"}}),
                         200, "remote walk-in");
  act("check-in", {{"ticket", day.remote["ticket"]}});

  set_clock(server, t0 + 10 * 60);
  act("call-next", {{"counter", 1}});
  act("call-next", {{"counter", 2}});
  set_clock(server, t0 + 20 * 60);
  act("done", {{"ticket", "A001"}});
  act("done", {{"ticket", "A002"}});
  act("call-next", {{"counter", 1}});
  act("no-show", {{"ticket", "A003"}});
  set_clock(server, t0 + 30 * 60);
  act("call", {{"counter", 1}, {"ticket", day.walk_in["ticket"]}});
  act("call", {{"counter", 2}, {"ticket", day.remote["ticket"]}});
  set_clock(server, t0 + 45 * 60);
  act("done", {{"ticket", day.walk_in["ticket"]}});
  act("done", {{"ticket", day.remote["ticket"]}});

  expect_ok(rate(cli, {{"booking", booking_proof(day.bookings[0])}}, 5, day.comments[0]), 201, "rating A001");
  expect_ok(rate(cli, {{"booking", booking_proof(day.bookings[1])}}, 4, day.comments[1]), 201, "rating A002");
  expect_ok(rate(cli, {{"ticket_qr", day.remote["qr"]}}, 3, day.comments[2]), 201, "rating the remote ticket");
  return day;
}

}  // namespace khiw::testing
