// Every answer the app reads from the network (HttpReplied: reference data, bookings, walk-in tickets,
// sync batches, counter mode, the board, statistics), as a captive portal, a proxy or a broken server could
// send it. Input: the reply kind, the status, then "<context>\n<body>". Applying it never throws out of
// the reducer, and what the app then writes to the device loads back the same (app_harness.h).
#include "tests/fuzz/app_harness.h"

using namespace khiw;

namespace {

constexpr int kStatuses[] = {200, 201, 304, 400, 401, 403, 404, 409, 422, 429, 500, 0};

// A started app that has read its (empty) records, logged in to counter mode at Phra Nakhon's registration
// desk: so that citizen and staff answers alike are read.
const AppState& ready() {
  static const AppState s = [] {
    AppState a = fuzz::started_without_records();
    apply_intent(a, StoredRecordsLoaded{"", "", "", true});
    apply_intent(a, OpenCounterMode{});
    apply_intent(a, EditField{Field::StaffUsername, "staff1001"});
    apply_intent(a, EditField{Field::StaffPassword, "secret-pass"});
    apply_intent(a, SubmitStaffLogin{});
    const std::string login = nlohmann::json{{"token", "tok1"}, {"expires_at", testing::kAppNow + 8 * 3600},
                                             {"username", "staff1001"}, {"office_code", "1001"}}.dump();
    apply_intent(a, HttpReplied{Reply::StaffLogin, 200, login, ""});
    apply_intent(a, ChooseDeskSection{"registration"});
    apply_intent(a, ChooseDeskCounter{1});
    apply_intent(a, OpenCounterDesk{});
    return a;
  }();
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  HttpReplied reply;
  reply.reply = static_cast<Reply>(data[0] % (static_cast<int>(Reply::StatsCsv) + 1));
  reply.status = kStatuses[data[1] % std::size(kStatuses)];
  const std::string_view rest = fuzz::as_text(data + 2, size - 2);
  const size_t newline = rest.find('\n');
  reply.context = rest.substr(0, newline);
  reply.body = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);

  AppState s = ready();
  apply_intent(s, reply);
  apply_intent(s, Tick{testing::kAppNow + 60});
  fuzz::check_records_load_back(s);
  return 0;
}
