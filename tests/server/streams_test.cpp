// Event streams at the documented cap (96: the 16 display boards and 64 staff screens, and room to
// spare) leave short requests their workers, and the one past the cap is refused with 503.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <string_view>

#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

constexpr int kStreamCap = 96;  // docs/API.md, Live counts

using StreamsTest = ServerTest;

// A raw connection that asked for an office's event stream; the server holds a worker for it until
// it closes. Only the answer's head is read.
class RawStream {
 public:
  RawStream(const ServerProcess& server, const std::string& office) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(server.port()));
    ::inet_pton(AF_INET, server.host().c_str(), &addr.sin_addr);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) throw std::runtime_error("connect");
    timeval timeout{10, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    const std::string request = "GET /api/live/" + office + "/events HTTP/1.1\r\nHost: khiw\r\n\r\n";
    if (::send(fd_, request.data(), request.size(), 0) != static_cast<ssize_t>(request.size()))
      throw std::runtime_error("send");
  }
  ~RawStream() { ::close(fd_); }
  RawStream(const RawStream&) = delete;
  RawStream& operator=(const RawStream&) = delete;

  // What the server sent until `marker` (or it stopped sending for 10 s).
  std::string read_until(std::string_view marker) {
    std::string text;
    char buf[4096];
    while (text.find(marker) == std::string::npos) {
      const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) break;
      text.append(buf, static_cast<size_t>(n));
    }
    return text;
  }

 private:
  int fd_ = -1;
};

TEST_F(StreamsTest, CapOfStreamsOpenAndShortRequestsStillPrompt) {
  std::vector<std::unique_ptr<RawStream>> streams;
  for (int i = 0; i < kStreamCap; ++i) {
    // Boards and staff screens of several offices, as in a real morning.
    streams.push_back(std::make_unique<RawStream>(server(), std::to_string(1001 + i % 16)));
    ASSERT_TRUE(streams.back()->read_until("\r\n\r\n").starts_with("HTTP/1.1 200")) << "stream " << i;
  }

  auto cli = client();
  for (int i = 0; i < 20; ++i) {
    const auto start = std::chrono::steady_clock::now();
    auto health = cli.Get("/api/health");
    const auto took = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_LT(took, std::chrono::milliseconds(250)) << "request " << i;
  }
  const std::string date = bookable_date(cli);
  auto booked = create_booking(cli, booking_body(date, 2, national_id(88001)), "streams-booking");
  ASSERT_TRUE(booked);
  EXPECT_EQ(booked->status, 201) << booked->body;

  RawStream past_cap(server(), "1001");
  const std::string refused = past_cap.read_until("too_many_streams");
  EXPECT_TRUE(refused.starts_with("HTTP/1.1 503")) << refused;
  EXPECT_NE(refused.find("too_many_streams"), std::string::npos) << refused;
}

}  // namespace
}  // namespace khiw::testing
