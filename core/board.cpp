#include "core/board.h"

#include <algorithm>
#include <array>

#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;
using json_fields::required;

// The next tickets in the order call_next would take them (priority rule included): the calls played out
// on a copy of the line, at a counter of its own, each finished at once.
std::vector<std::string> upcoming(const SectionQueue& q, UnixSeconds now) {
  SectionQueue copy = q;
  copy.paused.clear();
  const int counter = ++copy.counters;
  std::vector<std::string> next;
  while (static_cast<int>(next.size()) < kBoardNext) {
    const auto called = call_next(copy, counter, now);
    if (!called) break;
    next.push_back(called->ticket);
    (void)finish(copy, called->ticket, now);
  }
  return next;
}

BoardSection section_of(const SectionQueue& q, UnixSeconds now) {
  BoardSection s{q.section_id, {}, upcoming(q, now), {}, {}};
  std::vector<const Ticket*> missed;
  for (const Ticket& t : q.tickets) {
    if (t.state == TicketState::Serving)
      s.serving.push_back({t.number, t.counter, std::max(t.called_at, t.recalled_at), t.recalls});
    if (t.state == TicketState::NoShow) missed.push_back(&t);
  }
  std::stable_sort(s.serving.begin(), s.serving.end(), [](const BoardCall& a, const BoardCall& b) { return a.at > b.at; });
  std::stable_sort(missed.begin(), missed.end(), [](const Ticket* a, const Ticket* b) { return a->finished_at > b->finished_at; });
  for (size_t i = 0; i < missed.size() && static_cast<int>(i) < kBoardMissed; ++i) s.missed.push_back(missed[i]->number);
  for (const PausedCounter& p : q.paused) s.paused.push_back(p.counter);
  return s;
}

std::vector<std::string> strings(const json& rec, const char* key, const std::string& where) {
  std::vector<std::string> out;
  for (const json& v : json_fields::required_array(rec, key, where)) {
    if (!v.is_string()) throw std::invalid_argument(where + ": \"" + key + "\" holds a non-string");
    out.push_back(v.get<std::string>());
  }
  return out;
}

constexpr std::array<const char*, 10> kThaiDigits = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่",
                                                     "ห้า",   "หก",   "เจ็ด", "แปด", "เก้า"};

// 1..99 as said in Thai ("สิบเอ็ด", "ยี่สิบ"); larger numbers digit by digit.
std::string thai_number(int n) {
  if (n >= 0 && n < 10) return kThaiDigits[static_cast<size_t>(n)];
  if (n >= 10 && n < 100) {
    const int tens = n / 10, units = n % 10;
    std::string out = tens == 1 ? "สิบ" : tens == 2 ? "ยี่สิบ" : std::string(kThaiDigits[static_cast<size_t>(tens)]) + "สิบ";
    if (units == 1) return out + "เอ็ด";
    return units == 0 ? out : out + kThaiDigits[static_cast<size_t>(units)];
  }
  std::string out;
  for (const char c : std::to_string(n))
    if (c >= '0' && c <= '9') out += kThaiDigits[static_cast<size_t>(c - '0')];
  return out;
}

// "A001" said one character at a time: "เอ ศูนย์ ศูนย์ หนึ่ง".
std::string thai_ticket(std::string_view ticket) {
  std::string out;
  for (const char c : ticket) {
    if (!out.empty()) out += ' ';
    if (c >= '0' && c <= '9') out += kThaiDigits[static_cast<size_t>(c - '0')];
    else if (c == 'A') out += "เอ";
    else if (c == 'W') out += "ดับเบิลยู";
    else out += c;
  }
  return out;
}

}  // namespace

Board board_of(std::string office_code, Date day, const std::vector<SectionQueue>& queues, UnixSeconds now) {
  Board b{std::move(office_code), day, {}};
  for (const SectionQueue& q : queues) b.sections.push_back(section_of(q, now));
  return b;
}

std::string board_to_json(const Board& b) {
  json sections = json::array();
  for (const BoardSection& s : b.sections) {
    json serving = json::array();
    for (const BoardCall& c : s.serving)
      serving.push_back({{"ticket", c.ticket}, {"counter", c.counter}, {"at", c.at}, {"recalls", c.recalls}});
    sections.push_back({{"section_id", s.section_id},
                        {"serving", serving},
                        {"next", s.next},
                        {"paused", s.paused},
                        {"missed", s.missed}});
  }
  return json{{"version", kBoardJsonVersion}, {"office_code", b.office_code}, {"date", iso_date(b.day)}, {"sections", sections}}
      .dump();
}

Board board_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "board", kBoardJsonVersion);
  Board b{required<std::string>(doc, "office_code", "board"), json_fields::required_date(doc, "date", "board"), {}};
  for (const json& rec : json_fields::required_array(doc, "sections", "board")) {
    const std::string where = "board section";
    BoardSection s{required<std::string>(rec, "section_id", where), {}, strings(rec, "next", where), {}, strings(rec, "missed", where)};
    for (const json& c : json_fields::required_array(rec, "serving", where))
    {
      BoardCall call{required<std::string>(c, "ticket", where), required<int>(c, "counter", where),
                     required<UnixSeconds>(c, "at", where), required<int>(c, "recalls", where)};
      if (call.counter < 1) throw std::invalid_argument(where + ": \"counter\" is not a counter number");
      s.serving.push_back(std::move(call));
    }
    for (const json& p : json_fields::required_array(rec, "paused", where)) {
      const std::optional<int> counter = json_fields::integer<int>(p);
      if (!counter) throw std::invalid_argument(where + ": \"paused\" holds something other than a counter number");
      s.paused.push_back(*counter);
    }
    b.sections.push_back(std::move(s));
  }
  return b;
}

std::vector<BoardCall> unannounced_calls(const Board& after, const std::vector<BoardCall>& announced) {
  std::vector<BoardCall> calls;
  for (const BoardSection& s : after.sections)
    for (const BoardCall& c : s.serving)
      if (std::find(announced.begin(), announced.end(), c) == announced.end()) calls.push_back(c);
  std::stable_sort(calls.begin(), calls.end(), [](const BoardCall& a, const BoardCall& b) { return a.at < b.at; });
  return calls;
}

std::string spoken_call(const BoardCall& call) {
  return "ขอเชิญหมายเลข " + thai_ticket(call.ticket) + " ที่ช่องบริการ " + thai_number(call.counter);
}

}  // namespace khiw
