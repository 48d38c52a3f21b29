// QR payloads: the server's signature (sign_qr / verify_qr) and the walk-in ticket payload it carries.
// A signed payload verifies back to itself; any other text verifies only if it is exactly what signing
// its payload gives; a ticket payload that parses is rebuilt from its fields byte for byte.
#include <sodium.h>

#include "server-stub/crypto.h"
#include "server-stub/ticket_view.h"
#include "tests/fuzz/fuzz_check.h"

using namespace khiw;
using namespace khiw::server;

namespace {

const ServerKeys& keys() {
  static const ServerKeys k = [] {
    FUZZ_CHECK(sodium_init() >= 0);
    ServerKeys fixed;
    fixed.qr.fill(0x5A);
    return fixed;
  }();
  return k;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  // The text as a scanned code: accepted only when it is its payload's own signature.
  if (const std::optional<std::string> payload = verify_qr(keys(), text))
    FUZZ_CHECK(sign_qr(keys(), *payload) == text);
  // The text as a payload: signed, it verifies back to itself; with one character of the signature
  // changed, it does not.
  const std::string signed_text = sign_qr(keys(), text);
  FUZZ_CHECK(verify_qr(keys(), signed_text) == std::string(text));
  std::string tampered = signed_text;
  char& c = tampered[tampered.size() - 10];
  c = c == 'A' ? 'B' : 'A';
  FUZZ_CHECK(!verify_qr(keys(), tampered));
  // A walk-in ticket's payload names its ticket, office, section and day, and nothing else.
  if (const std::optional<TicketPayload> t = parse_ticket_payload(text))
    FUZZ_CHECK(t->number + "." + t->office_code + "." + t->section_id + "." + iso_date(t->day) == text);
  return 0;
}
