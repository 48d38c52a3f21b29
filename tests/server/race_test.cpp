// No overbooking: hundreds of clients racing for the same seats get exactly the capacity, and one
// citizen racing for many seats gets exactly one.
#include <atomic>
#include <barrier>
#include <thread>

#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using RaceTest = ServerTest;

constexpr int kClients = 200;

// Starts all clients at once (a barrier) and returns each one's HTTP status and error code.
std::vector<std::pair<int, std::string>> race(const ServerProcess& server,
                                              const std::function<json(int)>& body_of) {
  std::vector<std::pair<int, std::string>> outcomes(kClients);
  std::barrier start(kClients);
  std::vector<std::thread> clients;
  for (int i = 0; i < kClients; ++i) {
    clients.emplace_back([&, i] {
      auto cli = server.client();
      cli.set_read_timeout(60);
      const json body = body_of(i);
      start.arrive_and_wait();
      auto res = create_booking(cli, body, "race-" + std::to_string(i) + "-" + body["national_id"].get<std::string>() +
                                               "-" + std::to_string(body["slot"].get<int>()));
      if (!res) return;  // counted as neither accepted nor refused: the test fails
      const json answer = json::parse(res->body, nullptr, false);
      outcomes[i] = {res->status, answer.contains("error") ? answer["error"].get<std::string>() : ""};
    });
  }
  for (std::thread& t : clients) t.join();
  return outcomes;
}

TEST_F(RaceTest, TwoHundredClientsForFiveSeatsGetExactlyFive) {
  auto cli = client();
  const std::string date = bookable_date(cli);
  const auto outcomes = race(server(), [&](int i) { return booking_body(date, 2, national_id(20000 + i)); });
  int accepted = 0, full = 0;
  for (const auto& [status, error] : outcomes) {
    if (status == 201) ++accepted;
    if (status == 409 && error == "slot_full") ++full;
  }
  EXPECT_EQ(accepted, 5);
  EXPECT_EQ(full, kClients - 5);
  const json a = json::parse(cli.Get("/api/availability?office=1001&section=registration")->body);
  EXPECT_EQ(a["dates"][0]["slots"][2]["remaining"], 0);
}

TEST_F(RaceTest, OneCitizenRacingForManySeatsGetsOne) {
  auto cli = client();
  const std::string date = bookable_date(cli, 1);
  const std::string id = national_id(30000);
  // Six slots with five seats each: capacity is never the limit, only the per-citizen rule.
  const auto outcomes = race(server(), [&](int i) { return booking_body(date, i % 6, id); });
  int accepted = 0, duplicate = 0;
  for (const auto& [status, error] : outcomes) {
    if (status == 201) ++accepted;
    if (status == 409 && error == "duplicate_booking") ++duplicate;
  }
  EXPECT_EQ(accepted, 1);
  EXPECT_EQ(duplicate, kClients - 1);
}

}  // namespace
}  // namespace khiw::testing
